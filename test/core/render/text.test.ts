// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { changeLine, renderText, userDetails } from '../../../src/core/render/text.ts';
import type { User } from '../../../src/core/types.ts';
import {
  BERLIN,
  collect,
  COMMANDS,
  detected,
  KOLKATA,
  LOS_ANGELES,
  MARKED,
  record,
  renderWhileInputIsOpen,
  runnerCommands,
  SEED_LINE,
  SEED_RECORD,
  stream,
  undetected,
  UTC,
} from './fixtures.ts';

test("changeLine matches the seed's example line", () => {
  assert.is(changeLine(SEED_RECORD, LOS_ANGELES), SEED_LINE);
});

test('changeLine shows the time in the clock zone, not the machine zone', () => {
  assert.match(changeLine(SEED_RECORD, BERLIN), ', At 2024-05-22 00:34:33 CEST User:');
  assert.match(changeLine(SEED_RECORD, KOLKATA), ', At 2024-05-22 04:04:33 IST User:');
  assert.match(changeLine(SEED_RECORD, UTC), ', At 2024-05-21 22:34:33 UTC User:');
  assert.match(changeLine(record({ created_at: '2024-01-15T20:00:00Z' }), LOS_ANGELES), 'At 2024-01-15 12:00:00 PST');
});

test('changeLine lower-cases action_label for the verb and falls back to action', () => {
  assert.match(changeLine(record({ action_label: 'Signed in', action: 'login' }), UTC), " signed in 'Security");
  assert.match(changeLine(record({ action_label: 'Created', action: 'create' }), UTC), " created 'Security");
  assert.match(changeLine(record({ action_label: '', action: 'destroy' }), UTC), " destroy 'Security");
  assert.match(changeLine(record({ action_label: null as unknown as string, action: 'exported' }), UTC), " exported 'Security");
});

test('changeLine shows ESC, newlines, NUL and bidi overrides as visible escapes', () => {
  const line = changeLine(
    record({ actor_name: 'Eve\u001b[2J\u001b]8;;http://x\u0007', change_description: 'on\r\nline two\tTAB\u0000\u009b\u007f' }),
    UTC,
  );
  assert.match(line, String.raw`User: Eve\u001b[2J\u001b]8;;http://x\u0007 with id`);
  assert.match(line, String.raw`: on\r\nline two\tTAB\u0000\u009b\u007f`);
  assert.not.match(line, /[\u0000-\u001f\u007f-\u009f]/);

  const bidi = changeLine(record({ source_label: 'a\u202eb\u2066c\u2069d\u200fe\u200ef\u202ag' }), UTC);
  assert.match(bidi, String.raw`'a\u202eb\u2066c\u2069d\u200fe\u200ef\u202ag'`);
});

test('changeLine leaves ordinary Unicode and emoji as they are', () => {
  const text = 'Zoë Ølsen 日本語 👩🏽‍💻 🇩🇪 café';
  assert.match(changeLine(record({ actor_name: text, change_description: text }), UTC), `User: ${text} with id`);
});

test('changeLine prints missing fields as empty text, not undefined or null', () => {
  const line = changeLine(
    record({ ip_address: null, actor_name: null as unknown as string, change_description: undefined as unknown as string }),
    UTC,
  );
  assert.not.match(line, /undefined|null/);
  assert.match(line, 'User:  with id: 1509756491122');
});

test('changeLine names the record whose created_at cannot be read', () => {
  assert.throws(() => changeLine(record({ id: 42, created_at: 'yesterday' }), UTC), /audit log 42 .*created_at.*"yesterday"/);
});

test('renderText yields one line per change, in the order given', async () => {
  const text = await collect(renderText(stream(undetected([SEED_RECORD, record({ id: 2 })])), { clock: LOS_ANGELES }));
  assert.is(text, `${SEED_LINE}\n${SEED_LINE.replace('23649114690839', '2')}\n`);
});

test("renderText ends the line of a change with a detection in the highest one's severity and title", async () => {
  const token = record({ id: 3, source_type: 'api_token', source_label: 'API token: Zapier', action: 'create', change_description: '' });
  const on = record({
    id: 4,
    source_id: 902,
    source_label: 'Security: Require two-factor authentication',
    change_description: 'Turned on',
  });
  const plain = record({ id: 5, source_id: 903, source_label: 'Tickets: Enable CCs', change_description: 'Turned on' });
  const lines = (await collect(renderText(stream(detected([SEED_RECORD, token, on, plain])), { clock: UTC }))).split('\n');
  assert.ok(
    lines[0]!.endsWith(
      "updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes [medium: Session expiration lengthened]",
    ),
  );
  assert.ok(lines[1]!.endsWith("'API token: Zapier':  [high: API token created]"), lines[1]);
  assert.ok(lines[2]!.endsWith(': Turned on [low: Two-factor requirement turned on]'), lines[2]);
  assert.ok(lines[3]!.endsWith("'Tickets: Enable CCs': Turned on"), lines[3]);
});

test("renderText writes a rule's title inert: no terminal command or workflow command from a rules file", async () => {
  const rule = { ...MARKED, title: 'evil\u001b[2J\n::add-mask::x' };
  const text = await collect(renderText([{ record: SEED_RECORD, detections: [rule], severity: 'medium' }], { clock: UTC }));
  assert.is(text.split('\n').length, 2, 'one line');
  assert.not.match(text, '\u001b');
  assert.equal(runnerCommands(text), []);
  assert.match(text, String.raw`[medium: evil\u001b[2J\n::`);
});

test('renderText says no account setting updates were found when there are none', async () => {
  assert.is(await collect(renderText(stream([]), { clock: UTC })), 'No account setting updates found.\n');
  assert.is(await collect(renderText(stream([]), { clock: UTC, empty: 'No user changes found.' })), 'No user changes found.\n');
});

test('renderText yields the first line before its input ends', async () => {
  const [first, second] = undetected([SEED_RECORD, record({ id: 2 })]);
  const { early, whole } = await renderWhileInputIsOpen(
    (records) => renderText(records, { clock: LOS_ANGELES }),
    first!,
    second!,
    (text) => text.includes(SEED_LINE),
  );
  assert.is(early, `${SEED_LINE}\n`);
  assert.is(whole.split('\n').length, 3);
});

const JOE: User = {
  id: 1509756491122,
  url: 'https://abc.zendesk.com/api/v2/users/1509756491122.json',
  name: 'Joe Agent',
  email: 'joe@example.com',
  role: 'admin',
  time_zone: 'Pacific Time (US & Canada)',
  iana_time_zone: 'America/Los_Angeles',
  last_login_at: '2024-05-29T15:31:16Z',
  two_factor_auth_enabled: null,
  suspended: false,
  active: true,
};

test('userDetails lists name, email, role, time zone, last login, 2FA and suspension', () => {
  assert.is(
    userDetails(JOE, LOS_ANGELES),
    [
      '  Name:       Joe Agent',
      '  Email:      joe@example.com',
      '  Role:       admin',
      '  Time zone:  America/Los_Angeles (Pacific Time (US & Canada))',
      '  Last login: 2024-05-29 08:31:16 PDT',
      '  2FA:        unknown',
      '  Suspended:  no',
    ].join('\n'),
  );
});

test('userDetails shows the last login in the clock zone', () => {
  assert.match(userDetails(JOE, BERLIN), 'Last login: 2024-05-29 17:31:16 CEST');
  assert.match(userDetails(JOE, KOLKATA), 'Last login: 2024-05-29 21:01:16 IST');
});

test('userDetails shows 2FA on and off, suspension, a missing zone and a user who never signed in', () => {
  const details = userDetails(
    { ...JOE, two_factor_auth_enabled: true, suspended: true, iana_time_zone: null, last_login_at: null, email: null },
    UTC,
  );
  assert.match(details, '2FA:        on');
  assert.match(details, 'Suspended:  yes');
  assert.match(details, 'Time zone:  Pacific Time (US & Canada)');
  assert.match(details, 'Last login: never');
  assert.match(details, 'Email:      (none)');
  assert.match(userDetails({ ...JOE, two_factor_auth_enabled: false }, UTC), '2FA:        off');
  assert.match(userDetails({ ...JOE, time_zone: 'America/Los_Angeles' }, UTC), 'Time zone:  America/Los_Angeles\n');
});

test('userDetails escapes control characters in the user text', () => {
  const details = userDetails({ ...JOE, name: 'Joe\u001b[31m\nAdmin\u202e' }, UTC);
  assert.match(details, String.raw`Name:       Joe\u001b[31m\nAdmin\u202e`);
  assert.is(details.split('\n').length, 7);
});

test('renderText gives a GitHub Actions runner no command to read, and reads the same', async () => {
  const hostile = record({ actor_name: '::error::x ##[group]y', change_description: COMMANDS });
  const text = await collect(renderText(stream(undetected([hostile])), { clock: UTC }));
  assert.equal(runnerCommands(text), []);
  assert.ok(text.replaceAll('\u200B', '').includes('::error::x ##[group]y'));
  assert.ok(text.replaceAll('\u200B', '').includes('##[error]forged'));
});

test.run();
