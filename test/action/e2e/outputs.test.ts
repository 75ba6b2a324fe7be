import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CREDENTIALS, GITHUB_TOKEN, NOTHING_REPORTED, postedBodies, severityOutputs, startAudit } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('outputs, summary and options', { audit: undefined as never });
const OAUTH = { 'zendesk-email': '', 'zendesk-api-token': '', 'zendesk-oauth-token': CREDENTIALS.oauthToken };

test.before(async (context) => {
  context.audit = await startAudit({ records: 12, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('a dry run opens nothing but fills the summary and the outputs', async ({ audit }) => {
  const count = audit.sandbox.auditLogs().length;
  const result = await audit.run({ 'dry-run': 'true', 'time-zone': 'America/Los_Angeles' });
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.items.length, 0);
  assert.not.ok(
    audit.github.requests.some((request) => request.method !== 'GET' && request.path !== '/graphql'),
    'nothing but reads (and GraphQL viewer)',
  );
  assert.equal(result.outputs, {
    'changes-count': String(count),
    ...severityOutputs(audit.sandbox.auditLogs()),
    'issue-number': '',
    'issue-url': '',
    'overdue-count': '0',
  });
  assert.match(result.summary, `${count} changes in the window, ${count} new`);
  assert.match(result.summary, `none opened: dry run (${count} changes would be reported)`);
  assert.match(
    result.summary,
    /- \*\*Window:\*\* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d P[SD]T to .* P[SD]T \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC to .* UTC\)/,
  );
  assert.match(result.summary, /\| Time \(P[SD]T\) \| Severity \| Actor \|/);
  assert.is(result.summary.split('\n').filter((line) => /^\| \d{4}-/.test(line)).length, count);
});

test('every secret is registered with the runner, the basic-auth form included', async ({ audit }) => {
  const result = await audit.run({ 'dry-run': 'true' });
  const masks = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice(12));
  for (const secret of [CREDENTIALS.apiToken, btoa(`${CREDENTIALS.email}/token:${CREDENTIALS.apiToken}`), GITHUB_TOKEN]) {
    assert.ok(masks.includes(secret), `${secret.slice(0, 4)}… is masked`);
  }
});

test('OAuth credentials work, labels and assignees are applied, and the outputs name the issue', async ({ audit }) => {
  const result = await audit.run({
    'zendesk-email': '',
    'zendesk-api-token': '',
    'zendesk-oauth-token': CREDENTIALS.oauthToken,
    labels: 'zendesk-audit, security\nneeds-review',
    assignees: 'octocat, @hubot',
  });
  assert.is(result.code, 0, result.stdout);
  assert.match(result.stdout, `::add-mask::${CREDENTIALS.oauthToken}`);
  const [issue] = audit.github.issues();
  assert.equal(issue!.labels, ['zendesk-audit', 'security', 'needs-review']);
  assert.equal(issue!.assignees, ['octocat', 'hubot']);
  assert.equal(result.outputs, {
    'changes-count': String(audit.sandbox.auditLogs().length),
    ...severityOutputs(audit.sandbox.auditLogs()),
    'issue-number': String(issue!.number),
    'issue-url': `https://github.com/acme/audit/issues/${issue!.number}`,
    'overdue-count': '0',
  });
  assert.match(result.summary, `[#${issue!.number}](https://github.com/acme/audit/issues/${issue!.number}) lists the`);
});

test('assignees GitHub refuses leave the issue unassigned, with a warning', async ({ audit }) => {
  const [added] = audit.sandbox.addRecords([{ change_description: 'Turned on' }]);
  // The OAuth credentials of the run before, so its markers verify: another credential would sign with another key.
  const result = await audit.run({ assignees: 'no-such-user', ...OAUTH });
  assert.is(result.code, 0, result.stdout);
  assert.match(result.stdout, /::warning::GitHub refused the assignees no-such-user \(422 Validation Failed/);
  const issue = audit.github.issues().at(-1)!;
  assert.equal(issue.assignees, []);
  assert.equal(postedBodies(audit.github).find((entry) => entry.issue === issue.number)!.ids, [added!.id]);
});

test('the first label alone finds earlier reports, whatever other labels they carry', async ({ audit }) => {
  const result = await audit.run({ labels: 'zendesk-audit,other', ...OAUTH });
  assert.is(result.code, 0, result.stdout);
  assert.match(result.summary, 'none opened: no new changes');
  const list = audit.github.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/issues')).at(-1)!;
  assert.is(list.query.get('labels'), 'zendesk-audit');
  assert.not.match(result.stdout, '::warning::');
});

test('labels reordered so the first finds no report but another does: a warning names both', async ({ audit }) => {
  const result = await audit.run({ labels: 'audit-v2, zendesk-audit', 'dry-run': 'true', ...OAUTH });
  assert.is(result.code, 0, result.stdout);
  assert.match(
    result.stdout,
    /::warning::no earlier report carries the label "audit-v2", which finds them \(the first of labels\), but \d+ carr(?:y|ies) "zendesk-audit": put the label the reports carry first/,
  );
});

test('another Zendesk credential signs with another key: the window is reported once more, unless marker-key stays the same', async ({ audit }) => {
  const key = { 'marker-key': 'a-fixed-marker-key-from-a-secret' };
  const [added] = audit.sandbox.addRecords([{ change_description: 'Turned off' }]);
  const first = await audit.run({ ...key });
  assert.is(first.code, 0, first.stdout);
  assert.is(
    first.outputs['changes-count'],
    String(audit.sandbox.auditLogs().length),
    'no earlier marker verifies under the new key: all of the window again',
  );
  assert.equal(postedBodies(audit.github).at(-1)!.ids.at(-1), added!.id);
  const rotated = await audit.run({ ...key, ...OAUTH });
  assert.is(rotated.code, 0, rotated.stdout);
  assert.is(rotated.outputs['changes-count'], '0', 'the same marker-key with another credential: nothing again');
  assert.match(rotated.stdout, '::add-mask::a-fixed-marker-key-from-a-secret');
});

test('a source type with no changes in the window, and no alerts, opens nothing and asks GitHub only for reviews due', async ({ audit }) => {
  const before = audit.github.requests.length;
  const result = await audit.run({ 'source-type': 'apitoken', 'alert-severity': 'none' });
  assert.is(result.code, 0, result.stdout);
  // Who the token is, and the open reports it opened (the reminders): nothing of the audit.
  const asked = audit.github.requests.slice(before);
  assert.equal(asked.map((request) => `${request.method} ${request.path}`), ['POST /graphql', 'GET /repos/acme/audit/issues']);
  assert.is(asked[1]!.query.get('creator'), 'github-actions[bot]');
  assert.is(asked[1]!.query.get('state'), 'open');
  assert.match(result.summary, '0 changes in the window, 0 new');
  assert.match(result.summary, 'none opened: no new changes in this window');
  assert.equal(result.outputs, NOTHING_REPORTED);
});

test.run();
