/**
 * Whether a change is sensitive: the one-bit view of the detection rules that the
 * renderers and the Action read today. A record is sensitive when a record rule of
 * high or medium severity matches it (`match.ts`, `built-in-rules.ts`); each extra
 * setting-name pattern (`--sensitive`, `sensitive-settings`) is a medium rule.
 */
import type { AuditLog } from '../types.ts';
import { compileRules, type RuleSet } from './match.ts';
import { patternProblem } from './pattern.ts';
import type { UserRules } from './rule.ts';

/** A predicate over records: whether each is sensitive. */
export interface Sensitivity {
  /** Whether this change is sensitive: a rule of high or medium severity matches it. */
  record(record: AuditLog): boolean;
}

/**
 * The built-in rules, changed by `user` rules, plus a medium rule for each of `extra`
 * (blank ones ignored). Throws a `TypeError` naming a pattern that would match every setting.
 *
 * @example sensitivity(['attach']).record({ ...record, source_label: 'Tickets: Customers can attach files' }) // true
 */
export function sensitivity(extra: readonly string[] = [], user?: UserRules): RuleSet {
  for (const pattern of extra) {
    if (pattern.trim() && patternProblem(pattern)) {
      throw new TypeError(`sensitive pattern ${JSON.stringify(pattern.trim())} matches every setting: give some text`);
    }
  }
  return compileRules({ sensitive: extra, ...(user ? { user } : {}) });
}
