import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS } from '../../src/sandbox/mod.ts';
import { BASIC, BEARER, connect, type Connected, NOW } from './client.ts';

let account: Connected;
let professional: Connected;

test.before(async () => {
  account = await connect();
  professional = await connect({ plan: 'professional' });
});

test.after(async () => {
  await account.sandbox.close();
  await professional.sandbox.close();
});

test('a request without credentials gets 401 and Zendesk’s body', async () => {
  const response = await account.get('/api/v2/audit_logs.json', {});
  assert.is(response.status, 401);
  assert.match(response.headers.get('content-type') ?? '', 'application/json');
  assert.equal(await response.json(), { error: "Couldn't authenticate you" });
});

test('an API token in basic auth is accepted', async () => {
  const { status, body } = await account.json('/api/v2/audit_logs.json?page[size]=1', BASIC);
  assert.is(status, 200);
  assert.is(body.audit_logs.length, 1);
});

test('an OAuth bearer token is accepted', async () => {
  const { status } = await account.json('/api/v2/users/' + account.sandbox.users()[0]!.id, BEARER);
  assert.is(status, 200);
});

test('a wrong token, a password, or another scheme gets 401', async () => {
  const wrong = [
    `Bearer ${DEMO_CREDENTIALS.apiToken}`,
    `Basic ${btoa(`${DEMO_CREDENTIALS.email}/token:wrong`)}`,
    `Basic ${btoa(`${DEMO_CREDENTIALS.email}:${DEMO_CREDENTIALS.apiToken}`)}`,
    `Basic ${btoa(`someone@else.example/token:${DEMO_CREDENTIALS.apiToken}`)}`,
    'Basic !!!not-base64',
    `Token ${DEMO_CREDENTIALS.oauthToken}`,
  ];
  for (const authorization of wrong) {
    const { status, body } = await account.json('/api/v2/audit_logs', { authorization });
    assert.is(status, 401, authorization);
    assert.equal(body, { error: "Couldn't authenticate you" });
  }
});

test('custom credentials replace the demo ones', async () => {
  const custom = await connect({ credentials: { email: 'ops@acme.example', apiToken: 't0ken', oauthToken: 'oauth' } });
  try {
    assert.is((await custom.get('/api/v2/audit_logs', BEARER)).status, 401);
    assert.is((await custom.get('/api/v2/audit_logs', { authorization: 'Bearer oauth' })).status, 200);
    const basic = { authorization: `Basic ${btoa('ops@acme.example/token:t0ken')}` };
    assert.is((await custom.get('/api/v2/audit_logs', basic)).status, 200);
  } finally {
    await custom.sandbox.close();
  }
});

test('an account without the Enterprise plan gets 403 on every audit-log request', async () => {
  const forbidden = {
    error: {
      title: 'Forbidden',
      message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  };
  for (const path of ['/api/v2/audit_logs.json', '/api/v2/audit_logs?page[size]=10']) {
    const { status, body } = await professional.json(path);
    assert.is(status, 403, path);
    assert.equal(body, forbidden);
  }
});

test('an account without the Enterprise plan still shows users, and checks credentials first', async () => {
  const user = professional.sandbox.users()[0]!;
  assert.is((await professional.get(`/api/v2/users/${user.id}.json`)).status, 200);
  assert.is((await professional.get('/api/v2/audit_logs.json', {})).status, 401);
});

test('an unknown path gets 404 InvalidEndpoint', async () => {
  for (const path of ['/api/v2/tickets.json', '/api/v3/audit_logs', '/', '/api/v2/audit_logs/1/extra']) {
    const { status, body } = await account.json(path);
    assert.is(status, 404, path);
    assert.equal(body, { error: 'InvalidEndpoint', description: 'Not found' });
  }
});

test('writing to a read-only endpoint gets 404 InvalidEndpoint', async () => {
  const response = await fetch(`${account.sandbox.url}/api/v2/audit_logs.json`, { method: 'POST', headers: BEARER, body: '{}' });
  assert.is(response.status, 404);
  assert.equal(await response.json(), { error: 'InvalidEndpoint', description: 'Not found' });
});

test('the request log says whether credentials came, never what they were', async () => {
  const sandbox = account.sandbox;
  const before = sandbox.requests.length;
  await account.get('/api/v2/audit_logs?filter%5Bsource_type%5D=user', BASIC);
  await account.get('/api/v2/audit_logs', {});
  assert.equal(sandbox.requests.slice(before), [
    { method: 'GET', url: '/api/v2/audit_logs?filter%5Bsource_type%5D=user', authorization: true },
    { method: 'GET', url: '/api/v2/audit_logs', authorization: false },
  ]);
  const logged = JSON.stringify(sandbox.requests);
  assert.not.match(logged, DEMO_CREDENTIALS.apiToken);
  assert.not.match(logged, DEMO_CREDENTIALS.oauthToken);
  assert.not.match(logged, BASIC.authorization.slice(6));
});

test('the data is dated relative to the given now', async () => {
  const newest = await account.json('/api/v2/audit_logs?page[size]=1');
  const created = Date.parse(newest.body.audit_logs[0].created_at);
  assert.ok(created <= NOW && created > NOW - 90 * 86_400_000);
});

test.run();
