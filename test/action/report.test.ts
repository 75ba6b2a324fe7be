import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, compileRules, isSensitive, markdownReport, ZoneClock } from '../../src/core/mod.ts';
import { buildReport, reportTitle, shortenRecord } from '../../src/action/report.ts';
import { detected, record as seedRecord, UTC } from '../core/render/fixtures.ts';
import { rowDataOf } from '../../src/trail/row-data.ts';
import { markerIds, reportMarker } from './markers.ts';

const window = {
  start: Temporal.Instant.from('2024-05-20T00:00:00Z'),
  end: Temporal.Instant.from('2024-05-22T00:00:00Z'),
};
const account = new URL('https://acme.zendesk.com');

/** The seed article's record, under the account of these tests and with its own id. */
function record(id: number, overrides: Partial<AuditLog> = {}): AuditLog {
  return seedRecord({ url: `https://acme.zendesk.com/api/v2/audit_logs/${id}.json`, id, ...overrides });
}

test('buildReport gives a title with the count and one body listing every change', () => {
  const report = buildReport(detected([record(1), record(2)]), {
    window,
    clock: new ZoneClock('America/Los_Angeles'),
    sourceType: 'account_setting',
    account,
    marker: reportMarker,
  });
  assert.match(report.title, /^Zendesk audit: 2 new account_setting changes/);
  assert.is(report.bodies.length, 1);
  assert.equal(markerIds(report.bodies[0]!.text), [1, 2]);
  assert.match(report.bodies[0]!.text, '2024-05-21 15:34:33 PDT');
});

test('buildReport splits into numbered parts under a small limit', () => {
  const records = Array.from({ length: 60 }, (_, index) => record(index + 1));
  const report = buildReport(detected(records), {
    window,
    clock: new ZoneClock('UTC'),
    sourceType: 'account_setting',
    account,
    marker: reportMarker,
    limit: 5000,
  });
  assert.ok(report.bodies.length > 1);
  assert.match(report.bodies[1]!.text, `part 2 of ${report.bodies.length}`);
  for (const body of report.bodies) assert.ok(body.text.length <= 5000);
  assert.equal(report.bodies.flatMap((body) => markerIds(body.text)), records.map((log) => log.id));
});

test('buildReport shortens a change too long for a body on its own and marks it', () => {
  const long = record(7, { change_description: '@'.repeat(1000), source_label: '#1 '.repeat(400), actor_name: '<'.repeat(1000) });
  const report = buildReport(detected([long]), {
    window,
    clock: new ZoneClock('UTC'),
    sourceType: 'account_setting',
    account,
    marker: reportMarker,
    limit: 4000,
  });
  assert.is(report.bodies.length, 1);
  assert.ok(report.bodies[0]!.text.length <= 4000);
  assert.match(report.bodies[0]!.text, 'shortened from 1000 characters');
  assert.equal(markerIds(report.bodies[0]!.text), [7]);
});

test('shortenRecord cuts only long text fields, by code points, and says so', () => {
  const short = shortenRecord(record(1, { change_description: '😀'.repeat(30), ip_address: null }), 10);
  assert.is(short.change_description, `${'😀'.repeat(10)} … [shortened from 30 characters]`);
  assert.is(short.actor_name, 'Joe Agent'.slice(0, 10));
  assert.is(short.ip_address, null);
  assert.is(short.id, 1);
});

const utc = new ZoneClock('UTC');

test('a report that fits in one body is the --format markdown text plus the marker', () => {
  const records = [
    record(1, { source_label: 'Security: Require two-factor authentication for team members', change_description: 'Turned off' }),
    record(2, { source_label: 'Localization: Default language', change_description: 'Changed from French to English' }),
  ];
  const report = buildReport(detected(records), { window, clock: utc, sourceType: 'account_setting', account, marker: reportMarker });
  const markdown = markdownReport(detected(records), { clock: utc, zone: 'UTC', window, sourceType: 'account_setting', account });
  assert.is(report.bodies.length, 1);
  const rows = detected(records).map(rowDataOf);
  assert.is(report.bodies[0]!.text, `${markdown}\n${reportMarker({ ids: [1, 2], rows, tasks: [1], parts: 1 })}\n`);
  assert.is(report.sensitive, 1);
  assert.equal(report.severities, { high: 1, medium: 0, low: 0 });
});

test('the title counts high and medium changes when there are some and says nothing of them otherwise', () => {
  const lowered = record(1, { source_id: 901, source_label: 'Security: Password policy', change_description: 'Changed from High to Low' });
  const session = record(2, { source_id: 902 });
  const raised = record(3, {
    source_id: 903,
    source_label: 'Security: Require two-factor authentication',
    change_description: 'Turned on',
  });
  const ordinary = record(4, { source_id: 904, source_label: 'Tickets: Enable CCs', change_description: 'Turned on' });
  const options = { window, clock: utc, sourceType: 'account_setting', account, marker: reportMarker };
  assert.match(
    buildReport(detected([lowered, session, raised, ordinary]), options).title,
    /^Zendesk audit: 4 new account_setting changes, 1 high, 1 medium, 2024-05-20 00:00 UTC to /,
  );
  const plain = buildReport(detected([raised, ordinary]), options);
  assert.match(plain.title, /^Zendesk audit: 2 new account_setting changes, 2024-05-20 00:00 UTC to /, 'low is not counted');
  assert.not.match(plain.bodies[0]!.text, /sensitive|Needs attention|⚠/i);
  assert.is(plain.sensitive, 0);
});

test('alerts are counted apart in the title and the heading, and said what they are', () => {
  const token = record(5, { source_type: 'api_token', source_label: 'API token: Zapier', action: 'create', change_description: 'Created' });
  const ordinary = record(4, { source_id: 904, source_label: 'Tickets: Enable CCs', change_description: 'Turned on' });
  const isAlert = (log: AuditLog) => log.source_type !== 'account_setting';
  const options = {
    window,
    clock: utc,
    sourceType: 'account_setting',
    account,
    marker: reportMarker,
    isAlert,
    alertSeverity: 'medium' as const,
  };
  const report = buildReport(detected([ordinary, token]), options);
  assert.match(report.title, /^Zendesk audit: 1 new account_setting change and 1 alert, 1 high, 2024-05-20/);
  const body = report.bodies[0]!.text;
  assert.ok(body.startsWith('## Zendesk audit: 1 account\\_setting change and 1 alert\n'), body.slice(0, 80));
  assert.match(body, '- **Alerts:** records of other source types that a rule of medium or higher severity matches\n');
  assert.match(body, '| ⚠ high: API token created | [Joe Agent]');
  const onlyAlert = buildReport(detected([token]), options);
  assert.match(onlyAlert.title, /^Zendesk audit: 1 alert, 1 high, /);
  assert.not.match(buildReport(detected([ordinary]), options).bodies[0]!.text, 'Alerts:');
});

test('sensitive-settings patterns add to the built-in rules, as medium rules', () => {
  const ordinary = record(2, { source_label: 'Tickets: Customers can attach files', change_description: 'Turned on' });
  const report = buildReport(detected([ordinary], { rules: compileRules({ sensitive: ['attach'] }) }), {
    window,
    clock: utc,
    sourceType: 'account_setting',
    account,
    marker: reportMarker,
  });
  assert.is(report.sensitive, 1);
  assert.match(report.title, ', 1 medium, ');
  assert.match(
    report.bodies[0]!.text,
    '- [ ] 2024-05-21 22:34:33 UTC · Joe Agent · Tickets: Customers can attach files · off → on · audit log 2',
  );
});

/**
 * 3,000 changes over a day; in its second half, every fifth of a password policy (turned
 * on or off: which way is not known, so high), whose rows land in later parts.
 */
function bigWindow(): AuditLog[] {
  const labels = [
    'Security: Password policy',
    'Tickets: Enable CCs',
    'Email: Personalized email replies',
    'Agents: Enable agent aliases',
    'Localization: Default language',
  ];
  return Array.from({ length: 3000 }, (_, index) =>
    record(10_000_000_000_000 + index, {
      source_id: 500 + (index % 40) + (index >= 1500 ? 40 : 0),
      source_label: `${labels[index % 5 === 0 && index < 1500 ? 1 : index % 5]} ${index % 40}`,
      change_description: index % 2 ? 'Turned on' : 'Turned off',
      actor_name: `Admin ${index % 12} @team #${index}`,
      created_at: new Date(Date.parse('2024-05-20T00:00:00Z') + index * 20_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }));
}

test('a 3,000-change report splits within the limit, each id in exactly one body and one marker', () => {
  const records = bigWindow();
  const found = detected(records);
  const report = buildReport(found, { window, clock: utc, sourceType: 'account_setting', account, marker: reportMarker });
  assert.ok(report.bodies.length > 1, `${report.bodies.length} bodies`);
  assert.is(report.sensitive, found.filter(({ severity }) => isSensitive(severity)).length);
  assert.is(report.sensitive, 300, 'every password policy change, its direction unknown');
  const seen = new Map<number, number>();
  for (const [index, body] of report.bodies.entries()) {
    assert.ok(body.text.length <= 65_536, `body ${index + 1}: ${body.text.length}`);
    const marked = markerIds(body.text);
    assert.equal(marked, body.ids);
    for (const id of marked) {
      assert.not.ok(seen.has(id), `id ${id} in two markers`);
      seen.set(id, index + 1);
    }
  }
  assert.equal([...seen.keys()], records.map((log) => log.id));
  // Written out in exactly one body: the one whose marker carries it.
  for (const log of records) {
    const holders = report.bodies.flatMap((body, index) => (body.text.includes(String(log.id)) ? [index + 1] : []));
    assert.equal(holders, [seen.get(log.id)], `id ${log.id}`);
  }
});

test('a 3,000-change report opens with the review sections, and Needs attention says where each row is', () => {
  const records = bigWindow();
  const report = buildReport(detected(records), { window, clock: utc, sourceType: 'account_setting', account, marker: reportMarker });
  const first = report.bodies[0]!.text;
  for (
    const heading of [
      '### ⚠ Needs attention: 300 high',
      '### At a glance',
      '### Changed more than once',
      '### All changes',
    ]
  ) {
    assert.match(first, heading);
  }
  assert.match(first, /_…and \d+ more sensitive changes, marked ⚠ in the table\._/);
  const items = first.split('\n').filter((line) => line.startsWith('- [ ] '));
  assert.ok(items.length > 10, `${items.length} items`);
  let elsewhere = 0;
  for (const item of items) {
    const part = / · row in part (\d+)$/.exec(item);
    const at = item.split(' · ')[0]!.slice(6);
    const row = records.find((log) => utc.text(Date.parse(log.created_at)) === at)!;
    if (part) {
      elsewhere += 1;
      assert.ok(report.bodies[Number(part[1]) - 1]!.ids.includes(row.id), item);
    } else {
      assert.ok(item.endsWith(` · audit log ${row.id}`), item);
      assert.ok(report.bodies[0]!.ids.includes(row.id), item);
    }
  }
  assert.ok(elsewhere > 0, 'some rows landed in later parts');
  for (const body of report.bodies.slice(1)) assert.not.match(body.text, '###');
});

test('reportTitle gives the count, the source type and the window to the minute', () => {
  const window = { start: Temporal.Instant.from('2026-11-23T21:00:00Z'), end: Temporal.Instant.from('2026-11-25T21:00:59Z') };
  assert.is(
    reportTitle({ count: 3, window, clock: UTC, sourceType: 'account_setting' }),
    'Zendesk audit: 3 new account_setting changes, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC',
  );
  assert.is(
    reportTitle({ count: 1, window, clock: new ZoneClock('Asia/Kolkata'), sourceType: 'user\nrule' }),
    'Zendesk audit: 1 new user rule change, 2026-11-24 02:30 IST to 2026-11-26 02:30 IST',
  );
  assert.throws(() => reportTitle({ count: -1, window, clock: UTC, sourceType: 'x' }), RangeError);
  assert.throws(() => reportTitle({ count: 1, alerts: 2, window, clock: UTC, sourceType: 'x' }), RangeError);
  assert.is(
    reportTitle({ count: 13, alerts: 2, severities: { high: 3, medium: 1, low: 2 }, window, clock: UTC, sourceType: 'account_setting' }),
    'Zendesk audit: 11 new account_setting changes and 2 alerts, 3 high, 1 medium, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC',
  );
});

test.run();
