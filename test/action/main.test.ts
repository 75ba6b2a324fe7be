import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, InputError, ZendeskHttpError } from '../../src/core/mod.ts';
import { GitHubError } from '../../src/trail/github.ts';
import { failureMessage, logSafe, newChanges, reportPeople } from '../../src/action/main.ts';
import { reportsSince } from '../../src/trail/reports.ts';

const log = (id: number, created_at: string) => ({ record: { id, created_at } as AuditLog, detections: [], severity: null });

test('newChanges keeps what no report lists, oldest first', () => {
  const records = [
    log(3, '2024-05-21T10:00:00Z'),
    log(1, '2024-05-21T09:00:00Z'),
    log(2, '2024-05-21T09:00:00Z'),
    log(4, '2024-05-21T11:00:00Z'),
  ];
  assert.equal(newChanges(records, new Set([4])).map(({ record }) => record.id), [1, 2, 3]);
  assert.equal(newChanges(records, new Set([1, 2, 3, 4])), []);
});

test('reportsSince looks one day before the window starts', () => {
  const window = { start: Temporal.Instant.from('2024-05-20T06:30:00Z'), end: Temporal.Instant.from('2024-05-22T06:30:00Z') };
  assert.is(reportsSince(window).toISOString(), '2024-05-19T06:30:00.000Z');
});

test('failureMessage passes on the readable messages of input, Zendesk and GitHub errors', () => {
  assert.is(failureMessage(new InputError('lookback: bad')), 'lookback: bad');
  const zendesk = new ZendeskHttpError({ status: 403, method: 'GET', path: '/api/v2/audit_logs' });
  assert.is(failureMessage(zendesk), zendesk.message);
  assert.match(failureMessage(zendesk), "audit logs need the Enterprise plan and an admin's credentials");
  assert.is(failureMessage(new GitHubError('GitHub refused')), 'GitHub refused');
  assert.is(failureMessage(new TypeError('x is undefined')), 'unexpected TypeError: x is undefined');
});

test('failureMessage says an issue was opened when a later part failed', () => {
  assert.match(
    failureMessage(new GitHubError('GitHub refused to post part 2 of 3'), { number: 5, url: 'u' }),
    'issue #5 lists the parts posted before this; the next run reports the rest',
  );
});

test('logSafe breaks up workflow commands and the legacy ##[ form, and reads the same', () => {
  assert.is(logSafe('::set-output name=x::y'), ':\u200B:set-output name=x:\u200B:y');
  assert.is(logSafe('text ##[group]x'), 'text #\u200B#[group]x');
  assert.is(logSafe('Security: Session expiration'), 'Security: Session expiration');
  assert.is(logSafe('fe80::1').replace(/\u200B/g, ''), 'fe80::1');
});

test('reportPeople adds the sensitive- labels and assignees only to a report with a sensitive change', () => {
  const inputs = {
    labels: ['zendesk-audit', 'ops'],
    assignees: ['alice'],
    sensitiveLabels: ['security', 'ops'],
    sensitiveAssignees: ['bob', 'alice'],
    severityLabels: {},
  };
  assert.equal(reportPeople(inputs, { high: 0, medium: 0, low: 3 }), { labels: ['zendesk-audit', 'ops'], assignees: ['alice'] });
  assert.equal(reportPeople(inputs, { high: 0, medium: 2, low: 0 }), {
    labels: ['zendesk-audit', 'ops', 'security'],
    assignees: ['alice', 'bob'],
  });
});

test('reportPeople adds the severity-labels of each severity the report holds, and only those', () => {
  const inputs = {
    labels: ['zendesk-audit'],
    assignees: [],
    sensitiveLabels: ['security-review'],
    sensitiveAssignees: [],
    severityLabels: { high: ['security-high', 'page-me'], medium: ['security-review'], low: ['fyi'] },
  };
  assert.equal(reportPeople(inputs, { high: 1, medium: 0, low: 0 }).labels, [
    'zendesk-audit',
    'security-review',
    'security-high',
    'page-me',
  ]);
  assert.equal(reportPeople(inputs, { high: 0, medium: 4, low: 1 }).labels, ['zendesk-audit', 'security-review', 'fyi']);
  assert.equal(reportPeople(inputs, { high: 0, medium: 0, low: 0 }).labels, ['zendesk-audit']);
});

test.run();
