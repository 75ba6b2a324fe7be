/** How much a detection matters, highest first. */
export type Severity = 'high' | 'medium' | 'low';
/** The severities, highest first. */
export declare const SEVERITIES: readonly Severity[];
/**
 * Which way a change moves a setting's protection: `weakening` opens access or removes
 * a safeguard (two-factor turned off, a session made longer, allowed IP ranges widened),
 * `strengthening` does the opposite, `unknown` when the values cannot be read in the
 * setting's sense (`Changed`, a custom level).
 */
export type Direction = 'weakening' | 'strengthening' | 'unknown';
export declare const DIRECTIONS: readonly Direction[];
/**
 * How a setting's values read (`direction.ts`):
 * - `protects`: on, or more, is safer (two-factor required, credit-card redaction, CAPTCHA);
 * - `opens`: on, or more, or longer, opens access (API token access, user assumption,
 *   session expiration);
 * - `ip-ranges`: allowed address ranges (none means anyone; an added range widens);
 * - `{levels}`: named levels, the most open first (`[[low], [medium], [high], [recommended]]`);
 *   each level lists the names it goes by.
 */
export type Sense = 'protects' | 'opens' | 'ip-ranges' | {
    levels: readonly (readonly string[])[];
};
/**
 * One way a record can match; every condition given must hold. Patterns match a text
 * that contains them from the start of a word, ignoring case; `*` stands for any text,
 * and a space, `-` or `_` matches any run of those (`two factor` matches `Two-Factor`).
 */
export interface MatchClause {
    /** Any of these source types (`api_token` and `apitoken` are the same: separators and case do not count). */
    source_type?: readonly string[];
    /** Any of these actions: `create`, `update`, `destroy`, `exported`, `login`. */
    action?: readonly string[];
    /** The setting's or item's name (`source_label`) matches any of these patterns. */
    label?: readonly string[];
    /** ... and none of these. */
    not_label?: readonly string[];
    /** `change_description` matches any of these patterns. */
    description?: readonly string[];
    /** ... and none of these. */
    not_description?: readonly string[];
    /** The value changed from (`Changed from X to Y`, `Role changed from X to Y`) matches any of these patterns. */
    from?: readonly string[];
    /** The value changed to matches any of these patterns. */
    to?: readonly string[];
    /** How this setting's values read; `direction` needs it. */
    sense?: Sense;
    /** The change moves the setting in one of these directions, read in its `sense`. */
    direction?: readonly Direction[];
    /** The actor changed their own user (the record's `source_id` is its `actor_id`). */
    self?: boolean;
}
/** What a rule over the window looks at; its kind decides the code that runs it (`detector.ts`). */
export type WindowSpec = {
    kind: 'burst';
    actions: readonly string[];
    count: number;
    within_minutes: number;
} | {
    kind: 'revert';
    within_minutes: number;
} | {
    kind: 'new-sign-in-ip';
} | {
    kind: 'working-hours';
};
/** A rule as written: in the built-in table or a user's rules file. */
export interface RuleSpec {
    /** `zendesk.api-token-created`; built-in ids start with `zendesk.`. */
    id: string;
    /** What happened, in a few words: `API token created`. */
    title: string;
    severity: Severity;
    /** Why a reviewer should look, one sentence. */
    reason: string;
    /** What to do, one line, with a link to Zendesk's help. */
    runbook: string;
    /** The record rules' conditions: one clause, or several of which any may match. */
    match?: MatchClause | readonly MatchClause[];
    /** The window rules' kind and parameters (built-in only). */
    window?: WindowSpec;
    /** False turns the rule off. */
    enabled?: boolean;
}
/** A rule that matched a record: which, how much, and why. */
export interface Detection {
    /** The rule's id. */
    rule: string;
    severity: Severity;
    /** Why this record matters; for window rules it says what was found (`Undone 3 minutes later`). */
    reason: string;
    title: string;
    runbook: string;
}
/** A positive number when `a` is more severe than `b`. */
export declare function compareSeverity(a: Severity, b: Severity): number;
/** The highest severity among `detections`, or null when there are none. */
export declare function highestSeverity(detections: readonly Detection[]): Severity | null;
/** Whether `severity` is `minimum` or above (`--min-severity`); null (no detection) never is. */
export declare function atLeast(severity: Severity | null, minimum: Severity): boolean;
/** Whether a record of this severity counts as sensitive: high or medium. */
export declare function isSensitive(severity: Severity | null): boolean;
/** `high`, `medium` or `low` from user text (any case), or an error naming the choices. */
export declare function parseSeverity(text: string): Severity;
/** What a user's rules file says, checked (`rules-file.ts`): rules of their own, and changes to built-in ones. */
export interface UserRules {
    /** The file's name, as the user gave it. */
    file: string;
    /** New rules, in the file's order. */
    rules: readonly RuleSpec[];
    /** Built-in rules given another severity or turned off, by id. */
    overrides: readonly {
        id: string;
        severity?: Severity;
        enabled?: boolean;
    }[];
}
