/**
 * CSV output: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), safe to open in a spreadsheet.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { DetectedRecord } from '../review/detector.ts';
/** The record's columns, in order; the header row names them exactly so. */
export declare const CSV_COLUMNS: readonly ['id', 'created_at', 'created_at_local', 'actor_id', 'actor_name', 'source_type', 'source_id', 'source_label', 'action', 'action_label', 'change_description', 'ip_address'];
/**
 * `CSV_COLUMNS`, then what review adds: `sensitive` (true or false), `change_from` and
 * `change_to`, `severity` (the highest detection's, empty when none) and `rules` (the ids
 * of the rules that matched, highest severity first, separated by spaces).
 */
export declare const REVIEWED_CSV_COLUMNS: readonly ["id", "created_at", "created_at_local", "actor_id", "actor_name", "source_type", "source_id", "source_label", "action", "action_label", "change_description", "ip_address", "sensitive", "change_from", "change_to", "severity", "rules"];
/** Options of `renderCsv`. */
export interface CsvOptions {
    /** The zone of `created_at_local`. */
    clock: ZoneClock;
}
/**
 * One CSV record of `values`, ending in CRLF: numbers and booleans as written, null as
 * empty, text neutralised (formulas, control characters, workflow commands) and quoted
 * as needed. What every CSV of this project is made of.
 */
export declare function csvRow(values: readonly unknown[]): string;
/** A header row, then one row per record, yielded as the records arrive. */
export declare function renderCsv(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options: CsvOptions): AsyncGenerator<string>;
