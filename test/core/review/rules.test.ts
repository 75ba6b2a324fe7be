import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILT_IN_RULES } from '../../../src/core/review/built-in-rules.ts';
import { compileRules } from '../../../src/core/review/match.ts';
import { builtInRuleProblems } from '../../../src/core/review/rules-file.ts';
import { LOOK_ALIKES, MATCHING } from './corpus.ts';

const builtIn = compileRules();
const ids = (records: readonly { rule: string }[]) => records.map((detection) => detection.rule).sort();

for (const entry of [...MATCHING, ...LOOK_ALIKES]) {
  test(`${entry.what}: ${entry.rules.length ? entry.rules.join(', ') : 'no rule'}`, () => {
    assert.equal(ids(builtIn.detect(entry.record)), [...entry.rules].sort());
  });
}

const recordRules = BUILT_IN_RULES.filter((rule) => rule.match);
for (const rule of recordRules) {
  test(`built-in rule ${rule.id} (${rule.severity}) has a record of its own in the corpus`, () => {
    const records = MATCHING.filter((entry) => entry.rules.includes(rule.id));
    assert.ok(records.length > 0, `no corpus record for ${rule.id}`);
    for (const entry of records) {
      const detection = builtIn.detect(entry.record).find((found) => found.rule === rule.id);
      assert.ok(detection, entry.what);
      assert.equal(detection, { rule: rule.id, severity: rule.severity, reason: rule.reason, title: rule.title, runbook: rule.runbook });
    }
  });
}

test('every built-in rule passes the checks a user rule passes, with a reason and a link to Zendesk help', () => {
  assert.equal(BUILT_IN_RULES.flatMap(builtInRuleProblems), []);
  assert.is(new Set(BUILT_IN_RULES.map((rule) => rule.id)).size, BUILT_IN_RULES.length, 'ids are unique');
});

test('the issue table: each severity has the rows it lists', () => {
  const severityOf = (id: string) => BUILT_IN_RULES.find((rule) => rule.id === id)?.severity;
  const high = [
    'zendesk.api-token-created',
    'zendesk.api-token-changed',
    'zendesk.oauth-client-created',
    'zendesk.oauth-client-changed',
    'zendesk.api-token-access-on',
    'zendesk.account-owner-changed',
    'zendesk.role-raised-to-admin',
    'zendesk.two-factor-off',
    'zendesk.sso-changed',
    'zendesk.ip-restriction-weakened',
    'zendesk.password-policy-lowered',
    'zendesk.credit-card-redaction-off',
    'zendesk.user-assumption-on',
    'zendesk.burst',
  ];
  const medium = [
    'zendesk.new-sign-in-ip',
    'zendesk.data-exported',
    'zendesk.team-member-suspended',
    'zendesk.team-member-deleted',
    'zendesk.mobile-app-access-on',
    'zendesk.session-lengthened',
    'zendesk.change-reverted',
    'zendesk.self-change',
  ];
  const low = [
    'zendesk.two-factor-on',
    'zendesk.ip-restriction-strengthened',
    'zendesk.session-shortened',
    'zendesk.api-token-deleted',
    'zendesk.outside-working-hours',
  ];
  for (const id of high) assert.is(severityOf(id), 'high', id);
  for (const id of medium) assert.is(severityOf(id), 'medium', id);
  for (const id of low) assert.is(severityOf(id), 'low', id);
});

test('two-factor turned on is low and turned off is high: the direction decides, not the name', () => {
  const [off] = MATCHING.filter((entry) => entry.rules[0] === 'zendesk.two-factor-off');
  const [on] = MATCHING.filter((entry) => entry.rules[0] === 'zendesk.two-factor-on');
  assert.is(off!.record.source_label, on!.record.source_label);
  assert.equal(builtIn.detect(off!.record).map((found) => found.severity), ['high']);
  assert.equal(builtIn.detect(on!.record).map((found) => found.severity), ['low']);
});

test('detections come highest severity first', () => {
  const self = MATCHING.find((entry) =>
    entry.rules.includes('zendesk.role-raised-to-admin') && entry.rules.includes('zendesk.self-change')
  )!;
  assert.equal(builtIn.detect(self.record).map((found) => found.severity), ['high', 'medium']);
});

test('a record that lacks fields or holds other types is read without throwing', () => {
  const odd = { id: 1, created_at: '2024-05-21T22:34:33Z' } as never;
  assert.equal(builtIn.detect(odd), []);
  const nulls = { ...MATCHING[0]!.record, source_type: null, action: null, source_label: null, change_description: null } as never;
  assert.equal(builtIn.detect(nulls), []);
});

test.run();
