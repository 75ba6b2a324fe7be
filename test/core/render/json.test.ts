// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderJson, renderNdjson } from '../../../src/core/render/json.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import {
  chunksOf,
  collect,
  COMMANDS,
  detected,
  LOS_ANGELES,
  record,
  renderWhileInputIsOpen,
  runnerCommands,
  SEED_RECORD,
  stream,
  undetected,
} from './fixtures.ts';

const LOCAL = '2024-05-21T15:34:33-07:00[America/Los_Angeles]';
const ADDED = ['created_at_local', 'sensitive', 'change_from', 'change_to', 'severity', 'detections'];
/** What review adds to a record without a detection whose description has no from/to shape. */
const NOTHING_FOUND = { sensitive: false, change_from: null, change_to: null, severity: null, detections: [] };
/** What review adds to the seed record: a session lengthened is medium. */
const SEED_ADDED = {
  created_at_local: LOCAL,
  sensitive: true,
  change_from: '10 minutes',
  change_to: '30 minutes',
  severity: 'medium',
  detections: [{
    rule: 'zendesk.session-lengthened',
    severity: 'medium',
    reason: 'A longer session keeps a forgotten or stolen browser session signed in longer.',
  }],
};
/** TRICKY's description says no direction: a session setting changed in a way not said counts as lengthened (fail closed). */
const TRICKY_ADDED = { ...SEED_ADDED, change_from: null, change_to: null };
const reviewed = (records: AuditLog[]) => stream(detected(records));

const TRICKY = record({
  id: 2,
  actor_name: 'Zoë "the admin" 👩🏽‍💻',
  change_description: 'Line one\nline two\ttab \\ backslash </script>',
  ip_address: null,
  extra: { nested: [true, null] },
});

test('renderJson parses back to the records, each followed by the fields review adds', async () => {
  const text = await collect(renderJson(reviewed([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  const parsed = JSON.parse(text) as Record<string, unknown>[];
  assert.is(parsed.length, 2);
  for (const [index, original] of [SEED_RECORD, TRICKY].entries()) {
    const rest = { ...parsed[index]! };
    for (const key of ADDED) delete rest[key];
    assert.equal(rest, original);
    assert.equal(Object.keys(parsed[index]!), [...Object.keys(original), ...ADDED]);
  }
  assert.equal(parsed[0], { ...SEED_RECORD, ...SEED_ADDED });
  assert.equal(parsed[1], { ...TRICKY, ...TRICKY_ADDED });
});

test('renderJson writes what JSON.stringify(records, null, 2) writes, with a final line end', async () => {
  const text = await collect(renderJson(reviewed([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  const expected = [{ ...SEED_RECORD, ...SEED_ADDED }, { ...TRICKY, ...TRICKY_ADDED }];
  assert.is(text, `${JSON.stringify(expected, null, 2)}\n`);
});

test('renderJson writes [] when there are no records', async () => {
  assert.is(await collect(renderJson(stream([]), { clock: LOS_ANGELES })), '[]\n');
});

test('renderJson escapes C1 controls and bidi overrides, and they parse back unchanged', async () => {
  const hostile = record({ actor_name: 'a\u009b31mb\u202ec\u2066d\u007fe\u2028f\u001bg' });
  const text = await collect(renderJson(reviewed([hostile]), { clock: LOS_ANGELES }));
  assert.not.match(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028]/);
  assert.is((JSON.parse(text) as { actor_name: string }[])[0]!.actor_name, hostile.actor_name);
});

test('renderJson yields the first record before its input ends', async () => {
  const [first, second] = undetected([SEED_RECORD, TRICKY]);
  const { early, whole } = await renderWhileInputIsOpen(
    (records) => renderJson(records, { clock: LOS_ANGELES }),
    first!,
    second!,
    (text) => text.includes('23649114690839'),
  );
  assert.ok(early.startsWith('[\n  {\n    "url"'));
  assert.is((JSON.parse(whole) as unknown[]).length, 2);
});

test('renderNdjson writes one compact localized record per line', async () => {
  const chunks = await chunksOf(renderNdjson(reviewed([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  assert.is(chunks.length, 2);
  const lines = chunks.join('').split('\n');
  assert.is(lines.pop(), '');
  assert.is(lines.length, 2);
  assert.equal(JSON.parse(lines[0]!), { ...SEED_RECORD, ...SEED_ADDED });
  assert.is((JSON.parse(lines[1]!) as { change_description: string }).change_description, TRICKY.change_description);
});

test('renderNdjson writes nothing when there are no records', async () => {
  assert.is(await collect(renderNdjson(stream([]), { clock: LOS_ANGELES })), '');
});

test('renderNdjson yields each record as it arrives', async () => {
  const [first, second] = detected([SEED_RECORD, TRICKY]);
  const { early } = await renderWhileInputIsOpen(
    (records) => renderNdjson(records, { clock: LOS_ANGELES }),
    first!,
    second!,
    (text) => text.endsWith('\n'),
  );
  assert.equal(JSON.parse(early), { ...SEED_RECORD, ...SEED_ADDED });
});

test('renderNdjson appends created_at_local, sensitive, change_from, change_to, severity and detections, in that order', async () => {
  const lowered = record({ id: 3, source_label: 'Security: Password policy', change_description: 'Changed from High to Low' });
  const plain = record({
    id: 7,
    source_id: 901,
    source_label: 'Localization: Default language',
    change_description: 'Conditions: Changed',
  });
  const raised = record({ id: 8, source_label: 'Security: Password policy', change_description: 'Changed from Low to High' });
  const text = await collect(renderNdjson(reviewed([lowered, plain, raised]), { clock: LOS_ANGELES }));
  const [first, second, third] = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(Object.keys(first!), [...Object.keys(lowered), ...ADDED]);
  assert.equal(first, {
    ...lowered,
    created_at_local: LOCAL,
    sensitive: true,
    change_from: 'High',
    change_to: 'Low',
    severity: 'high',
    detections: [
      {
        rule: 'zendesk.password-policy-lowered',
        severity: 'high',
        reason: 'Weaker passwords are easier to guess and are checked against fewer rules.',
      },
      {
        rule: 'zendesk.change-reverted',
        severity: 'medium',
        reason: 'Undone under a minute later.',
      },
    ],
  });
  assert.equal(Object.keys(second!), [...Object.keys(plain), ...ADDED]);
  assert.equal(second, { ...plain, created_at_local: LOCAL, ...NOTHING_FOUND });
  // Low is no sensitive change.
  assert.equal([third!.severity, third!.sensitive], ['medium', true], 'the raise puts the old value back: a revert');
  const [alone] = (await collect(renderNdjson(reviewed([raised]), { clock: LOS_ANGELES }))).trimEnd().split('\n').map((line) =>
    JSON.parse(line) as Record<string, unknown>
  );
  assert.equal([alone!.severity, alone!.sensitive], ['low', false]);
});

test('renderNdjson moves the added fields a record already carries to the end, with fresh values', async () => {
  const stale = record({
    sensitive: 'stale',
    created_at_local: 'stale',
    id: 4,
    source_label: 'Two-factor authentication',
    change_description: 'Turned off',
  });
  const text = await collect(renderNdjson(reviewed([stale]), { clock: LOS_ANGELES }));
  const line = JSON.parse(text) as Record<string, unknown>;
  assert.equal(Object.keys(line).slice(-6), ADDED);
  assert.is(Object.keys(line).length, Object.keys(stale).length + 4);
  assert.is(line.created_at_local, '2024-05-21T15:34:33-07:00[America/Los_Angeles]');
  assert.is(line.sensitive, true);
});

test('renderNdjson lines hold what renderJson writes, record for record', async () => {
  const records = [
    SEED_RECORD,
    TRICKY,
    record({ id: 5, created_at_local: 'stale', actor_name: 'bidi \u202e text \u0085' }),
    record({ id: 6, source_label: 'Security: Password policy', change_description: 'Changed from High to Low' }),
  ];
  for (const each of [detected(records), undetected(records)]) {
    const lines = (await collect(renderNdjson(stream(each), { clock: LOS_ANGELES }))).trimEnd().split('\n');
    const pretty = JSON.parse(await collect(renderJson(stream(each), { clock: LOS_ANGELES }))) as unknown[];
    assert.equal(lines.map((line) => JSON.parse(line)), pretty);
    assert.equal(lines.map((line) => Object.keys(JSON.parse(line))), pretty.map((item) => Object.keys(item as object)));
  }
});

test('renderJson and renderNdjson give a GitHub Actions runner no command to read, and parse back to the same text', async () => {
  const hostile = record({ actor_name: '##[add-mask]x', change_description: COMMANDS });
  for (
    const [render, parse] of [
      [renderJson, (text: string) => (JSON.parse(text) as Record<string, unknown>[])[0]!],
      [renderNdjson, (text: string) => JSON.parse(text) as Record<string, unknown>],
    ] as const
  ) {
    const text = await collect(render(reviewed([hostile]), { clock: LOS_ANGELES }));
    assert.equal(runnerCommands(text), []);
    const parsed = parse(text);
    assert.is(parsed.actor_name, '##[add-mask]x');
    assert.is(parsed.change_description, COMMANDS);
  }
});

test.run();
