import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FaultKind } from '../../src/sandbox/mod.ts';
import { connect, type Connected, ids, rejection } from './client.ts';

let account: Connected;

test.before(async () => {
  account = await connect({ records: 500 });
});

test.after(async () => {
  await account.sandbox.close();
});

test('a 429 fault is plain text with Retry-After, 1 second unless told', async () => {
  account.sandbox.injectFaults(['429', { kind: '429', retryAfter: 7 }, { kind: '429', retryAfter: 'Wed, 21 Oct 2099 07:28:00 GMT' }]);
  const retryAfters: (string | null)[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await account.get('/api/v2/audit_logs');
    assert.is(response.status, 429);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    assert.is(await response.text(), 'Number of allowed API requests per minute exceeded');
    retryAfters.push(response.headers.get('retry-after'));
  }
  assert.equal(retryAfters, ['1', '7', 'Wed, 21 Oct 2099 07:28:00 GMT']);
});

test('a 503 fault is JSON with Retry-After; an html fault is a 503 maintenance page', async () => {
  account.sandbox.injectFaults([{ kind: '503', retryAfter: 3 }, 'html']);
  const unavailable = await account.get('/api/v2/audit_logs');
  assert.is(unavailable.status, 503);
  assert.is(unavailable.headers.get('retry-after'), '3');
  assert.type((await unavailable.json()).error, 'string');
  const maintenance = await account.get('/api/v2/audit_logs');
  assert.is(maintenance.status, 503);
  assert.match(maintenance.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await maintenance.text(), /<html/);
});

test('a 500 fault is JSON; 502 and 504 faults are a proxy’s HTML pages', async () => {
  account.sandbox.injectFaults(['500', '502', '504']);
  const internal = await account.get('/api/v2/audit_logs');
  assert.is(internal.status, 500);
  assert.type((await internal.json()).error, 'string');
  for (const status of [502, 504]) {
    const response = await account.get('/api/v2/audit_logs');
    assert.is(response.status, status);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await response.text(), new RegExp(`<title>${status} `));
  }
});

test('a reset fault drops the connection without an answer', async () => {
  account.sandbox.injectFaults(['reset']);
  await rejection(() => account.get('/api/v2/audit_logs'));
  assert.is((await account.get('/api/v2/audit_logs')).status, 200, 'the next request is answered');
});

test('a truncate fault promises the whole body and sends half', async () => {
  account.sandbox.injectFaults(['truncate']);
  const response = await account.get('/api/v2/audit_logs?page[size]=50');
  assert.is(response.status, 200);
  assert.ok(Number(response.headers.get('content-length')) > 1000);
  await rejection(() => response.text());
});

test('a slow fault outlasts a client timeout, and answers normally when waited for', async () => {
  account.sandbox.injectFaults([{ kind: 'slow', ms: 400 }, { kind: 'slow', ms: 20 }]);
  await rejection(() => account.get('/api/v2/audit_logs', undefined, { signal: AbortSignal.timeout(50) }));
  const waited = await account.get('/api/v2/audit_logs?page[size]=2');
  assert.is(waited.status, 200);
  assert.is((await waited.json()).audit_logs.length, 2);
});

test('a replay fault answers a cursor page with the page served before it', async () => {
  const first = await account.get('/api/v2/audit_logs?page[size]=10');
  const firstBody = await first.text();
  account.sandbox.injectFaults(['replay']);
  const replayed = await account.get(JSON.parse(firstBody).links.next);
  assert.is(replayed.status, 200);
  assert.is(await replayed.text(), firstBody, 'same cursor, same ids');
  const honest = await account.json(JSON.parse(firstBody).links.next);
  assert.not.equal(ids(honest.body.audit_logs), ids(JSON.parse(firstBody).audit_logs));
});

test('a replay fault repeats the page before in the same walk, never a page of another walk', async () => {
  // Found by test/reliability: with walks running in parallel, "the page served before"
  // was another query's, which no cache would serve, and a parallel fetcher lost records to it.
  const mine = await account.json('/api/v2/audit_logs?page[size]=10&filter[action]=update');
  await account.json('/api/v2/audit_logs?page[size]=10&filter[action]=login');
  account.sandbox.injectFaults(['replay']);
  const replayed = await account.json(mine.body.links.next);
  assert.equal(ids(replayed.body.audit_logs), ids(mine.body.audit_logs));
});

test('injected faults hit the next requests on any path, in order, then stop', async () => {
  const user = account.sandbox.users()[0]!;
  account.sandbox.injectFaults(['500', '502']);
  const statuses = [];
  for (const path of [`/api/v2/users/${user.id}`, '/nowhere', `/api/v2/users/${user.id}`]) {
    statuses.push((await account.get(path)).status);
  }
  assert.equal(statuses, [500, 502, 200]);
});

test('every fault is counted by kind', async () => {
  const sandbox = (await connect({ records: 50 })).sandbox;
  try {
    const kinds: FaultKind[] = ['429', '503', '500', '502', '504', 'reset', 'truncate', 'slow', 'html', 'replay'];
    await fetchThrough(sandbox.url, '/api/v2/audit_logs?page[size]=5');
    sandbox.injectFaults(kinds.map((kind) => (kind === 'slow' ? { kind, ms: 1 } : kind)));
    for (let request = 0; request < kinds.length; request++) await fetchThrough(sandbox.url, '/api/v2/audit_logs?page[size]=5');
    assert.equal(sandbox.stats.faults, Object.fromEntries(kinds.map((kind) => [kind, 1])));
    assert.is(sandbox.stats.requests, kinds.length + 1);
  } finally {
    await sandbox.close();
  }
});

test('an unknown fault kind is refused', () => {
  assert.throws(() => account.sandbox.injectFaults(['418' as FaultKind]), /unknown fault/);
});

test('chaos follows its seed: same seed, same faults on the same requests', async () => {
  const statuses = async (seed: number) => {
    const chaotic = await connect({ records: 50, chaos: { seed, rate: 0.5, kinds: ['429', '500', '502', '503', 'html'] } });
    try {
      const seen: number[] = [];
      for (let request = 0; request < 40; request++) seen.push((await chaotic.get('/api/v2/audit_logs?per_page=1')).status);
      const faults = Object.values(chaotic.sandbox.stats.faults).reduce((sum, count) => sum + count, 0);
      assert.is(faults, seen.filter((status) => status !== 200).length);
      return seen;
    } finally {
      await chaotic.sandbox.close();
    }
  };
  const first = await statuses(7);
  assert.equal(await statuses(7), first);
  assert.ok(first.includes(200) && first.some((status) => status !== 200));
  assert.not.equal(await statuses(8), first);
});

test('latency delays every answer, errors included', async () => {
  const slow = await connect({ latencyMs: 60 });
  try {
    for (const headers of [undefined, {}]) {
      const started = performance.now();
      await (await slow.get('/api/v2/audit_logs?per_page=1', headers)).text();
      assert.ok(performance.now() - started >= 55);
    }
  } finally {
    await slow.sandbox.close();
  }
});

test('close ends open connections and pending delays, so the process can exit', async () => {
  const stuck = await connect({ latencyMs: 60_000 });
  const pending = stuck.get('/api/v2/audit_logs').catch((error: unknown) => error);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await stuck.sandbox.close();
  assert.instance(await pending, Error);
});

/** Fetches and reads the body, swallowing the network errors faults cause. */
async function fetchThrough(base: string, path: string): Promise<void> {
  try {
    const response = await fetch(base + path, { headers: { authorization: 'Bearer sandbox-oauth-token' } });
    await response.text();
  } catch {
    // reset and truncate
  }
}

test.run();
