/**
 * Bad input, through the real scripts and the built Action: every case is refused with
 * one line that names the fix (exit code 2 from a script, a failed step from the
 * Action) before anything reaches the network.
 *
 * test/cli/errors.test.ts and test/action/e2e/failures.test.ts hold the common cases;
 * this table fills the gaps between them (the edges of each kind of mistake, and the
 * kinds one side checks and the other did not). "Nothing reaches the network" is
 * checked three ways: the sandbox and the fake GitHub count zero requests, and a
 * preloaded module reports any call of `fetch` at all (a bad subdomain would otherwise
 * go to *.zendesk.com, where no test can see it).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CREDENTIALS, errorLine, startAudit } from '../action/audit-setup.ts';
import { runScript, tokenEnv } from '../helpers/run-script.ts';

/** Any call of the global fetch writes this marker and the URL on stderr, then proceeds. */
const FETCH_SPY = `data:text/javascript,${
  encodeURIComponent(
    "const f = globalThis.fetch; globalThis.fetch = (input, init) => { process.stderr.write('FETCH-ATTEMPTED ' + String(input) + '\\n'); return f(input, init); };",
  )
}`;
const SPY_ENV = { NODE_OPTIONS: `--import=${FETCH_SPY}` };

type Program = 'settings-changes' | 'user-activity' | 'action';

interface Case {
  program: Program;
  what: string;
  /** Script flags. */
  args?: string[];
  /** Script environment over the sandbox's URL and credentials; `null` removes a variable. */
  env?: Record<string, string | null>;
  /** Action inputs over the sandbox's URL and credentials. */
  inputs?: Record<string, string>;
  /** Action runner environment, e.g. a missing GITHUB_REPOSITORY. */
  runnerEnv?: Record<string, string>;
  /** The one line, without `error: `. */
  expect: RegExp;
  /**
   * The script checks this filter when the fetch starts, so the window line comes first
   * (still before any request: the window line, then the error). Left for src/cli/settings-changes.ts.
   */
  afterWindow?: boolean;
}

const RANGE = ['--since', '1d'];
const USER = ['--user', '1509756491122'];

const CASES: Case[] = [
  // Dates and ranges the script tests leave out: the end side, a leap day in a common year, words for an end.
  {
    program: 'settings-changes',
    what: 'an impossible end date',
    args: ['--start', '2024-02-01', '--end', '2024-02-30'],
    expect: /^"2024-02-30" is not a date: write YYYY-MM-DD, e.g. 2024-05-21$/,
  },
  {
    program: 'settings-changes',
    what: 'a leap day in a common year',
    args: ['--start', '2023-02-29'],
    expect: /^"2023-02-29" is not a date: write YYYY-MM-DD/,
  },
  {
    program: 'settings-changes',
    what: 'a day 00',
    args: ['--start', '2024-05-00', '--end', '2024-05-01'],
    expect: /^"2024-05-00" is not a date/,
  },
  {
    program: 'settings-changes',
    what: 'words for an end',
    args: ['--start', '2024-05-01', '--end', 'tomorrow'],
    expect: /^"tomorrow" is not a date: write YYYY-MM-DD/,
  },
  {
    program: 'settings-changes',
    what: 'an hour 25',
    args: ['--start', '2024-05-01T25:00:00Z'],
    expect: /^"2024-05-01T25:00:00Z" is not a valid time: write e\.g\. 2024-05-21T15:34:33Z$/,
  },
  {
    program: 'settings-changes',
    what: 'a time without a zone',
    args: ['--start', '2024-05-01T09:00:00'],
    expect: /has no zone: add Z or an offset/,
  },
  {
    program: 'settings-changes',
    what: 'an instant end before a date start',
    args: ['--start', '2024-05-02', '--end', '2024-05-01T23:59:59Z'],
    expect: /^the end \(2024-05-01T23:59:59Z\) is before the start \(2024-05-02\)$/,
  },
  { program: 'settings-changes', what: '--end without --start', args: ['--end', '2024-05-01'], expect: /^--end needs --start too$/ },
  // Durations: the forms the Action refuses, through the script too, and one too long for any calendar.
  {
    program: 'settings-changes',
    what: 'a --since of 0',
    args: ['--since', '0'],
    expect: /^"0" is not a duration: write a whole number and a unit, e\.g\. 90m, 36h, 7d or 2w$/,
  },
  { program: 'settings-changes', what: 'a --since of -5h', args: ['--since=-5h'], expect: /^"-5h" is not a duration/ },
  { program: 'settings-changes', what: 'a --since of 1.5h', args: ['--since', '1.5h'], expect: /^"1\.5h" is not a duration/ },
  {
    program: 'settings-changes',
    what: 'a --since beyond every calendar',
    args: ['--since', '100000000w'],
    expect: /reaches too far back, before any date Temporal knows: choose a shorter one$/,
  },
  {
    program: 'settings-changes',
    what: 'a --since too big to count',
    args: ['--since', '99999999999999999999d'],
    expect: /is not a duration: write a whole number and a unit/,
  },
  // Zones.
  {
    program: 'settings-changes',
    what: 'an empty zone',
    args: [...RANGE, '--tz='],
    expect: /^unknown time zone "": use an IANA name such as Europe\/Berlin or UTC$/,
  },
  {
    program: 'settings-changes',
    what: 'a POSIX zone rule',
    args: [...RANGE, '--tz', 'EST5EDT,M3.2.0,M11.1.0'],
    expect: /^unknown time zone "EST5EDT,M3\.2\.0,M11\.1\.0": use an IANA name/,
  },
  {
    program: 'user-activity',
    what: 'an unknown zone',
    args: [...USER, '--tz', 'Mars/Olympus'],
    expect: /^unknown time zone "Mars\/Olympus": use an IANA name/,
  },
  // Subdomains that try to leave the host, through the environment and the flag.
  {
    program: 'settings-changes',
    what: 'a subdomain with a trailing slash',
    args: RANGE,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: 'evil.com/' },
    expect: /^subdomain "evil\.com\/" is not a plain name such as 'acme' \(for https:\/\/acme\.zendesk\.com\)$/,
  },
  {
    program: 'settings-changes',
    what: 'an empty subdomain',
    args: RANGE,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: '' },
    expect: /^no Zendesk account given: set ZENDESK_SUBDOMAIN/,
  },
  {
    program: 'settings-changes',
    what: 'a blank subdomain',
    args: RANGE,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: '   ' },
    expect: /^no Zendesk account given: set ZENDESK_SUBDOMAIN/,
  },
  {
    program: 'settings-changes',
    what: 'an empty --subdomain',
    args: [...RANGE, '--subdomain='],
    env: { ZENDESK_BASE_URL: null },
    expect: /^no Zendesk account given/,
  },
  {
    program: 'settings-changes',
    what: 'a --subdomain with an @',
    args: [...RANGE, '--subdomain', 'acme@evil.com'],
    env: { ZENDESK_BASE_URL: null },
    expect: /^subdomain "acme@evil\.com" is not a plain name/,
  },
  {
    program: 'settings-changes',
    what: 'a full host name as subdomain',
    args: RANGE,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: 'acme.zendesk.com' },
    expect: /; for acme\.zendesk\.com use 'acme'$/,
  },
  {
    program: 'settings-changes',
    what: 'an encoded dot',
    args: RANGE,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: 'evil%2ecom' },
    expect: /^subdomain "evil%2ecom" is not a plain name/,
  },
  {
    program: 'user-activity',
    what: 'a subdomain of dots',
    args: USER,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: '..' },
    expect: /^subdomain "\.\." is not a plain name/,
  },
  {
    program: 'user-activity',
    what: 'a subdomain with a dot',
    args: USER,
    env: { ZENDESK_BASE_URL: null, ZENDESK_SUBDOMAIN: 'x.y' },
    expect: /^subdomain "x\.y" is not a plain name/,
  },
  // Base URLs.
  {
    program: 'settings-changes',
    what: 'plain http to a remote host, by flag',
    args: [...RANGE, '--base-url', 'http://zendesk.example.com'],
    expect: /^--base-url http:\/\/zendesk\.example\.com uses plain http: to a host that is not loopback; use https:$/,
  },
  {
    program: 'settings-changes',
    what: 'plain http to a host that only starts like loopback',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'http://127.0.0.1.nip.io' },
    expect: /uses plain http: to a host that is not loopback; use https:$/,
  },
  {
    program: 'settings-changes',
    what: 'a javascript: base URL',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'javascript:alert(1)' },
    expect: /^ZENDESK_BASE_URL must use https: \(got javascript:\)$/,
  },
  {
    program: 'settings-changes',
    what: 'a base URL with a password',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'https://admin:hunter2@acme.zendesk.com' },
    expect: /^ZENDESK_BASE_URL must not carry a user name or password; credentials come from the environment$/,
  },
  {
    program: 'settings-changes',
    what: 'a base URL that is no URL, password and all',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'https://admin:hunter2@' },
    expect: /^ZENDESK_BASE_URL is not a URL \(not shown: it may hold a password\); use e\.g\. https:\/\/acme\.zendesk\.com$/,
  },
  {
    program: 'settings-changes',
    what: 'a base URL whose password holds / # and ?',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'https://admin:pa/ss#wo?rd@' },
    expect: /^ZENDESK_BASE_URL is not a URL \(not shown/,
  },
  {
    program: 'settings-changes',
    what: 'plain http to a name under .localhost',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'http://evil.localhost:8080' },
    expect: /^ZENDESK_BASE_URL http:\/\/evil\.localhost:8080 uses plain http: to a host that is not loopback; use https:$/,
  },
  {
    program: 'settings-changes',
    what: 'a base URL with a query',
    args: RANGE,
    env: { ZENDESK_BASE_URL: 'https://acme.zendesk.com/?redirect=evil' },
    expect: /^ZENDESK_BASE_URL must not carry a query or a fragment$/,
  },
  {
    program: 'user-activity',
    what: 'plain http to a remote host',
    args: USER,
    env: { ZENDESK_BASE_URL: 'http://zendesk.example.com' },
    expect: /uses plain http: to a host that is not loopback; use https:$/,
  },
  // Ids.
  {
    program: 'user-activity',
    what: 'a user id beyond 2^53',
    args: ['--user', '9007199254740993'],
    expect: /^user id "9007199254740993" is not an id: use a positive whole number such as 1509756491122$/,
  },
  { program: 'user-activity', what: 'a user id in exponent form', args: ['--user', '1e3'], expect: /^user id "1e3" is not an id/ },
  { program: 'user-activity', what: 'a hexadecimal user id', args: ['--user', '0x10'], expect: /^user id "0x10" is not an id/ },
  { program: 'user-activity', what: 'an empty user id', args: ['--user='], expect: /^user id "" is not an id/ },
  { program: 'user-activity', what: 'a user id of 00', args: ['--user', '00'], expect: /^user id "00" is not an id/ },
  { program: 'user-activity', what: 'no user id and no terminal to ask at', args: [], expect: /^--user is required: give a user id$/ },
  {
    program: 'settings-changes',
    what: 'an actor id of 0',
    args: [...RANGE, '--actor', '0'],
    expect: /^--actor "0" is not an id: use a positive whole number/,
  },
  { program: 'settings-changes', what: 'a negative actor id', args: [...RANGE, '--actor=-7'], expect: /^--actor "-7" is not an id/ },
  {
    program: 'user-activity',
    what: 'a --limit of 0',
    args: [...USER, '--limit', '0'],
    expect: /^--limit "0" must be a whole number from 1$/,
  },
  {
    program: 'user-activity',
    what: 'a --limit in words',
    args: [...USER, '--limit', 'all'],
    expect: /^--limit "all" must be a whole number from 1$/,
  },
  // Credentials: user-activity (the script tests cover settings-changes).
  {
    program: 'user-activity',
    what: 'no credentials',
    args: USER,
    env: { ZENDESK_USER_EMAIL: null, ZENDESK_API_TOKEN: null },
    expect:
      /^no credentials: set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET \(an OAuth client of kind Confidential\), or ZENDESK_OAUTH_TOKEN, or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN \(or try --demo\)$/,
  },
  {
    program: 'user-activity',
    what: 'a token without an email',
    args: USER,
    env: { ZENDESK_USER_EMAIL: null },
    expect: /^ZENDESK_API_TOKEN is set but ZENDESK_USER_EMAIL is not: set both, or use ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET$/,
  },
  {
    program: 'user-activity',
    what: 'an email without a token',
    args: USER,
    env: { ZENDESK_API_TOKEN: null },
    expect: /^ZENDESK_USER_EMAIL is set but ZENDESK_API_TOKEN is not/,
  },
  {
    program: 'settings-changes',
    what: 'a blank OAuth token and nothing else',
    args: RANGE,
    env: { ZENDESK_USER_EMAIL: null, ZENDESK_API_TOKEN: null, ZENDESK_OAUTH_TOKEN: '  ' },
    expect: /^no credentials: set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET/,
  },
  // Flags.
  { program: 'user-activity', what: 'an unknown flag', args: [...USER, '--colour'], expect: /^unknown option --colour \(see --help\)$/ },
  {
    program: 'user-activity',
    what: 'a credential flag',
    args: [...USER, '--api-token', 'x'],
    expect: /^unknown option --api-token \(see --help\)$/,
  },
  {
    program: 'settings-changes',
    what: 'a flag in the wrong case',
    args: ['--Since', '1d'],
    expect: /^unknown option --Since: did you mean --since\? \(see --help\)$/,
  },
  {
    program: 'settings-changes',
    what: 'a stray argument',
    args: [...RANGE, 'csv'],
    expect: /^unexpected argument "csv": every input is a --flag \(see --help\)$/,
  },
  {
    program: 'user-activity',
    what: 'a format the program lacks',
    args: [...USER, '--format', 'csv'],
    expect: /^--format "csv" is not one of text, json, ocsf, ecs$/,
  },
  {
    program: 'settings-changes',
    what: 'an unknown order',
    args: [...RANGE, '--order', 'newest'],
    expect: /^--order "newest" is not one of desc, asc$/,
  },
  {
    program: 'settings-changes',
    what: 'a source type with a path',
    args: [...RANGE, '--source-type', '../users'],
    afterWindow: true,
    expect: /^source type "\.\.\/users" is not valid: use e\.g\. account_setting/,
  },
  {
    program: 'settings-changes',
    what: 'an IP address with a space',
    args: [...RANGE, '--ip', '1.2.3.4 OR 1=1'],
    afterWindow: true,
    expect: /^IP address "1\.2\.3\.4 OR 1=1" is not valid/,
  },
  {
    program: 'settings-changes',
    what: '--max-attempts 0',
    args: [...RANGE, '--max-attempts', '0'],
    expect: /^--max-attempts "0" must be a whole number from 1 to 100$/,
  },
  {
    program: 'settings-changes',
    what: 'a rate reserve of nearly all',
    args: [...RANGE, '--rate-reserve', '95%'],
    expect: /^--rate-reserve "95%" must be a whole percentage from 0 to 90, e\.g\. 20 or 20%$/,
  },
  {
    program: 'settings-changes',
    what: 'a rate reserve as a fraction',
    args: [...RANGE, '--rate-reserve', '0.2'],
    expect: /^--rate-reserve "0\.2" must be a whole percentage from 0 to 90/,
  },
  {
    program: 'settings-changes',
    what: 'a --timeout of 0s',
    args: [...RANGE, '--timeout', '0s'],
    expect: /^--timeout: the duration "0s" must be longer than zero$/,
  },
  {
    program: 'settings-changes',
    what: 'a --max-wait of forever',
    args: [...RANGE, '--max-wait', 'forever'],
    expect: /^--max-wait: "forever" is not a duration/,
  },
  {
    program: 'user-activity',
    what: '--demo with a base URL',
    args: [...USER, '--demo', '--base-url', 'https://acme.zendesk.com'],
    expect: /^--demo uses the built-in sandbox account: leave out --base-url and --subdomain$/,
  },

  // The Action: the subdomains and base URLs the script tests cover, which its own tests do not.
  {
    program: 'action',
    what: 'a subdomain with an @',
    inputs: { 'zendesk-base-url': '', 'zendesk-subdomain': 'a@b' },
    expect: /^zendesk-subdomain: subdomain "a@b" is not a plain name/,
  },
  {
    program: 'action',
    what: 'a subdomain with a dot',
    inputs: { 'zendesk-base-url': '', 'zendesk-subdomain': 'x.y' },
    expect: /^zendesk-subdomain: subdomain "x\.y" is not a plain name/,
  },
  {
    program: 'action',
    what: 'a subdomain of dots',
    inputs: { 'zendesk-base-url': '', 'zendesk-subdomain': '..' },
    expect: /^zendesk-subdomain: subdomain "\.\." is not a plain name/,
  },
  {
    program: 'action',
    what: 'a subdomain with a trailing slash',
    inputs: { 'zendesk-base-url': '', 'zendesk-subdomain': 'evil.com/' },
    expect: /^zendesk-subdomain: subdomain "evil\.com\/" is not a plain name/,
  },
  {
    program: 'action',
    what: 'a blank subdomain and no base URL',
    inputs: { 'zendesk-base-url': '', 'zendesk-subdomain': '   ' },
    expect: /^no Zendesk account: set zendesk-subdomain/,
  },
  {
    program: 'action',
    what: 'a bad subdomain beside a good base URL',
    inputs: { 'zendesk-subdomain': 'evil.com/x' },
    expect: /^zendesk-subdomain: subdomain "evil\.com\/x"/,
  },
  {
    program: 'action',
    what: 'a javascript: base URL',
    inputs: { 'zendesk-base-url': 'javascript:alert(1)' },
    expect: /^zendesk-base-url: base URL must use https:/,
  },
  {
    program: 'action',
    what: 'a base URL with a password',
    inputs: { 'zendesk-base-url': 'https://admin:hunter2@acme.zendesk.com' },
    expect: /^zendesk-base-url: base URL must not carry a user name or password/,
  },
  {
    program: 'action',
    what: 'plain http to a host that only starts like loopback',
    inputs: { 'zendesk-base-url': 'http://localhost.evil.example' },
    expect: /^zendesk-base-url: .*not loopback; use https:$/,
  },
  // Look-backs beyond the Action's tests.
  {
    program: 'action',
    what: 'a look-back of 0h',
    inputs: { lookback: '0h' },
    expect: /^lookback: the duration "0h" must be longer than zero$/,
  },
  { program: 'action', what: 'a look-back of 1.5h', inputs: { lookback: '1.5h' }, expect: /^lookback: "1\.5h" is not a duration/ },
  {
    program: 'action',
    what: 'a look-back beyond every calendar',
    inputs: { lookback: '100000000w' },
    expect: /reaches too far back, before any date Temporal knows: choose a shorter one$/,
  },
  // The other inputs.
  {
    program: 'action',
    what: 'dry-run that is not a boolean',
    inputs: { 'dry-run': 'yes' },
    expect: /^dry-run is "yes": use true or false$/,
  },
  {
    program: 'action',
    what: 'an assignee that is no GitHub login',
    inputs: { assignees: 'octocat, evil user!' },
    expect: /^assignees: "evil user!" is not a GitHub user name$/,
  },
  {
    program: 'action',
    what: 'a source type with a path',
    inputs: { 'source-type': 'account_setting, ../users' },
    expect: /^source-type: source type "\.\.\/users" is not valid/,
  },
  {
    program: 'action',
    what: 'a label longer than GitHub takes',
    inputs: { labels: 'x'.repeat(51) },
    expect: /^labels: "x{51}" is longer than GitHub's 50 characters$/,
  },
  {
    program: 'action',
    what: 'an empty github-token',
    inputs: { 'github-token': '' },
    expect: /^github-token is empty: leave it at its default/,
  },
  {
    program: 'action',
    what: 'an OAuth token beside an email',
    inputs: { 'zendesk-api-token': '', 'zendesk-oauth-token': CREDENTIALS.oauthToken },
    expect: /^both kinds of Zendesk credentials are set/,
  },
  {
    program: 'action',
    what: 'no repository (run outside a workflow)',
    inputs: {},
    runnerEnv: { GITHUB_REPOSITORY: '' },
    expect: /^GITHUB_REPOSITORY is not set: run this inside a GitHub Actions workflow/,
  },
];

/** Runs `cases` `width` at a time, in order of completion; returns what went wrong. */
async function runAll<T>(cases: T[], width: number, check: (item: T) => Promise<string | undefined>): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < cases.length) {
        const problem = await check(cases[next++]!);
        if (problem) problems.push(problem);
      }
    }),
  );
  return problems;
}

function scriptEnv(base: Record<string, string>, overrides: Record<string, string | null> = {}): Record<string, string> {
  const env: Record<string, string> = { ...base, ...SPY_ENV };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete env[name];
    else env[name] = value;
  }
  return env;
}

const test = suite<{ audit: Audit }>('bad input is refused with one line naming the fix, and nothing is sent', {
  audit: undefined as never,
});

test.before(async (context) => {
  context.audit = await startAudit();
});

test.after(async ({ audit }) => {
  await audit.close();
});

test(`every bad input of the table (${CASES.length} cases)`, async ({ audit }) => {
  const { sandbox, github } = audit;
  const base = tokenEnv(sandbox);
  base.ZENDESK_USER_EMAIL = CREDENTIALS.email;
  base.ZENDESK_API_TOKEN = CREDENTIALS.apiToken;

  const problems = await runAll(CASES, 4, async (item) => {
    const label = `${item.program}: ${item.what}`;
    let code: number | null;
    let line: string;
    let stderr: string;
    let extra = '';
    if (item.program === 'action') {
      const result = await audit.run({ ...item.inputs }, { env: { ...SPY_ENV, ...item.runnerEnv } });
      ({ code, stderr } = result);
      line = errorLine(result);
      if (code !== 1) extra += ` exit ${code}, expected a failed step (1);`;
      if (!result.summary.includes('Zendesk audit: failed')) extra += ' no failure summary;';
    } else {
      const result = await runScript(item.program, item.args ?? [], scriptEnv(base, item.env));
      ({ code, stderr } = result);
      const lines = stderr.trimEnd().split('\n').filter((text, index) => !(item.afterWindow && index === 0 && text.startsWith('Window: ')));
      line = lines[0]?.replace(/^error: /, '') ?? '';
      if (code !== 2) extra += ` exit ${code}, expected 2;`;
      if (lines.length !== 1 || !lines[0]!.startsWith('error: ')) extra += ` stderr is not one error line: ${JSON.stringify(stderr)};`;
      if (result.stdout !== '') extra += ` stdout: ${JSON.stringify(result.stdout.slice(0, 80))};`;
    }
    if (!item.expect.test(line)) extra += ` the line ${JSON.stringify(line)} does not match ${item.expect};`;
    if (/unexpected \w*Error|\n\s+at /.test(line)) extra += ' an unexpected error;';
    if (stderr.includes('FETCH-ATTEMPTED') || line.includes('FETCH-ATTEMPTED')) extra += ' fetch was called;';
    return extra ? `${label}:${extra}` : undefined;
  });

  assert.is(sandbox.requests.length, 0, 'the sandbox saw requests');
  assert.is(github.requests.length, 0, 'the fake GitHub saw requests');
  assert.equal(problems, []);
});

test('the fetch spy is live: a good run through it reports its requests', async ({ audit }) => {
  const base = { ...tokenEnv(audit.sandbox), ZENDESK_USER_EMAIL: CREDENTIALS.email, ZENDESK_API_TOKEN: CREDENTIALS.apiToken };
  const script = await runScript('settings-changes', ['--since', '1d'], scriptEnv(base));
  assert.is(script.code, 0, script.stderr);
  assert.match(script.stderr, `FETCH-ATTEMPTED ${audit.sandbox.url}/api/v2/audit_logs?`);
  const action = await audit.run({ 'dry-run': 'true' }, { env: SPY_ENV });
  assert.is(action.code, 0, action.stdout);
  assert.match(action.stderr, `FETCH-ATTEMPTED ${audit.sandbox.url}/api/v2/audit_logs?`);
});

test.run();
