/**
 * The built-in detection rules: which audit-log records matter, how much, why, and what
 * to do. Data only; `match.ts` and `detector.ts` run it, a user's rules file
 * (`rules-file.ts`) changes a rule's severity or turns it off by its id.
 *
 * The strings are those real records carry: Zendesk's "Viewing the audit log for changes
 * to your account" (https://support.zendesk.com/hc/en-us/articles/4408828001434: API
 * access, password policy, IP restriction, account owner, agent role, user suspensions,
 * ticket deletion; activity types Created, Updated, Deleted, Exported, Signed in), the
 * developer article "Using audit logs to track activity" (`Security: Session
 * expiration`, `Changed from 10 minutes to 30 minutes`, `Turned on`), and the records in
 * Panther's Zendesk rules (https://github.com/panther-labs/panther-analysis,
 * rules/zendesk_rules: source types `api_token`, `account`, `user_setting`; labels
 * `Credit Card Redaction`, `Account Assumption`, `Assumption Duration`,
 * `Zendesk Support Mobile App Access`, `Two-Factor authentication for all admins and
 * agents`, `Require Two Factor`; descriptions `Owner changed from Bob Cat to Mountain
 * Lion`, `Role changed from End User to Administrator`, `Suspended`, `Enabled`).
 *
 * Settings rules come in pairs: the weakening direction (or a change whose direction
 * the record does not tell: fail closed) at high or medium, the strengthening one at low.
 * A pattern names a setting, never a common word alone: `session expiration`, not
 * `session`; `password policy`, not `password`.
 */
import type { MatchClause, RuleSpec } from './rule.ts';

const HELP = 'https://support.zendesk.com/hc/en-us/articles';
/** Where Zendesk records account settings: `account_setting` (the developer article), `account` (Panther's owner change). */
const SETTINGS = ['account_setting', 'account'];
const USERS = ['user', 'user_setting'];
const API_TOKENS = ['api_token'];
const TWO_FACTOR = ['two factor', 'two step', '2fa', 'multi factor', 'mfa'];
const IP_RESTRICTION = ['ip restriction', 'allowed ip', 'ip range', 'ip allowlist', 'ip whitelist', 'ip address restriction'];
const SSO = [
  'single sign on',
  'sso',
  'saml',
  'jwt',
  'json web token',
  'oidc',
  'openid connect',
  'remote authentication',
  'external authentication',
  'team member authentication',
  'staff member authentication',
  'end user authentication',
];
const PASSWORD_POLICY = ['password policy', 'password security', 'password level', 'password strength', 'password requirement'];
/** Zendesk's password security levels, the most open first (`Custom` has no place: its direction is unknown). */
const PASSWORD_LEVELS = [['low'], ['medium'], ['high'], ['recommended']];
const SESSION = ['session expiration', 'session expiry', 'session timeout', 'session length', 'session duration', 'session lifetime'];
const ASSUMPTION = ['account assumption', 'assumption duration', 'assume user', 'user assumption'];
const API_ACCESS = ['api token access', 'token access', 'api password access', 'password access', 'api access'];
const CREDIT_CARD_REDACTION = ['credit card redaction', 'card redaction', 'redact credit card'];
const MOBILE_APP_ACCESS = ['mobile app access', 'support mobile app'];
const CAPTCHA = ['captcha'];
/** Roles, the most powerful first, as descriptions name them; a custom role is not ranked. */
const ROLE_LEVELS = [
  ['account owner', 'owner', 'administrator (owner)', 'admin (owner)'],
  ['administrator', 'admin'],
  ['agent', 'staff', 'team lead', 'advisor'],
  ['light agent', 'contributor', 'viewer'],
  ['end user', 'customer'],
];
const ADMIN_ROLES = ['admin', 'owner'];
const ROLE_CHANGE = ['role'];

/** The weakening and strengthening rules of one setting area. */
function settingRules(area: {
  labels: readonly string[];
  notLabels?: readonly string[];
  sense: MatchClause['sense'];
  weakening: Omit<RuleSpec, 'id' | 'match'> & { id: string };
  strengthening: Omit<RuleSpec, 'id' | 'match' | 'severity'> & { id: string };
}): RuleSpec[] {
  const clause = (direction: MatchClause['direction']): MatchClause => ({
    source_type: SETTINGS,
    label: area.labels,
    ...(area.notLabels ? { not_label: area.notLabels } : {}),
    sense: area.sense,
    direction,
  });
  return [
    { ...area.weakening, match: clause(['weakening', 'unknown']) },
    { ...area.strengthening, severity: 'low', match: clause(['strengthening']) },
  ];
}

export const BUILT_IN_RULES: readonly RuleSpec[] = [
  // API tokens and OAuth clients: new ways into the account that outlive any password.
  {
    id: 'zendesk.api-token-created',
    title: 'API token created',
    severity: 'high',
    match: { source_type: API_TOKENS, action: ['create'] },
    reason: 'An API token acts for any verified user with their email address and works until someone deletes it.',
    runbook:
      `Confirm who needs the token and for what; if no one does, delete it in Admin Center > Apps and integrations > APIs > API tokens: ${HELP}/4408889192858`,
  },
  {
    id: 'zendesk.api-token-changed',
    title: 'API token changed',
    severity: 'high',
    match: { source_type: API_TOKENS, action: ['update'] },
    reason: 'A token that is renamed or reactivated can hide what it is used for.',
    runbook: `Check the token's description and status against what its owner expects: ${HELP}/4408889192858`,
  },
  {
    id: 'zendesk.api-token-deleted',
    title: 'API token deleted',
    severity: 'low',
    match: { source_type: API_TOKENS, action: ['destroy'] },
    reason: 'A deleted token closes a way in, but an integration that used it stops working.',
    runbook: `Make sure no integration still needs the token: ${HELP}/4408889192858`,
  },
  {
    id: 'zendesk.oauth-client-created',
    title: 'OAuth client or token created',
    severity: 'high',
    match: [
      { source_type: ['oauth_client', 'oauth_token'], action: ['create'] },
      { label: ['oauth client', 'oauth token'], action: ['create'] },
    ],
    reason: 'An OAuth client can mint access tokens for the account; its secret is a lasting credential.',
    runbook:
      `Confirm the client is expected and scoped to what it needs; delete it in Admin Center > Apps and integrations > APIs > OAuth clients if not: ${HELP}/203663836`,
  },
  {
    id: 'zendesk.oauth-client-changed',
    title: 'OAuth client changed',
    severity: 'high',
    match: [
      { source_type: ['oauth_client', 'oauth_token'], action: ['update'] },
      { label: ['oauth client', 'oauth token'], action: ['update'] },
    ],
    reason: 'A changed redirect URL, scope or secret can hand the account to someone else.',
    runbook:
      `Check the client's redirect URLs, scopes and owner in Admin Center > Apps and integrations > APIs > OAuth clients: ${HELP}/203663836`,
  },
  ...settingRules({
    labels: API_ACCESS,
    sense: 'opens',
    weakening: {
      id: 'zendesk.api-token-access-on',
      title: 'API token or password access turned on',
      severity: 'high',
      reason: 'With token or password access on, anyone holding a token or password can use the whole API.',
      runbook:
        `Turn it off unless an integration needs it, in Admin Center > Apps and integrations > APIs > API configuration: ${HELP}/8662004958746`,
    },
    strengthening: {
      id: 'zendesk.api-token-access-off',
      title: 'API token or password access turned off',
      reason: 'Fewer ways into the API; integrations that used tokens stop working.',
      runbook: `Make sure no integration still needs token access: ${HELP}/8662004958746`,
    },
  }),

  // Who owns and administers the account.
  {
    id: 'zendesk.account-owner-changed',
    title: 'Account owner changed',
    severity: 'high',
    match: [
      { description: ['owner changed from'] },
      { label: ['account owner'], action: ['create', 'update'] },
    ],
    reason: 'The account owner controls billing and every admin; only the current owner can hand the account on.',
    runbook:
      `Confirm the transfer with the previous owner; if they did not make it, contact Zendesk Customer Support: ${HELP}/4408822084634`,
  },
  {
    id: 'zendesk.role-raised-to-admin',
    title: 'Role raised to admin or owner',
    severity: 'high',
    match: {
      source_type: USERS,
      description: ROLE_CHANGE,
      to: ADMIN_ROLES,
      sense: { levels: ROLE_LEVELS },
      direction: ['weakening', 'unknown'],
    },
    reason: 'An admin can change every setting, create API tokens and read every ticket.',
    runbook:
      `Confirm the new admin with whoever approves access; if unexpected, set the role back and review what the user did since: ${HELP}/4408824375450`,
  },
  {
    id: 'zendesk.admin-demoted',
    title: 'Admin or owner lost their role',
    severity: 'medium',
    match: {
      source_type: USERS,
      description: ROLE_CHANGE,
      from: ADMIN_ROLES,
      sense: { levels: ROLE_LEVELS },
      direction: ['strengthening', 'unknown'],
    },
    reason: 'Taking admins away is how an intruder locks out those who would undo their changes.',
    runbook: `Confirm with the former admin that the change was expected: ${HELP}/4408824375450`,
  },
  {
    id: 'zendesk.team-member-suspended',
    title: 'Team member suspended',
    severity: 'medium',
    match: { source_type: USERS, description: ['suspended'], not_description: ['turned off', 'disabled', 'false'] },
    reason: 'A suspended admin or agent cannot sign in; the audit log does not say whether they were an admin.',
    runbook: `Confirm the suspension with the team member's manager; unsuspend them if it was a mistake: ${HELP}/4408889293978`,
  },
  {
    id: 'zendesk.team-member-deleted',
    title: 'Team member deleted',
    severity: 'medium',
    match: { source_type: USERS, action: ['destroy'] },
    reason: 'Deleting a team member cannot be undone; the audit log does not say whether they were an admin.',
    runbook: `Confirm the deletion was planned (an offboarding ticket): ${HELP}/4408821737498`,
  },
  {
    id: 'zendesk.team-member-two-factor-off',
    title: "A team member's two-factor authentication turned off",
    severity: 'medium',
    match: {
      source_type: USERS,
      description: TWO_FACTOR,
      sense: 'protects',
      direction: ['weakening', 'unknown'],
    },
    reason: 'Without two-factor authentication the account falls to a single stolen password.',
    runbook: `Ask the team member to set up two-factor authentication again: ${HELP}/4408829277466`,
  },
  {
    id: 'zendesk.self-change',
    title: 'User changed their own role or two-factor authentication',
    severity: 'medium',
    match: { source_type: USERS, description: [...ROLE_CHANGE, ...TWO_FACTOR], self: true },
    reason: 'Access is granted by someone else; a change to one’s own role or second factor skips that check.',
    runbook: `Confirm the change with the user's manager or another admin: ${HELP}/4408824375450`,
  },

  // Signing in: two-factor, single sign-on, IP restrictions, passwords, sessions.
  ...settingRules({
    labels: TWO_FACTOR,
    sense: 'protects',
    weakening: {
      id: 'zendesk.two-factor-off',
      title: 'Two-factor requirement turned off or loosened',
      severity: 'high',
      reason: 'Without required two-factor authentication, one stolen password opens an agent or admin account.',
      runbook:
        `Turn the requirement back on in Admin Center > Account > Security > Team member authentication unless a change ticket explains it: ${HELP}/4408826974874`,
    },
    strengthening: {
      id: 'zendesk.two-factor-on',
      title: 'Two-factor requirement turned on',
      reason: 'Safer sign-in; agents are asked to set up two-factor authentication at their next sign-in.',
      runbook: `Tell the team before they are asked for a passcode: ${HELP}/4408826974874`,
    },
  }),
  {
    id: 'zendesk.sso-changed',
    title: 'Single sign-on (SSO, SAML, JWT) changed',
    severity: 'high',
    match: { source_type: SETTINGS, label: SSO, not_label: TWO_FACTOR },
    reason: 'Whoever controls the sign-in configuration can sign in as anyone it names.',
    runbook:
      `Check the SSO configurations (remote login URL, certificate fingerprint, shared secret) with your identity team: ${HELP}/4408882188570`,
  },
  ...settingRules({
    labels: IP_RESTRICTION,
    notLabels: ['bypass'],
    sense: 'ip-ranges',
    weakening: {
      id: 'zendesk.ip-restriction-weakened',
      title: 'IP restriction turned off, or allowed ranges removed or widened',
      severity: 'high',
      reason: 'Agents and admins can now sign in from addresses that were kept out.',
      runbook:
        `Compare the allowed IP ranges with your office and VPN addresses in Admin Center > Account > Security > Advanced: ${HELP}/4408894156186`,
    },
    strengthening: {
      id: 'zendesk.ip-restriction-strengthened',
      title: 'IP restriction added or narrowed',
      reason: 'Fewer addresses may sign in; integrations calling from elsewhere may break.',
      runbook: `Make sure every integration's address is still allowed: ${HELP}/4408894156186`,
    },
  }),
  {
    id: 'zendesk.ip-restriction-bypass-on',
    title: 'IP restriction bypass allowed',
    severity: 'medium',
    match: { source_type: SETTINGS, label: ['bypass ip'], sense: 'opens', direction: ['weakening', 'unknown'] },
    reason: 'Some users may now sign in from any address despite the IP restriction.',
    runbook: `Confirm who needs to bypass the restriction: ${HELP}/4408894156186`,
  },
  ...settingRules({
    labels: PASSWORD_POLICY,
    sense: { levels: PASSWORD_LEVELS },
    weakening: {
      id: 'zendesk.password-policy-lowered',
      title: 'Password policy lowered',
      severity: 'high',
      reason: 'Weaker passwords are easier to guess and are checked against fewer rules.',
      runbook: `Set the password security level back to Recommended in Admin Center > Account > Security: ${HELP}/4408822149018`,
    },
    strengthening: {
      id: 'zendesk.password-policy-raised',
      title: 'Password policy raised',
      reason: 'Stronger passwords; existing ones that fall short expire in 5 days.',
      runbook: `Tell the team their passwords may need changing: ${HELP}/4408822149018`,
    },
  }),
  ...settingRules({
    labels: SESSION,
    sense: 'opens',
    weakening: {
      id: 'zendesk.session-lengthened',
      title: 'Session expiration lengthened',
      severity: 'medium',
      reason: 'A longer session keeps a forgotten or stolen browser session signed in longer.',
      runbook: `Confirm the new session length matches your policy: ${HELP}/4408822149018`,
    },
    strengthening: {
      id: 'zendesk.session-shortened',
      title: 'Session expiration shortened',
      reason: 'Idle sessions end sooner; agents sign in more often.',
      runbook: `Tell the team they will be signed out sooner: ${HELP}/4408822149018`,
    },
  }),

  // Data: card numbers, exports, deletions; who else may act as a user.
  ...settingRules({
    labels: CREDIT_CARD_REDACTION,
    sense: 'protects',
    weakening: {
      id: 'zendesk.credit-card-redaction-off',
      title: 'Credit-card redaction turned off',
      severity: 'high',
      reason: 'Card numbers in new tickets are stored and shown in full.',
      runbook: `Turn credit-card redaction back on: ${HELP}/4408822124314`,
    },
    strengthening: {
      id: 'zendesk.credit-card-redaction-on',
      title: 'Credit-card redaction turned on',
      reason: 'Card numbers in new tickets are redacted.',
      runbook: `Nothing to do unless a workflow needs the full numbers: ${HELP}/4408822124314`,
    },
  }),
  ...settingRules({
    labels: ASSUMPTION,
    sense: 'opens',
    weakening: {
      id: 'zendesk.user-assumption-on',
      title: 'User assumption turned on or extended',
      severity: 'high',
      reason: 'Someone else (Zendesk staff, or agents assuming users) can act as a user of the account.',
      runbook: `Turn account assumption off, or shorten its duration, unless a support case needs it: ${HELP}/4408824477082`,
    },
    strengthening: {
      id: 'zendesk.user-assumption-off',
      title: 'User assumption turned off or shortened',
      reason: 'Fewer people can act as a user of the account.',
      runbook: `Nothing to do: ${HELP}/4408824477082`,
    },
  }),
  ...settingRules({
    labels: MOBILE_APP_ACCESS,
    sense: 'opens',
    weakening: {
      id: 'zendesk.mobile-app-access-on',
      title: 'Mobile app access turned on',
      severity: 'medium',
      reason: 'Agents can work from phones, which are lost more easily than laptops.',
      runbook: `Confirm mobile access is wanted, and that devices are managed: ${HELP}/4408846407066`,
    },
    strengthening: {
      id: 'zendesk.mobile-app-access-off',
      title: 'Mobile app access turned off',
      reason: 'Agents can no longer use the mobile app.',
      runbook: `Tell agents who relied on the app: ${HELP}/4408846407066`,
    },
  }),
  ...settingRules({
    labels: CAPTCHA,
    sense: 'protects',
    weakening: {
      id: 'zendesk.captcha-off',
      title: 'CAPTCHA turned off',
      severity: 'medium',
      reason: 'Bots can submit requests and sign up without a check.',
      runbook: `Turn the CAPTCHA back on unless spam is handled elsewhere: https://support.zendesk.com/hc/en-us/search?query=CAPTCHA`,
    },
    strengthening: {
      id: 'zendesk.captcha-on',
      title: 'CAPTCHA turned on',
      reason: 'Anonymous requests are checked for bots.',
      runbook: `Nothing to do: https://support.zendesk.com/hc/en-us/search?query=CAPTCHA`,
    },
  }),
  {
    id: 'zendesk.data-exported',
    title: 'Data exported',
    severity: 'medium',
    match: { action: ['exported'] },
    reason: 'An export copies tickets or users out of Zendesk, beyond its access controls.',
    runbook: `Confirm who asked for the export and where the file went; restrict exports to your email domain: ${HELP}/5388932900250`,
  },
  {
    id: 'zendesk.deletion-or-export-allowed',
    title: 'Deletion or export allowed to more people',
    severity: 'medium',
    match: {
      source_type: SETTINGS,
      action: ['create', 'update'],
      label: ['ticket deletion', 'delete ticket', 'data export', 'can delete', 'can export'],
      sense: 'opens',
      direction: ['weakening', 'unknown'],
    },
    reason: 'More people can delete or copy out the account’s data.',
    runbook: `Confirm who needs to delete or export data: ${HELP}/4408886165402`,
  },

  // Over the window: computed from the records fetched, no state kept between runs.
  {
    id: 'zendesk.burst',
    title: 'Burst of deletions or exports',
    severity: 'high',
    window: { kind: 'burst', actions: ['destroy', 'exported'], count: 10, within_minutes: 10 },
    reason: 'One of 10 or more deletions or exports by the same actor within 10 minutes: mass deletion or copying out.',
    runbook: `Ask the actor what they were doing; if they cannot say, suspend them and restore from the audit log: ${HELP}/4408828001434`,
  },
  {
    id: 'zendesk.change-reverted',
    title: 'Change undone within a day',
    severity: 'medium',
    window: { kind: 'revert', within_minutes: 24 * 60 },
    reason: 'A setting changed and changed back within a day: a quick off-and-on can hide what happened in between.',
    runbook: `Look at what happened while the changed value stood: ${HELP}/4408828001434`,
  },
  {
    id: 'zendesk.new-sign-in-ip',
    title: 'Sign-in from a new IP address',
    severity: 'medium',
    window: { kind: 'new-sign-in-ip' },
    reason: 'A sign-in from an address this user had not signed in from earlier in the baseline.',
    runbook:
      `Confirm with the user that it was them (travel, a new network); if not, reset their password and sessions: ${HELP}/4408894156186`,
  },
  {
    id: 'zendesk.outside-working-hours',
    title: 'Change outside working hours',
    severity: 'low',
    window: { kind: 'working-hours' },
    reason: 'Made outside the working hours given.',
    runbook: `Confirm the change was planned out of hours: ${HELP}/4408828001434`,
  },
];
