import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createClient } from '../../../src/core/fetch/client.ts';
import { ZendeskError } from '../../../src/core/errors.ts';
import { auditLogs, RecentIds, toArray } from '../../../src/core/fetch/paginate.ts';
import { json, scriptedFetch } from '../../helpers/fake-fetch.ts';

const baseUrl = new URL('https://acme.zendesk.com');
const log = (id: number) => ({ id, created_at: '2024-05-21T22:34:33Z' });
const page = (ids: number[], after: string | null) =>
  json({
    audit_logs: ids.map(log),
    meta: { has_more: after !== null, after_cursor: after, before_cursor: null },
    links: { next: after ? `https://acme.zendesk.com/api/v2/audit_logs.json?page[size]=100&page[after]=${after}` : null, prev: null },
  });

const client = (answers: Parameters<typeof scriptedFetch>[0]) => {
  const fake = scriptedFetch(answers);
  return { fake, client: createClient({ baseUrl, fetch: fake.fetch, retry: { sleep: async () => {} } }) };
};

test('auditLogs follows after_cursor across pages and yields every record once', async () => {
  const { fake, client: api } = client([page([1, 2], 'c1'), page([3, 4], 'c2'), page([5], null)]);
  const ids = (await toArray(auditLogs(api, { sourceType: 'account_setting' }))).map((record) => record.id);
  assert.equal(ids, [1, 2, 3, 4, 5]);
  const afters = fake.requests.map((request) => new URL(request.url).searchParams.get('page[after]'));
  assert.equal(afters, [null, 'c1', 'c2']);
  // Every page keeps the filters (the seed's second request dropped them).
  for (const request of fake.requests) assert.is(new URL(request.url).searchParams.get('filter[source_type]'), 'account_setting');
});

test('auditLogs lists each page once, unlike the seed that appended every later page twice', async () => {
  const { client: api } = client([page([1], 'c1'), page([2], 'c2'), page([3], null)]);
  assert.equal((await toArray(auditLogs(api, {}))).map((record) => record.id), [1, 2, 3]);
});

test('auditLogs takes the cursor from links.next when meta has none', async () => {
  const answer = json({
    audit_logs: [log(1)],
    meta: { has_more: true },
    links: { next: 'https://acme.zendesk.com/api/v2/audit_logs.json?page[size]=100&page[after]=xyz' },
  });
  const { fake, client: api } = client([answer, page([2], null)]);
  assert.equal((await toArray(auditLogs(api, {}))).map((record) => record.id), [1, 2]);
  assert.is(new URL(fake.requests[1]!.url).searchParams.get('page[after]'), 'xyz');
  assert.is(new URL(fake.requests[1]!.url).origin, 'https://acme.zendesk.com');
});

test('auditLogs drops a record id seen twice', async () => {
  const { client: api } = client([page([1, 2], 'c1'), page([2, 3], null)]);
  assert.equal((await toArray(auditLogs(api, {}))).map((record) => record.id), [1, 2, 3]);
});

test('auditLogs fetches a replayed page again instead of repeating its records', async () => {
  // The page for c1 comes back as the first page again (same after_cursor c1).
  const { fake, client: api } = client([page([1, 2], 'c1'), page([1, 2], 'c1'), page([3, 4], null)]);
  assert.equal((await toArray(auditLogs(api, {}))).map((record) => record.id), [1, 2, 3, 4]);
  assert.is(fake.requests.length, 3);
});

test('auditLogs stops with an error, not a hang, when a cursor keeps repeating', async () => {
  const answers = [page([1], 'c1'), page([2], 'c2'), ...Array.from({ length: 10 }, () => page([2], 'c1'))];
  const { fake, client: api } = client(answers);
  const seen: number[] = [];
  try {
    for await (const record of auditLogs(api, {})) seen.push(record.id);
    assert.unreachable();
  } catch (error) {
    assert.instance(error, ZendeskError);
    assert.match((error as Error).message, /cursor it had already returned/);
  }
  assert.equal(seen, [1, 2]);
  assert.ok(fake.requests.length <= 7);
});

test('auditLogs fails loudly when has_more comes without any cursor', async () => {
  const { client: api } = client([json({ audit_logs: [log(1)], meta: { has_more: true }, links: {} })]);
  try {
    await toArray(auditLogs(api, {}));
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, /gave no cursor/);
  }
});

test('auditLogs fails loudly on a body that is not an audit-log page', async () => {
  const { client: api } = client([json({ users: [] })]);
  try {
    await toArray(auditLogs(api, {}));
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, /no "audit_logs" list/);
  }
});

test('RecentIds forgets the oldest ids beyond its capacity', () => {
  const recent = new RecentIds(3);
  assert.equal([1, 2, 3, 1].map((id) => recent.add(id)), [true, true, true, false]);
  assert.ok(recent.add(4));
  assert.ok(recent.add(1), 'id 1 was forgotten after 4 came in');
  assert.not.ok(recent.add(4));
});

test.run();
