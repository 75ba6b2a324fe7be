import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { runScript, type ScriptResult, startSandbox, tokenEnv } from '../helpers/run-script.ts';

/** One readable line (two at most), no stack trace. */
function assertOneLine(result: ScriptResult, pattern: RegExp) {
  const lines = result.stderr.trimEnd().split('\n').filter((line) => !line.startsWith('Window: '));
  assert.ok(lines.length >= 1 && lines.length <= 2, result.stderr);
  assert.match(lines.at(-1)!, pattern);
  assert.not.match(result.stderr, /\n\s+at /);
}

const zendesk = suite<{ sandbox: Sandbox }>('a failed Zendesk call exits 1 with one line naming the fix');
zendesk.before(async (context) => {
  context.sandbox = await startSandbox({ records: 300 });
});
zendesk.after((context) => context.sandbox.close());

zendesk('wrong credentials: 401', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '7d'], { ...tokenEnv(sandbox), ZENDESK_API_TOKEN: 'wrong-token' });
  assert.is(result.code, 1);
  assertOneLine(result, /^error: GET \/api\/v2\/audit_logs: 401 Unauthorized - Couldn't authenticate you - check the email and API token$/);
  assert.is(result.stdout, '', 'a failure is never an empty report');
});

zendesk('an account without audit logs: 403', async () => {
  const sandbox = await startSandbox({ plan: 'professional' });
  try {
    const result = await runScript('settings-changes', ['--since', '7d'], tokenEnv(sandbox));
    assert.is(result.code, 1);
    assertOneLine(
      result,
      /^error: GET \/api\/v2\/audit_logs: 403 Forbidden - .*audit logs need the Enterprise plan and an admin's credentials$/,
    );
    assert.not.match(result.stdout, /No account setting updates found/);
  } finally {
    await sandbox.close();
  }
});

zendesk('a server that keeps failing: 500 after the attempts', async ({ sandbox }) => {
  sandbox.injectFaults(['500', '500']);
  const result = await runScript('settings-changes', ['--since', '7d', '--max-attempts', '2'], tokenEnv(sandbox));
  assert.is(result.code, 1);
  assertOneLine(result, /500 Internal Server Error .*gave up after 2 attempts/);
});

zendesk('an unknown user: 404 named plainly', async ({ sandbox }) => {
  const result = await runScript('user-activity', ['--user', '42'], tokenEnv(sandbox));
  assert.is(result.code, 1);
  assertOneLine(result, /^error: GET \/api\/v2\/users\/42: 404 Not Found - no user with id 42 in this account - check the id/);
});

zendesk('--debug adds the stack trace', async ({ sandbox }) => {
  const result = await runScript('user-activity', ['--user', '42', '--debug'], tokenEnv(sandbox));
  assert.is(result.code, 1);
  assert.match(result.stderr, /\n\s+at /);
});

zendesk('429 and 503 are waited out, not reported', async ({ sandbox }) => {
  sandbox.injectFaults([{ kind: '429', retryAfter: 0 }, { kind: '503', retryAfter: 0 }, 'reset', 'truncate']);
  const result = await runScript('settings-changes', ['--since', '90d', '--format', 'json'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const expected = sandbox.auditLogs().filter((record) => record.source_type === 'account_setting').length;
  assert.is(JSON.parse(result.stdout).length, expected);
});

zendesk.run();

const usage = suite<{ sandbox: Sandbox }>('bad usage or input exits 2 before anything is sent');
usage.before(async (context) => {
  context.sandbox = await startSandbox();
});
usage.after((context) => context.sandbox.close());

const badInputs: [string, string[], Record<string, string>, RegExp][] = [
  ['an impossible date', ['--start', '2024-02-30', '--end', '2024-03-01'], {}, /"2024-02-30" is not a date: write YYYY-MM-DD/],
  ['a month 13', ['--start', '2024-13-01', '--end', '2024-13-02'], {}, /not a date/],
  ['words for a date', ['--start', 'yesterday', '--end', 'today'], {}, /not a date/],
  ['an end before the start', ['--start', '2024-05-02', '--end', '2024-05-01'], {}, /before the start/],
  ['an unknown zone', ['--since', '1d', '--tz', 'Mars/Olympus'], {}, /unknown time zone "Mars\/Olympus": use an IANA name/],
  ['a bad duration', ['--since', 'forever'], {}, /not a duration/],
  ['a zero duration', ['--since', '0h'], {}, /longer than zero/],
  ['--since with --start', ['--since', '1d', '--start', '2024-01-01'], {}, /either --since or --start/],
  ['an unknown flag', ['--since', '1d', '--colour'], {}, /unknown option --colour \(see --help\)/],
  ['an unknown format', ['--since', '1d', '--format', 'xml'], {}, /--format "xml" is not one of text, json, ndjson, csv, markdown/],
  ['a bad action', ['--since', '1d', '--action', 'delete'], {}, /action "delete" is not one of/],
  ['a bad actor id', ['--since', '1d', '--actor', 'joe'], {}, /is not an id/],
  ['a credential on the command line', ['--since', '1d', '--token', 'x'], {}, /unknown option --token/],
  ['a misspelt flag', ['--sinse', '1d'], {}, /unknown option --sinse: did you mean --since\? \(see --help\)/],
  [
    'an IPv4 address out of range',
    ['--since', '1d', '--ip', '300.1.2.3'],
    {},
    /IP address "300.1.2.3" is not valid: write an IPv4 or IPv6 address/,
  ],
  ['an IPv6 address with a zone id', ['--since', '1d', '--ip', 'fe80::1%eth0'], {}, /IP address "fe80::1%eth0" is not valid/],
  ['a host name for an IP address', ['--since', '1d', '--ip', 'example.com'], {}, /IP address "example.com" is not valid/],
  [
    'an unknown zone in $TZ',
    ['--since', '1d'],
    { TZ: 'Mars/Olympus' },
    /unknown time zone "Mars\/Olympus" in \$TZ: set TZ to an IANA name such as Europe\/Berlin or UTC, or pass --tz/,
  ],
];

for (const [what, args, env, pattern] of badInputs) {
  usage(what, async ({ sandbox }) => {
    const before = sandbox.stats.requests;
    const result = await runScript('settings-changes', args, { ...tokenEnv(sandbox), ...env });
    assert.is(result.code, 2, result.stderr);
    assertOneLine(result, pattern);
    assert.is(sandbox.stats.requests, before, 'nothing reached the network');
  });
}

const badAccounts: [string, Record<string, string>, RegExp][] = [
  ['a subdomain with a path', { ZENDESK_SUBDOMAIN: 'evil.com/x' }, /subdomain "evil.com\/x" is not a plain name/],
  ['a subdomain with an @', { ZENDESK_SUBDOMAIN: 'a@b' }, /subdomain "a@b" is not a plain name/],
  ['a subdomain with a dot', { ZENDESK_SUBDOMAIN: 'x.y' }, /subdomain "x.y" is not a plain name/],
  ['a subdomain of dots', { ZENDESK_SUBDOMAIN: '..' }, /subdomain "\.\." is not a plain name/],
  ['no account at all', {}, /no Zendesk account given: set ZENDESK_SUBDOMAIN .*, or try --demo/],
  [
    'plain http to a remote host',
    { ZENDESK_BASE_URL: 'http://zendesk.example.com' },
    /plain http: to a host that is not loopback; use https:/,
  ],
];

for (const [what, env, pattern] of badAccounts) {
  usage(what, async () => {
    const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_OAUTH_TOKEN: 'token-1234', ...env });
    assert.is(result.code, 2, result.stderr);
    assertOneLine(result, pattern);
  });
}

const badCredentials: [string, Record<string, string>, RegExp][] = [
  [
    'no credentials',
    {},
    /no credentials: set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET \(an OAuth client of kind Confidential\), or ZENDESK_OAUTH_TOKEN, or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN \(or try --demo\)/,
  ],
  ['a token without an email', { ZENDESK_API_TOKEN: 'token-1234' }, /ZENDESK_API_TOKEN is set but ZENDESK_USER_EMAIL is not/],
  ['an email without a token', { ZENDESK_USER_EMAIL: 'joe@example.com' }, /ZENDESK_USER_EMAIL is set but ZENDESK_API_TOKEN is not/],
];

for (const [what, env, pattern] of badCredentials) {
  usage(what, async ({ sandbox }) => {
    const before = sandbox.stats.requests;
    const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: sandbox.url, ...env });
    assert.is(result.code, 2, result.stderr);
    assertOneLine(result, pattern);
    assert.is(sandbox.stats.requests, before);
  });
}

for (const bad of ['abc', '0', '-5', '1.5']) {
  usage(`user-activity refuses the user id ${JSON.stringify(bad)}`, async ({ sandbox }) => {
    const before = sandbox.stats.requests;
    const result = await runScript('user-activity', [`--user=${bad}`], tokenEnv(sandbox));
    assert.is(result.code, 2, result.stderr);
    assertOneLine(result, /user id .* is not an id: use a positive whole number/);
    assert.is(sandbox.stats.requests, before);
  });
}

usage.run();

const flags = suite('flag mistakes are named precisely');

flags('a flag without its value, and a negative number taken for a flag', async () => {
  const missing = await runScript('user-activity', ['--user']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /^error: option --user needs a value \(see --help\)$/m);
  const dashed = await runScript('user-activity', ['--user', '-5']);
  assert.is(dashed.code, 2);
  assert.match(dashed.stderr, /needs a value; for a value that starts with a dash write --user=VALUE/);
  const boolean = await runScript('settings-changes', ['--demo=yes']);
  assert.is(boolean.code, 2);
  assert.match(boolean.stderr, /option --demo takes no value/);
});

flags.run();
