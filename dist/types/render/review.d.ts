/**
 * The review sections of a Markdown report, above the full table: "Needs attention"
 * (each sensitive change as a task-list item, which a reviewer ticks off:
 * https://github.github.com/gfm/#task-list-items-extension-, grouped by severity, with
 * what its rules say: why it matters and what to do), "At a glance" (changes per
 * severity, per actor and per setting area) and "Changed more than once" (net effect
 * per setting, and changes undone within the window). Every piece of Zendesk text, and
 * of a user's rules, goes through `neutralise`; each section has a bounded size, so a
 * report of thousands of changes still leaves room for its table.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { Review } from '../review/review.ts';
import { type Severity } from '../review/rule.ts';
import { spanText } from '../time/span.ts';
export { spanText };
/** Most task-list items in "Needs attention"; the rest are counted (all are marked in the table). */
export declare const MAX_ATTENTION_ITEMS = 100;
/** Most actors and areas named in "At a glance"; the rest are summed up. */
export declare const MAX_GLANCE_NAMES = 10;
/** Most settings in "Changed more than once". */
export declare const MAX_REPEATED_SETTINGS = 50;
/**
 * Shares of a report's characters each section may take at most (escaped hostile text
 * grows up to 8 times): 40% together, the table keeps the rest.
 */
export declare const SECTION_SHARES: {
    readonly attention: 0.2;
    readonly glance: 0.1;
    readonly repeated: 0.1;
};
/**
 * Room kept for the end of each "Needs attention" item when choosing which items fit:
 * more than the longest default end (`audit log 9007199254740991`, 26), so an `ItemEnd`
 * of up to this many characters picks the same items and the section stays in its share.
 */
export declare const ITEM_END_ROOM = 28;
/** The mark of a sensitive change in the table's setting cell and in text output. */
export declare const SENSITIVE_MARK = "\u26A0";
/**
 * The text that ends the "Needs attention" item of the change with audit-log id `id`,
 * at most `ITEM_END_ROOM` characters; undefined for the default, `audit log <id>`.
 */
export type ItemEnd = (id: number) => string | undefined;
/** Options of `attentionSection` and `reviewSections`. */
export interface SectionOptions {
    /** How each item ends; by default with the change's audit-log id. */
    itemEnd?: ItemEnd;
    /** Most characters of the report the sections open; they take at most 40% of it. Default 65,536. */
    size?: number;
}
/**
 * A runbook line as Markdown: its text linked to the help page it ends with (an https
 * URL, percent-encoded where Markdown would read a character), or its text alone. The
 * text is inert; the link's destination is the rule's own, written by us or by whoever
 * wrote the rules file, never by Zendesk.
 *
 * @example runbookMarkdown('Turn it back on: https://support.zendesk.com/hc/en-us/articles/4408822124314')
 *   // '[Turn it back on](https://support.zendesk.com/hc/en-us/articles/4408822124314)'
 */
export declare function runbookMarkdown(runbook: string): string;
/** `2 high, 11 medium`: the counts of the severities given, those with none left out. */
export declare function severityCounts(counts: Readonly<Record<Severity, number>>, severities?: readonly Severity[]): string;
/**
 * The audit-log ids of the task-list items "Needs attention" shows (`attentionSection`
 * with the same `size`), in order: which change each task stands for, whatever its item
 * ends with.
 */
export declare function attentionIds(review: Review, clock: ZoneClock, options?: Pick<SectionOptions, 'size'>): number[];
/**
 * "Needs attention": a task per sensitive change (high or medium), grouped by severity,
 * highest first, each group oldest first, at most `MAX_ATTENTION_ITEMS`; under each, its
 * rules' titles, reasons and runbooks; '' when there are none. Each item's first line
 * ends with `options.itemEnd` (by default the change's audit-log id).
 */
export declare function attentionSection(review: Review, clock: ZoneClock, options?: SectionOptions): string;
/** "At a glance": changes per highest severity (when any has one), per actor and per setting area, most first; '' for fewer than two changes. */
export declare function glanceSection(review: Review, size?: number): string;
/** "Changed more than once": each such setting's first old and last new value, its count and its reverts; '' when none. */
export declare function repeatedSection(review: Review, size?: number): string;
/**
 * The three sections, each followed by a blank line, then the heading of the full
 * table; '' when there is nothing to put above the table (a single ordinary change).
 * Together they take at most 40% of `options.size` (the report's most characters) and
 * a few hundred more for headings and notes.
 */
export declare function reviewSections(review: Review, clock: ZoneClock, options?: SectionOptions): string;
