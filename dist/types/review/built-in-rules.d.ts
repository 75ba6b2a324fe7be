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
import type { RuleSpec } from './rule.ts';
export declare const BUILT_IN_RULES: readonly RuleSpec[];
