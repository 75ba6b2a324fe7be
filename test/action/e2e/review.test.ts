import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit, tableIds } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('review-ready reports', { audit: undefined as never });

const INPUTS = { 'sensitive-labels': 'security-review', 'sensitive-assignees': 'octocat', assignees: 'hubot' };

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('two-factor turned off among ordinary changes: counted in the title, first as an unticked task, sensitive-labels on', async ({ audit }) => {
  const [first, twoFactor, last] = audit.sandbox.addRecords([
    { source_label: 'Tickets: Enable CCs', change_description: 'Turned on', created_at: new Date(Date.now() - 30 * 60_000).toISOString() },
    {
      source_label: 'Security: Require two-factor authentication for team members',
      change_description: 'Turned off',
      created_at: new Date(Date.now() - 20 * 60_000).toISOString(),
    },
    {
      source_label: 'Localization: Default language',
      change_description: 'Changed from French to English',
      created_at: new Date(Date.now() - 10 * 60_000).toISOString(),
    },
  ]);
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  const [issue] = audit.github.issues();
  assert.match(issue!.title, /^Zendesk audit: 3 new account_setting changes, 1 high, /);
  assert.equal(issue!.labels, ['zendesk-audit', 'security-review']);
  assert.equal(issue!.assignees, ['hubot', 'octocat']);
  const body = issue!.body!;
  const tasks = body.split('\n').filter((line) => line.startsWith('- ['));
  assert.is(tasks.length, 1);
  assert.ok(tasks[0]!.startsWith('- [ ] '), tasks[0]);
  assert.match(tasks[0]!, `· Security: Require two\\-factor authentication for team members · on → off · audit log ${twoFactor!.id}`);
  assert.ok(body.indexOf('Needs attention') < body.indexOf('### At a glance'));
  assert.ok(body.indexOf('### At a glance') < body.indexOf('| Time ('));
  assert.equal(tableIds(body), [first!.id, twoFactor!.id, last!.id]);
  // The job summary shows the same list first.
  assert.match(result.summary, tasks[0]!);
  assert.ok(result.summary.indexOf(tasks[0]!) < result.summary.indexOf('| Time ('));
});

test('ticking the task edits the body but not the marker: the change is not reported again', async ({ audit }) => {
  const [issue] = audit.github.issues();
  issue!.body = issue!.body!.replace('- [ ] ', '- [x] ');
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.issues().length, 1);
  assert.match(result.summary, 'none opened: no new changes');
});

test('a later report with only ordinary changes carries neither the count nor the sensitive labels', async ({ audit }) => {
  const [ordinary] = audit.sandbox.addRecords([{ source_label: 'Tickets: Customers can attach files', change_description: 'Turned off' }]);
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  const issue = audit.github.issues()[1]!;
  assert.match(issue.title, /^Zendesk audit: 1 new account_setting change, \d{4}-/);
  assert.not.match(issue.title, /high|medium|sensitive/);
  assert.equal(issue.labels, ['zendesk-audit']);
  assert.equal(issue.assignees, ['hubot']);
  assert.not.match(issue.body!, /sensitive|Needs attention|⚠|- \[ \]/i);
  assert.equal(postedBodies(audit.github).find((entry) => entry.issue === 2)!.ids, [ordinary!.id]);
});

test('sensitive-settings makes more settings sensitive', async ({ audit }) => {
  audit.sandbox.addRecords([{ source_label: 'Tickets: Customers can attach files', change_description: 'Turned on' }]);
  const result = await audit.run({ ...INPUTS, 'sensitive-settings': 'attach files' });
  assert.is(result.code, 0, result.stdout);
  const issue = audit.github.issues()[2]!;
  assert.match(issue.title, ', 1 medium, ');
  assert.equal(issue.labels, ['zendesk-audit', 'security-review']);
});

test.run();
