import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, REVIEWED_CSV_COLUMNS } from '../../src/core/mod.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/mod.ts';
import { auditLogRequests, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';
import { detectionTable, TABLE_WORKING_HOURS, type TableRow, tableStart } from '../core/review/table.ts';

interface Context {
  sandbox: Sandbox;
  rows: TableRow[];
  lookAlikes: AuditLog[];
  /** The range and zone that hold every record of the table. */
  range: string[];
  dir: string;
}

const detections = suite<Context>('detections in the scripts');

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

detections.before(async (context) => {
  const start = tableStart(Date.now());
  const { rows, lookAlikes } = detectionTable(start);
  context.sandbox = await startSandbox({ records: 0 });
  context.sandbox.addRecords([...rows.flatMap((row) => row.records), ...lookAlikes]);
  context.rows = rows;
  context.lookAlikes = lookAlikes;
  context.range = ['--start', iso(start - 2 * 3_600_000), '--end', iso(start + 20 * 3_600_000), '--tz', 'UTC'];
  context.dir = mkdtempSync(join(tmpdir(), 'zendesk-audit-rules-'));
});
detections.after(async ({ sandbox, dir }) => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The severity each record of the table must get: its row's when marked, none otherwise (a look-alike, a first sign-in). */
function expected({ rows, lookAlikes }: Context): Map<number, string | null> {
  const wanted = new Map<number, string | null>();
  for (const row of rows) for (const record of row.records) wanted.set(record.id, row.marked.includes(record) ? row.severity : null);
  for (const record of lookAlikes) wanted.set(record.id, null);
  return wanted;
}

const ALL = ['--source-type', 'all', '--working-hours', TABLE_WORKING_HOURS];

detections('json: each row of the table gets its severity, the look-alikes none; two-factor on is low, off high', async (context) => {
  const result = await runScript('settings-changes', [...context.range, ...ALL, '--format', 'json'], tokenEnv(context.sandbox));
  assert.is(result.code, 0, result.stderr);
  const records = JSON.parse(result.stdout) as { id: number; severity: string | null; sensitive: boolean; detections: unknown[] }[];
  const wanted = expected(context);
  assert.is(records.length, wanted.size);
  for (const record of records) {
    const severity = wanted.get(record.id)!;
    const row = context.rows.find((candidate) => candidate.records.some((one) => one.id === record.id));
    assert.is(record.severity, severity, `${row?.item ?? 'a look-alike'}: audit log ${record.id}`);
    assert.is(record.sensitive, severity === 'high' || severity === 'medium');
    assert.is(record.detections.length > 0, severity !== null);
  }
  const twoFactor = (description: string) =>
    records.find((record) =>
      context.rows.some((row) =>
        row.records.some((one) =>
          one.id === record.id && one.source_label === 'Security: Require two-factor authentication for team members' &&
          one.change_description === description
        )
      )
    )!.severity;
  assert.equal([twoFactor('Turned off'), twoFactor('Turned on')], ['high', 'low']);
});

detections('csv and text: the same severities, in the severity and rules columns and at the end of each line', async (context) => {
  const wanted = expected(context);
  const csv = await runScript('settings-changes', [...context.range, ...ALL, '--format', 'csv'], tokenEnv(context.sandbox));
  assert.is(csv.code, 0, csv.stderr);
  const cells = (row: string) => row.split(',');
  const [header, ...rows] = csv.stdout.trimEnd().split('\r\n');
  assert.is(header, REVIEWED_CSV_COLUMNS.join(','));
  assert.is(rows.length, wanted.size);
  for (const row of rows) {
    const values = cells(row);
    const id = Number(values[0]);
    const [severity, rules] = values.slice(-2);
    assert.is(severity || null, wanted.get(id), `audit log ${id}: ${row}`);
    assert.is(rules === '', wanted.get(id) === null);
  }
  const text = await runScript('settings-changes', [...context.range, ...ALL], tokenEnv(context.sandbox));
  assert.is(text.code, 0, text.stderr);
  for (const line of text.stdout.trimEnd().split('\n')) {
    const id = Number(/^ID: (\d+),/.exec(line)![1]);
    const mark = / \[(high|medium|low): ([^\]]+)\]$/.exec(line);
    assert.is(mark?.[1] ?? null, wanted.get(id), line);
  }
  assert.match(text.stdout, "'API token':  [high: API token created]\n");
});

detections('--min-severity keeps the changes with a detection at or above it; --sensitive-only is medium', async (context) => {
  const wanted = expected(context);
  const ids = async (...flags: string[]) => {
    const result = await runScript(
      'settings-changes',
      [...context.range, ...ALL, '--format', 'ndjson', ...flags],
      tokenEnv(context.sandbox),
    );
    assert.is(result.code, 0, result.stderr);
    return result.stdout.trimEnd().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: number }).id).sort();
  };
  const of = (...severities: string[]) => [...wanted].filter(([, severity]) => severities.includes(severity!)).map(([id]) => id).sort();
  assert.equal(await ids('--min-severity', 'high'), of('high'));
  assert.equal(await ids('--min-severity', 'MEDIUM'), of('high', 'medium'));
  assert.equal(await ids('--sensitive-only'), of('high', 'medium'));
  assert.equal(await ids('--min-severity', 'low'), of('high', 'medium', 'low'));
});

detections('--source-type all sends no source-type filter', async ({ sandbox, range }) => {
  sandbox.requests.length = 0;
  const result = await runScript('settings-changes', [...range, '--source-type', 'all', '--concurrency', '1'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const lists = auditLogRequests(sandbox);
  assert.ok(lists.length > 0);
  for (const params of lists) assert.not.ok([...params.keys()].some((key) => key.startsWith('filter[source_type]')), params.toString());
  assert.match(result.stdout, "'API token': ");
  assert.match(result.stdout, "'Team member: Bob Agent': ");
});

detections(
  'new sign-in addresses: newest first reads the sign-ins of the window first; oldest first needs no extra walk',
  async (context) => {
    const { sandbox, range } = context;
    const newAddress = context.rows.find((row) => row.item.startsWith('a sign-in'))!;
    const run = async (order: string) => {
      sandbox.requests.length = 0;
      const result = await runScript(
        'settings-changes',
        [...range, '--source-type', 'user', '--format', 'ndjson', '--order', order, '--concurrency', '1'],
        tokenEnv(sandbox),
      );
      assert.is(result.code, 0, result.stderr);
      const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: number; severity: string | null });
      const signInWalks = auditLogRequests(sandbox).filter((params) => params.get('filter[action]') === 'login');
      return { severities: new Map(lines.map((line) => [line.id, line.severity])), signInWalks };
    };
    const newest = await run('desc');
    const oldest = await run('asc');
    for (const { severities } of [newest, oldest]) {
      assert.equal(newAddress.records.map((record) => severities.get(record.id)), [null, 'medium']);
    }
    assert.equal(newest.severities, oldest.severities, 'the same answers in either order');
    assert.ok(newest.signInWalks.length > 0, 'the window’s sign-ins are read first');
    assert.not.ok(newest.signInWalks.some((params) => params.has('filter[source_type]')), 'whatever their source type');
    assert.is(oldest.signInWalks.length, 0, 'oldest first, the stream feeds the baseline');
    // A run that lists no sign-in reads none.
    sandbox.requests.length = 0;
    const settings = await runScript('settings-changes', [...range, '--concurrency', '1'], tokenEnv(sandbox));
    assert.is(settings.code, 0, settings.stderr);
    assert.is(auditLogRequests(sandbox).filter((params) => params.get('filter[action]') === 'login').length, 0);
  },
);

detections('--rules changes a built-in severity, turns one off and adds a rule of its own', async (context) => {
  const file = join(context.dir, 'rules.yml');
  writeFileSync(
    file,
    [
      'rules:',
      '  - id: zendesk.api-token-deleted',
      '    severity: high',
      '  - id: zendesk.outside-working-hours',
      '    enabled: false',
      '  - id: acme.cc',
      '    title: CCs changed',
      '    severity: medium',
      '    match:',
      '      label: enable ccs',
      '',
    ].join('\n'),
  );
  const result = await runScript(
    'settings-changes',
    [...context.range, ...ALL, '--format', 'json', '--rules', file],
    tokenEnv(context.sandbox),
  );
  assert.is(result.code, 0, result.stderr);
  const records = JSON.parse(result.stdout) as {
    id: number;
    source_label: string;
    severity: string | null;
    detections: { rule: string }[];
  }[];
  const deleted = context.rows.find((row) => row.item === 'API token deleted')!.records[0]!;
  assert.is(records.find((record) => record.id === deleted.id)!.severity, 'high');
  const ccs = records.filter((record) => record.source_label === 'Tickets: Enable CCs');
  assert.ok(ccs.length >= 3);
  for (const record of ccs) assert.ok(record.detections.some((detection) => detection.rule === 'acme.cc'), String(record.id));
  assert.not.ok(records.some((record) => record.detections.some((detection) => detection.rule === 'zendesk.outside-working-hours')));
});

detections('a bad rules file is refused before anything is sent, naming the file, the line and the field', async (context) => {
  const { sandbox, dir } = context;
  const file = join(dir, 'bad.yml');
  writeFileSync(file, 'rules:\n  - id: acme.x\n    title: X\n    severity: critical\n    match:\n      label: x\n');
  sandbox.requests.length = 0;
  const bad = await runScript('settings-changes', ['--since', '1d', '--rules', file], tokenEnv(sandbox));
  assert.is(bad.code, 2);
  assert.is(bad.stderr.trim(), `error: ${file}:4: rules[0].severity: "critical" is not a severity: write high, medium or low`);
  const missing = await runScript('settings-changes', ['--since', '1d', '--rules', join(dir, 'none.yml')], tokenEnv(sandbox));
  assert.is(missing.code, 2);
  assert.is(missing.stderr.trim(), `error: --rules: cannot read ${join(dir, 'none.yml')}: no such file`);
  const hours = await runScript('settings-changes', ['--since', '1d', '--working-hours', 'weekdays'], tokenEnv(sandbox));
  assert.is(hours.code, 2);
  assert.match(hours.stderr, /^error: --working-hours "weekdays": /);
  const both = await runScript('settings-changes', ['--since', '1d', '--sensitive-only', '--min-severity', 'high'], tokenEnv(sandbox));
  assert.is(both.code, 2);
  assert.match(both.stderr, '--sensitive-only means --min-severity medium');
  const level = await runScript('settings-changes', ['--since', '1d', '--min-severity', 'critical'], tokenEnv(sandbox));
  assert.is(level.code, 2);
  assert.match(level.stderr, 'error: --min-severity: "critical" is not a severity: write high, medium or low');
  const all = await runScript('settings-changes', ['--since', '1d', '--source-type', 'all,user'], tokenEnv(sandbox));
  assert.is(all.code, 2);
  assert.is(sandbox.requests.length, 0);
});

detections('user-activity marks the same: a sign-in from a new address, a user turning off their own two-factor', async () => {
  // The demo's episodes: one admin signs in from a new address, then turns off their own two-factor authentication.
  const own = createSandbox({ episodes: true }).auditLogs().find((record) =>
    record.source_id === record.actor_id && record.change_description === 'Two-factor authentication: Turned off'
  )!;
  const json = await runScript('user-activity', ['--demo', '--user', String(own.actor_id), '--format', 'json', '--limit', '300']);
  assert.is(json.code, 0, json.stderr);
  const activity =
    (JSON.parse(json.stdout) as { audit_logs: { severity: string | null; detections: { rule: string }[]; sensitive: boolean }[] })
      .audit_logs;
  for (const record of activity) assert.is(record.sensitive, record.severity === 'high' || record.severity === 'medium');
  const rules = activity.flatMap((record) => record.detections.map((detection) => detection.rule));
  assert.ok(rules.includes('zendesk.self-change'), rules.join());
  assert.ok(rules.includes('zendesk.new-sign-in-ip'), rules.join());
  const text = await runScript('user-activity', ['--demo', '--user', String(own.actor_id), '--limit', '300']);
  assert.match(text.stdout, ": Two-factor authentication: Turned off [medium: A team member's two-factor authentication turned off]\n");
  assert.match(text.stdout, ' [medium: Sign-in from a new IP address]\n');
});

detections('--demo --since 30d --min-severity high shows the demo episodes of the high rules', async () => {
  const result = await runScript('settings-changes', ['--demo', '--since', '30d', '--source-type', 'all', '--min-severity', 'high']);
  assert.is(result.code, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.ok(lines.every((line) => line.endsWith(']') && line.includes(' [high: ')), lines.find((line) => !line.includes('[high: ')));
  for (
    const title of [
      'API token created',
      'API token changed',
      'OAuth client or token created',
      'Account owner changed',
      'Role raised to admin or owner',
      'Two-factor requirement turned off or loosened',
      'Single sign-on (SSO, SAML, JWT) changed',
      'Password policy lowered',
      'Credit-card redaction turned off',
      'User assumption turned on or extended',
      'Burst of deletions or exports',
    ]
  ) {
    assert.ok(lines.some((line) => line.endsWith(` [high: ${title}]`)), title);
  }
  assert.is(lines.filter((line) => line.endsWith(' [high: Burst of deletions or exports]')).length, 12);
});

detections.run();
