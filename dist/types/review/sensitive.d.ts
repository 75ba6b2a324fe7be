/**
 * Which changes can weaken an account's security or open access: decided by the
 * setting's name (`source_label`), matched against case-insensitive patterns.
 *
 * The built-in patterns cover what Zendesk's audit log is documented to record about
 * security ("Viewing the audit log for changes to your account",
 * https://support.zendesk.com/hc/en-us/articles/4408828001434: API access settings,
 * password policy, IP restriction, account owner, agent role) and the settings that
 * Panther's Zendesk detections watch (https://github.com/panther-labs/panther-analysis,
 * rules/zendesk_rules: "Two-Factor authentication for all admins and agents", "Account
 * Assumption", "Zendesk Support Mobile App Access", "Credit Card Redaction").
 */
import type { AuditLog } from '../types.ts';
/**
 * The built-in patterns. A pattern matches a name that contains it starting at the
 * beginning of a word, ignoring case; `*` stands for any text, and a space, `-` or `_`
 * in a pattern matches any run of those (`two factor` matches `Two-Factor`).
 */
export declare const SENSITIVE_PATTERNS: readonly string[];
/** A predicate over setting names and records, from the built-in patterns and `extra` ones. */
export interface Sensitivity {
    /** Whether a setting of this name is sensitive. */
    name(label: string): boolean;
    /** Whether this change is sensitive: its `source_label`, or a role or owner change in its description. */
    record(record: AuditLog): boolean;
}
/**
 * The sensitivity test for the built-in patterns plus `extra` (blank ones ignored).
 * Throws a `TypeError` naming a pattern that is empty after trimming `*`.
 *
 * @example sensitivity(['attach']).name('Tickets: Customers can attach files') // true
 */
export declare function sensitivity(extra?: readonly string[]): Sensitivity;
