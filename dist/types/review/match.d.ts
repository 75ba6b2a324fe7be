/**
 * The matcher: rules as data in (`built-in-rules.ts`, a user's rules file, `--sensitive`
 * patterns), per record the rules it matches out. One record costs a map lookup by its
 * source type and action (the rules that could match are listed once per pair), then a
 * few regular expressions; the description's from/to values are read only when a rule
 * asks for them.
 */
import type { AuditLog } from '../types.ts';
import { type ChangeValues } from './change.ts';
import { type Detection, type RuleSpec, type UserRules, type WindowSpec } from './rule.ts';
/** A window rule as the detector runs it: its parameters and the detection it adds (`reason` filled in per record where it varies). */
export interface WindowRule<Kind extends WindowSpec['kind'] = WindowSpec['kind']> {
    spec: Extract<WindowSpec, {
        kind: Kind;
    }>;
    detection: Detection;
}
/** The compiled rules: what the detector and the renderers ask of them. */
export interface RuleSet {
    /** Every rule in force (turned-off ones left out), as written, with the user's severities. */
    readonly rules: readonly RuleSpec[];
    /** The record rules `record` matches, highest severity first, then in the table's order. */
    detect(record: AuditLog): readonly Detection[];
    /** Whether `record` is sensitive: a record rule of high or medium severity matches it. */
    record(record: AuditLog): boolean;
    /** The window rule of this kind, or undefined when it is turned off. */
    window<Kind extends WindowSpec['kind']>(kind: Kind): WindowRule<Kind> | undefined;
}
/** Options of {@link compileRules}. */
export interface RuleOptions {
    /** Setting-name patterns that count as sensitive (`--sensitive`, `sensitive-settings`): a medium rule each. */
    sensitive?: readonly string[];
    /** A user's rules file, checked by `parseRulesFile`. */
    user?: UserRules;
}
/** `api_token`, `apitoken` and `API-Token` are one source type. */
export declare function sourceTypeKey(sourceType: unknown): string;
/**
 * The values of each change a description names: one per line where lines each name
 * one (`Support role changed from Agent to Admin` and `Explore role changed from Viewer
 * to Admin` in one record, Panther's `zendesk_get_roles`), else the whole text's.
 */
export declare function changesOf(description: unknown): ChangeValues[];
/**
 * The rules in force: the built-in table, changed by a user's rules file, plus a medium
 * rule per `--sensitive` pattern. Throws a `TypeError` naming a pattern that would match
 * everything (the rules file's checks catch it first, with its line).
 *
 * @example compileRules({ sensitive: ['attach'] }).detect(record) // [{ rule: 'sensitive-1', severity: 'medium', ... }]
 */
export declare function compileRules(options?: RuleOptions): RuleSet;
