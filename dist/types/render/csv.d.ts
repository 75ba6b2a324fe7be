/**
 * CSV output: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), safe to open in a spreadsheet.
 */
import type { ZoneClock } from '../time.ts';
import type { AuditLog } from '../types.ts';
/** The columns, in order; the header row names them exactly so. */
export declare const CSV_COLUMNS: readonly ['id', 'created_at', 'created_at_local', 'actor_id', 'actor_name', 'source_type', 'source_id', 'source_label', 'action', 'action_label', 'change_description', 'ip_address'];
/** Options of `renderCsv`. */
export interface CsvOptions {
    /** The zone of `created_at_local`. */
    clock: ZoneClock;
}
/** A header row, then one row per record, yielded as the records arrive. */
export declare function renderCsv(records: AsyncIterable<AuditLog>, options: CsvOptions): AsyncGenerator<string>;
