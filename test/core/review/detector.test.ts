import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/types.ts';
import { detectAll, type DetectedRecord, Detector, type DetectorOptions, detectStream } from '../../../src/core/review/detector.ts';
import { compileRules } from '../../../src/core/review/match.ts';
import { parseRulesFile } from '../../../src/core/review/rules-file.ts';
import { SignInBaseline } from '../../../src/core/review/sign-in-baseline.ts';
import { parseWorkingHours } from '../../../src/core/review/working-hours.ts';
import { createSandbox } from '../../../src/sandbox/mod.ts';
import { record } from '../render/fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A Monday, 10:00 UTC. */
const START = Date.parse('2024-06-03T10:00:00Z');
const ALICE = { actor_id: 1500000000001, actor_name: 'Alice Admin' };
const BOB = { actor_id: 1500000000002, actor_name: 'Bob Admin' };

let nextId = 20_000_000_000_000;
/** A record `ms` after START, ids growing in the order made. */
function at(ms: number, fields: Partial<AuditLog> = {}): AuditLog {
  return record({ ...ALICE, id: nextId++, created_at: new Date(START + ms).toISOString().replace(/\.\d{3}Z$/, 'Z'), ...fields });
}
const deletion = (ms: number, fields: Partial<AuditLog> = {}) =>
  at(ms, {
    source_type: 'trigger',
    action: 'destroy',
    source_label: 'Trigger: Tag billing requests',
    change_description: 'Deleted',
    ...fields,
  });
const change = (ms: number, from: string, to: string, fields: Partial<AuditLog> = {}) =>
  at(ms, {
    source_label: 'Tickets: Maximum attachment size',
    source_id: 777,
    change_description: `Changed from ${from} to ${to}`,
    ...fields,
  });
const signIn = (ms: number, ip: string, fields: Partial<AuditLog> = {}) =>
  at(ms, {
    source_type: 'user',
    action: 'login',
    source_id: ALICE.actor_id,
    source_label: 'Team member: Alice Admin',
    change_description: 'Successful sign-in using Zendesk password from https://acme.zendesk.com/access/login',
    ip_address: ip,
    ...fields,
  });

/** Streams `records` through a detector in the order given, collecting everything released. */
function run(records: readonly AuditLog[], options: DetectorOptions = {}): DetectedRecord[] {
  const detector = new Detector(options);
  const out: DetectedRecord[] = [];
  for (const one of records) out.push(...detector.push(one));
  out.push(...detector.flush());
  return out;
}
const rulesOf = (detected: DetectedRecord) => detected.detections.map((detection) => detection.rule);
const byId = (detected: readonly DetectedRecord[]) =>
  new Map(detected.map((one) => [one.record.id, one.detections.map(({ rule, severity, reason }) => `${severity} ${rule}: ${reason}`)]));

test('a burst: 10 deletions by one person within 10 minutes mark all 10; 9 mark none', () => {
  const nine = Array.from({ length: 9 }, (_, index) => deletion(index * MINUTE));
  assert.ok(run(nine).every((one) => !rulesOf(one).includes('zendesk.burst')));
  const ten = Array.from({ length: 10 }, (_, index) => deletion(index * 10 * MINUTE / 9));
  const detected = run(ten);
  assert.ok(
    detected.every((one) => rulesOf(one).includes('zendesk.burst') && one.severity === 'high'),
    'exactly 10 minutes apart, first to last',
  );
  const stretched = Array.from({ length: 10 }, (_, index) => deletion(index * (10 * MINUTE + 9_000) / 9));
  assert.ok(run(stretched).every((one) => !rulesOf(one).includes('zendesk.burst')), '10 minutes and 9 seconds is not within 10 minutes');
});

test('a burst counts one person: two people, or the system, do not add up', () => {
  const mixed = Array.from({ length: 12 }, (_, index) => deletion(index * 20_000, index % 2 ? BOB : ALICE));
  assert.ok(run(mixed).every((one) => !rulesOf(one).includes('zendesk.burst')));
  const system = Array.from(
    { length: 12 },
    (_, index) => deletion(index * 20_000, { actor_id: -1, actor_name: 'Zendesk', ip_address: null }),
  );
  assert.ok(run(system).every((one) => !rulesOf(one).includes('zendesk.burst')));
  const exports = Array.from(
    { length: 10 },
    (_, index) =>
      at(index * 30_000, {
        source_type: 'account',
        action: 'exported',
        source_label: 'Account: Data export',
        change_description: 'Exported',
      }),
  );
  assert.ok(run(exports).every((one) => rulesOf(one).includes('zendesk.burst') && rulesOf(one).includes('zendesk.data-exported')));
});

test('a burst marks every record of the burst, and only those', () => {
  const before = deletion(0);
  const burst = Array.from({ length: 10 }, (_, index) => deletion(20 * MINUTE + index * 30_000));
  const after = deletion(45 * MINUTE);
  const detected = run([before, ...burst, after]);
  assert.equal(detected.map((one) => rulesOf(one).includes('zendesk.burst')), [false, ...burst.map(() => true), false]);
});

test('a revert: undone after 23 hours marks both changes, after 25 hours neither', () => {
  const quick = run([change(0, '20 MB', '50 MB'), change(23 * HOUR, '50 MB', '20 MB')]);
  assert.equal(quick.map(rulesOf), [['zendesk.change-reverted'], ['zendesk.change-reverted']]);
  assert.is(quick[0]!.detections[0]!.reason, 'Undone 23 hours later.');
  assert.is(quick[1]!.detections[0]!.reason, 'Undoes a change made 23 hours earlier.');
  const slow = run([change(0, '20 MB', '50 MB'), change(25 * HOUR, '50 MB', '20 MB')]);
  assert.equal(slow.map(rulesOf), [[], []]);
  const exactlyADay = run([change(0, '20 MB', '50 MB'), change(24 * HOUR, '50 MB', '20 MB')]);
  assert.equal(exactlyADay.map(rulesOf), [['zendesk.change-reverted'], ['zendesk.change-reverted']]);
});

test('a change that undoes one and is undone itself says both; its detection is released once the next change came', () => {
  const flips = [change(0, '20 MB', '50 MB'), change(5 * MINUTE, '50 MB', '20 MB'), change(65 * MINUTE, '20 MB', '50 MB')];
  assert.is(run(flips)[1]!.detections[0]!.reason, 'Undoes a change made 5 minutes earlier; itself undone 60 minutes later.');
  // Newest first: the middle change is final when the first arrives, not a day later.
  const detector = new Detector();
  const newestFirst = [...flips].reverse();
  const released = newestFirst.map((one) => detector.push(one).map((done) => done.record.id));
  assert.equal(released, [[], [newestFirst[0]!.id], [newestFirst[1]!.id]]);
  assert.is(detector.held, 1, 'the oldest waits for a change before it, or for a day to pass');
});

test('a revert pairs consecutive changes of one setting, as the review does', () => {
  const through = run([change(0, '20 MB', '50 MB'), change(HOUR, '50 MB', '30 MB'), change(2 * HOUR, '30 MB', '20 MB')]);
  assert.equal(through.map(rulesOf), [[], [], []], 'back to 20 MB, but through 30 MB');
  const other = run([change(0, '20 MB', '50 MB'), change(HOUR, '50 MB', '20 MB', { source_id: 778 })]);
  assert.equal(other.map(rulesOf), [[], []], 'another setting');
  const twoFactor = run([
    at(0, { source_label: 'Security: Require two-factor authentication for team members', source_id: 9, change_description: 'Turned off' }),
    at(10 * MINUTE, {
      source_label: 'Security: Require two-factor authentication for team members',
      source_id: 9,
      change_description: 'Turned on',
    }),
  ]);
  assert.equal(twoFactor.map(rulesOf), [['zendesk.two-factor-off', 'zendesk.change-reverted'], [
    'zendesk.change-reverted',
    'zendesk.two-factor-on',
  ]]);
  assert.equal(twoFactor.map((one) => one.severity), ['high', 'medium']);
});

test('a sign-in from an address not seen for that user earlier in the baseline', () => {
  const history = [signIn(-10 * 24 * HOUR, '198.51.100.7'), signIn(-2 * 24 * HOUR, '198.51.100.7'), signIn(-24 * HOUR, '203.0.113.9', BOB)];
  const window = [
    signIn(0, '198.51.100.7'),
    signIn(HOUR, '192.0.2.44'),
    signIn(2 * HOUR, '192.0.2.44'),
    signIn(3 * HOUR, '2001:db8::1', { actor_id: 1500000000003, actor_name: 'Carol' }),
  ];
  const baseline = SignInBaseline.of([...history, ...window]);
  const detected = run(window, { baseline });
  assert.equal(detected.map(rulesOf), [[], ['zendesk.new-sign-in-ip'], [], []]);
  assert.is(detected[1]!.severity, 'medium');
  assert.equal(run(window).map(rulesOf), [[], [], [], []], 'no baseline, no rule');
  const withoutWindow = SignInBaseline.of(history);
  assert.equal(run(window, { baseline: withoutWindow }).map(rulesOf), [[], ['zendesk.new-sign-in-ip'], ['zendesk.new-sign-in-ip'], []]);
  assert.is(baseline.size, 4);
});

test('changes outside working hours are low, with the local time; sign-ins and the system are not judged', () => {
  const workingHours = parseWorkingHours('Mon-Fri 08:00-18:00 Europe/Berlin');
  const records = [
    change(0, '20 MB', '50 MB', { source_id: 1 }), // Monday 12:00 CEST
    change(10 * HOUR, '20 MB', '50 MB', { source_id: 2 }), // Monday 22:00 CEST
    signIn(10 * HOUR, '198.51.100.7'),
    change(10 * HOUR, '20 MB', '50 MB', { source_id: 3, actor_id: -1, actor_name: 'Zendesk', ip_address: null }),
  ];
  const detected = run(records, { workingHours });
  assert.equal(detected.map(rulesOf), [[], ['zendesk.outside-working-hours'], [], []]);
  assert.is(detected[1]!.detections[0]!.reason, 'Made Mon 22:00 Europe/Berlin, outside Mon-Fri 08:00-18:00 Europe/Berlin.');
  assert.is(detected[1]!.severity, 'low');
});

test('a user rules file changes window rules too: another severity, or off', async () => {
  const user = await parseRulesFile(
    'rules:\n  - id: zendesk.change-reverted\n    enabled: false\n  - id: zendesk.burst\n    severity: medium\n',
    'rules.yml',
  );
  const rules = compileRules({ user });
  const reverted = run([change(0, '20 MB', '50 MB'), change(HOUR, '50 MB', '20 MB')], { rules });
  assert.equal(reverted.map(rulesOf), [[], []]);
  const burst = run(Array.from({ length: 10 }, (_, index) => deletion(index * MINUTE)), { rules });
  assert.ok(burst.every((one) => one.severity === 'medium' && rulesOf(one).includes('zendesk.burst')));
});

/** A realistic month: the sandbox's records and episodes, with a burst, reverts and sign-ins from new addresses. */
function month(): AuditLog[] {
  const sandbox = createSandbox({ now: START, records: 3000, days: 30, episodes: true });
  const records = [...sandbox.auditLogs()];
  const admin = sandbox.users().find((user) => user.role === 'admin')!;
  for (let index = 0; index < 11; index++) {
    records.push(deletion(-3 * 24 * HOUR + index * 40_000, { actor_id: admin.id, actor_name: admin.name }));
  }
  return records.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}

test('the same detections whether the stream comes newest or oldest first', () => {
  const ascending = month();
  const descending = [...ascending].reverse();
  const options = { baseline: SignInBaseline.of(ascending), workingHours: parseWorkingHours('Mon-Fri 08:00-18:00 Europe/Berlin') };
  const up = run(ascending, options);
  const down = run(descending, options);
  assert.equal(up.map((one) => one.record.id), ascending.map((one) => one.id), 'released in the order pushed');
  assert.equal(down.map((one) => one.record.id), descending.map((one) => one.id));
  assert.equal(byId(down), byId(up));
  const found = new Set(up.flatMap(rulesOf));
  for (
    const rule of [
      'zendesk.burst',
      'zendesk.change-reverted',
      'zendesk.new-sign-in-ip',
      'zendesk.outside-working-hours',
      'zendesk.two-factor-off',
    ]
  ) {
    assert.ok(found.has(rule), `the month has ${rule}`);
  }
});

test('detectAll takes any order and answers in it; detectStream streams the same', async () => {
  const ascending = month();
  const shuffled = [...ascending].sort((a, b) => (a.id * 7919) % 1009 - (b.id * 7919) % 1009);
  const all = detectAll(shuffled);
  assert.equal(all.map((one) => one.record.id), shuffled.map((one) => one.id));
  assert.equal(byId(all), byId(run(ascending)));
  async function* source() {
    yield* ascending;
  }
  const streamed: DetectedRecord[] = [];
  for await (const one of detectStream(source())) streamed.push(one);
  assert.equal(byId(streamed), byId(all));
});

test('a record against the stream order is refused, naming it', () => {
  const detector = new Detector();
  detector.push(change(0, '20 MB', '50 MB'));
  detector.push(change(HOUR, '50 MB', '30 MB'));
  assert.throws(
    () => detector.push(change(30 * MINUTE, '30 MB', '20 MB')),
    /is out of order: the detector needs records in created_at order, either way/,
  );
});

test('memory stays within the horizon: a long stream holds at most a day of records behind a change', () => {
  const detector = new Detector();
  let most = 0;
  let released = 0;
  // A week, one record a minute, a settings change every hour, deletions now and then.
  for (let minute = 0; minute < 7 * 24 * 60; minute++) {
    const one = minute % 60 === 0
      ? change(minute * MINUTE, minute % 120 ? '20 MB' : '50 MB', minute % 120 ? '50 MB' : '20 MB', { source_id: minute })
      : minute % 7 === 0
      ? deletion(minute * MINUTE)
      : signIn(minute * MINUTE, '198.51.100.7');
    released += detector.push(one).length;
    most = Math.max(most, detector.held);
  }
  released += detector.flush().length;
  assert.is(released, 7 * 24 * 60);
  assert.ok(most <= 24 * 60 + 1, `held at most ${most} records`);
  const quiet = new Detector();
  let quietMost = 0;
  for (let minute = 0; minute < 24 * 60; minute++) {
    quiet.push(minute % 7 === 0 ? deletion(minute * MINUTE) : signIn(minute * MINUTE, '198.51.100.7'));
    quietMost = Math.max(quietMost, quiet.held);
  }
  assert.ok(quietMost <= 11, `without changes, 10 minutes: held at most ${quietMost}`);
});

test.run();
