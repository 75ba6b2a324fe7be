import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_OAUTH_CLIENT, type Sandbox } from '../../src/sandbox/mod.ts';
import { runScript, type ScriptResult, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const SECRET = 'zcs-recognisable-6b2e90d4c7';
const CLIENT = { identifier: 'audit_cli', secret: SECRET, allowedScopes: ['auditlogs:read', 'users:read'] };

function clientEnv(sandbox: Sandbox): Record<string, string> {
  return { ZENDESK_BASE_URL: sandbox.url, ZENDESK_CLIENT_ID: CLIENT.identifier, ZENDESK_CLIENT_SECRET: SECRET };
}

/** Neither the client secret nor any token the sandbox minted, in any output. */
function assertNoSecrets(what: string, result: ScriptResult, sandbox: Sandbox): void {
  for (const output of [result.stdout, result.stderr]) {
    assert.not.ok(output.includes(SECRET), `${what}: the client secret`);
    assert.not.ok(output.includes('sandbox_at_'), `${what}: a minted token`);
    for (const token of sandbox.tokens.issued) assert.not.ok(output.includes(token.slice(-16)), `${what}: a piece of a minted token`);
    assert.not.match(output, /Bearer |client_secret/, `${what}: a credential's name or header`);
  }
}

const test = suite<{ sandbox: Sandbox }>('the scripts with OAuth client credentials', { sandbox: undefined as never });

test.before(async (context) => {
  context.sandbox = await startSandbox({ records: 400, oauthClient: CLIENT });
});
test.after(({ sandbox }) => sandbox.close());

test('settings-changes and user-activity work with only ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET set', async ({ sandbox }) => {
  const withToken = await runScript('settings-changes', ['--since', '30d', '--format', 'ndjson'], tokenEnv(sandbox));
  for (const debug of [[], ['--debug']]) {
    const settings = await runScript('settings-changes', ['--since', '30d', '--format', 'ndjson', ...debug], clientEnv(sandbox));
    assert.is(settings.code, 0, settings.stderr);
    assert.ok(settings.stdout.split('\n').length > 10);
    assert.is(settings.stdout, withToken.stdout, 'the same records as with an API token');
    assert.not.match(settings.stderr, /warning/, 'no warning for the lasting credential');
    assertNoSecrets('settings-changes', settings, sandbox);

    const actor = sandbox.auditLogs().find((record) => record.actor_id > 0)!.actor_id;
    const user = await runScript('user-activity', ['--user', String(actor), ...debug], clientEnv(sandbox));
    assert.is(user.code, 0, user.stderr);
    assert.match(user.stdout, /^User Details/m);
    assertNoSecrets('user-activity', user, sandbox);
  }
});

test('client credentials are preferred when other credentials are set too', async ({ sandbox }) => {
  const minted = sandbox.tokens.minted;
  const result = await runScript('settings-changes', ['--since', '7d'], {
    ...tokenEnv(sandbox),
    ...clientEnv(sandbox),
    ZENDESK_OAUTH_TOKEN: 'stale-token',
  });
  assert.is(result.code, 0, result.stderr);
  assert.is(sandbox.tokens.minted, minted + 1);
  assert.not.match(result.stderr, /warning/);
});

test('half-set client credentials are a usage error, and nothing is sent', async ({ sandbox }) => {
  for (const [set, missing] of [['ZENDESK_CLIENT_ID', 'ZENDESK_CLIENT_SECRET'], ['ZENDESK_CLIENT_SECRET', 'ZENDESK_CLIENT_ID']] as const) {
    const requests = sandbox.requests.length;
    const env = clientEnv(sandbox);
    delete env[missing];
    const result = await runScript('settings-changes', ['--since', '7d'], env);
    assert.is(result.code, 2);
    assert.is(result.stderr, `error: ${set} is set but ${missing} is not: set both (the OAuth client's Identifier and secret)\n`);
    assert.is(sandbox.requests.length, requests, 'nothing sent');
  }
});

test('a refused grant is exit 1 and one line naming the client credentials and the fix', async ({ sandbox }) => {
  const wrong = await runScript('settings-changes', ['--since', '7d'], { ...clientEnv(sandbox), ZENDESK_CLIENT_SECRET: 'not-the-secret' });
  assert.is(wrong.code, 1);
  assert.is(wrong.stdout, '', 'a failure is never an empty report');
  const lines = wrong.stderr.trim().split('\n').filter((line) => line.startsWith('error: '));
  assert.is(lines.length, 1);
  assert.match(
    lines[0]!,
    /^error: POST \/oauth\/tokens: 401 Unauthorized - .* - Zendesk refused the OAuth client credentials \(ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET\): check the client's Identifier \(not its numeric id\) and secret, and that its kind is Confidential$/,
  );
});

test('user-activity asks for users:read too: a client not allowed it is told which scopes to allow', async () => {
  const sandbox = await startSandbox({ records: 50, oauthClient: { ...CLIENT, allowedScopes: ['auditlogs:read'] } });
  try {
    const settings = await runScript('settings-changes', ['--since', '30d'], clientEnv(sandbox));
    assert.is(settings.code, 0, 'settings-changes asks for auditlogs:read alone');
    const user = await runScript('user-activity', ['--user', '7'], clientEnv(sandbox));
    assert.is(user.code, 1);
    assert.match(
      user.stderr,
      /^error: POST \/oauth\/tokens: 400 Bad Request - .* - the OAuth client \(ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET\) may not ask for "auditlogs:read users:read": add these scopes to its allowed scopes in Admin Center > Apps and integrations > APIs > OAuth clients\n$/,
    );
  } finally {
    await sandbox.close();
  }
});

test('a long export with tokens that expire every few seconds returns the exact set', async () => {
  // The sandbox's clock reads 200 ms later with every request it serves, and moves with
  // nothing else: a 10 s token lasts 50 requests, well more than the 16 walks have in
  // flight (as a real token of 30 minutes outlives any request), however loaded the machine.
  const started = Date.now();
  let served = () => 0;
  const sandbox = await startSandbox({
    records: 15_000,
    mix: { account_setting: 1 },
    latencyMs: 2,
    tokenLifetimeSeconds: 10,
    clock: () => started + served() * 200,
  });
  served = () => sandbox.stats.requests;
  try {
    const args = ['--since', '90d', '--format', 'ndjson', '--rate-reserve', '0'];
    const expected = await runScript('settings-changes', args, tokenEnv(sandbox));
    const result = await runScript('settings-changes', args, {
      ZENDESK_BASE_URL: sandbox.url,
      ZENDESK_CLIENT_ID: DEMO_OAUTH_CLIENT.identifier,
      ZENDESK_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
    });
    assert.is(result.code, 0, result.stderr);
    const ids = result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: number }).id);
    assert.ok(ids.length > 5000, `${ids.length} records`);
    assert.is(new Set(ids).size, ids.length, 'no record twice');
    assert.is(result.stdout, expected.stdout, 'the same records as with a token that never expires');
    assert.ok(sandbox.tokens.minted >= 3, `${sandbox.tokens.minted} tokens minted`);
    assert.is(sandbox.tokens.mostAtOnce, 1);
  } finally {
    await sandbox.close();
  }
});

test('an API token warns once on stderr, with the date and the way to move, never on stdout', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '30d', '--format', 'json'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  JSON.parse(result.stdout);
  const warnings = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
  assert.equal(warnings, [
    'warning: Zendesk switches off API tokens on 2027-04-30 (and earlier after 30 days unused); move to an OAuth client of kind Confidential and set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET instead (README, "Credentials")',
  ]);
  assert.not.match(result.stdout, /2027-04-30/);
});

test.run();
