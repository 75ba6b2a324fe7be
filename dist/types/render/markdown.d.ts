/**
 * A Markdown report (what `--format markdown` prints): a heading, the window, the
 * account, the review sections (review.ts), and a GFM table with one row per change.
 * The pieces are pure and independent, so a caller can compose its own bodies from them:
 *
 *   reportHeader({ ..., sections }) + rows.map((record) => reportRow(record, ...)).join('\n') + '\n'
 */
import type { TimeWindow } from '../time/time.ts';
import { ZoneClock } from '../time/zone-clock.ts';
import type { DetectedRecord } from '../review/detector.ts';
export { MAX_TEXT_LENGTH, neutralise } from './neutralise.ts';
/** Options of `reportHeader`. */
export interface HeaderOptions {
    /** How many changes the whole report lists; left out of the heading when not known (a stream). */
    count?: number;
    window: TimeWindow;
    /** IANA zone of the times in the report. */
    zone: string;
    /** The audit-log source type(s) watched, e.g. `account_setting`. */
    sourceType: string;
    /** The Zendesk account; only its origin is shown. */
    account: URL;
    /** The review sections (`reviewSections`), placed between the introduction and the table. */
    sections?: string;
    /** More items of the introduction's list, after the window and the account: the caller's own inert Markdown. */
    facts?: readonly string[];
    /** Set when the changes are only part of the window (a stopped run): the stretches of it they cover whole. */
    covered?: readonly TimeWindow[];
}
/**
 * The start of a report body, ending in a line end after the table's delimiter row:
 * a heading on the first line, the window in the zone and in UTC, the account origin, and the table header
 * `| Time (PDT) | Severity | Actor | Setting | Change | IP | Audit log |`.
 */
export declare function reportHeader(options: HeaderOptions): string;
/** Options of `reportRow`. */
export interface RowOptions {
    /** The zone the time is shown in. */
    clock: ZoneClock;
    /** The Zendesk account: actor links point to its agent interface. */
    account: URL;
}
/**
 * One table row, without a line end: local time, the highest detection (`severityCell`),
 * actor, setting (`source_label`), change (`change_description`), IP and the audit-log
 * id. All Zendesk text goes through `neutralise`, so a row stays under 41,000 characters
 * however long the record's texts are.
 */
export declare function reportRow(detected: DetectedRecord, options: RowOptions): string;
/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
    /** The zone the times are shown in. */
    clock: ZoneClock;
    /** IANA zone of the window (normally `clock.zone`). */
    zone: string;
    window: TimeWindow;
    /** The audit-log source type(s) listed, e.g. `account_setting`. */
    sourceType: string;
    account: URL;
    /** Set when the records are only part of the window (a stopped run): the stretches of it they cover whole. The heading says the report is partial. */
    covered?: readonly TimeWindow[];
}
/**
 * One whole report body for `records` (with their detections), in the order given: the
 * introduction with the count, the review sections, and the table; or, when there are
 * none, a line saying no changes were found in the window. No size limit is applied to
 * the table; only the sections above it are bounded.
 */
export declare function markdownReport(records: readonly DetectedRecord[], options: MarkdownOptions): string;
/**
 * `markdownReport` over a stream. The sections above the table need every change, so
 * the records are collected first: memory grows with the report (fine for a report a
 * person reads; use `ndjson` or `csv` for bulk exports). `covered` may be a function,
 * asked once the records end, for a stream that a stop can cut short.
 */
export declare function renderMarkdown(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options: Omit<MarkdownOptions, 'covered'> & {
    covered?: readonly TimeWindow[] | (() => readonly TimeWindow[] | undefined);
}): AsyncGenerator<string>;
