import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/types.ts';
import { connect, type Connected, ids, walk } from './client.ts';

const INVALID_CREATED_AT = {
  error: 'InvalidValue',
  description:
    'Invalid filter[created_at] specified; format is ?filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ&filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ',
};

let account: Connected;
let all: AuditLog[];

test.before(async () => {
  account = await connect({ records: 2000 });
  all = account.sandbox.auditLogs();
});

test.after(async () => {
  await account.sandbox.close();
});

/** Every record a query returns, oldest first, through cursor pagination. */
async function matching(query: string): Promise<number[]> {
  return ids((await walk(account, `/api/v2/audit_logs?page[size]=100&sort=created_at&${query}`)).records);
}

function expected(test: (record: AuditLog) => boolean): number[] {
  return ids(all.filter(test));
}

test('filter[source_type] keeps one source type', async () => {
  assert.equal(await matching('filter[source_type]=user'), expected((record) => record.source_type === 'user'));
});

test('filter[x][] takes several values', async () => {
  assert.equal(
    await matching('filter[action][]=create&filter[action][]=destroy'),
    expected((record) => record.action === 'create' || record.action === 'destroy'),
  );
  assert.equal(
    await matching('filter[source_type][]=trigger&filter[source_type][]=macro&filter[action]=update'),
    expected((record) => (record.source_type === 'trigger' || record.source_type === 'macro') && record.action === 'update'),
  );
});

test('percent-encoded brackets mean the same', async () => {
  const actor = all[0]!.actor_id;
  assert.equal(
    await matching(`filter%5Bactor_id%5D%5B%5D=${actor}&filter%5Bsource_type%5D=user`),
    expected((record) => record.actor_id === actor && record.source_type === 'user'),
  );
});

test('filter[actor_id], filter[ip_address] and filter[source_id] match exactly', async () => {
  const sample = all.find((record) => record.source_type === 'account_setting' && record.ip_address !== null)!;
  assert.equal(await matching(`filter[actor_id]=${sample.actor_id}`), expected((record) => record.actor_id === sample.actor_id));
  assert.equal(
    await matching(`filter[ip_address]=${sample.ip_address}`),
    expected((record) => record.ip_address === sample.ip_address),
  );
  assert.equal(
    await matching(`filter[source_type]=account_setting&filter[source_id]=${sample.source_id}`),
    expected((record) => record.source_type === 'account_setting' && record.source_id === sample.source_id),
  );
});

test('filter[created_at] includes records at both bounds', async () => {
  const start = all[100]!;
  const end = all[200]!;
  const window = `filter[created_at][]=${start.created_at}&filter[created_at][]=${end.created_at}`;
  const found = await matching(window);
  assert.equal(found, expected((record) => record.created_at >= start.created_at && record.created_at <= end.created_at));
  assert.ok(found.includes(start.id) && found.includes(end.id));
  const single = await matching(`filter[created_at][]=${start.created_at}&filter[created_at][]=${start.created_at}`);
  assert.ok(single.includes(start.id));
});

test('filter[created_at] sent once, or not in YYYY-MM-DDTHH:MM:SSZ, is refused', async () => {
  const bad = [
    'filter[created_at][]=2024-05-01T00:00:00Z',
    'filter[created_at]=2024-05-01T00:00:00Z',
    'filter[created_at][]=2024-05-01&filter[created_at][]=2024-05-31',
    'filter[created_at][]=2024-05-01T00:00:00%2B00:00&filter[created_at][]=2024-05-31T23:59:59Z',
    'filter[created_at][]=2024-05-01T00:00:00.000Z&filter[created_at][]=2024-05-31T23:59:59Z',
    'filter[created_at][]=2024-02-30T00:00:00Z&filter[created_at][]=2024-05-31T23:59:59Z',
    'filter[created_at][]=a&filter[created_at][]=b&filter[created_at][]=c',
  ];
  for (const query of bad) {
    for (const pagination of ['page[size]=10', 'per_page=10']) {
      const { status, body } = await account.json(`/api/v2/audit_logs?${pagination}&${query}`);
      assert.is(status, 400, query);
      assert.equal(body, INVALID_CREATED_AT);
    }
  }
});

test('an end before the start matches nothing', async () => {
  assert.equal(await matching('filter[created_at][]=2024-05-31T00:00:00Z&filter[created_at][]=2024-05-01T00:00:00Z'), []);
});

test('unknown filters, like the seed’s filter[user_id], are ignored', async () => {
  const { body } = await account.json(`/api/v2/audit_logs?per_page=1&filter[user_id]=${all[0]!.actor_id}`);
  assert.is(body.count, all.length);
});

test('blank filter values do not filter', async () => {
  const { body } = await account.json('/api/v2/audit_logs?per_page=1&filter[source_type]=&filter[actor_id][]=');
  assert.is(body.count, all.length);
});

test('a filter value nobody has matches nothing', async () => {
  for (const query of ['filter[actor_id]=42', 'filter[actor_id]=abc', 'filter[ip_address]=10.0.0.1', 'filter[action]=exported']) {
    const { status, body } = await account.json(`/api/v2/audit_logs?per_page=1&${query}`);
    assert.is(status, 200);
    assert.is(body.count, 0, query);
  }
});

test('the system actor has actor id -1 and no address', async () => {
  const system = all.filter((record) => record.actor_id === -1);
  assert.ok(system.length > 0);
  assert.ok(system.every((record) => record.ip_address === null && record.actor_name === 'Zendesk'));
  assert.equal(await matching('filter[actor_id]=-1'), ids(system));
});

test.run();
