import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ZendeskError, ZendeskHttpError } from '../../../src/core/errors.ts';
import { backoffDelay, parseRetryAfter, withRetry } from '../../../src/core/fetch/retry.ts';
import { recordingSleep } from '../../helpers/fake-fetch.ts';

const now = Date.parse('2015-10-21T07:27:30Z');

test('parseRetryAfter reads delay-seconds', () => {
  assert.is(parseRetryAfter('2', now), 2000);
  assert.is(parseRetryAfter('0', now), 0);
  assert.is(parseRetryAfter(' 1.5 ', now), 1500);
});

test('parseRetryAfter reads an HTTP date, and a past date as zero', () => {
  assert.is(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now), 30_000);
  assert.is(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now), 0);
});

test('parseRetryAfter ignores what it cannot read', () => {
  assert.is(parseRetryAfter(null, now), undefined);
  assert.is(parseRetryAfter('', now), undefined);
  assert.is(parseRetryAfter('-3', now), undefined);
  assert.is(parseRetryAfter('soon', now), undefined);
});

test('backoffDelay doubles each attempt, jitters within the upper half, and stops at the cap', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 };
  assert.is(backoffDelay(1, options, () => 0), 50);
  assert.is(backoffDelay(1, options, () => 0.999999), 100);
  assert.is(backoffDelay(3, options, () => 0), 200);
  assert.is(backoffDelay(10, options, () => 1), 1000);
});

const http = (status: number, retryAfterMs?: number) =>
  new ZendeskHttpError({ status, method: 'GET', path: '/api/v2/audit_logs', retryAfterMs });

test('withRetry waits for Retry-After on 429, then succeeds', async () => {
  const { sleep, waits } = recordingSleep();
  let calls = 0;
  const result = await withRetry(async () => {
    if (++calls === 1) throw http(429, 2000);
    return 'ok';
  }, { sleep });
  assert.is(result, 'ok');
  assert.equal(waits, [2000]);
});

test('withRetry backs off on 500 and network errors but rethrows a 403 at once', async () => {
  const { sleep, waits } = recordingSleep();
  let calls = 0;
  await withRetry(async () => {
    calls++;
    if (calls === 1) throw http(500);
    if (calls === 2) throw new ZendeskError('network error', { retriable: true });
    return 'ok';
  }, { sleep, random: () => 0, baseDelayMs: 100 });
  assert.equal(waits, [50, 100]);

  calls = 0;
  try {
    await withRetry(async () => {
      calls++;
      throw http(403);
    }, { sleep });
    assert.unreachable();
  } catch (error) {
    assert.is((error as ZendeskHttpError).status, 403);
    assert.is(calls, 1);
  }
});

test('withRetry gives up after the attempts and says so', async () => {
  const { sleep } = recordingSleep();
  let calls = 0;
  try {
    await withRetry(async () => {
      calls++;
      throw http(502);
    }, { sleep, attempts: 3 });
    assert.unreachable();
  } catch (error) {
    assert.is(calls, 3);
    assert.match((error as Error).message, /502 Bad Gateway .*gave up after 3 attempts/);
  }
});

test('withRetry counts a single attempt in the singular', async () => {
  // Found by test/reliability: `--max-attempts 1` printed "gave up after 1 attempts".
  try {
    await withRetry(async () => {
      throw http(502);
    }, { attempts: 1 });
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, /\(gave up after 1 attempt\)$/);
  }
});

test('withRetry refuses a Retry-After beyond the wait budget without waiting', async () => {
  const { sleep, waits } = recordingSleep();
  try {
    await withRetry(async () => {
      throw http(429, 300_000);
    }, { sleep, maxWaitMs: 60_000 });
    assert.unreachable();
  } catch (error) {
    assert.equal(waits, []);
    assert.match((error as Error).message, /asked to wait 300 s, beyond the 60 s retry budget/);
  }
});

test('withRetry stops when the signal aborts', async () => {
  const controller = new AbortController();
  let calls = 0;
  try {
    await withRetry(async () => {
      calls++;
      controller.abort(new Error('stop'));
      throw http(503, 10);
    }, { signal: controller.signal, sleep: async () => {} });
    assert.unreachable();
  } catch (error) {
    assert.is(calls, 1);
    assert.is((error as ZendeskHttpError).status, 503);
  }
});

test.run();
