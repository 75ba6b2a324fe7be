import { Temporal } from 'temporal-polyfill';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildReport, type MarkerContent } from '../../src/action/report.ts';
import { bodyBeforeMarker, markerDraft, parseMarker } from '../../src/trail/marker.ts';
import { type AuditLog, detectAll, isSensitive, REVIEW_FIELDS, REVIEWED_CSV_COLUMNS, ZoneClock } from '../../src/core/mod.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const review = suite<{ sandbox: Sandbox; start: string; end: string; inWindow: AuditLog[] }>('settings-changes for review');

review.before(async (context) => {
  const now = Date.now();
  context.sandbox = await startSandbox({ records: 100, days: 10, now, episodes: true, mix: { account_setting: 3, user: 1 } });
  context.start = new Date(now - 9 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  context.end = new Date(now + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const [from, to] = [Date.parse(context.start), Date.parse(context.end)];
  context.inWindow = context.sandbox
    .auditLogs()
    .filter((record) =>
      record.source_type === 'account_setting' && Date.parse(record.created_at) >= from && Date.parse(record.created_at) <= to
    );
});
review.after((context) => context.sandbox.close());

review('--format markdown is the body the Action posts, without its marker', async ({ sandbox, start, end, inWindow }) => {
  const result = await runScript('settings-changes', [
    '--start',
    start,
    '--end',
    end,
    '--order',
    'asc',
    '--tz',
    'UTC',
    '--format',
    'markdown',
  ], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const window = { start: Temporal.Instant.from(start), end: Temporal.Instant.from(end) };
  const marker = (content: MarkerContent) =>
    markerDraft({
      account: new URL(sandbox.url).host,
      sourceTypes: ['account_setting'],
      listed: Math.floor(Date.now() / 1000),
      ...content,
    });
  const report = buildReport(detectAll(inWindow), {
    window,
    clock: new ZoneClock('UTC'),
    sourceType: 'account_setting',
    account: new URL(sandbox.url),
    marker,
  });
  assert.is(report.bodies.length, 1);
  const text = report.bodies[0]!.text;
  assert.is(result.stdout, bodyBeforeMarker(text));
  assert.equal(parseMarker(text)!.ids, inWindow.map((record) => record.id));
  assert.not.match(result.stdout, '<!--', 'no marker of any kind');
  assert.not.match(result.stdout, /zendesk-audit (?:ids:|v\d)/);
  for (const heading of ['### ⚠ Needs attention', '### At a glance', '### Changed more than once', '### All changes']) {
    assert.match(result.stdout, heading);
  }
  assert.match(result.stdout, /reverted: turned off, then on again \d+ minutes later/);
});

review(
  'json and ndjson add sensitive, change_from, change_to, severity and detections after created_at_local',
  async ({ sandbox, start, end, inWindow }) => {
    const json = await runScript('settings-changes', ['--start', start, '--end', end, '--format', 'json'], tokenEnv(sandbox));
    const records = JSON.parse(json.stdout) as Record<string, unknown>[];
    assert.is(records.length, inWindow.length);
    const expected = new Map(detectAll(inWindow).map((one) => [one.record.id, one]));
    for (const record of records) {
      const original = inWindow.find((candidate) => candidate.id === record.id)!;
      const { severity, detections } = expected.get(original.id)!;
      assert.equal(Object.keys(record), [...Object.keys(original), 'created_at_local', ...REVIEW_FIELDS]);
      assert.equal([record.sensitive, record.severity], [isSensitive(severity), severity]);
      assert.equal(record.detections, detections.map(({ rule, severity, reason }) => ({ rule, severity, reason })));
    }
    const off = records.find((record) => record.change_description === 'Turned off')!;
    assert.equal([off.change_from, off.change_to], ['on', 'off']);
    const changed = records.find((record) => String(record.change_description).startsWith('Changed from'))!;
    assert.is(`Changed from ${changed.change_from} to ${changed.change_to}`, changed.change_description);
    const ndjson = await runScript('settings-changes', ['--start', start, '--end', end, '--format', 'ndjson'], tokenEnv(sandbox));
    assert.equal(ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line)), records);
  },
);

review(
  'csv ends each row with sensitive, change_from, change_to, severity and rules; text marks lines with a detection',
  async ({ sandbox, start, end, inWindow }) => {
    const csv = await runScript('settings-changes', ['--start', start, '--end', end, '--format', 'csv'], tokenEnv(sandbox));
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.is(rows[0], REVIEWED_CSV_COLUMNS.join(','));
    assert.ok(
      rows.slice(1).some((row) => /,true,on,off,high,zendesk\.[a-z-]+-off(?: zendesk\.[a-z-]+)*$/.test(row)),
      'a sensitive switch turned off',
    );
    assert.ok(rows.slice(1).some((row) => row.endsWith(',false,off,on,,')), 'an ordinary switch turned on');
    const text = await runScript('settings-changes', ['--start', start, '--end', end], tokenEnv(sandbox));
    const lines = text.stdout.trimEnd().split('\n');
    assert.is(lines.length, inWindow.length);
    const marked = lines.filter((line) => / \[(?:high|medium|low): [^\]]+\]$/.test(line)).length;
    assert.is(marked, detectAll(inWindow).filter(({ severity }) => severity !== null).length);
    assert.ok(marked > 0 && marked < lines.length);
  },
);

review(
  '--sensitive-only lists only the sensitive changes, in any format; --sensitive adds patterns',
  async ({ sandbox, start, end, inWindow }) => {
    const expected = detectAll(inWindow).filter(({ severity }) => isSensitive(severity)).map(({ record }) => record.id).reverse();
    const json = await runScript(
      'settings-changes',
      ['--start', start, '--end', end, '--format', 'json', '--sensitive-only'],
      tokenEnv(sandbox),
    );
    assert.equal((JSON.parse(json.stdout) as AuditLog[]).map((record) => record.id), expected);
    const text = await runScript('settings-changes', ['--start', start, '--end', end, '--sensitive-only'], tokenEnv(sandbox));
    assert.is(text.stdout.trimEnd().split('\n').length, expected.length);
    assert.ok(text.stdout.trimEnd().split('\n').every((line) => / \[(?:high|medium): [^\]]+\]$/.test(line)));
    const markdown = await runScript(
      'settings-changes',
      ['--start', start, '--end', end, '--format', 'markdown', '--sensitive-only'],
      tokenEnv(sandbox),
    );
    const [, high, medium] = /### ⚠ Needs attention: (\d+) high, (\d+) medium\n/.exec(markdown.stdout) ?? [];
    assert.is(Number(high) + Number(medium), expected.length);
    assert.is(markdown.stdout.split('\n').filter((line) => /^\| \d{4}-/.test(line)).length, expected.length, 'table rows');
    const wider = await runScript(
      'settings-changes',
      [
        '--start',
        start,
        '--end',
        end,
        '--format',
        'ndjson',
        '--sensitive-only',
        '--sensitive',
        'customers can*files',
        '--sensitive',
        'agent aliases',
      ],
      tokenEnv(sandbox),
    );
    const labels = new Set(wider.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as AuditLog).source_label));
    assert.ok(labels.has('Tickets: Customers can attach files'));
    assert.ok(wider.stdout.trimEnd().split('\n').length > expected.length);
  },
);

review('a --sensitive pattern that matches everything is bad usage, refused before anything is sent', async ({ sandbox }) => {
  sandbox.requests.length = 0;
  const result = await runScript('settings-changes', ['--since', '1d', '--sensitive', '*'], tokenEnv(sandbox));
  assert.is(result.code, 2);
  assert.is(result.stderr.trim(), 'error: --sensitive: sensitive pattern "*" matches every setting: give some text');
  assert.is(sandbox.requests.length, 0);
});

review.run();
