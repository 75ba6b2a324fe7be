import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, readIdMarkers, ZoneClock } from '../../src/core/mod.ts';
import { buildReport, shortenRecord } from '../../src/action/report.ts';
import { record as seedRecord } from '../core/render/fixtures.ts';

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
  const report = buildReport([record(1), record(2)], { window, clock: new ZoneClock('America/Los_Angeles'), sourceType: 'account_setting', account });
  assert.match(report.title, /^Zendesk audit: 2 new account_setting changes/);
  assert.is(report.bodies.length, 1);
  assert.equal(readIdMarkers(report.bodies[0]!.text), [1, 2]);
  assert.match(report.bodies[0]!.text, '2024-05-21 15:34:33 PDT');
});

test('buildReport splits into numbered parts under a small limit', () => {
  const records = Array.from({ length: 60 }, (_, index) => record(index + 1));
  const report = buildReport(records, { window, clock: new ZoneClock('UTC'), sourceType: 'account_setting', account, limit: 5000 });
  assert.ok(report.bodies.length > 1);
  assert.match(report.bodies[1]!.text, `part 2 of ${report.bodies.length}`);
  for (const body of report.bodies) assert.ok(body.text.length <= 5000);
  assert.equal(report.bodies.flatMap((body) => readIdMarkers(body.text)), records.map((log) => log.id));
});

test('buildReport shortens a change too long for a body on its own and marks it', () => {
  const long = record(7, { change_description: '@'.repeat(1000), source_label: '#1 '.repeat(400), actor_name: '<'.repeat(1000) });
  const report = buildReport([long], { window, clock: new ZoneClock('UTC'), sourceType: 'account_setting', account, limit: 4000 });
  assert.is(report.bodies.length, 1);
  assert.ok(report.bodies[0]!.text.length <= 4000);
  assert.match(report.bodies[0]!.text, 'shortened from 1000 characters');
  assert.equal(readIdMarkers(report.bodies[0]!.text), [7]);
});

test('shortenRecord cuts only long text fields, by code points, and says so', () => {
  const short = shortenRecord(record(1, { change_description: '😀'.repeat(30), ip_address: null }), 10);
  assert.is(short.change_description, `${'😀'.repeat(10)} … [shortened from 30 characters]`);
  assert.is(short.actor_name, 'Joe Agent'.slice(0, 10));
  assert.is(short.ip_address, null);
  assert.is(short.id, 1);
});

test.run();
