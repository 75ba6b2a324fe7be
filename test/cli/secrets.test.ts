import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { runScript, type ScriptResult, startSandbox } from '../helpers/run-script.ts';

const EMAIL = 'auditor@example.com';
const API_TOKEN = 'ZAT-recognisable-4f9c2b7e';
const OAUTH_TOKEN = 'ZOA-recognisable-8e1d03aa';

/** Every form in which a credential could leak. */
const FORBIDDEN = [
  API_TOKEN,
  OAUTH_TOKEN,
  btoa(`${EMAIL}/token:${API_TOKEN}`),
  btoa(`${EMAIL}/token:${API_TOKEN}`).slice(0, 24),
  'Authorization',
  'authorization:',
  'Bearer ',
  'Basic ',
];

function assertNoSecrets(what: string, result: ScriptResult) {
  for (const output of [result.stdout, result.stderr]) {
    for (const secret of FORBIDDEN) assert.not.ok(output.includes(secret), `${what}: output contains ${secret}`);
  }
}

const scan = suite<{ sandbox: Sandbox; env: Record<string, string>; oauth: Record<string, string> }>(
  'no credential appears in any output, on any path',
);
scan.before(async (context) => {
  context.sandbox = await startSandbox({ records: 200, credentials: { email: EMAIL, apiToken: API_TOKEN, oauthToken: OAUTH_TOKEN } });
  context.env = { ZENDESK_BASE_URL: context.sandbox.url, ZENDESK_USER_EMAIL: EMAIL, ZENDESK_API_TOKEN: API_TOKEN };
  context.oauth = { ZENDESK_BASE_URL: context.sandbox.url, ZENDESK_OAUTH_TOKEN: OAUTH_TOKEN };
});
scan.after((context) => context.sandbox.close());

for (const debug of [[], ['--debug']]) {
  const suffix = debug.length ? ' with --debug' : '';

  scan(`success, both formats and both auth kinds${suffix}`, async ({ env, oauth, sandbox }) => {
    const actor = sandbox.auditLogs().find((record) => record.actor_id > 0)!.actor_id;
    for (
      const [what, args, environment] of [
        ['text', ['--since', '90d'], env],
        ['json', ['--since', '90d', '--format', 'json'], oauth],
        ['csv', ['--since', '90d', '--format', 'csv'], env],
        ['markdown', ['--since', '90d', '--format', 'markdown'], env],
      ] as const
    ) {
      const result = await runScript('settings-changes', [...args, ...debug], environment);
      assert.is(result.code, 0, result.stderr);
      assertNoSecrets(what, result);
    }
    const user = await runScript('user-activity', ['--user', String(actor), '--format', 'json', ...debug], oauth);
    assert.is(user.code, 0, user.stderr);
    assertNoSecrets('user-activity', user);
  });

  scan(`401, 403-like, 5xx, network and unknown-user failures${suffix}`, async ({ env, sandbox }) => {
    const wrong = await runScript('settings-changes', ['--since', '1d', ...debug], { ...env, ZENDESK_API_TOKEN: `${API_TOKEN}-revoked` });
    assert.is(wrong.code, 1);
    assertNoSecrets('401', wrong);

    sandbox.injectFaults(['502', '502']);
    const down = await runScript('settings-changes', ['--since', '1d', '--max-attempts', '2', ...debug], env);
    assert.is(down.code, 1);
    assertNoSecrets('502', down);

    const closed = await startSandbox();
    const url = closed.url;
    await closed.close();
    const unreachable = await runScript('settings-changes', ['--since', '1d', '--max-attempts', '1', ...debug], {
      ...env,
      ZENDESK_BASE_URL: url,
    });
    assert.is(unreachable.code, 1);
    assertNoSecrets('network', unreachable);

    const unknown = await runScript('user-activity', ['--user', '7', ...debug], env);
    assert.is(unknown.code, 1);
    assertNoSecrets('404', unknown);
  });

  scan(`bad input with credentials set${suffix}`, async ({ env }) => {
    for (const args of [['--since', 'forever'], ['--tz', 'Nowhere/City', '--since', '1d'], ['--token', API_TOKEN]]) {
      const result = await runScript('settings-changes', [...args, ...debug], { ...env, ZENDESK_BASE_URL: 'http://zendesk.example.com' });
      assert.is(result.code, 2);
      assertNoSecrets(args.join(' '), result);
    }
  });
}

scan.run();
