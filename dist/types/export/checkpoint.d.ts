/**
 * The checkpoint file of an incremental export (`--checkpoint FILE`): where the next run
 * resumes, and which records near that point were already written. `incremental.ts`
 * says how runs use it; this module is its format, read and written without I/O.
 *
 * Version 1, JSON, times as Zendesk writes them (UTC, to the second):
 *
 * ```json
 * {
 *   "format": "zendesk-audit checkpoint",
 *   "version": 1,
 *   "account": "acme",
 *   "filters": {"source_type":["account_setting"]},
 *   "run_started_at": "2024-06-01T12:00:00Z",
 *   "read_through": "2024-06-01T11:59:59Z",
 *   "resume_from": "2024-06-01T11:54:59Z",
 *   "written": {
 *     "2024-06-01T11:55:03Z": [23649114690839,23649114690840],
 *     "2024-06-01T11:58:41Z": [23649114691102]
 *   }
 * }
 * ```
 *
 * `account` and `filters` are the export's scope (`scope.ts`); `run_started_at` when the
 * run that wrote it began reading; `read_through` the last second that run read
 * completely; `resume_from` the first second the next run reads; `written` the ids of
 * the records already written whose `created_at` is `resume_from` or later, by second
 * (only those: the file stays as small as the lag horizon). A reader refuses any other
 * shape in one line naming the field, and a later version by name, so an old release
 * never misreads a new file.
 */
import { Temporal } from 'temporal-polyfill';
import type { ExportScope } from './scope.ts';
/** What `format` says in every checkpoint file. */
export declare const CHECKPOINT_FORMAT = "zendesk-audit checkpoint";
/** The version this release writes and reads. */
export declare const CHECKPOINT_VERSION = 1;
/** A checkpoint, read or about to be written. */
export interface Checkpoint {
    scope: ExportScope;
    /** When the run that wrote it began reading. */
    runStartedAt: Temporal.Instant;
    /** The last second that run read completely. */
    readThrough: Temporal.Instant;
    /** The first second the next run reads. */
    resumeFrom: Temporal.Instant;
    /** The records written whose `created_at` is `resumeFrom` or later: id to `created_at` in epoch seconds. */
    written: ReadonlyMap<number, number>;
}
/** The checkpoint as JSON text, ending in a line break; `written` one line per second, oldest first. */
export declare function serializeCheckpoint(checkpoint: Checkpoint): string;
/**
 * The checkpoint in `text`, checked; `file` names it in messages. Throws an `InputError`
 * of one line for anything else: not JSON, not a checkpoint, a field of the wrong shape,
 * or a checkpoint of a later version.
 */
export declare function parseCheckpoint(text: string, file: string): Checkpoint;
