/**
 * JSON output: the records as Zendesk returned them, each followed by `created_at_local`
 * and what review adds (`localize.ts`: `sensitive`, `change_from`, `change_to`,
 * `severity`, `detections`).
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { DetectedRecord } from '../review/detector.ts';
/** Options of `renderJson` and `renderNdjson`. */
export interface JsonOptions {
    /** The zone of `created_at_local`. */
    clock: ZoneClock;
}
/**
 * One pretty JSON array (2-space indent, as `JSON.stringify(array, null, 2)`, plus a
 * final line end), yielded a record at a time so a large export needs constant memory.
 * `[]` when there are no records.
 */
export declare function renderJson(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options: JsonOptions): AsyncGenerator<string>;
/** Newline-delimited JSON: one compact localized record per line, yielded as each arrives. */
export declare function renderNdjson(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options: JsonOptions): AsyncGenerator<string>;
