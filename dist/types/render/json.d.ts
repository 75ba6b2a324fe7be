/**
 * JSON output: the records as Zendesk returned them, each with `created_at_local`.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog } from '../types.ts';
import type { Sensitivity } from '../review/sensitive.ts';
/** Options of `renderJson` and `renderNdjson`. */
export interface JsonOptions {
    /** The zone of `created_at_local`. */
    clock: ZoneClock;
    /** With it, each record also gets `sensitive`, `change_from` and `change_to` after `created_at_local`. */
    sensitivity?: Sensitivity;
}
/**
 * One pretty JSON array (2-space indent, as `JSON.stringify(array, null, 2)`, plus a
 * final line end), yielded a record at a time so a large export needs constant memory.
 * `[]` when there are no records.
 */
export declare function renderJson(records: AsyncIterable<AuditLog>, options: JsonOptions): AsyncGenerator<string>;
/** Newline-delimited JSON: one compact localized record per line, yielded as each arrives. */
export declare function renderNdjson(records: AsyncIterable<AuditLog>, options: JsonOptions): AsyncGenerator<string>;
