/**
 * One rate limit for every walk: a 429 with `Retry-After` seen by one of the parallel
 * walks holds the requests of all of them, over HTTP against the sandbox.
 */
import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createClient, parallelAuditLogs, RateGate, toArray } from '../../../src/core/mod.ts';
import { createSandbox, DEMO_CREDENTIALS } from '../../../src/sandbox/mod.ts';

const NOW = Date.parse('2024-06-01T12:00:00Z');
const DAY = 86_400_000;

test('a 429 with Retry-After on one walk holds every walk: no request starts while the wait lasts', async () => {
  const sandbox = createSandbox({ now: NOW, days: 10, records: 2000, rateLimit: 0, mix: { account_setting: 1 } });
  await sandbox.start();
  try {
    const gate = new RateGate();
    const starts: { held: boolean }[] = [];
    const statuses: number[] = [];
    // The gate admits a request and the client calls fetch in the same turn, so a fetch
    // that starts while the gate says it holds is a request the hold let through.
    const spy: typeof fetch = async (input, init) => {
      starts.push({ held: gate.heldUntil > 0 });
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    };
    const client = createClient({
      baseUrl: new URL(sandbox.url),
      credentials: { email: DEMO_CREDENTIALS.email, apiToken: DEMO_CREDENTIALS.apiToken },
      fetch: spy,
      gate,
    });
    const window = { start: Temporal.Instant.fromEpochMilliseconds(NOW - 10 * DAY), end: Temporal.Instant.fromEpochMilliseconds(NOW) };
    // The count, then the first pages of four walks; the sixth request answers 429.
    let seen = 0;
    const records = toArray(parallelAuditLogs(client, { createdAt: window }, { concurrency: 4, sliceRecords: 300 }));
    const inject = setInterval(() => {
      if (seen === 0 && sandbox.stats.requests >= 5) {
        seen = 1;
        sandbox.injectFaults([{ kind: '429', retryAfter: 1 }]);
      }
    }, 1);
    const all = await records;
    clearInterval(inject);
    assert.is(all.length, sandbox.auditLogs().length, 'every record, once');
    assert.ok(statuses.includes(429), 'the 429 was served');
    assert.ok(starts.length > statuses.indexOf(429) + 4, 'and the walks went on after it');
    assert.is(starts.filter((start) => start.held).length, 0, 'no request started while the Retry-After lasted');
  } finally {
    await sandbox.close();
  }
});

test.run();
