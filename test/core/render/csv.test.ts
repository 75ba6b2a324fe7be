import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CSV_COLUMNS, renderCsv, REVIEWED_CSV_COLUMNS } from '../../../src/core/render/csv.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import {
  collect,
  COMMANDS,
  detected,
  KOLKATA,
  LOS_ANGELES,
  record,
  renderWhileInputIsOpen,
  runnerCommands,
  SEED_RECORD,
  stream,
  undetected,
} from './fixtures.ts';
import { parseCsv } from '../../helpers/csv.ts';

/** The records with no detection, as a stream. */
const plain = (records: AuditLog[]) => stream(undetected(records));

const TRICKY = record({
  id: 2,
  actor_id: -1,
  actor_name: 'Zendesk, "system"',
  source_label: 'Line one\r\nline two\nthree\rfour',
  change_description: 'He said "hi", twice',
  ip_address: null,
});

test("renderCsv starts with a header row naming the columns: the record's, then what review adds", async () => {
  const text = await collect(renderCsv(plain([]), { clock: LOS_ANGELES }));
  assert.is(text, `${REVIEWED_CSV_COLUMNS.join(',')}\r\n`);
  assert.equal(REVIEWED_CSV_COLUMNS.slice(CSV_COLUMNS.length), ['sensitive', 'change_from', 'change_to', 'severity', 'rules']);
  assert.equal([...CSV_COLUMNS], [
    'id',
    'created_at',
    'created_at_local',
    'actor_id',
    'actor_name',
    'source_type',
    'source_id',
    'source_label',
    'action',
    'action_label',
    'change_description',
    'ip_address',
  ]);
});

test('renderCsv round-trips quotes, commas and line breaks inside cells through an RFC 4180 reader', async () => {
  const text = await collect(renderCsv(plain([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  const [header, seed, tricky] = parseCsv(text);
  assert.equal(header, [...REVIEWED_CSV_COLUMNS]);
  assert.equal(seed!.slice(0, CSV_COLUMNS.length), [
    '23649114690839',
    '2024-05-21T22:34:33Z',
    '2024-05-21T15:34:33-07:00[America/Los_Angeles]',
    '1509756491122',
    'Joe Agent',
    'account_setting',
    '23639740139415',
    'Security: Session expiration',
    'update',
    'Updated',
    'Changed from 10 minutes to 30 minutes',
    '52.40.123.85',
  ]);
  assert.is(tricky![4], 'Zendesk, "system"');
  assert.is(tricky![7], 'Line one\r\nline two\nthree\rfour');
  assert.is(tricky![10], 'He said "hi", twice');
  assert.is(tricky![11], '', 'a null IP is an empty cell');
});

test('renderCsv quotes only the cells that need it and doubles their quotes', async () => {
  const text = await collect(renderCsv(plain([TRICKY]), { clock: LOS_ANGELES }));
  assert.match(text, ',"Zendesk, ""system""",');
  assert.match(text, ',"He said ""hi"", twice",');
  assert.match(text, ',account_setting,');
});

test('renderCsv writes numbers as numbers, negative ones included', async () => {
  const text = await collect(renderCsv(plain([TRICKY]), { clock: LOS_ANGELES }));
  const row = text.split('\r\n')[1]!;
  assert.ok(row.startsWith('2,2024-05-21T22:34:33Z,2024-05-21T15:34:33-07:00[America/Los_Angeles],-1,'));
});

test('renderCsv neutralises cells that would start a formula', async () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1+2', "'+1+2"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['a=b', 'a=b'],
    ['Turned on', 'Turned on'],
  ];
  for (const [value, cell] of cases) {
    const text = await collect(renderCsv(plain([record({ change_description: value })]), { clock: LOS_ANGELES }));
    const row = text.split('\r\n')[1]!;
    assert.ok(row.includes(`,Updated,${cell},52.40.123.85,`), `${JSON.stringify(value)} became ${JSON.stringify(row)}`);
    if (value !== cell) assert.is(parseCsv(text)[1]![10], `'${value}`);
  }
});

test('renderCsv neutralises a formula behind blanks and look-alikes: spaces, no-break and other Unicode spaces, full-width signs', async () => {
  const hidden = [
    ' =1+1',
    '   @SUM(1+9)',
    '\u00a0=HYPERLINK("http://evil.example")',
    '\u2003\u202f+1+2',
    '\u3000-2+3',
    '\u200b=1',
    '\ufeff@x',
    ' \t=1',
    '\uff1dHYPERLINK("http://evil.example")',
    '\uff0b1',
    '\uff0d1',
    '\uff20SUM(1)',
    '\u3000\uff1d1',
    '\ufe661',
  ];
  for (const value of hidden) {
    const text = await collect(renderCsv(plain([record({ change_description: value, source_label: value })]), { clock: LOS_ANGELES }));
    const row = parseCsv(text)[1]!;
    assert.is(row[10], `'${value}`, JSON.stringify(value));
    assert.is(row[7], `'${value}`, JSON.stringify(value));
  }
  // Kept as typed: text whose first visible character starts no formula, and IPv6 addresses.
  for (const value of [' Turned on', '\u00a0a=b', '\uff21=1', 'fe80::1', '  2001:db8::1']) {
    const text = await collect(renderCsv(plain([record({ change_description: value })]), { clock: LOS_ANGELES }));
    assert.is(parseCsv(text)[1]![10], value, JSON.stringify(value));
  }
});

test('renderCsv shows created_at_local in the clock zone', async () => {
  const text = await collect(renderCsv(plain([SEED_RECORD]), { clock: KOLKATA }));
  assert.is(parseCsv(text)[1]![2], '2024-05-22T04:04:33+05:30[Asia/Kolkata]');
});

test('renderCsv yields each row before its input ends', async () => {
  const [first, second] = undetected([SEED_RECORD, TRICKY]);
  const { whole } = await renderWhileInputIsOpen(
    (records) => renderCsv(records, { clock: LOS_ANGELES }),
    first!,
    second!,
    (text) => text.includes('23649114690839'),
  );
  assert.is(parseCsv(whole).length, 3);
});

test('renderCsv fills the review columns from the detections, over values a record already carries', async () => {
  const stale = record({
    id: 6,
    source_id: 902,
    source_label: 'Security: Require two-factor authentication for team members',
    change_description: 'Turned off',
    sensitive: 'stale',
    created_at_local: 'stale',
    severity: 'stale',
  });
  const ordinary = record({ id: 7, source_id: 903, source_label: 'Localization: Default language' });
  const turnedOn = record({
    id: 8,
    source_id: 904,
    source_label: 'Security: Require two-factor authentication',
    change_description: 'Turned on',
  });
  const rows = parseCsv(await collect(renderCsv(stream(detected([stale, ordinary, turnedOn])), { clock: LOS_ANGELES })));
  assert.equal(rows[0], [...REVIEWED_CSV_COLUMNS]);
  const cell = (row: string[], column: string) => row[REVIEWED_CSV_COLUMNS.indexOf(column as never)];
  const review = (row: string[]) =>
    ['created_at_local', 'sensitive', 'change_from', 'change_to', 'severity', 'rules'].map((column) => cell(row, column));
  assert.equal(review(rows[1]!), ['2024-05-21T15:34:33-07:00[America/Los_Angeles]', 'true', 'on', 'off', 'high', 'zendesk.two-factor-off']);
  assert.is(cell(rows[1]!, 'id'), '6');
  assert.equal(review(rows[2]!).slice(1), ['false', '10 minutes', '30 minutes', '', '']);
  assert.equal(review(rows[3]!).slice(1), ['false', 'off', 'on', 'low', 'zendesk.two-factor-on']);
});

test('renderCsv lists every rule that matched, highest severity first, and leaves severity empty when none did', async () => {
  const own = record({
    id: 9,
    source_type: 'user',
    source_id: 1509756491122,
    source_label: 'Team member: Joe Agent',
    change_description: 'Two-factor authentication: Turned off',
  });
  const rows = parseCsv(await collect(renderCsv(stream([...detected([own]), ...undetected([SEED_RECORD])]), { clock: LOS_ANGELES })));
  const cell = (row: string[], column: string) => row[REVIEWED_CSV_COLUMNS.indexOf(column as never)];
  assert.is(cell(rows[1]!, 'rules'), 'zendesk.team-member-two-factor-off zendesk.self-change');
  assert.is(cell(rows[1]!, 'severity'), 'medium');
  assert.equal([cell(rows[2]!, 'severity'), cell(rows[2]!, 'rules'), cell(rows[2]!, 'sensitive')], ['', '', 'false']);
});

test('renderCsv gives a GitHub Actions runner no command to read, and keeps IPv6 addresses as typed', async () => {
  const hostile = record({ id: '::add-mask::x' as unknown as number, change_description: COMMANDS, ip_address: 'fe80::1' });
  const text = await collect(renderCsv(plain([hostile]), { clock: LOS_ANGELES }));
  assert.equal(runnerCommands(text), []);
  const row = parseCsv(text)[1]!;
  assert.is(row[CSV_COLUMNS.indexOf('ip_address')], 'fe80::1');
  assert.is(row[CSV_COLUMNS.indexOf('change_description')]!.replaceAll('\u200B', ''), COMMANDS);
});

test.run();
