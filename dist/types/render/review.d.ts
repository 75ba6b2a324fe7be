/**
 * The review sections of a Markdown report, above the full table: "Needs attention"
 * (each sensitive change as a task-list item, so GitHub's issue list shows "0 of 3
 * tasks" until a reviewer ticks them:
 * https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/about-tasklists),
 * "At a glance" (changes per actor and per setting area) and "Changed more than once"
 * (net effect per setting, and changes undone within the window). Every piece of
 * Zendesk text goes through `neutralise`; each section has a bounded size, so a
 * report of thousands of changes still leaves room for its table.
 */
import type { ZoneClock } from '../zone-clock.ts';
import type { Review } from '../review/review.ts';
/** Most task-list items in "Needs attention"; the rest are counted (all are marked in the table). */
export declare const MAX_ATTENTION_ITEMS = 100;
/** Most actors and areas named in "At a glance"; the rest are summed up. */
export declare const MAX_GLANCE_NAMES = 10;
/** Most settings in "Changed more than once". */
export declare const MAX_REPEATED_SETTINGS = 50;
/**
 * Shares of a body's characters each section may take at most (escaped hostile text
 * grows up to 8 times): 40% together, the table keeps the rest.
 */
export declare const SECTION_SHARES: {
    readonly attention: 0.2;
    readonly glance: 0.1;
    readonly repeated: 0.1;
};
/** GitHub's limit on an issue or comment body, the default the shares apply to. */
export declare const DEFAULT_BODY_LIMIT = 65536;
/** The mark of a sensitive change in the table's setting cell and in text output. */
export declare const SENSITIVE_MARK = "\u26A0";
/**
 * Where a change's row is, as its item ends: the audit-log id when the row is in the
 * same body, else the body that holds it (`in part 2`), so an id is written in exactly
 * one body: the one whose marker carries it.
 */
export type Placement = (id: number) => number | undefined;
/** The longest end an item can get, for sizing a body before the rows are placed. */
export declare function worstPlacement(): Placement;
/**
 * "Needs attention": a task per sensitive change, oldest first, at most
 * `MAX_ATTENTION_ITEMS`; '' when there are none. `place` says which body holds each row
 * (all in this one when left out); with `worstPlacement()` the text is as long as it can get.
 */
export declare function attentionSection(review: Review, clock: ZoneClock, place?: Placement, limit?: number): string;
/** "At a glance": changes per actor and per setting area, most first; '' for fewer than two changes. */
export declare function glanceSection(review: Review, limit?: number): string;
/** `12 minutes`, `3 hours`, `2 days`: how long a reverted value stood, rounded down, at least `under a minute`. */
export declare function spanText(ms: number): string;
/** "Changed more than once": each such setting's first old and last new value, its count and its reverts; '' when none. */
export declare function repeatedSection(review: Review, limit?: number): string;
/**
 * The three sections, each followed by a blank line, then the heading of the full
 * table; '' when there is nothing to put above the table (a single ordinary change).
 * Together they take at most 40% of `limit` (a body's most characters) and a few
 * hundred more for headings and notes.
 */
export declare function reviewSections(review: Review, clock: ZoneClock, place?: Placement, limit?: number): string;
