// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderJson, renderNdjson } from '../../../src/core/render/json.ts';
import { sensitivity } from '../../../src/core/review/sensitive.ts';
import {
  chunksOf,
  collect,
  COMMANDS,
  LOS_ANGELES,
  record,
  renderWhileInputIsOpen,
  runnerCommands,
  SEED_RECORD,
  stream,
} from './fixtures.ts';

const TRICKY = record({
  id: 2,
  actor_name: 'Zoë "the admin" 👩🏽‍💻',
  change_description: 'Line one\nline two\ttab \\ backslash </script>',
  ip_address: null,
  extra: { nested: [true, null] },
});

test('renderJson parses back to the records, each with exactly one added field', async () => {
  const text = await collect(renderJson(stream([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  const parsed = JSON.parse(text) as Record<string, unknown>[];
  assert.is(parsed.length, 2);
  for (const [index, original] of [SEED_RECORD, TRICKY].entries()) {
    const { created_at_local, ...rest } = parsed[index]!;
    assert.equal(rest, original);
    assert.equal(Object.keys(parsed[index]!), [...Object.keys(original), 'created_at_local']);
    assert.is(created_at_local, '2024-05-21T15:34:33-07:00[America/Los_Angeles]');
  }
});

test('renderJson writes what JSON.stringify(records, null, 2) writes, with a final line end', async () => {
  const text = await collect(renderJson(stream([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  const expected = [SEED_RECORD, TRICKY].map((item) => ({ ...item, created_at_local: '2024-05-21T15:34:33-07:00[America/Los_Angeles]' }));
  assert.is(text, `${JSON.stringify(expected, null, 2)}\n`);
});

test('renderJson writes [] when there are no records', async () => {
  assert.is(await collect(renderJson(stream([]), { clock: LOS_ANGELES })), '[]\n');
});

test('renderJson escapes C1 controls and bidi overrides, and they parse back unchanged', async () => {
  const hostile = record({ actor_name: 'a\u009b31mb\u202ec\u2066d\u007fe\u2028f\u001bg' });
  const text = await collect(renderJson(stream([hostile]), { clock: LOS_ANGELES }));
  assert.not.match(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028]/);
  assert.is((JSON.parse(text) as { actor_name: string }[])[0]!.actor_name, hostile.actor_name);
});

test('renderJson yields the first record before its input ends', async () => {
  const { early, whole } = await renderWhileInputIsOpen(
    (records) => renderJson(records, { clock: LOS_ANGELES }),
    SEED_RECORD,
    TRICKY,
    (text) => text.includes('23649114690839'),
  );
  assert.ok(early.startsWith('[\n  {\n    "url"'));
  assert.is((JSON.parse(whole) as unknown[]).length, 2);
});

test('renderNdjson writes one compact localized record per line', async () => {
  const chunks = await chunksOf(renderNdjson(stream([SEED_RECORD, TRICKY]), { clock: LOS_ANGELES }));
  assert.is(chunks.length, 2);
  const lines = chunks.join('').split('\n');
  assert.is(lines.pop(), '');
  assert.is(lines.length, 2);
  assert.equal(JSON.parse(lines[0]!), { ...SEED_RECORD, created_at_local: '2024-05-21T15:34:33-07:00[America/Los_Angeles]' });
  assert.is((JSON.parse(lines[1]!) as { change_description: string }).change_description, TRICKY.change_description);
});

test('renderNdjson writes nothing when there are no records', async () => {
  assert.is(await collect(renderNdjson(stream([]), { clock: LOS_ANGELES })), '');
});

test('renderNdjson yields each record as it arrives', async () => {
  const { early } = await renderWhileInputIsOpen(
    (records) => renderNdjson(records, { clock: LOS_ANGELES }),
    SEED_RECORD,
    TRICKY,
    (text) => text.endsWith('\n'),
  );
  assert.equal(JSON.parse(early), { ...SEED_RECORD, created_at_local: '2024-05-21T15:34:33-07:00[America/Los_Angeles]' });
});

test('renderNdjson with a sensitivity test appends created_at_local, sensitive, change_from and change_to, in that order', async () => {
  const password = record({ id: 3, source_label: 'Password policy', change_description: 'Changed from 10 minutes to 30 minutes' });
  const plain = record({ id: 7, source_label: 'Localization: Default language', change_description: 'Conditions: Changed' });
  const text = await collect(renderNdjson(stream([password, plain]), { clock: LOS_ANGELES, sensitivity: sensitivity() }));
  const [first, second] = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const added = ['created_at_local', 'sensitive', 'change_from', 'change_to'];
  assert.equal(Object.keys(first!), [...Object.keys(password), ...added]);
  assert.equal(first, {
    ...password,
    created_at_local: '2024-05-21T15:34:33-07:00[America/Los_Angeles]',
    sensitive: true,
    change_from: '10 minutes',
    change_to: '30 minutes',
  });
  assert.equal(Object.keys(second!), [...Object.keys(plain), ...added]);
  assert.equal([second!.sensitive, second!.change_from, second!.change_to], [false, null, null]);
});

test('renderNdjson moves the added fields a record already carries to the end, with fresh values', async () => {
  const stale = record({
    sensitive: 'stale',
    created_at_local: 'stale',
    id: 4,
    source_label: 'Two-factor authentication',
    change_description: 'Turned off',
  });
  const text = await collect(renderNdjson(stream([stale]), { clock: LOS_ANGELES, sensitivity: sensitivity() }));
  const line = JSON.parse(text) as Record<string, unknown>;
  assert.equal(Object.keys(line).slice(-4), ['created_at_local', 'sensitive', 'change_from', 'change_to']);
  assert.is(Object.keys(line).length, Object.keys(stale).length + 2);
  assert.is(line.created_at_local, '2024-05-21T15:34:33-07:00[America/Los_Angeles]');
  assert.is(line.sensitive, true);
});

test('renderNdjson lines hold what renderJson writes, record for record', async () => {
  const records = [SEED_RECORD, TRICKY, record({ id: 5, created_at_local: 'stale', actor_name: 'bidi \u202e text \u0085' })];
  for (const options of [{ clock: LOS_ANGELES }, { clock: LOS_ANGELES, sensitivity: sensitivity() }]) {
    const lines = (await collect(renderNdjson(stream(records), options))).trimEnd().split('\n');
    const pretty = JSON.parse(await collect(renderJson(stream(records), options))) as unknown[];
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
    const text = await collect(render(stream([hostile]), { clock: LOS_ANGELES, sensitivity: sensitivity() }));
    assert.equal(runnerCommands(text), []);
    const parsed = parse(text);
    assert.is(parsed.actor_name, '##[add-mask]x');
    assert.is(parsed.change_description, COMMANDS);
  }
});

test.run();
