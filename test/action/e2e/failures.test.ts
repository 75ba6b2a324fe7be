import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CREDENTIALS, errorLine, startAudit } from '../audit-setup.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** What `scripts/settings-changes.js` prints on stderr for the same account and credentials. */
async function scriptError(baseUrl: string, apiToken: string): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'settings-changes.js'), '--base-url', baseUrl, '--since', '48h'], {
    env: { PATH: process.env.PATH ?? '', ZENDESK_USER_EMAIL: CREDENTIALS.email, ZENDESK_API_TOKEN: apiToken },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await new Promise((done) => child.on('close', done));
  return /^error: (.*)$/m.exec(stderr)?.[1] ?? stderr;
}

function assertNothingPosted(audit: Audit) {
  assert.is(audit.github.items.length, 0, 'no issue');
  assert.not.ok(audit.github.requests.some((request) => request.method === 'POST'), 'nothing posted to GitHub');
}

// A Zendesk account without audit-log access (not on the Enterprise plan).
const professional = suite<{ audit: Audit }>('Zendesk refuses', { audit: undefined as never });

professional.before(async (context) => {
  context.audit = await startAudit({ plan: 'professional' });
});

professional.after(async ({ audit }) => {
  await audit.close();
});

professional('a Zendesk 403 fails the step with the scripts’ readable message and opens nothing', async ({ audit }) => {
  const result = await audit.run();
  assert.is(result.code, 1);
  const message = errorLine(result);
  assert.match(message, /^GET \/api\/v2\/audit_logs: 403 Forbidden - .*audit logs need the Enterprise plan and an admin's credentials$/);
  assert.is(message, await scriptError(audit.inputs['zendesk-base-url']!, CREDENTIALS.apiToken));
  assertNothingPosted(audit);
  assert.match(result.summary, 'Zendesk audit: failed');
  assert.match(result.summary, '**Window:**');
  assert.match(result.summary, 'none opened');
  assert.not.match(result.stdout + result.stderr, /\n\s+at /, 'no stack trace');
});

professional('a Zendesk 401 fails the step naming the credentials to check', async ({ audit }) => {
  const result = await audit.run({ 'zendesk-api-token': 'zdWrongToken9q8w7e6r' });
  assert.is(result.code, 1);
  const message = errorLine(result);
  assert.match(message, /^GET \/api\/v2\/audit_logs: 401 Unauthorized - .*check the email and API token$/);
  assert.is(message, await scriptError(audit.inputs['zendesk-base-url']!, 'zdWrongToken9q8w7e6r'));
  assert.not.match(result.log, 'zdWrongToken9q8w7e6r');
  assert.match(result.stdout, '::add-mask::zdWrongToken9q8w7e6r');
  assertNothingPosted(audit);
});

professional.run();

// Inputs that are refused before anything is sent.
const inputs = suite<{ audit: Audit }>('bad inputs', { audit: undefined as never });

inputs.before(async (context) => {
  context.audit = await startAudit();
});

inputs.after(async ({ audit }) => {
  await audit.close();
});

const BAD_INPUTS: [string, Record<string, string>, RegExp | string][] = [
  ['no subdomain and no base URL', { 'zendesk-base-url': '' }, 'set zendesk-subdomain'],
  ['a subdomain that is not a DNS label', { 'zendesk-base-url': '', 'zendesk-subdomain': 'evil.com/x' }, /^zendesk-subdomain: /],
  ['plain http to a host that is not loopback', { 'zendesk-base-url': 'http://zendesk.example.com' }, /^zendesk-base-url: .*use https:/],
  ['an email without an API token', { 'zendesk-api-token': '' }, 'zendesk-api-token is not'],
  ['an API token without an email', { 'zendesk-email': '' }, 'zendesk-email is not'],
  ['both kinds of credentials', { 'zendesk-oauth-token': CREDENTIALS.oauthToken }, 'not both'],
  ['no credentials', { 'zendesk-email': '', 'zendesk-api-token': '' }, 'no Zendesk credentials'],
  ['a look-back of 0', { lookback: '0' }, /^lookback: /],
  ['a negative look-back', { lookback: '-5h' }, /^lookback: /],
  ['a look-back of forever', { lookback: 'forever' }, /^lookback: .*e\.g\. 90m, 36h, 7d/],
  ['an unknown time zone', { 'time-zone': 'Mars/Olympus_Mons' }, /^time-zone: unknown time zone/],
  ['an actor to exclude that is no id', { 'exclude-actors': 'robot@acme.com' }, /^exclude-actors: actor id "robot@acme.com" is not an id/],
];

for (const [what, given, expected] of BAD_INPUTS) {
  inputs(`${what} fails the step with one line and sends nothing to either server`, async ({ audit }) => {
    const zendeskBefore = audit.sandbox.requests.length;
    const result = await audit.run(given);
    assert.is(result.code, 1);
    const message = errorLine(result);
    assert.match(message, expected);
    assert.not.match(message, '\n');
    assert.is(audit.sandbox.requests.length, zendeskBefore, 'nothing sent to Zendesk');
    assert.is(audit.github.requests.length, 0, 'nothing sent to GitHub');
    assert.match(result.summary, 'Zendesk audit: failed');
    assert.match(result.summary, '**Error:**');
  });
}

inputs.run();

// GitHub refuses.
const github = suite<{ audit: Audit }>('GitHub refuses', { audit: undefined as never });

github.before(async (context) => {
  context.audit = await startAudit();
});

github.after(async ({ audit }) => {
  await audit.close();
});

github('a token without issues: write fails the step saying what permission the workflow needs', async ({ audit }) => {
  audit.github.intercept = (request) =>
    request.method === 'POST' && request.path.endsWith('/issues')
      ? { status: 403, body: { message: 'Resource not accessible by integration' } }
      : undefined;
  const result = await audit.run();
  audit.github.intercept = undefined;
  assert.is(result.code, 1);
  assert.match(
    errorLine(result),
    /^GitHub refused to open the report issue \(POST \/repos\/acme\/audit\/issues: 403 Resource not accessible by integration\): the workflow needs `permissions: issues: write`$/,
  );
  assert.is(audit.github.items.length, 0);
  assert.is(result.outputs['issue-number'], undefined);
});

github('a bad GitHub token fails the step naming the github-token input', async ({ audit }) => {
  const result = await audit.run({ 'github-token': 'ghs_notTheRightToken123' });
  assert.is(result.code, 1);
  assert.match(errorLine(result), /401 Bad credentials\): check the github-token input/);
  assert.not.match(result.log, 'ghs_notTheRightToken123');
  assert.is(audit.github.items.length, 0);
});

github('server text cannot issue runner commands: `::` and the legacy `##[` form are broken up in every log line', async ({ audit }) => {
  const evil = 'x ##[add-mask]nothing ::set-output name=issue-number::666 ##[group]fake';
  let posts = 0;
  audit.github.intercept = (request) => {
    if (request.method !== 'POST' || !request.path.endsWith('/issues')) return undefined;
    posts += 1;
    // First the assignees (a warning with GitHub's text), then the issue itself (the failure line).
    return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'assignees', code: 'invalid', message: evil }] } };
  };
  const result = await audit.run({ assignees: 'octocat' });
  audit.github.intercept = undefined;
  assert.is(result.code, 1);
  assert.is(posts, 2);
  assert.match(result.stdout, /^::warning::GitHub refused the assignees octocat/m);
  for (const line of result.stdout.split('\n')) {
    assert.not.match(line, '##[', line);
    assert.not.match(line.replace(/^::(?:warning|error|add-mask|debug)::/, ''), '::', line);
  }
  assert.match(errorLine(result), 'x #\u200B#[add-mask]nothing :\u200B:set-output');
});

github.run();
