import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { connect, type Connected, epochSeconds, ids, NOW, walk } from './client.ts';

const SETTINGS = '/api/v2/audit_logs.json?filter[source_type]=account_setting';
const LAST_DAYS = 'filter[created_at][]=2024-05-31T00:00:00Z&filter[created_at][]=2024-06-01T12:00:00Z';
let account: Connected;

test.before(async () => {
  account = await connect({ records: 3000 });
});

test.after(async () => {
  await account.sandbox.close();
});

function settingsChanges() {
  return account.sandbox.auditLogs().filter((record) => record.source_type === 'account_setting');
}

test('a cursor walk, newest first, returns every matching record once and in order', async () => {
  const expected = ids(settingsChanges()).reverse();
  assert.ok(expected.length > 500, 'enough records for many pages');
  const { records, pages } = await walk(account, `${SETTINGS}&page[size]=100`);
  assert.equal(ids(records), expected);
  assert.is(pages, Math.ceil(expected.length / 100));
});

test('a cursor walk with sort=created_at returns them oldest first', async () => {
  const expected = ids(settingsChanges());
  const { records } = await walk(account, `${SETTINGS}&page[size]=37&sort=created_at`);
  assert.equal(ids(records), expected);
});

test('records are ordered by (created_at, id), also within one second', async () => {
  const all = account.sandbox.auditLogs();
  for (let index = 1; index < all.length; index++) {
    const [previous, current] = [all[index - 1]!, all[index]!];
    const order = epochSeconds(current.created_at) - epochSeconds(previous.created_at) || current.id - previous.id;
    assert.ok(order > 0, `${previous.id} before ${current.id}`);
  }
  const { records } = await walk(account, '/api/v2/audit_logs?page[size]=100&sort=created_at');
  assert.equal(ids(records), ids(all));
});

test('a page says whether more follow and links to the next one, keeping the query', async () => {
  const { body } = await account.json(`${SETTINGS}&filter[action]=update&page[size]=2`);
  assert.is(body.audit_logs.length, 2);
  assert.is(body.meta.has_more, true);
  assert.type(body.meta.after_cursor, 'string');
  const next = new URL(body.links.next);
  assert.is(next.origin, account.sandbox.url);
  assert.is(next.pathname, '/api/v2/audit_logs.json');
  assert.is(next.searchParams.get('filter[source_type]'), 'account_setting');
  assert.is(next.searchParams.get('filter[action]'), 'update');
  assert.is(next.searchParams.get('page[size]'), '2');
  assert.is(next.searchParams.get('page[after]'), body.meta.after_cursor);
});

test('the last page has has_more false', async () => {
  const { body } = await account.json(`${SETTINGS}&page[size]=100&sort=created_at&${LAST_DAYS}`);
  assert.ok(body.audit_logs.length < 100);
  assert.is(body.meta.has_more, false);
});

test('a page with nothing in it has no cursors and no links', async () => {
  const { status, body } = await account.json('/api/v2/audit_logs?page[size]=10&filter[source_type]=ticket');
  assert.is(status, 200);
  assert.equal(body, {
    audit_logs: [],
    meta: { has_more: false, after_cursor: null, before_cursor: null },
    links: { next: null, prev: null },
  });
});

test('page[size] outside 1..100 is refused with InvalidPaginationParameter', async () => {
  for (const size of ['0', '101', 'abc', '', '-5', '1.5']) {
    const { status, body } = await account.json(`/api/v2/audit_logs?page[size]=${size}`);
    assert.is(status, 400, size);
    assert.equal(body, { errors: [{ code: 'InvalidPaginationParameter', title: 'page[size] is not valid' }] });
  }
});

test('a cursor that is not ours is refused', async () => {
  for (const parameter of ['page[after]']) {
    for (const cursor of ['nonsense!', 'eyJ4IjoxfQ', btoa('{"v":[1,"x"]}')]) {
      const { status, body } = await account.json(`/api/v2/audit_logs?page[size]=10&${parameter}=${encodeURIComponent(cursor)}`);
      assert.is(status, 400, `${parameter}=${cursor}`);
      assert.equal(body, { errors: [{ code: 'InvalidPaginationParameter', title: `${parameter} is not valid` }] });
    }
  }
});

test('an unknown sort is refused; sort_by and sort_order are ignored beside page[size]', async () => {
  assert.is((await account.get('/api/v2/audit_logs?page[size]=10&sort=id')).status, 400);
  const ignored = await account.json('/api/v2/audit_logs?page[size]=3&sort_order=asc');
  const newest = await account.json('/api/v2/audit_logs?page[size]=3');
  assert.equal(ids(ignored.body.audit_logs), ids(newest.body.audit_logs));
});

test('records added during a walk do not disturb the cursor', async () => {
  const changes = settingsChanges();
  const first = await account.json(`${SETTINGS}&page[size]=100`);
  const lastSeen = first.body.audit_logs.at(-1);
  // One newer than the walk's position (already passed), one in the part still to come.
  const middle = changes[Math.floor(changes.length / 2)]!;
  const [newer, older] = account.sandbox.addRecords([
    { created_at: '2024-06-01T11:59:59Z' },
    { created_at: middle.created_at, change_description: 'Changed from 1 to 2' },
  ]);
  assert.ok(Date.parse(older!.created_at) < Date.parse(lastSeen.created_at));
  const rest = await walk(account, first.body.links.next);
  const seen = [...ids(first.body.audit_logs), ...ids(rest.records)];
  assert.is(new Set(seen).size, seen.length, 'no duplicates');
  assert.not.ok(seen.includes(newer!.id));
  assert.ok(ids(rest.records).includes(older!.id));
  const expected = ids(settingsChanges()).reverse().filter((id) => id !== newer!.id);
  assert.equal(seen, expected);
});

test('records added after a walk ends appear when it is continued from its last cursor', async () => {
  const { body } = await account.json(`${SETTINGS}&page[size]=100&sort=created_at&${LAST_DAYS}`);
  assert.is(body.meta.has_more, false);
  const [added] = account.sandbox.addRecords([{ source_type: 'account_setting', created_at: new Date(NOW).toISOString() }]);
  const again = await account.json(body.links.next);
  assert.equal(ids(again.body.audit_logs), [added!.id]);
});

test.run();
