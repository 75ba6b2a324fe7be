/**
 * Each command reads its command line and environment once, into options it runs from:
 * argv and environment in, options (or the one line naming a mistake) out, with
 * nothing started and nothing sent.
 */
import { Temporal } from 'temporal-polyfill';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type ActionInputs, readInputs } from '../../src/action/inputs.ts';
import { readZendeskAudit } from '../../src/cli/command.ts';
import type { CommandContext, Invocation } from '../../src/cli/flags.ts';
import { readSettingsChanges } from '../../src/cli/settings-changes.ts';
import { readUserActivity } from '../../src/cli/user-activity.ts';
import { InputError } from '../../src/core/errors.ts';
import { VERSION } from '../../src/core/version.ts';

const NOW = Temporal.Instant.from('2024-05-21T12:00:00Z');
const ACCOUNT = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_OAUTH_TOKEN: 'oauth-secret' };

function context(env: Record<string, string> = {}, interactive = false): CommandContext {
  return { env: { TZ: 'UTC', ...ACCOUNT, ...env }, now: NOW, interactive };
}

function options<T>(invocation: Invocation<T>): T {
  if (invocation.kind !== 'run') throw new Error(`expected a run, got ${JSON.stringify(invocation)}`);
  return invocation.options;
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    assert.instance(error, InputError);
    return (error as Error).message;
  }
  assert.unreachable('expected the command line to be refused');
  return '';
}

const settings = suite('settings-changes reads its options once');

settings('defaults: text, the last 30 days in $TZ, the account and credentials from the environment', () => {
  const read = options(readSettingsChanges([], context({ TZ: 'Europe/Berlin' })));
  assert.is(read.format, 'text');
  assert.is(read.zone, 'Europe/Berlin');
  assert.equal(read.sourceTypes, ['account_setting']);
  assert.is(read.order, 'desc');
  assert.is(read.concurrency, 16);
  assert.is(read.reserveShare, 0.2);
  assert.is(read.debug, false);
  assert.equal(read.window, { start: NOW.subtract({ hours: 30 * 24 }), end: NOW });
  assert.ok(!read.demo && read.baseUrl.href === 'https://acme.zendesk.com/');
  assert.ok(!read.demo && 'oauthToken' in read.credentials && read.credentials.oauthToken === 'oauth-secret');
});

settings('every flag lands in its field', () => {
  const read = options(readSettingsChanges(
    [
      '--start=2024-05-01',
      '--end=2024-05-02',
      '--tz=America/Los_Angeles',
      '--format=csv',
      '--order=asc',
      '--source-type=user,ticket',
      '--action=create,update',
      '--actor=1509756491122',
      '--ip=10.0.0.1',
      '--concurrency=4',
      '--rate-reserve=50%',
      '--sensitive=attach',
      '--sensitive-only',
      '--max-attempts=2',
      '--timeout=5s',
      '--max-wait=1d',
      '--debug',
    ],
    context(),
  ));
  assert.equal(read.window, {
    start: Temporal.Instant.from('2024-05-01T07:00:00Z'),
    end: Temporal.Instant.from('2024-05-03T06:59:59Z'),
  });
  assert.equal(
    [read.format, read.zone, read.order, read.concurrency, read.reserveShare, read.minSeverity, read.debug],
    ['csv', 'America/Los_Angeles', 'asc', 4, 0.5, 'medium', true],
  );
  assert.equal(read.sourceTypes, ['user', 'ticket']);
  assert.equal(read.actions, ['create', 'update']);
  assert.equal(read.actorIds, [1509756491122]);
  assert.equal(read.ipAddresses, ['10.0.0.1']);
  assert.equal(read.sensitiveSettings, ['attach']);
  assert.equal(read.retry, { attempts: 2, maxWaitMs: 86_400_000 });
  assert.is(read.timeoutMs, 5000);
});

settings('no range: asked for at a terminal, the default look-back elsewhere', () => {
  assert.is(options(readSettingsChanges([], context({}, true))).window, 'ask');
  assert.is.not(options(readSettingsChanges([], context({}, false))).window, 'ask');
  // A range given is never asked for.
  assert.is.not(options(readSettingsChanges(['--since', '1d'], context({}, true))).window, 'ask');
});

settings('--demo needs no account or credentials, and refuses an account beside it', () => {
  const read = options(readSettingsChanges(['--demo'], { env: {}, now: NOW, interactive: false }));
  assert.equal(read.demo, true);
  assert.not.ok('credentials' in read);
  assert.is(
    refusal(() => readSettingsChanges(['--demo', '--subdomain', 'acme'], context())),
    '--demo uses the built-in sandbox account: leave out --base-url and --subdomain',
  );
});

settings('--help and --version are printed whatever else is given; the help names the command as run', () => {
  const help = readSettingsChanges(['--since', 'forever', '--help'], { ...context(), command: 'zendesk-audit settings-changes' });
  assert.is(help.kind, 'print');
  assert.match(help.kind === 'print' ? help.text : '', /^Usage: zendesk-audit settings-changes \[options\]/);
  assert.equal(readSettingsChanges(['-v'], context()), { kind: 'print', text: `${VERSION}\n` });
});

settings('a mistake is one line, the first one in the order a reader meets the flags', () => {
  assert.is(
    refusal(() => readSettingsChanges(['--since', '1d', '--start', '2024-01-01'], context())),
    'use either --since or --start/--end, not both',
  );
  assert.is(
    refusal(() => readSettingsChanges(['--format', 'xml', '--since', 'x'], context())),
    '--format "xml" is not one of text, json, ndjson, csv, markdown, ocsf, ecs',
  );
  assert.is(
    refusal(() => readSettingsChanges(['--since', '1d', '--rate-reserve', '95'], context())),
    '--rate-reserve "95" must be a whole percentage from 0 to 90, e.g. 20 or 20%',
  );
  assert.match(
    refusal(() => readSettingsChanges(['--since', '1d'], { env: {}, now: NOW, interactive: false })),
    /^no Zendesk account given: .*, or try --demo$/,
  );
  assert.match(
    refusal(() => readSettingsChanges(['--since', '1d'], { env: { ZENDESK_SUBDOMAIN: 'acme' }, now: NOW, interactive: false })),
    /^no credentials: /,
  );
});

settings("options that mean one of the Action's inputs carry its name and value", () => {
  const inputs: Record<string, string> = {
    'zendesk-subdomain': 'acme',
    'zendesk-oauth-token': 'oauth-secret',
    'github-token': 'ghs_token',
    'time-zone': 'Europe/Berlin',
    'source-type': 'user,custom',
    'sensitive-settings': 'attach',
  };
  const action = readInputs((name) => inputs[name] ?? '', { GITHUB_REPOSITORY: 'acme/audit' });
  const read = options(readSettingsChanges(['--tz', 'Europe/Berlin', '--source-type', 'user,custom', '--sensitive', 'attach'], context()));
  assert.ok(!read.demo);
  const names = ['zone', 'sourceTypes', 'baseUrl', 'credentials', 'sensitiveSettings'] as const;
  // Typed as the Action's inputs: a field named otherwise on one side fails to compile.
  const pick = (from: Pick<ActionInputs, (typeof names)[number]>) => Object.fromEntries(names.map((name) => [name, from[name]]));
  assert.equal(pick(read), pick(action));
});

settings.run();

const user = suite('user-activity reads its options once');

user('--user and --limit, with the defaults of the rest', () => {
  const read = options(readUserActivity(['--user', '1509756491122', '--limit', '5'], context()));
  assert.equal([read.userId, read.limit, read.format, read.zone], [1509756491122, 5, 'text', 'UTC']);
});

user('no --user: asked for at a terminal; else refused, with an id to try in the demo', () => {
  assert.is(options(readUserActivity([], context({}, true))).userId, 'ask');
  assert.is(
    refusal(() => readUserActivity(['--demo'], context())),
    '--user is required: give a user id (in the demo, e.g. --user 1504640086770)',
  );
  assert.is(refusal(() => readUserActivity([], context())), '--user is required: give a user id');
  // The account is checked first: a missing one is the mistake to name.
  assert.match(refusal(() => readUserActivity([], { env: {}, now: NOW, interactive: false })), /^no Zendesk account given/);
});

user('a bad user id is refused before anything else is read', () => {
  assert.is(
    refusal(() => readUserActivity(['--user', '1e3'], { env: {}, now: NOW, interactive: true })),
    'user id "1e3" is not an id: use a positive whole number such as 1509756491122',
  );
});

user.run();

const command = suite('zendesk-audit reads the command and lets it read its own flags');

command('the command is named beside its options', () => {
  const read = options(readZendeskAudit(['user-activity', '--user', '7'], context()));
  assert.is(read.command, 'user-activity');
  assert.is(read.command === 'user-activity' && read.userId, 7);
  const help = readZendeskAudit(['settings-changes', '--help'], context());
  assert.match(help.kind === 'print' ? help.text : '', /^Usage: zendesk-audit settings-changes \[options\]/);
});

command('no command, help and version print; a mistyped command is refused with the nearest', () => {
  for (const argv of [[], ['--help'], ['help']]) {
    assert.match((readZendeskAudit(argv, context()) as { text: string }).text, /^Usage: zendesk-audit COMMAND/);
  }
  assert.equal(readZendeskAudit(['-V'], context()), { kind: 'print', text: `${VERSION}\n` });
  assert.is(
    refusal(() => readZendeskAudit(['setting-changes'], context())),
    'unknown command "setting-changes": did you mean settings-changes? (see zendesk-audit --help)',
  );
});

command.run();
