import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/types.ts';
import { connect, type Connected, ids } from './client.ts';

const TOO_DEEP = {
  errors: [
    {
      code: 'InvalidPaginationDepth',
      title: 'Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)',
    },
  ],
};

let account: Connected;
let all: AuditLog[];

test.before(async () => {
  account = await connect({ records: 12_000 });
  all = account.sandbox.auditLogs();
});

test.after(async () => {
  await account.sandbox.close();
});

test('without page[size] the list is offset-paginated, newest first, 100 a page, with a count', async () => {
  const { status, body } = await account.json('/api/v2/audit_logs.json');
  assert.is(status, 200);
  assert.equal(Object.keys(body).sort(), ['audit_logs', 'count', 'next_page', 'previous_page']);
  assert.equal(ids(body.audit_logs), ids(all.slice(-100)).reverse());
  assert.is(body.count, all.length);
  assert.is(body.previous_page, null);
  assert.is(new URL(body.next_page).searchParams.get('page'), '2');
});

test('per_page=1 counts a filtered window cheaply', async () => {
  const window = 'filter[created_at][]=2024-05-01T00:00:00Z&filter[created_at][]=2024-05-15T23:59:59Z';
  const { body } = await account.json(`/api/v2/audit_logs?per_page=1&filter[source_type]=account_setting&${window}`);
  const expected = all.filter(
    (record) =>
      record.source_type === 'account_setting' &&
      record.created_at >= '2024-05-01T00:00:00Z' &&
      record.created_at <= '2024-05-15T23:59:59Z',
  );
  assert.is(body.count, expected.length);
  assert.equal(ids(body.audit_logs), [expected.at(-1)!.id]);
});

test('pages follow one another; next_page and previous_page keep the query', async () => {
  const query = '/api/v2/audit_logs?filter[source_type]=user&per_page=25&sort_by=created_at&sort_order=asc';
  const users = all.filter((record) => record.source_type === 'user');
  const first = await account.json(query);
  const second = await account.json(first.body.next_page);
  assert.equal(ids([...first.body.audit_logs, ...second.body.audit_logs]), ids(users.slice(0, 50)));
  const next = new URL(second.body.next_page);
  assert.is(next.searchParams.get('page'), '3');
  assert.is(next.searchParams.get('filter[source_type]'), 'user');
  assert.is(next.searchParams.get('sort_order'), 'asc');
  assert.is(new URL(second.body.previous_page).searchParams.get('page'), '1');
});

test('the last page has no next_page', async () => {
  const { body: probe } = await account.json('/api/v2/audit_logs?per_page=1&filter[source_type]=apitoken');
  const lastPage = Math.ceil(probe.count / 10);
  const { body } = await account.json(`/api/v2/audit_logs?per_page=10&filter[source_type]=apitoken&page=${lastPage}`);
  assert.is(body.next_page, null);
  assert.is(body.audit_logs.length, probe.count - (lastPage - 1) * 10);
});

test('per_page above 100 is cut to 100', async () => {
  const { body } = await account.json('/api/v2/audit_logs?per_page=500');
  assert.is(body.audit_logs.length, 100);
});

test('page 100 of 100 is served; beyond 10,000 records it is InvalidPaginationDepth', async () => {
  const deepest = await account.json('/api/v2/audit_logs?page=100&per_page=100');
  assert.is(deepest.status, 200);
  assert.equal(ids(deepest.body.audit_logs), ids(all.slice(all.length - 10_000, all.length - 9_900)).reverse());
  assert.ok(deepest.body.next_page, 'Zendesk still offers the next page');
  for (const query of ['page=101&per_page=100', 'page=101', 'page=201&per_page=50', 'page=10001&per_page=1']) {
    const { status, body } = await account.json(`/api/v2/audit_logs?${query}`);
    assert.is(status, 400, query);
    assert.equal(body, TOO_DEEP);
  }
});

test.run();
