import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, NOTHING_REPORTED, postedBodies, severityOutputs, startAudit, tableIds } from '../audit-setup.ts';

const test = suite<{ audit: Audit; windowIds: number[] }>('exactly once', { audit: undefined as never, windowIds: [] });

test.before(async (context) => {
  context.audit = await startAudit({ records: 40, days: 1 });
  context.windowIds = context.audit.sandbox.auditLogs().map((record) => record.id);
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('the first run opens one issue listing every change of the window, oldest first', async ({ audit, windowIds }) => {
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  const issues = audit.github.issues();
  assert.is(issues.length, 1);
  const [issue] = issues;
  assert.equal(issue!.labels, ['zendesk-audit']);
  assert.match(issue!.title, `Zendesk audit: ${windowIds.length} new account_setting changes`);
  const [body] = postedBodies(audit.github);
  assert.equal(body!.ids, windowIds, 'the marker lists every id of the window, oldest first');
  assert.equal(tableIds(body!.body), windowIds, 'and so does the table');
  assert.equal(result.outputs, {
    'changes-count': String(windowIds.length),
    ...severityOutputs(audit.sandbox.auditLogs()),
    'issue-number': '1',
    'issue-url': 'https://github.com/acme/audit/issues/1',
    'overdue-count': '0',
  });
  assert.match(result.summary, `${windowIds.length} changes in the window, ${windowIds.length} new`);
  assert.match(result.summary, '[#1](https://github.com/acme/audit/issues/1)');
});

test('an identical second run opens no issue and says so in the summary', async ({ audit, windowIds }) => {
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.issues().length, 1);
  assert.equal(result.outputs, NOTHING_REPORTED);
  assert.match(result.summary, `${windowIds.length} changes in the window, 0 new (${windowIds.length} reported earlier)`);
  assert.match(result.summary, 'none opened: no new changes in this window');
  assert.match(result.summary, '**Window:**');
});

test('two new changes inside the overlapping window give one issue with just those two', async ({ audit }) => {
  const added = audit.sandbox.addRecords([
    { source_label: 'Security: Session expiration', change_description: 'Changed from 30 minutes to 8 hours' },
    { source_label: 'Security: Require two-factor authentication', change_description: 'Turned off' },
  ]);
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  const issues = audit.github.issues();
  assert.is(issues.length, 2);
  assert.match(issues[1]!.title, 'Zendesk audit: 2 new account_setting changes');
  const body = postedBodies(audit.github).find((entry) => entry.issue === 2)!;
  assert.equal(body.ids, added.map((record) => record.id));
  assert.equal(tableIds(body.body), added.map((record) => record.id));
  assert.match(body.body, 'Changed from 30 minutes to 8 hours');
  assert.is(result.outputs['changes-count'], '2');
  assert.is(result.outputs['issue-number'], '2');
});

test('a report that was closed since still counts', async ({ audit }) => {
  for (const issue of audit.github.issues()) issue.state = 'closed';
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.issues().length, 2);
  assert.match(result.summary, 'none opened: no new changes');
  // The audit's listing of earlier reports (the reminders' own, open ones only, comes after it).
  const list = audit.github.requests.filter((request) =>
    request.method === 'GET' && request.path === '/repos/acme/audit/issues' && request.query.get('state') !== 'open'
  ).at(-1)!;
  assert.is(list.query.get('state'), 'all');
  assert.is(list.query.get('labels'), 'zendesk-audit');
  assert.ok(list.query.get('since'), 'only reports updated since the window began (minus a margin) are read');
});

test('a pull request or a stranger’s comment carrying a marker hides nothing', async ({ audit }) => {
  const [added] = audit.sandbox.addRecords([{ change_description: 'Turned on' }]);
  const fake = `<!-- zendesk-audit ids: ${added!.id} -->`;
  audit.github.seed({ labels: ['zendesk-audit'], pullRequest: true, body: fake });
  audit.github.items[0]!.comments.push({
    id: 1,
    body: fake,
    user: { login: 'mallory', type: 'User' },
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  });
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  const newest = audit.github.issues().at(-1)!;
  assert.match(newest.title, '1 new account_setting change,');
  assert.equal(postedBodies(audit.github).find((entry) => entry.issue === newest.number)!.ids, [added!.id]);
});

test('every change of the account so far was reported exactly once', ({ audit }) => {
  const reported = postedBodies(audit.github).flatMap((entry) => entry.ids);
  const all = audit.sandbox.auditLogs().map((record) => record.id);
  assert.equal([...reported].sort(), [...all].sort());
});

test.run();
