import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS } from '../../src/sandbox/mod.ts';
import { connect, type Connected } from './client.ts';

const USER_FIELDS = [
  'id',
  'url',
  'name',
  'email',
  'created_at',
  'updated_at',
  'time_zone',
  'iana_time_zone',
  'phone',
  'shared_phone_number',
  'photo',
  'locale_id',
  'locale',
  'organization_id',
  'role',
  'verified',
  'external_id',
  'tags',
  'alias',
  'active',
  'shared',
  'shared_agent',
  'last_login_at',
  'two_factor_auth_enabled',
  'signature',
  'details',
  'notes',
  'role_type',
  'custom_role_id',
  'moderator',
  'ticket_restriction',
  'only_private_comments',
  'restricted_agent',
  'suspended',
  'default_group_id',
  'report_csv',
  'user_fields',
];

let account: Connected;

test.before(async () => {
  account = await connect();
});

test.after(async () => {
  await account.sandbox.close();
});

test('a user is shown with the seed article’s field set, with and without .json', async () => {
  const user = account.sandbox.users()[3]!;
  for (const path of [`/api/v2/users/${user.id}.json`, `/api/v2/users/${user.id}`]) {
    const { status, body } = await account.json(path);
    assert.is(status, 200);
    assert.equal(Object.keys(body.user), USER_FIELDS);
    assert.equal(body.user, user);
    assert.is(body.user.url, `${account.sandbox.url}/api/v2/users/${user.id}.json`);
  }
});

test('an unknown user is 404 RecordNotFound', async () => {
  for (const id of ['1', '99999999999999', 'abc', '-1']) {
    const { status, body } = await account.json(`/api/v2/users/${id}.json`);
    assert.is(status, 404, id);
    assert.equal(body, { error: 'RecordNotFound', description: 'Not found' });
  }
});

test('the team has 8 admins and agents, with Rails and IANA zones on several continents', () => {
  const users = account.sandbox.users();
  assert.is(users.filter((user) => user.role === 'admin').length, 8);
  assert.ok(users.filter((user) => user.role === 'agent').length >= 8);
  const zones = new Set(users.map((user) => user.iana_time_zone));
  for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'UTC']) {
    assert.ok(zones.has(zone), zone);
  }
  const pacific = users.find((user) => user.iana_time_zone === 'America/Los_Angeles')!;
  assert.is(pacific.time_zone, 'Pacific Time (US & Canada)');
  assert.is(new Set(users.map((user) => user.id)).size, users.length);
  assert.ok(users.every((user) => /^\d{13}$/.test(String(user.id))));
});

test('the account owner is an admin with the credentials’ email', () => {
  const owner = account.sandbox.users().find((user) => user.email === DEMO_CREDENTIALS.email);
  assert.is(owner?.role, 'admin');
});

test('last_login_at is the user’s latest sign-in in the audit log', () => {
  const signIns = account.sandbox.auditLogs().filter((record) => record.action === 'login');
  const user = account.sandbox.users().find((candidate) => signIns.some((record) => record.actor_id === candidate.id))!;
  const latest = signIns.filter((record) => record.actor_id === user.id).at(-1)!;
  assert.is(user.last_login_at, latest.created_at);
});

test.run();
