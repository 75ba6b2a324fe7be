/**
 * CSV output: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), safe to open in a spreadsheet.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog } from '../types.ts';
import type { Sensitivity } from '../review/sensitive.ts';
/** The columns, in order; the header row names them exactly so. */
export declare const CSV_COLUMNS: readonly ['id', 'created_at', 'created_at_local', 'actor_id', 'actor_name', 'source_type', 'source_id', 'source_label', 'action', 'action_label', 'change_description', 'ip_address'];
/** `CSV_COLUMNS`, then the columns review adds (when `sensitivity` is given). */
export declare const REVIEWED_CSV_COLUMNS: readonly ["id", "created_at", "created_at_local", "actor_id", "actor_name", "source_type", "source_id", "source_label", "action", "action_label", "change_description", "ip_address", "sensitive", "change_from", "change_to"];
/** Options of `renderCsv`. */
export interface CsvOptions {
    /** The zone of `created_at_local`. */
    clock: ZoneClock;
    /** With it, the columns `sensitive` (true or false), `change_from` and `change_to` follow `ip_address`. */
    sensitivity?: Sensitivity;
}
/** A header row, then one row per record, yielded as the records arrive. */
export declare function renderCsv(records: AsyncIterable<AuditLog>, options: CsvOptions): AsyncGenerator<string>;
