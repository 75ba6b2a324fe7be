import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createSandbox } from '../../src/sandbox/mod.ts';
import { connect, epochSeconds, ids, NOW, walk } from './client.ts';

const DAY = 86_400_000;

test('the same seed and now give the same account', () => {
  const one = createSandbox({ seed: 42, now: NOW, records: 1000 });
  const two = createSandbox({ seed: 42, now: NOW, records: 1000 });
  assert.equal(one.auditLogs(), two.auditLogs());
  assert.equal(one.users(), two.users());
});

test('another seed gives another account', () => {
  const one = createSandbox({ seed: 1, now: NOW });
  const two = createSandbox({ seed: 2, now: NOW });
  assert.not.equal(ids(one.auditLogs()), ids(two.auditLogs()));
  assert.not.equal(one.users(), two.users());
});

test('records spread over the days before now, ascending, with unique ids growing with time', () => {
  const records = createSandbox({ now: NOW, records: 5000, days: 30 }).auditLogs();
  assert.is(records.length, 5000);
  assert.ok(epochSeconds(records[0]!.created_at) >= (NOW - 30 * DAY) / 1000);
  assert.ok(epochSeconds(records.at(-1)!.created_at) <= NOW / 1000);
  assert.ok(epochSeconds(records.at(-1)!.created_at) > (NOW - 2 * DAY) / 1000, 'reaches close to now');
  assert.ok(epochSeconds(records[0]!.created_at) < (NOW - 28 * DAY) / 1000, 'starts close to the beginning');
  for (let index = 1; index < records.length; index++) {
    assert.ok(records[index]!.id > records[index - 1]!.id);
    assert.ok(records[index]!.created_at >= records[index - 1]!.created_at);
  }
  assert.ok(records.every((record) => /^\d{13,14}$/.test(String(record.id))));
  assert.ok(records.every((record) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(record.created_at)));
});

test('records read like Zendesk’s, in its field order', () => {
  const sandbox = createSandbox({ now: NOW, records: 3000, subdomain: 'acme' });
  const records = sandbox.auditLogs();
  const userIds = new Set(sandbox.users().map((user) => user.id));
  assert.equal(Object.keys(records[0]!), [
    'url',
    'id',
    'action_label',
    'actor_id',
    'source_id',
    'source_type',
    'source_label',
    'action',
    'change_description',
    'ip_address',
    'created_at',
    'actor_name',
  ]);
  assert.is(records[0]!.url, `https://acme.zendesk.com/api/v2/audit_logs/${records[0]!.id}.json`, 'before start');
  const settings = records.filter((record) => record.source_type === 'account_setting');
  assert.ok(settings.every((record) => record.action === 'update' && record.action_label === 'Updated'));
  assert.ok(settings.every((record) => /^(Changed from .+ to .+|Turned on|Turned off)$/.test(record.change_description)));
  assert.ok(settings.some((record) => record.source_label === 'Security: Session expiration'));
  const signIns = records.filter((record) => record.action === 'login');
  assert.ok(signIns.length > 0);
  for (const signIn of signIns) {
    assert.is(signIn.action_label, 'Signed in');
    assert.is(signIn.source_type, 'user');
    assert.is(signIn.source_id, signIn.actor_id);
    assert.is(signIn.source_label, `Team member: ${signIn.actor_name}`);
    assert.match(signIn.change_description, /^Successful sign-in using .+ from https:\/\/acme\.zendesk\.com\/access\/login$/);
  }
  const types = new Set(records.map((record) => record.source_type));
  assert.equal([...types].sort(), ['account_setting', 'apitoken', 'macro', 'trigger', 'user', 'view']);
  const actions = new Set(records.filter((record) => record.source_type === 'trigger').map((record) => record.action));
  assert.equal([...actions].sort(), ['create', 'destroy', 'update']);
  const humans = records.filter((record) => record.actor_id !== -1);
  assert.ok(humans.every((record) => userIds.has(record.actor_id) && record.ip_address !== null));
  assert.ok(humans.filter((record) => record.ip_address!.includes('.')).length > humans.length * 0.7, 'mostly IPv4');
});

test('consecutive changes of a setting chain from the old value to the new', () => {
  const changes = createSandbox({ now: NOW, records: 2000, mix: { account_setting: 1 } })
    .auditLogs()
    .filter((record) => record.source_label === 'Security: Session expiration');
  assert.ok(changes.length > 5);
  for (let index = 1; index < changes.length; index++) {
    const before = /to (.+)$/.exec(changes[index - 1]!.change_description)![1];
    const after = /^Changed from (.+) to /.exec(changes[index]!.change_description)![1];
    assert.is(after, before);
  }
});

test('mix chooses the source types: {account_setting: 1} gives only settings changes', () => {
  const records = createSandbox({ now: NOW, records: 500, mix: { account_setting: 1 } }).auditLogs();
  assert.ok(records.every((record) => record.source_type === 'account_setting'));
  const users = createSandbox({ now: NOW, records: 500, mix: { user: 1, apitoken: 1 } }).auditLogs();
  assert.equal([...new Set(users.map((record) => record.source_type))].sort(), ['apitoken', 'user']);
});

test('the default mix is mostly settings changes and sign-ins', () => {
  const records = createSandbox({ now: NOW, records: 10_000 }).auditLogs();
  const share = (type: string) => records.filter((record) => record.source_type === type).length / records.length;
  assert.ok(share('account_setting') > 0.4 && share('account_setting') < 0.57);
  assert.ok(share('user') > 0.22 && share('user') < 0.36);
  assert.ok(share('apitoken') > 0.01 && share('apitoken') < 0.06);
});

test('bad options are refused with a message naming them', () => {
  assert.throws(() => createSandbox({ records: -1 }), /records/);
  assert.throws(() => createSandbox({ mix: { tickets: 1 } }), /mix: unknown source type "tickets"/);
  assert.throws(() => createSandbox({ mix: { user: 0 } }), /positive weight/);
  assert.throws(() => createSandbox({ subdomain: 'evil.com/x' }), /subdomain/);
  assert.throws(() => createSandbox({ chaos: { seed: 1, rate: 2 } }), /chaos.rate/);
});

test('added records are completed, newer than all, and served to later queries', async () => {
  let now = NOW + 3_600_000 + 250;
  const account = await connect({ records: 300, clock: () => now });
  try {
    const before = account.sandbox.auditLogs();
    const maxId = Math.max(...ids(before));
    const [setting, signIn] = account.sandbox.addRecords([
      { source_label: 'Security: Session expiration', change_description: 'Changed from 10 minutes to 30 minutes' },
      { source_type: 'user', action: 'login', actor_id: account.sandbox.users()[2]!.id },
    ]);
    assert.ok(setting!.id > maxId && signIn!.id > setting!.id);
    assert.is(setting!.created_at, '2024-06-01T13:00:00Z');
    assert.is(setting!.source_type, 'account_setting');
    assert.is(setting!.action, 'update');
    assert.is(setting!.action_label, 'Updated');
    assert.is(setting!.url, `${account.sandbox.url}/api/v2/audit_logs/${setting!.id}.json`);
    assert.ok(account.sandbox.users().some((user) => user.id === setting!.actor_id && user.role === 'admin'));
    assert.is(signIn!.action_label, 'Signed in');
    assert.is(signIn!.actor_name, account.sandbox.users()[2]!.name);
    assert.is(account.sandbox.users()[2]!.last_login_at, '2024-06-01T13:00:00Z');

    const newest = await account.json('/api/v2/audit_logs?page[size]=2');
    assert.equal(ids(newest.body.audit_logs), [signIn!.id, setting!.id]);
    assert.equal(newest.body.audit_logs[1], setting);
    const count = await account.json('/api/v2/audit_logs?per_page=1&filter[source_type]=account_setting');
    assert.is(count.body.count, before.filter((record) => record.source_type === 'account_setting').length + 1);

    now += 1000;
    const [backdated] = account.sandbox.addRecords([{ created_at: before[10]!.created_at, actor_id: -1, ip_address: null }]);
    assert.is(backdated!.actor_name, 'Zendesk');
    const all = account.sandbox.auditLogs();
    assert.is(all.length, 303);
    assert.ok(ids(all).indexOf(backdated!.id) <= 11);
    const { records } = await walk(account, '/api/v2/audit_logs?page[size]=50&sort=created_at');
    assert.equal(ids(records), ids(all));
  } finally {
    await account.sandbox.close();
  }
});

test('addRecords keeps given fields and refuses a duplicate id', () => {
  const sandbox = createSandbox({ now: NOW, records: 10 });
  const [custom] = sandbox.addRecords([
    { id: 99_999_999_999_999, source_type: 'ticket_form', action: 'create', source_label: 'Ticket form: Returns', extra: 1 },
  ]);
  assert.is(custom!.id, 99_999_999_999_999);
  assert.is(custom!.action_label, 'Created');
  assert.is(custom!.source_label, 'Ticket form: Returns');
  assert.is(custom!.extra, 1);
  assert.throws(() => sandbox.addRecords([{ id: 99_999_999_999_999 }]), /already exists/);
  assert.throws(() => sandbox.addRecords([{ created_at: 'yesterday' }]), /created_at/);
});

test('a million records are generated, counted and paged without walking them all', async () => {
  const account = await connect({ records: 1_000_000 });
  try {
    const total = await account.json('/api/v2/audit_logs?per_page=1');
    assert.is(total.body.count, 1_000_000);
    const newest = await account.json('/api/v2/audit_logs?page[size]=100&filter[source_type]=account_setting');
    assert.is(newest.body.audit_logs.length, 100);
    assert.ok(newest.body.audit_logs.every((record: { source_type: string }) => record.source_type === 'account_setting'));
    const next = await account.json(newest.body.links.next);
    assert.ok(next.body.audit_logs[0].id < newest.body.audit_logs[99].id);
    const oldest = await account.json('/api/v2/audit_logs?page[size]=1&sort=created_at');
    const latest = total.body.audit_logs[0];
    assert.ok(oldest.body.audit_logs[0].id < latest.id);
    const shown = await account.json('/api/v2/audit_logs?page[size]=1');
    assert.equal(shown.body.audit_logs[0], latest);
    const window = 'filter[created_at][]=2024-05-01T00:00:00Z&filter[created_at][]=2024-05-01T23:59:59Z';
    const day = await account.json(`/api/v2/audit_logs?per_page=1&filter[source_type][]=user&filter[source_type][]=view&${window}`);
    assert.ok(day.body.count > 1000 && day.body.count < 10_000);
  } finally {
    await account.sandbox.close();
  }
});

test.run();
