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
export const SENSITIVE_PATTERNS: readonly string[] = [
  // Two-factor and other multi-factor authentication.
  'two factor',
  '2fa',
  'multi factor',
  'mfa',
  // Passwords and the password policy.
  'password',
  // Single sign-on and other ways to sign in.
  'single sign on',
  'sso',
  'saml',
  'jwt',
  'sign in',
  'login',
  'authentication',
  // Allowed IP ranges and IP restrictions.
  'ip range',
  'ip restriction',
  'allowed ip',
  'ip allowlist',
  // Session expiration.
  'session',
  // API tokens and OAuth access, and app access to the account.
  'api token',
  'api access',
  'token',
  'oauth',
  'mobile app access',
  // Admin and owner roles.
  'admin',
  'owner',
  // Data deletion and export, redaction of card numbers.
  'delet',
  'export',
  'redaction',
  // Assuming (signing in as) another user.
  'assum',
  // Anything Zendesk files under its security settings, and the CAPTCHA that keeps bots out.
  'security',
  'captcha',
];

/**
 * What a description says about roles and owners, where the record's name is a
 * person's (Panther's `zendesk_user_role` and `zendesk_new_owner` rules read
 * `Role changed from Administrator to End User` and `Owner changed from Bob Cat to Mountain Lion`).
 */
const SENSITIVE_DESCRIPTIONS: readonly RegExp[] = [
  /^\s*owner changed from\b/i,
  /\brole\b[\s\S]*\bchanged from\b[\s\S]*\b(?:admin|administrator|owner)\b/i,
];

const SEPARATORS = /[\s_-]+/;

function patternSource(pattern: string): string {
  return pattern
    .trim()
    .split('*')
    .map((piece) =>
      piece
        .split(SEPARATORS)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s_-]+')
    )
    .join('.*');
}

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
export function sensitivity(extra: readonly string[] = []): Sensitivity {
  const patterns = [...SENSITIVE_PATTERNS, ...extra.map((pattern) => pattern.trim()).filter(Boolean)];
  for (const pattern of patterns) {
    if (!/[^*\s_-]/.test(pattern)) {
      throw new TypeError(`sensitive pattern ${JSON.stringify(pattern)} matches every setting: give some text`);
    }
  }
  // A word starts after anything that is not a letter or digit (Unicode-aware).
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.map(patternSource).join('|')})`, 'iu');
  const name = (label: string) => typeof label === 'string' && matcher.test(label);
  return {
    name,
    record(record) {
      if (name(record.source_label)) return true;
      const description: unknown = record.change_description;
      return typeof description === 'string' && SENSITIVE_DESCRIPTIONS.some((pattern) => pattern.test(description));
    },
  };
}
