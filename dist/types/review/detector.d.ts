/**
 * Detections for a stream of records: the record rules (`match.ts`) and the rules over
 * the window, computed from the records themselves with no state kept between runs:
 *
 * - bursts: 10 or more deletions or exports by one person within 10 minutes (every
 *   record of such a burst is marked);
 * - reverts: a change that the next change of the same setting undid within a day (both
 *   marked, as `review.ts` pairs them);
 * - a sign-in from an address its user had not used earlier in the baseline (a
 *   `SignInBaseline` the caller builds beforehand, so the answer does not depend on order);
 * - changes outside the working hours given.
 *
 * Streaming. Exports of a million records stream in `created_at` order, newest or oldest
 * first (ties by id, as Zendesk's cursor orders them), and a record's detections must
 * not depend on which. A record's burst detection depends only on records within 10
 * minutes of it, on either side; its revert detection only on the changes of the same
 * setting just before and just after it, within a day. So the detector holds a deletion
 * or export until the stream has moved 10 minutes past it, and a change with a from and
 * to value until the next change of its setting arrives or the stream has moved a day
 * past it, whichever comes first; then releases it with final detections, in the order
 * the records came. A held record holds back those after it, to keep that order; in a
 * busy account a setting's next change comes soon, and little is held.
 *
 * Memory: the records held (at most those within a day of the oldest held change, or
 * within 10 minutes of the oldest held deletion or export, whichever reaches further),
 * one entry per setting changed within the last day (the last change of each), the
 * deletions and exports of each person within the last 10 minutes, and the baseline (one
 * time per user and address). None of it grows with the length of the stream.
 */
import type { AuditLog } from '../types.ts';
import { type RuleSet } from './match.ts';
import { type Detection, type Severity } from './rule.ts';
import { type SignInBaseline } from './sign-in-baseline.ts';
import type { WorkingHours } from './working-hours.ts';
/** A record with its detections, highest severity first, and the highest severity (null when none). */
export interface DetectedRecord {
    record: AuditLog;
    detections: readonly Detection[];
    severity: Severity | null;
}
export interface DetectorOptions {
    /** The rules in force; default the built-in ones (`compileRules()`). */
    rules?: RuleSet;
    /** With it, a change outside these hours is marked; without, the working-hours rule is off. */
    workingHours?: WorkingHours;
    /** Where users signed in from before; without it, the new-sign-in-IP rule is off. */
    baseline?: SignInBaseline;
}
/**
 * Detections record by record, for a stream in `created_at` order (either way).
 * `push` each record; it returns the records whose detections are now final, in the
 * order pushed; `flush` at the end returns the rest.
 *
 * @example
 * const detector = new Detector({ rules: compileRules(), baseline });
 * for await (const record of records) for (const done of detector.push(record)) write(done);
 * for (const done of detector.flush()) write(done);
 */
export declare class Detector {
    #private;
    constructor(options?: DetectorOptions);
    /** How many records are held back now: the detector's memory. */
    get held(): number;
    /** Adds the next record of the stream; returns the records now final, in the order pushed. */
    push(record: AuditLog): readonly DetectedRecord[];
    /** The records still held, with final detections: the stream has ended (the detector may start another). */
    flush(): readonly DetectedRecord[];
}
/**
 * The records of a stream in `created_at` order (either way) with their detections, in
 * the same order, holding back only what the window rules need (see {@link Detector}).
 */
export declare function detectStream(records: AsyncIterable<AuditLog>, options?: DetectorOptions): AsyncGenerator<DetectedRecord>;
/** The detections of `records` in any order, returned in their order: for a window held in memory (the Action's). */
export declare function detectAll(records: readonly AuditLog[], options?: DetectorOptions): DetectedRecord[];
/** What JSON and NDJSON records gain: `detections` as `{rule, severity, reason}` (empty when none) and the highest `severity` (or null). */
export declare function detectionFields(detected: DetectedRecord): {
    detections: {
        rule: string;
        severity: Severity;
        reason: string;
    }[];
    severity: Severity | null;
};
