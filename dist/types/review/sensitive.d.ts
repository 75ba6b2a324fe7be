/**
 * Whether a change is sensitive: the one-bit view of the detection rules that the
 * renderers and the Action read today. A record is sensitive when a record rule of
 * high or medium severity matches it (`match.ts`, `built-in-rules.ts`); each extra
 * setting-name pattern (`--sensitive`, `sensitive-settings`) is a medium rule.
 */
import type { AuditLog } from '../types.ts';
import { type RuleSet } from './match.ts';
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
export declare function sensitivity(extra?: readonly string[], user?: UserRules): RuleSet;
