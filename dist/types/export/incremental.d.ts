/**
 * An incremental export: runs from cron every few minutes, each writing the records the
 * earlier ones have not, none skipped and none twice, with a checkpoint file
 * (`checkpoint.ts`) between them.
 *
 * ## What a run does
 *
 * The first run (no checkpoint yet) reads the window it is given (`--start`/`--end` or
 * `--since`). Every later run reads from the checkpoint's `resume_from` up to its own
 * start, and writes each record whose id the checkpoint's `written` does not hold. When
 * the output is complete, the run's checkpoint replaces the old one:
 *
 * - `read_through`: the last second read completely, the earlier of the window's end and
 *   the second before the run began reading. The second the run began in is not
 *   complete: Zendesk can still add records to it after the walk has passed it, and
 *   parallel slices and pages that split a second begin at different times, so what
 *   was seen says nothing; only when the reading began does.
 * - `resume_from`: `read_through` less the lag (5 minutes by default, `--lag`), because
 *   Zendesk makes a record visible some time after its `created_at` (its audit log is
 *   eventually consistent; other exporters keep 5 minutes behind for the same reason);
 *   never earlier than this run's own start, before which it knows no ids.
 * - `written`: the ids written, by this run or those before it, of records created at
 *   `resume_from` or later: the overlap the next run reads again. Nothing older is kept,
 *   so the file and the memory of a run hold only the records of the lag horizon and
 *   the time between runs, however long the first window was.
 *
 * The output order (newest or oldest first) and the walk (one cursor or parallel time
 * slices) do not matter: the checkpoint is computed from the window and the moment the
 * reading began, never from the last record seen, and it is written only after the run.
 *
 * ## The guarantee
 *
 * Assume a record is visible to every request sent at least `lag` after its second has
 * passed, and that a cursor walk returns every record that was visible when it began
 * (Zendesk's cursor orders by `created_at` and id, and records are never renumbered).
 * Then, for runs that share one checkpoint file and never overlap in time:
 *
 * - **Never skipped.** After each saved checkpoint, every record of the scope created
 *   from the first window's start up to `resume_from` has been written. Records of the
 *   seconds up to `read_through - lag` were visible when the run began, so the run's walk
 *   returned them: written now, or by an earlier run (their ids in the checkpoint the
 *   run resumed from). The next run reads from `resume_from` on.
 * - **Never twice.** A record written before has `created_at` before `resume_from` (the
 *   next run does not read it) or at or after it (its id is in `written`, so the next run
 *   drops it).
 * - **A run killed at any point writes at most its own records again.** Its checkpoint
 *   was not saved, so the next run resumes from the one before: it reads what the killed
 *   run read and writes again, of all records, only those the killed run wrote (whatever
 *   earlier runs wrote is before `resume_from` or in `written`), and skips none.
 * - **A second run at once writes nothing** that the first wrote: it reads the overlap
 *   again and drops every id in `written`.
 * - A record Zendesk makes visible later than the lag after its `created_at` is missed
 *   when its second is already before `resume_from`: the lag is the contract. A longer
 *   `--lag` takes effect from the next run on, widening the overlap as runs go.
 *
 * ## The file side (for the scripts, `src/cli/`)
 *
 * The core does no I/O; a script with `--checkpoint FILE` does, in this order:
 *
 * 1. Take the lock: create `FILE.lock` exclusively (`open(..., 'wx')`) holding the
 *    process id, the host and the time. If it exists, refuse in one line (exit 1):
 *    `another export is using FILE (FILE.lock: process 1234 on host since
 *    2024-06-01T12:00:00Z); if none is running, remove FILE.lock`. (A lock left by a
 *    killed run on the same host, whose process id no longer runs, may be taken over with
 *    a note on stderr.) Two runs at once would both resume from one checkpoint and both
 *    write its new records.
 * 2. Read FILE if it exists (`parseCheckpoint`); a missing FILE is a first run. Build an
 *    `IncrementalExport` with the scope (`exportScope`), the first window from the range
 *    flags, the lag, and `now` taken before the first request: it refuses a checkpoint
 *    of another scope. Print the window on stderr as usual, saying it resumes.
 * 3. Fetch `run.window` with the query; pass the records through `run.select` (or
 *    `run.isNew` and `run.wrote` around a filter of the script's own) to the detector and
 *    the renderer; write to stdout.
 * 4. Flush stdout and wait for it to drain (for a file, `fsync`); if anything failed,
 *    exit without touching FILE (the next run repeats this one's records, no more).
 * 5. Write `serializeCheckpoint(run.checkpoint())` to `FILE.tmp-<pid>` in FILE's
 *    directory, `fsync` it, `rename` it over FILE (atomic on POSIX filesystems), and
 *    `fsync` the directory; then remove the lock. A run killed before the rename leaves
 *    the old FILE whole; after it, the new one.
 */
import { Temporal } from 'temporal-polyfill';
import type { TimeWindow } from '../time/time.ts';
import type { AuditLog } from '../types.ts';
import type { Checkpoint } from './checkpoint.ts';
import { type ExportScope } from './scope.ts';
/** How long after its `created_at` a record may become visible: 5 minutes, as Estuary's Zendesk connector keeps behind. */
export declare const DEFAULT_LAG_SECONDS = 300;
/** The longest lag accepted: a day, so a checkpoint holds at most a day and a run's gap of ids. */
export declare const MAX_LAG_SECONDS = 86400;
/**
 * A lag from user text: `0`, `90s`, `5m`, `1h` (a bare number is seconds), at most a day.
 *
 * @example parseLag('5m') // 300
 */
export declare function parseLag(text: string): number;
/**
 * The window a run reads: the first window when there is no checkpoint, else from the
 * checkpoint's `resumeFrom` to `now` (to the second). A checkpoint that resumes after
 * `now` means the clock went back: refused, rather than read nothing or guess.
 */
export declare function resumeWindow(checkpoint: Checkpoint | undefined, first: TimeWindow, now: Temporal.Instant, file?: string): TimeWindow;
/**
 * Where the run reading `window` from `startedAt` leaves the export: the last second it
 * reads completely and the second the next run resumes from, both known before it
 * reads (see the module's comment).
 */
export declare function resumePoint(window: TimeWindow, startedAt: Temporal.Instant, lagSeconds: number): {
    readThrough: number;
    resumeFrom: number;
};
export interface IncrementalOptions {
    /** This run's account and filters: a checkpoint of another scope is refused. */
    scope: ExportScope;
    /** The checkpoint file's contents, or undefined for the first run. */
    checkpoint?: Checkpoint;
    /** The window the first run reads (the range given, or `--since`); unused when resuming. */
    first: TimeWindow;
    /** When the run begins reading: taken before its first request. */
    now: Temporal.Instant;
    /** Default {@link DEFAULT_LAG_SECONDS}. */
    lagSeconds?: number;
    /** The checkpoint file as the user named it, for messages; default `the checkpoint`. */
    file?: string;
}
/**
 * One run of an incremental export: the window to read, which records to write, and the
 * checkpoint to save once they are written.
 *
 * @example
 * const run = new IncrementalExport({ scope: exportScope('acme', query), checkpoint, first, now: Temporal.Now.instant() });
 * for await (const line of renderOcsf(detectStream(run.select(auditLogs(client, { ...query, createdAt: run.window }))))) write(line);
 * await flushed;
 * save(serializeCheckpoint(run.checkpoint()));
 */
export declare class IncrementalExport {
    #private;
    /** The window this run reads. */
    readonly window: TimeWindow;
    /** Whether it resumes from a checkpoint (false on the first run). */
    readonly resumed: boolean;
    constructor(options: IncrementalOptions);
    /** How many records this run has written (told by {@link wrote}). */
    get count(): number;
    /** Whether `record` is yet to be written: its id is in neither the checkpoint nor this run's output. */
    isNew(record: AuditLog): boolean;
    /** Notes that `record` was written (handed to the output). */
    wrote(record: AuditLog): void;
    /** The records yet to be written, each noted as written as it is handed on: for output that takes every one. */
    select(records: AsyncIterable<AuditLog>): AsyncGenerator<AuditLog>;
    /**
     * The checkpoint to save once the output holds every record written: the next run
     * resumes from it. It claims the whole window was read, so it is refused (an `Error`)
     * when `select` stopped before the records' end.
     */
    checkpoint(): Checkpoint;
}
