import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planSlices, RateGate, splitSeconds } from '../../../src/core/mod.ts';

/** Whether `promise` has settled after the current turn's microtasks. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

const answer = (remaining: number | undefined, resetSeconds = 1, status = 200) => ({
  status,
  rateLimit: { remaining, resetMs: resetSeconds * 1000 },
});

test('RateGate lets one request go before the first answer tells the budget', async () => {
  const gate = new RateGate();
  const first = await gate.acquire();
  const second = gate.acquire();
  assert.not.ok(await settled(second));
  gate.settle(first, answer(10));
  assert.ok(await settled(second));
});

test('RateGate holds requests back when the latest answer says the budget is spent', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(2, 60));
  const tickets = [await gate.acquire(), await gate.acquire()];
  const third = gate.acquire();
  assert.not.ok(await settled(third), 'two were left, both taken');
  // The answer to the first of the two: one slot freed meanwhile (remaining 2 after counting it).
  gate.settle(tickets[0]!, answer(2, 60));
  assert.ok(await settled(third));
});

test('RateGate counts requests sent after the answer it knows, and unanswered earlier ones, as spent', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(3, 60));
  const a = await gate.acquire();
  const b = await gate.acquire();
  assert.is(gate.available, 1);
  // The answer to `b` came first: `a`, sent before it, may still reach the server after it.
  gate.settle(b, answer(1, 60));
  assert.is(gate.available, 0);
  // An older answer arriving late is older news than the one to `b`, and `a` may still
  // have been counted after `b`: it stays spent.
  gate.settle(a, answer(5, 60));
  assert.is(gate.available, 0);
});

test('RateGate counts an earlier request answered while a later one was in flight: the server may have seen it after', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(10, 60));
  const a = await gate.acquire();
  const b = await gate.acquire();
  // The server counts `b` (9 left), then `a` (8 left); the answer to `a` comes back first.
  gate.settle(a, answer(8, 60));
  assert.is(gate.available, 7, '`b`, sent after `a`, may not be counted yet');
  gate.settle(b, answer(9, 60));
  assert.is(gate.available, 8, 'the answer to `b` is newer, but did not count `a`');
});

/** `promise`, or a failure if it has not settled within five seconds (a gate that never opens). */
function eventually<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} never happened`)), 5000)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

test('RateGate sends one request when the reset time has passed, and learns from its answer', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(0, 0.3));
  const waiting = [gate.acquire(), gate.acquire()];
  assert.not.ok(await settled(waiting[0]!), 'nothing goes before the reset');
  const probe = await eventually(waiting[0]!, 'a request at the reset');
  assert.not.ok(await settled(waiting[1]!), 'the other waits for its answer');
  gate.settle(probe, answer(50));
  await eventually(waiting[1]!, 'the next request after the answer');
});

test('RateGate pauses everyone for the Retry-After of a 429', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(100));
  const limited = await gate.acquire();
  gate.settle(limited, { status: 429, rateLimit: { remaining: 100 }, retryAfterMs: 300 });
  const next = gate.acquire();
  assert.not.ok(await settled(next), 'nothing goes before Retry-After');
  await eventually(next, 'a request after Retry-After');
});

test('RateGate does not hold back a server that sends no rate-limit headers', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(undefined));
  const many = await Promise.all(Array.from({ length: 20 }, () => gate.acquire()));
  assert.is(many.length, 20);
});

test('RateGate leaves reserve slots for other clients', async () => {
  const gate = new RateGate({ reserve: 2 });
  gate.settle(await gate.acquire(), answer(3, 60));
  await gate.acquire();
  assert.not.ok(await settled(gate.acquire()));
});

test('RateGate counts an earlier request that failed while a later one was in flight: it may have reached the server', async () => {
  const gate = new RateGate();
  gate.settle(await gate.acquire(), answer(10, 60));
  const a = await gate.acquire();
  const b = await gate.acquire();
  gate.settle(a); // a timeout: no answer, but the server may have counted it
  gate.settle(b, answer(9, 60));
  assert.is(gate.available, 8);
});

test('RateGate tells when requests wait for the budget, and until when', async () => {
  const clock = 1_000_000;
  const waits: number[] = [];
  const gate = new RateGate({ now: () => clock, onEvent: (event) => event.type === 'wait' && waits.push(event.until) });
  gate.settle(await gate.acquire(), answer(1, 30));
  gate.settle(await gate.acquire(), answer(0, 30));
  assert.equal(waits, []);
  const controller = new AbortController();
  const waiting = gate.acquire(controller.signal).catch(() => 'aborted');
  assert.equal(waits, [clock + 30_000]);
  controller.abort();
  assert.is(await waiting, 'aborted');
});

test('RateGate with a reserve share stops that share of the limit short, once an answer gives the limit', async () => {
  const gate = new RateGate({ reserveShare: 0.2 });
  assert.is(gate.reserve, 0, 'no limit known yet');
  gate.settle(await gate.acquire(), { status: 200, rateLimit: { limit: 10, remaining: 5, resetMs: 60_000 } });
  assert.is(gate.reserve, 2);
  for (let index = 0; index < 3; index++) await gate.acquire();
  assert.not.ok(await settled(gate.acquire()), 'the fourth would leave 1 of the 2 kept back');
});

test('RateGate keeps the larger of its reserve and its reserve share', async () => {
  const gate = new RateGate({ reserve: 50, reserveShare: 0.1 });
  assert.is(gate.reserve, 50);
  gate.settle(await gate.acquire(), { status: 200, rateLimit: { limit: 200, remaining: 199 } });
  assert.is(gate.reserve, 50, 'a tenth of 200 is less');
  gate.settle(await gate.acquire(), { status: 200, rateLimit: { limit: 2500, remaining: 2498 } });
  assert.is(gate.reserve, 250);
});

test('RateGate refuses a reserve share that would leave it nothing', () => {
  for (const share of [-0.1, 0.95, 1, Number.NaN]) {
    assert.throws(() => new RateGate({ reserveShare: share }), /reserveShare must be from 0 to 0.9/);
  }
});

test('RateGate drops a waiter whose signal aborts', async () => {
  const gate = new RateGate();
  await gate.acquire();
  const controller = new AbortController();
  const waiting = gate.acquire(controller.signal);
  controller.abort(new Error('stop'));
  try {
    await waiting;
    assert.unreachable('the aborted wait resolved');
  } catch (error) {
    assert.is((error as Error).message, 'stop');
  }
});

test('splitSeconds partitions a range: no gap, no overlap, whole seconds', () => {
  for (const [from, to, count] of [[0, 9, 3], [100, 100, 5], [-50, 49, 7], [1_700_000_000, 1_700_864_000, 97]] as const) {
    const slices = splitSeconds({ from, to }, count);
    assert.is(slices[0]!.from, from);
    assert.is(slices.at(-1)!.to, to);
    for (let index = 0; index < slices.length; index++) {
      assert.ok(slices[index]!.from <= slices[index]!.to);
      if (index > 0) assert.is(slices[index]!.from, slices[index - 1]!.to + 1);
    }
    assert.is(slices.length, Math.min(count, to - from + 1));
  }
  assert.equal(splitSeconds({ from: 0, to: 9 }, 3), [{ from: 0, to: 2 }, { from: 3, to: 5 }, { from: 6, to: 9 }]);
});

test('planSlices aims at the slice size, and at one slice per walk for mid-sized windows', () => {
  const range = { from: 0, to: 86_399 };
  const options = { sliceRecords: 1000, concurrency: 8, pageSize: 100 };
  assert.is(planSlices(range, 100_000, options).length, 100);
  assert.is(planSlices(range, 2_000, options).length, 8);
  assert.is(planSlices(range, 500, options).length, 2);
  assert.is(planSlices({ from: 5, to: 7 }, 100_000, options).length, 3);
});

test('a 429 holds every request until its Retry-After, whatever in-flight answers say after it', async () => {
  let now = 0;
  const gate = new RateGate({ now: () => now });
  gate.settle(await gate.acquire(), { status: 200, rateLimit: { remaining: 500, limit: 700 } });
  const [limited, inFlight, slow] = await Promise.all([gate.acquire(), gate.acquire(), gate.acquire()]);
  gate.settle(limited, { status: 429, rateLimit: {}, retryAfterMs: 1000 });
  assert.is(gate.heldUntil, 1000);
  // A request sent before the 429, answered after it with a budget left: it lifts nothing.
  gate.settle(inFlight, { status: 200, rateLimit: { remaining: 400, limit: 700 } });
  assert.is(gate.available, 0);
  const waiting = gate.acquire();
  assert.not.ok(await settled(waiting), 'held');
  now = 1001;
  // The gate looks again when the hold ends (a timer), or at the next answer, as here.
  gate.settle(slow, { status: 200, rateLimit: { remaining: 390, limit: 700 } });
  assert.ok(await settled(waiting), 'free again once the wait is over');
});

test('a 503 with Retry-After holds every request too; one without holds nothing', async () => {
  let now = 0;
  const gate = new RateGate({ now: () => now });
  gate.settle(await gate.acquire(), { status: 200, rateLimit: {} });
  gate.settle(await gate.acquire(), { status: 503, rateLimit: {} });
  assert.is(gate.heldUntil, 0);
  gate.settle(await gate.acquire(), { status: 503, rateLimit: {}, retryAfterMs: 2000 });
  assert.is(gate.heldUntil, 2000);
  assert.not.ok(await settled(gate.acquire()));
  now = 2000;
  assert.is(gate.heldUntil, 0);
});

test.run();
