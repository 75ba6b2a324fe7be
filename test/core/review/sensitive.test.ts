import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SENSITIVE_PATTERNS, sensitivity } from '../../../src/core/review/sensitive.ts';
import { record } from '../render/fixtures.ts';

const builtIn = sensitivity();

/**
 * Setting names from public material: Zendesk's developer article "Using audit logs to
 * track activity" (the seed), Panther's Zendesk rules
 * (https://github.com/panther-labs/panther-analysis, rules/zendesk_rules and
 * panther_zendesk_helpers), and the settings Zendesk's help centre lists as audited
 * (https://support.zendesk.com/hc/en-us/articles/4408828001434).
 */
const SENSITIVE_LABELS = [
  'Security: Session expiration', // seed article
  'Two-Factor authentication for all admins and agents', // Panther: ZENDESK_TWO_FACTOR_SOURCE
  'Account Assumption', // Panther: zendesk_user_assumption
  'Zendesk Support Mobile App Access', // Panther: zendesk_mobile_app_access
  'Credit Card Redaction', // Panther: zendesk_sensitive_data_redaction
  'API token: Zapier integration', // an apitoken record (Panther: zendesk_new_api_token)
  'Security: Password policy',
  'Global password policy', // help centre
  'IP Restriction', // help centre: "IP Restriction setting changes"
  'API access', // help centre: "API access settings changes"
  'Security: Allowed IP ranges',
  'Security: Require two-factor authentication for team members',
  'Security: Zendesk API token access',
  'Single sign-on: SAML',
  'Remote authentication',
  'OAuth clients: Audit exporter',
  'Ticket deletion',
  'Data export',
  'Account: Owner',
  'End users: Enable CAPTCHA for anonymous requests',
];

const ORDINARY_LABELS = [
  'End users: Allow users to view and edit their profile data', // seed article
  'End users: Anybody can submit tickets', // seed article
  'Team member: Joe Agent', // a sign-in's label in the seed article
  'Localization: Default language',
  'Tickets: Enable CCs',
  'Satisfaction: Customer satisfaction ratings',
  'Email: Personalized email replies',
  'Agents: Enable agent aliases',
  'Lessons learned macro', // "sso" inside a word does not count
  'Trigger: Notify requester and CCs of received request',
];

test('the built-in patterns mark the sensitive settings found in public records', () => {
  for (const label of SENSITIVE_LABELS) assert.ok(builtIn.name(label), label);
});

test('the built-in patterns leave ordinary settings alone', () => {
  for (const label of ORDINARY_LABELS) assert.not.ok(builtIn.name(label), label);
});

test('patterns ignore case and treat space, - and _ alike; * stands for any text', () => {
  const extra = sensitivity(['customers can*files', 'agent_aliases']);
  assert.ok(extra.name('Tickets: Customers can attach files'));
  assert.ok(extra.name('AGENTS: ENABLE AGENT-ALIASES'));
  assert.not.ok(builtIn.name('Tickets: Customers can attach files'));
  assert.ok(extra.name('Security: Session expiration'), 'the built-in ones still count');
});

test('a pattern matches from the start of a word, not inside one', () => {
  const extra = sensitivity(['mail']);
  assert.ok(extra.name('Email: mail forwarding'));
  assert.not.ok(extra.name('Email: Personalized email replies'));
});

test('role and owner changes count by their description, where the label is a person', () => {
  // Panther's zendesk_user_role and zendesk_new_owner tests.
  assert.ok(
    builtIn.record(
      record({ source_type: 'user', source_label: 'Bob Cat', change_description: 'Role changed from End User to Administrator' }),
    ),
  );
  assert.ok(
    builtIn.record(
      record({ source_type: 'user', source_label: 'Bob Cat', change_description: 'Role changed from Administrator to End User' }),
    ),
  );
  assert.ok(
    builtIn.record(
      record({ source_type: 'account', source_label: 'Bob Cat', change_description: 'Owner changed from Bob Cat to Mountain Lion' }),
    ),
  );
  assert.not.ok(
    builtIn.record(record({ source_type: 'user', source_label: 'Bob Cat', change_description: 'Role changed from Light Agent to Agent' })),
  );
  assert.not.ok(
    builtIn.record(record({ source_type: 'user', source_label: 'Bob Cat', change_description: 'Organization: AAAA is asigned' })),
  );
});

test('a pattern that matches everything is refused, naming it', () => {
  assert.throws(() => sensitivity(['*']), /sensitive pattern "\*" matches every setting/);
  assert.throws(() => sensitivity([' - ']), /matches every setting/);
  assert.ok(sensitivity(['', '  ']).name('Security: Password policy'), 'blank patterns are ignored');
});

test('regular-expression characters in a pattern are literal', () => {
  const extra = sensitivity(['(beta) a+b']);
  assert.ok(extra.name('Labs: (beta) a+b mode'));
  assert.not.ok(extra.name('Labs: beta aab mode'));
});

test('the list covers every area that can weaken sign-in or access at least once', () => {
  const areas = [
    'two factor',
    'password',
    'single sign on',
    'ip range',
    'ip restriction',
    'session',
    'api token',
    'oauth',
    'admin',
    'owner',
    'authentication',
    'delet',
    'export',
    'assum',
  ];
  for (const area of areas) assert.ok(SENSITIVE_PATTERNS.includes(area), area);
});

test.run();
