import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect } from './client.ts';

const RATE_HEADERS = ['x-rate-limit', 'x-rate-limit-remaining', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

function rateHeaders(response: Response): Record<string, string | null> {
  return Object.fromEntries(RATE_HEADERS.map((name) => [name, response.headers.get(name)]));
}

test('every answer carries the rate-limit headers, counting down from a full budget', async () => {
  let now = 1_000_000;
  const account = await connect({ rateLimit: 3, clock: () => now });
  try {
    const first = await account.get('/api/v2/audit_logs?page[size]=1');
    assert.equal(rateHeaders(first), {
      'x-rate-limit': '3',
      'x-rate-limit-remaining': '2',
      'ratelimit-limit': '3',
      'ratelimit-remaining': '2',
      'ratelimit-reset': '60',
    });
    now += 10_000;
    const unauthorised = await account.get('/api/v2/users/1', {});
    assert.is(unauthorised.status, 401);
    assert.is(unauthorised.headers.get('x-rate-limit-remaining'), '1');
    assert.is(unauthorised.headers.get('ratelimit-reset'), '50');
  } finally {
    await account.sandbox.close();
  }
});

test('over the limit: 429, plain text, Retry-After in whole seconds until a slot frees', async () => {
  let now = 5_000_000;
  const account = await connect({ rateLimit: 2, rateWindowMs: 60_000, clock: () => now });
  try {
    await account.get('/api/v2/audit_logs');
    now += 20_500;
    await account.get('/api/v2/audit_logs');
    const refused = await account.get('/api/v2/audit_logs');
    assert.is(refused.status, 429);
    assert.match(refused.headers.get('content-type') ?? '', /^text\/plain/);
    assert.is(await refused.text(), 'Number of allowed API requests per minute exceeded');
    assert.is(refused.headers.get('retry-after'), '40');
    assert.is(refused.headers.get('x-rate-limit-remaining'), '0');
    assert.is(refused.headers.get('ratelimit-reset'), '40');

    // Refused requests use no budget: waiting out Retry-After is enough.
    now += 39_000;
    assert.is((await account.get('/api/v2/audit_logs')).status, 429);
    now += 1_000;
    const again = await account.get('/api/v2/audit_logs');
    assert.is(again.status, 200);
    assert.is(again.headers.get('x-rate-limit-remaining'), '0');
    assert.equal(account.sandbox.stats.byStatus, { 200: 3, 429: 2 });
  } finally {
    await account.sandbox.close();
  }
});

test('the window rolls with the real clock when none is given', async () => {
  const account = await connect({ rateLimit: 1, rateWindowMs: 400 });
  try {
    assert.is((await account.get('/api/v2/audit_logs')).status, 200);
    const refused = await account.get('/api/v2/audit_logs');
    assert.is(refused.status, 429);
    assert.is(refused.headers.get('retry-after'), '1', 'rounded up to a whole second');
    await new Promise((resolve) => setTimeout(resolve, 450));
    assert.is((await account.get('/api/v2/audit_logs')).status, 200);
  } finally {
    await account.sandbox.close();
  }
});

test('rateLimit 0 means no limit and no rate-limit headers', async () => {
  const account = await connect({ rateLimit: 0 });
  try {
    const responses = await Promise.all(Array.from({ length: 50 }, () => account.get('/api/v2/audit_logs?per_page=1')));
    assert.ok(responses.every((response) => response.status === 200));
    assert.is(responses[0]!.headers.get('x-rate-limit'), null);
  } finally {
    await account.sandbox.close();
  }
});

test('the default budget is Enterprise’s 700 a minute', async () => {
  const account = await connect({ rateLimit: undefined });
  try {
    assert.is((await account.get('/api/v2/audit_logs')).headers.get('x-rate-limit'), '700');
  } finally {
    await account.sandbox.close();
  }
});

test.run();
