import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RateGate } from '../../../src/core/fetch/rate-gate.ts';

const headerless = { status: 200, rateLimit: {} };

test('RateGate stops holding requests back once a server without rate-limit headers answers after a 429', async () => {
  // Found by test/reliability: a single 429 from a server that sends no rate-limit
  // headers left the gate's budget spent for good, and the rest of the run went at one
  // request per second (2,000 records: 0.24 s without the 429, 23 s with it).
  let now = 0;
  const gate = new RateGate({ now: () => now });
  const first = await gate.acquire();
  gate.settle(first, { status: 429, rateLimit: {}, retryAfterMs: 500 });
  assert.ok(gate.available < 1, 'the 429 spends the budget until its Retry-After');
  now = 600;
  const retry = await gate.acquire();
  gate.settle(retry, headerless);
  assert.is(gate.available, Infinity, 'a newer answer without headers tells nothing: no limit is known');
  const tickets = await Promise.all(Array.from({ length: 8 }, () => gate.acquire()));
  assert.is(gate.inFlight, 8, 'eight at once, no waiting');
  for (const ticket of tickets) gate.settle(ticket, headerless);
});

test('RateGate keeps a 429 in force against older answers without headers', async () => {
  let now = 0;
  const gate = new RateGate({ now: () => now });
  const warmUp = await gate.acquire();
  gate.settle(warmUp, headerless);
  const [older, newer] = await Promise.all([gate.acquire(), gate.acquire()]);
  gate.settle(newer, { status: 429, rateLimit: {}, retryAfterMs: 1000 });
  gate.settle(older, headerless);
  assert.ok(gate.available < 1, 'an answer sent before the 429 does not lift it');
  now = 1000;
});

test.run();
