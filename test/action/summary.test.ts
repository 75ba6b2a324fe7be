import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, ZoneClock } from '../../src/core/mod.ts';
import { failureSummaryText, summaryText } from '../../src/action/summary.ts';
import { detected } from '../core/render/fixtures.ts';

const window = { start: Temporal.Instant.from('2024-05-20T00:00:00Z'), end: Temporal.Instant.from('2024-05-22T00:00:00Z') };
const clock = new ZoneClock('Europe/Berlin');
const account = new URL('https://acme.zendesk.com');
const record = (id: number): AuditLog => ({
  url: '',
  id,
  action_label: 'Updated',
  actor_id: 5,
  actor_name: 'Joe',
  source_id: 1,
  source_type: 'account_setting',
  source_label: 'Security: Session expiration',
  action: 'update',
  change_description: 'Turned on',
  ip_address: null,
  created_at: '2024-05-21T10:00:00Z',
});
const common = { window, clock, sourceType: 'account_setting', account };

test('summaryText names the window in the zone and in UTC and says why no issue was opened', () => {
  const text = summaryText({ ...common, found: 4, fresh: [], outcome: { kind: 'nothing-new' } });
  assert.match(text, '2024-05-20 02:00:00 CEST to 2024-05-22 02:00:00 CEST (2024-05-20 00:00:00 UTC to 2024-05-22 00:00:00 UTC)');
  assert.match(text, '4 changes in the window, 0 new (4 reported earlier)');
  assert.match(text, 'none opened: no new changes');
  assert.not.match(text, '| Time');
});

test('summaryText links the issue and lists the new changes', () => {
  const text = summaryText({
    ...common,
    found: 3,
    fresh: detected([record(11), record(12)]),
    outcome: { kind: 'opened', issue: { number: 7, url: 'https://github.com/acme/audit/issues/7' }, parts: 2 },
  });
  assert.match(text, '[#7](https://github.com/acme/audit/issues/7) lists the 2 new changes (in 2 parts: the issue and 1 comment)');
  assert.match(text, '| Time (CEST) | Severity | Actor |');
  assert.match(text, '| 11 |');
  assert.match(text, '| 12 |');
});

test('summaryText in a dry run says what would be reported', () => {
  const text = summaryText({ ...common, found: 1, fresh: detected([record(1)]), outcome: { kind: 'dry-run' } });
  assert.match(text, 'none opened: dry run (1 change would be reported)');
});

test('summaryText caps the table and says so', () => {
  const fresh = detected(Array.from({ length: 50 }, (_, index) => record(index + 1)));
  const text = summaryText({ ...common, found: 50, fresh, outcome: { kind: 'dry-run' }, maxRows: 20 });
  assert.is(text.split('\n').filter((line) => /^\| \d{4}-/.test(line)).length, 20);
  assert.match(text, 'The first 20 of 50 new changes are shown here');
});

test('failureSummaryText shows the error, inert, and the window when known', () => {
  const text = failureSummaryText('GET /api/v2/audit_logs: 401 Unauthorized - <b>@team</b>', { window: { window, clock } });
  assert.match(text, '2024-05-20 02:00:00 CEST');
  assert.match(text, '&lt;b&gt;@&#8203;team');
  assert.match(text, 'none opened');
});

test('failureSummaryText says what was found and which issue was opened before the failure', () => {
  const text = failureSummaryText('GitHub refused to post part 2 of 3', {
    window: { window, clock },
    found: 12,
    opened: { number: 4, url: 'https://github.com/acme/audit/issues/4' },
  });
  assert.match(text, '12 changes in the window');
  assert.match(text, '[#4](https://github.com/acme/audit/issues/4) was opened; not every part was posted');
});

test('summaryText shows the Needs attention list of the new changes before their table', () => {
  const ordinary = { ...record(13), source_id: 2, source_label: 'Tickets: Enable CCs' };
  const text = summaryText({ ...common, found: 2, fresh: detected([record(11), ordinary]), outcome: { kind: 'dry-run' } });
  const attention = text.indexOf(
    '### ⚠ Needs attention: 1 medium\n\n#### Medium\n\n- [ ] 2024-05-21 12:00:00 CEST · Joe · Security: Session expiration · off → on · audit log 11\n',
  );
  assert.ok(attention > 0, text);
  assert.ok(text.indexOf('| Time (CEST) |') > attention);
  const joe = '[Joe](https://acme.zendesk.com/agent/users/5)';
  assert.match(text, `| ⚠ medium: Session expiration lengthened | ${joe} | Security: Session expiration |`);
  assert.match(text, `| — | ${joe} | Tickets: Enable CCs |`);
  const plain = summaryText({ ...common, found: 1, fresh: detected([ordinary]), outcome: { kind: 'dry-run' } });
  assert.not.match(plain, /Needs attention|⚠/);
});

test.run();
