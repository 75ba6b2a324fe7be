/**
 * Records as Zendesk writes them, each with the built-in rules it must match, and
 * look-alikes that must match none. Not a test file itself.
 *
 * Shapes come from public records: Zendesk's developer article "Using audit logs to track
 * activity" (`Security: Session expiration`, `Changed from 10 minutes to 30 minutes`,
 * sign-ins `Successful sign-in using Zendesk password from ...`), Panther's Zendesk rules'
 * test records (https://github.com/panther-labs/panther-analysis, rules/zendesk_rules:
 * `api_token` with an empty description, `account` owner changes, `user_setting`
 * suspensions, `Credit Card Redaction` / `Disabled` with `action: create`), Zendesk's
 * help centre (setting names such as `IP Restriction`, `Global password policy`, the
 * password levels, account-assumption durations) and the sandbox's catalog.
 */
import type { AuditLog } from '../../../src/core/types.ts';
import { record } from '../render/fixtures.ts';

export interface CorpusEntry {
  /** Where the shape comes from, and what it shows. */
  what: string;
  record: AuditLog;
  /** The built-in rules it matches, in any order; empty for a look-alike. */
  rules: string[];
}

const ACTOR = { actor_id: 1509756491122, actor_name: 'Joe Agent' };
const setting = (source_label: string, change_description: string, extra: Partial<AuditLog> = {}) =>
  record({ ...ACTOR, source_type: 'account_setting', action: 'update', source_label, change_description, ...extra });
const user = (change_description: string, extra: Partial<AuditLog> = {}) =>
  record({
    ...ACTOR,
    source_type: 'user',
    action: 'update',
    source_id: 1509756499999,
    source_label: 'Team member: Emily Chen',
    change_description,
    ...extra,
  });
const TWO_FACTOR = 'Security: Require two-factor authentication for team members';

export const MATCHING: CorpusEntry[] = [
  // API tokens and OAuth clients.
  {
    what: "Panther's API token created (api_token, empty description)",
    record: record({ ...ACTOR, source_type: 'api_token', source_label: 'API token', action: 'create', change_description: '' }),
    rules: ['zendesk.api-token-created'],
  },
  {
    what: "an apitoken record as Zendesk's reference names the type",
    record: record({
      ...ACTOR,
      source_type: 'apitoken',
      source_label: 'API token: Zapier integration',
      action: 'create',
      change_description: 'Created',
    }),
    rules: ['zendesk.api-token-created'],
  },
  {
    what: "Panther's API token updated",
    record: record({
      ...ACTOR,
      source_type: 'api_token',
      source_label: 'API token: a new description',
      action: 'update',
      change_description: 'description changed from not set to a new description',
    }),
    rules: ['zendesk.api-token-changed'],
  },
  {
    what: 'an API token deleted',
    record: record({
      ...ACTOR,
      source_type: 'apitoken',
      source_label: 'API token: Slack bot',
      action: 'destroy',
      change_description: 'Deleted',
    }),
    rules: ['zendesk.api-token-deleted'],
  },
  {
    what: 'an OAuth client created',
    record: record({
      ...ACTOR,
      source_type: 'oauth_client',
      source_label: 'OAuth client: Audit exporter',
      action: 'create',
      change_description: 'Created',
    }),
    rules: ['zendesk.oauth-client-created'],
  },
  {
    what: 'an OAuth client changed, known by its label under another source type',
    record: record({
      ...ACTOR,
      source_type: 'client',
      source_label: 'OAuth clients: Reporting',
      action: 'update',
      change_description: 'Redirect URLs: Changed',
    }),
    rules: ['zendesk.oauth-client-changed'],
  },
  {
    what: 'API token access turned on',
    record: setting('Security: Zendesk API token access', 'Turned on'),
    rules: ['zendesk.api-token-access-on'],
  },
  { what: 'API access (help centre name) enabled', record: setting('API access', 'Enabled'), rules: ['zendesk.api-token-access-on'] },
  {
    what: 'API token access turned off',
    record: setting('Security: Zendesk API token access', 'Turned off'),
    rules: ['zendesk.api-token-access-off'],
  },
  // Ownership, roles, suspensions, deletions, a user's own changes.
  {
    what: "Panther's owner change (account, Account: Account)",
    record: record({
      ...ACTOR,
      source_type: 'account',
      source_label: 'Account: Account',
      action: 'update',
      change_description: 'Owner changed from Bob Cat to Mountain Lion',
    }),
    rules: ['zendesk.account-owner-changed'],
  },
  {
    what: 'the account owner setting changed',
    record: setting('Account owner', 'Changed from Bob Cat to Mountain Lion'),
    rules: ['zendesk.account-owner-changed'],
  },
  {
    what: "Panther's admin role assigned",
    record: user('Role changed from End User to Administrator', { source_label: 'Bob Cat' }),
    rules: ['zendesk.role-raised-to-admin'],
  },
  {
    what: "the sandbox's role change",
    record: user('Role: Changed from Agent to Administrator'),
    rules: ['zendesk.role-raised-to-admin'],
  },
  {
    what: "a multi-product role change (Panther's zendesk_get_roles reads one per line)",
    record: user('Support role changed from Agent to Agent\nExplore role changed from Viewer to Admin'),
    rules: ['zendesk.role-raised-to-admin'],
  },
  {
    what: 'a custom role raised to a role named admin',
    record: user('Role changed from Tier 2 Specialist to Billing admin'),
    rules: ['zendesk.role-raised-to-admin'],
  },
  {
    what: "Panther's role lowered from Administrator",
    record: user('Role changed from Administrator to End User', { source_label: 'Bob Cat' }),
    rules: ['zendesk.admin-demoted'],
  },
  {
    what: "Panther's suspension (user_setting, Suspended)",
    record: record({
      ...ACTOR,
      source_type: 'user_setting',
      source_label: 'Suspension state: Bob Cat',
      action: 'create',
      change_description: 'Suspended',
    }),
    rules: ['zendesk.team-member-suspended'],
  },
  { what: "the sandbox's suspension", record: user('Suspended: Turned on'), rules: ['zendesk.team-member-suspended'] },
  {
    what: 'a team member deleted',
    record: user('Deleted', { action: 'destroy', source_label: "Team member: Liam O'Connor" }),
    rules: ['zendesk.team-member-deleted'],
  },
  {
    what: "an admin turns off another team member's two-factor authentication",
    record: user('Two-factor authentication: Turned off'),
    rules: ['zendesk.team-member-two-factor-off'],
  },
  {
    what: 'a user turns off their own two-factor authentication',
    record: user('Two-factor authentication: Turned off', { source_id: ACTOR.actor_id, source_label: 'Team member: Joe Agent' }),
    rules: ['zendesk.team-member-two-factor-off', 'zendesk.self-change'],
  },
  {
    what: 'a user raises their own role',
    record: user('Role: Changed from Agent to Administrator', { source_id: ACTOR.actor_id, source_label: 'Team member: Joe Agent' }),
    rules: ['zendesk.role-raised-to-admin', 'zendesk.self-change'],
  },
  // Signing in.
  { what: 'two-factor requirement turned off', record: setting(TWO_FACTOR, 'Turned off'), rules: ['zendesk.two-factor-off'] },
  {
    what: "Panther's two-factor source disabled",
    record: setting('Two-Factor authentication for all admins and agents', 'Disabled'),
    rules: ['zendesk.two-factor-off'],
  },
  {
    what: "Panther's Require Two Factor, changed in a way not said",
    record: setting('Require Two Factor', 'Changed'),
    rules: ['zendesk.two-factor-off'],
  },
  { what: 'two-factor requirement turned on', record: setting(TWO_FACTOR, 'Turned on'), rules: ['zendesk.two-factor-on'] },
  { what: 'Require Two Factor enabled', record: setting('Require Two Factor', 'Enabled'), rules: ['zendesk.two-factor-on'] },
  { what: 'SAML single sign-on turned on', record: setting('Single sign-on: SAML', 'Turned on'), rules: ['zendesk.sso-changed'] },
  {
    what: 'a JWT remote login URL changed',
    record: setting(
      'Security: JSON Web Token (JWT) remote login URL',
      'Changed from https://sso.example.com/a to https://sso.example.net/b',
    ),
    rules: ['zendesk.sso-changed'],
  },
  { what: 'remote authentication turned off', record: setting('Remote authentication', 'Turned off'), rules: ['zendesk.sso-changed'] },
  { what: 'IP restriction disabled', record: setting('IP Restriction', 'Disabled'), rules: ['zendesk.ip-restriction-weakened'] },
  {
    what: 'allowed IP ranges removed',
    record: setting('Security: Allowed IP ranges', 'Changed from 198.51.100.0/24 to None'),
    rules: ['zendesk.ip-restriction-weakened'],
  },
  {
    what: 'allowed IP ranges widened by a second range',
    record: setting('Security: Allowed IP ranges', 'Changed from 198.51.100.0/24 to 198.51.100.0/24 203.0.113.0/24'),
    rules: ['zendesk.ip-restriction-weakened'],
  },
  {
    what: 'allowed IP range widened with a wildcard',
    record: setting('Security: Allowed IP ranges', 'Changed from 192.168.1.0/25 to 192.*.*.*'),
    rules: ['zendesk.ip-restriction-weakened'],
  },
  {
    what: 'IP restriction added',
    record: setting('Security: Allowed IP ranges', 'Changed from None to 198.51.100.0/24'),
    rules: ['zendesk.ip-restriction-strengthened'],
  },
  {
    what: 'allowed IP ranges narrowed',
    record: setting('Security: Allowed IP ranges', 'Changed from 198.51.100.0/24 203.0.113.0/24 to 198.51.100.0/25'),
    rules: ['zendesk.ip-restriction-strengthened'],
  },
  { what: 'IP restriction enabled', record: setting('IP Restriction', 'Enabled'), rules: ['zendesk.ip-restriction-strengthened'] },
  {
    what: 'customers allowed to bypass IP restrictions',
    record: setting('Security: Allow customers to bypass IP restrictions', 'Turned on'),
    rules: ['zendesk.ip-restriction-bypass-on'],
  },
  {
    what: 'password policy lowered',
    record: setting('Security: Password policy', 'Changed from High to Low'),
    rules: ['zendesk.password-policy-lowered'],
  },
  {
    what: 'global password policy changed to Custom: not ranked, fails closed',
    record: setting('Global password policy', 'Changed from Recommended to Custom'),
    rules: ['zendesk.password-policy-lowered'],
  },
  {
    what: 'password policy raised to Recommended',
    record: setting('Security: Password policy', 'Changed from Medium to Recommended'),
    rules: ['zendesk.password-policy-raised'],
  },
  {
    what: "the developer article's session expiration lengthened",
    record: record({}),
    rules: ['zendesk.session-lengthened'],
  },
  {
    what: 'session expiration shortened',
    record: setting('Security: Session expiration', 'Changed from 8 hours to 4 hours'),
    rules: ['zendesk.session-shortened'],
  },
  // Data and who may act as a user.
  {
    what: "Panther's credit-card redaction off",
    record: setting('Credit Card Redaction', 'Disabled', { action: 'create' }),
    rules: ['zendesk.credit-card-redaction-off'],
  },
  {
    what: "Panther's credit-card redaction on",
    record: setting('Credit Card Redaction', 'Enabled', { action: 'create' }),
    rules: ['zendesk.credit-card-redaction-on'],
  },
  { what: "Panther's account assumption changed", record: setting('Account Assumption', 'Changed'), rules: ['zendesk.user-assumption-on'] },
  {
    what: 'assumption extended to indefinitely',
    record: setting('Assumption Duration', 'Changed from One day to Indefinitely'),
    rules: ['zendesk.user-assumption-on'],
  },
  {
    what: 'assumption shortened',
    record: setting('Assumption Duration', 'Changed from One week to One day'),
    rules: ['zendesk.user-assumption-off'],
  },
  { what: 'account assumption disabled', record: setting('Account Assumption', 'Disabled'), rules: ['zendesk.user-assumption-off'] },
  {
    what: "Panther's mobile app access on",
    record: setting('Zendesk Support Mobile App Access', 'Enabled', { action: 'create' }),
    rules: ['zendesk.mobile-app-access-on'],
  },
  {
    what: "Panther's mobile app access off",
    record: setting('Zendesk Support Mobile App Access', 'Disabled', { action: 'create' }),
    rules: ['zendesk.mobile-app-access-off'],
  },
  {
    what: 'CAPTCHA turned off',
    record: setting('End users: Enable CAPTCHA for anonymous requests', 'Turned off'),
    rules: ['zendesk.captcha-off'],
  },
  {
    what: 'CAPTCHA turned on',
    record: setting('End users: Enable CAPTCHA for anonymous requests', 'Turned on'),
    rules: ['zendesk.captcha-on'],
  },
  {
    what: 'an export (activity type Exported)',
    record: record({
      ...ACTOR,
      source_type: 'account',
      source_label: 'Account: Data export',
      action: 'exported',
      action_label: 'Exported',
      change_description: 'Exported tickets',
    }),
    rules: ['zendesk.data-exported'],
  },
  {
    what: 'agents allowed to delete tickets',
    record: setting('Agents: Agents can delete tickets', 'Turned on'),
    rules: ['zendesk.deletion-or-export-allowed'],
  },
];

/** Names that contain a common word of the rules, and records of the same kinds that change nothing sensitive. */
export const LOOK_ALIKES: CorpusEntry[] = [
  { what: 'a theme is not admin access', record: setting('Admin Center: theme', 'Changed from Light to Dark'), rules: [] },
  {
    what: 'an email subject is not a password policy',
    record: setting('Password reset email subject', 'Changed from Reset your password to Your password reset'),
    rules: [],
  },
  { what: 'session tags are not session expiration', record: setting('Session tags', 'Turned on'), rules: [] },
  { what: "the developer article's ordinary setting", record: setting('End users: Anybody can submit tickets', 'Turned off'), rules: [] },
  { what: 'an ordinary switch', record: setting('Tickets: Enable CCs', 'Turned off'), rules: [] },
  { what: 'agent aliases', record: setting('Agents: Enable agent aliases', 'Turned on'), rules: [] },
  {
    what: '"sso" inside a word',
    record: record({ ...ACTOR, source_type: 'macro', source_label: 'Lessons learned macro', change_description: 'Title: Changed' }),
    rules: [],
  },
  {
    what: 'a macro about sign-in is not a sign-in setting',
    record: record({
      ...ACTOR,
      source_type: 'macro',
      source_label: 'Macro: Known issue: SSO sign-in outage',
      change_description: 'Actions: Changed',
    }),
    rules: [],
  },
  {
    what: 'a trigger about passwords',
    record: record({
      ...ACTOR,
      source_type: 'trigger',
      source_label: 'Trigger: Notify requester of password reset',
      change_description: 'Turned off',
    }),
    rules: [],
  },
  {
    what: "Panther's ordinary role change",
    record: user('Role changed from Light Agent to Agent', { source_label: 'Bob Cat' }),
    rules: [],
  },
  { what: "Panther's no role change", record: user('Organization: AAAA is asigned', { source_label: 'Bob Cat' }), rules: [] },
  {
    what: "Panther's unsuspension",
    record: record({
      ...ACTOR,
      source_type: 'user_setting',
      source_label: 'Suspension state: Bob Cat',
      action: 'update',
      change_description: 'Unsuspended',
    }),
    rules: [],
  },
  { what: "the sandbox's unsuspension", record: user('Suspended: Turned off'), rules: [] },
  { what: 'two-factor turned on for a team member', record: user('Two-factor authentication: Turned on'), rules: [] },
  {
    what: 'a user named like a setting',
    record: user('Groups: Added to Billing', { source_label: 'Team member: SSO Admin Bot' }),
    rules: [],
  },
  {
    what: "the developer article's sign-in",
    record: user('Successful sign-in using Zendesk password from https://acme.zendesk.com/access/login', {
      action: 'login',
      action_label: 'Signed in',
      source_id: ACTOR.actor_id,
      source_label: 'Team member: Joe Agent',
    }),
    rules: [],
  },
  {
    what: 'a session expiration set to what it was',
    record: setting('Security: Session expiration', 'Changed from 30 minutes to 30 minutes'),
    rules: [],
  },
];
