import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/mod.ts';
import { type Audit, postedBodies, startAudit, tableIds } from '../audit-setup.ts';
import { detectionTable, TABLE_WORKING_HOURS, tableStart } from '../../core/review/table.ts';

const alerts = suite<{ audit: Audit; records: Record<string, AuditLog> }>('alerts: records of any source type a rule matches');

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
const BOB = { actor_id: 1500000000002, actor_name: 'Bob Agent', source_type: 'user', source_id: 1500000000002 };
const signIn = (ip: string, minutes: number): Partial<AuditLog> => ({
  ...BOB,
  source_label: 'Team member: Bob Agent',
  action: 'login',
  action_label: 'Signed in',
  change_description: 'Successful sign-in using Zendesk password from https://acme.zendesk.com/access/login',
  ip_address: ip,
  created_at: ago(minutes),
});

alerts.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  const [setting, token, usual, unusual, ordinary, deleted] = context.audit.sandbox.addRecords([
    { source_label: 'Tickets: Enable CCs', change_description: 'Turned on', created_at: ago(90) },
    { source_type: 'api_token', action: 'create', source_label: 'API token: Zapier', change_description: 'Created', created_at: ago(80) },
    signIn('198.51.100.7', 70),
    signIn('203.0.113.9', 60),
    {
      ...BOB,
      source_label: 'Team member: Bob Agent',
      action: 'update',
      change_description: 'Groups: Added to Billing',
      created_at: ago(50),
    },
    {
      source_type: 'api_token',
      action: 'destroy',
      source_label: 'API token: Slack bot',
      change_description: 'Deleted',
      created_at: ago(40),
    },
  ]);
  context.records = { setting: setting!, token: token!, usual: usual!, unusual: unusual!, ordinary: ordinary!, deleted: deleted! };
});
alerts.after(({ audit }) => audit.close());

alerts(
  'alert-severity medium: an API token created and a sign-in from a new address are reported once each, beside the source type',
  async ({
    audit,
    records,
  }) => {
    const result = await audit.run({ 'alert-severity': 'medium', 'severity-labels': 'high: security-high, medium: security-review' });
    assert.is(result.code, 0, result.stdout);
    const [issue] = audit.github.issues();
    assert.match(issue!.title, /^Zendesk audit: 1 new account_setting change and 2 alerts, 1 high, 1 medium, /);
    assert.equal(issue!.labels, ['zendesk-audit', 'security-high', 'security-review']);
    const [body] = postedBodies(audit.github);
    const expected = [records.setting!.id, records.token!.id, records.unusual!.id];
    assert.equal(body!.ids, expected, 'the marker carries the alerts as it carries the changes');
    assert.equal(tableIds(body!.body), expected);
    assert.match(body!.body, /<!-- zendesk-audit v4 account=\S+ types=account_setting,api_token,user ids=/);
    assert.match(body!.body, '| ⚠ high: API token created |');
    assert.match(body!.body, '| ⚠ medium: Sign\\-in from a new IP address |');
    assert.match(body!.body, '- **Alerts:** records of other source types that a rule of medium or higher severity matches');
    assert.match(
      body!.body,
      /#### High\n\n- \[ \] .* · API token: Zapier · Created · audit log \d+\n {2}- \*\*API token created\*\* \(high\): /,
    );
    assert.equal(
      [result.outputs['changes-count'], result.outputs['high-count'], result.outputs['medium-count']],
      ['3', '1', '1'],
    );
  },
);

alerts('a rerun reports nothing: each alert was reported once', async ({ audit }) => {
  const result = await audit.run({ 'alert-severity': 'medium' });
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.issues().length, 1);
  assert.match(result.summary, 'none opened: no new changes');
  assert.is(result.outputs['changes-count'], '0');
});

alerts(
  'another source-type or alert-severity later reports the rest, and nothing of the first report again',
  async ({ audit, records }) => {
    const result = await audit.run({ 'source-type': 'user', 'alert-severity': 'low' });
    assert.is(result.code, 0, result.stdout);
    const issues = audit.github.issues();
    assert.is(issues.length, 2);
    const body = postedBodies(audit.github).find((entry) => entry.issue === issues[1]!.number)!;
    // The user records not yet reported, and the token deleted (low); not the token created, nor the new-address sign-in.
    assert.equal(body.ids, [records.usual!.id, records.ordinary!.id, records.deleted!.id]);
    assert.match(issues[1]!.title, /^Zendesk audit: 2 new user changes and 1 alert, \d{4}-/);
    const none = await audit.run({ 'source-type': 'account_setting', 'alert-severity': 'low' });
    assert.is(none.outputs['changes-count'], '0');
  },
);

alerts('alert-severity none lists the source type only, as before', async ({ audit }) => {
  audit.sandbox.addRecords([{ source_type: 'api_token', action: 'create', source_label: 'API token: CI', change_description: 'Created' }]);
  const result = await audit.run({ 'alert-severity': 'none', 'dry-run': 'true' });
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['changes-count'], '0');
});

alerts('the rules input raises a severity and is checked before anything is sent, naming its line and field', async ({ audit }) => {
  audit.sandbox.addRecords([{
    source_type: 'api_token',
    action: 'destroy',
    source_label: 'API token: Old CI',
    change_description: 'Deleted',
  }]);
  const raised = await audit.run({
    'alert-severity': 'medium',
    'dry-run': 'true',
    lookback: '3h',
    rules: 'rules:\n  - id: zendesk.api-token-deleted\n    severity: medium\n',
  });
  assert.is(raised.code, 0, raised.stdout);
  assert.match(raised.summary, '| ⚠ medium: API token deleted |', 'a token deleted is an alert at medium now');
  const before = audit.sandbox.requests.length;
  const githubBefore = audit.github.requests.length;
  const bad = await audit.run({ rules: 'rules:\n  - id: zendesk.api-token-deleted\n    severity: urgent\n' });
  assert.is(bad.code, 1);
  assert.match(bad.stdout, '::error::rules input:3: rules[0].severity: "urgent" is not a severity: write high, medium or low');
  assert.is(audit.sandbox.requests.length, before, 'nothing sent to Zendesk');
  assert.is(audit.github.requests.length, githubBefore, 'nor to GitHub');
});

const table = suite<{ audit: Audit; severities: Map<number, string | null> }>('the rule table in an issue');

table.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  const { rows, lookAlikes } = detectionTable(tableStart(Date.now()));
  context.audit.sandbox.addRecords([...rows.flatMap((row) => row.records), ...lookAlikes]);
  context.severities = new Map<number, string | null>();
  for (const row of rows) {
    for (const record of row.records) context.severities.set(record.id, row.marked.includes(record) ? row.severity : null);
  }
  for (const record of lookAlikes) context.severities.set(record.id, null);
});
table.after(({ audit }) => audit.close());

table('each row of the table gets its severity in the issue; a look-alike of the source type gets none, another is no alert', async ({
  audit,
  severities,
}) => {
  const result = await audit.run({ lookback: '3d', 'alert-severity': 'low', 'working-hours': TABLE_WORKING_HOURS });
  assert.is(result.code, 0, result.stdout);
  const bodies = postedBodies(audit.github);
  const cells = new Map<number, string>();
  for (const { body } of bodies) {
    for (const line of body.split('\n')) {
      const id = /\| (\d+) \|$/.exec(line)?.[1];
      if (id && line.startsWith('| 2')) cells.set(Number(id), line.split(' | ')[1]!);
    }
  }
  const records = audit.sandbox.auditLogs();
  for (const record of records) {
    const severity = severities.get(record.id)!;
    const cell = cells.get(record.id);
    if (severity === null && record.source_type !== 'account_setting') {
      assert.is(cell, undefined, `audit log ${record.id} (${record.source_label}) is no alert`);
      continue;
    }
    assert.ok(cell !== undefined, `audit log ${record.id} (${record.source_label}) is reported`);
    const shown = /^(?:⚠ )?(high|medium|low): /.exec(cell)?.[1] ?? null;
    assert.is(shown, severity, `audit log ${record.id} (${record.source_label}): ${cell}`);
    assert.is(cell.startsWith('⚠ '), severity === 'high' || severity === 'medium');
  }
});

alerts.run();
table.run();
