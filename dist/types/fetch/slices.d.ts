import { type TimeWindow } from '../time/time.ts';
import type { AuditLog } from '../types.ts';
/** Whole epoch seconds `from` to `to`, both inclusive (`from <= to`). */
export interface SecondRange {
    from: number;
    to: number;
}
/** The window in whole epoch seconds, as `filter[created_at]` sends it (fractions floored). */
export declare function windowSeconds(window: TimeWindow): SecondRange;
/** The window of a range of seconds, for `withWindow`. */
export declare function rangeWindow(range: SecondRange): TimeWindow;
/**
 * `range` cut into `count` runs of whole seconds as equal as they can be, ascending; fewer
 * when the range has fewer seconds. Together they cover `range` exactly.
 *
 * @example splitSeconds({ from: 0, to: 9 }, 3) // [{from: 0, to: 2}, {from: 3, to: 5}, {from: 6, to: 9}]
 */
export declare function splitSeconds(range: SecondRange, count: number): SecondRange[];
/** What `planSlices` aims for. */
export interface SlicePlanOptions {
    /** Records per slice the plan aims at. */
    sliceRecords: number;
    /** Walks at once: the plan has at least this many slices when there are pages enough for them. */
    concurrency: number;
    /** Records per page. */
    pageSize: number;
}
/**
 * Slices for a window that holds `count` records (from a count request), ascending:
 * equal stretches of time, enough for about `sliceRecords` records each if the records
 * were spread evenly, and at least one slice per walk while each would still get two
 * pages. Uneven real data is evened out while walking (`parallelAuditLogs` splits the
 * slices that turn out large).
 */
export declare function planSlices(range: SecondRange, count: number, options: SlicePlanOptions): SecondRange[];
/**
 * What `covered` leaves out of `range`: the stretches to fetch again after a run that
 * stopped early. `covered` is ascending and within `range`, as a `stopped` event gives it.
 *
 * @example uncovered({ from: 0, to: 99 }, [{ from: 10, to: 19 }, { from: 50, to: 99 }]) // [{from: 0, to: 9}, {from: 20, to: 49}]
 */
export declare function uncovered(range: SecondRange, covered: readonly SecondRange[]): SecondRange[];
/** The whole epoch second of a record's `created_at`; NaN when it is unreadable. */
export declare function recordSecond(record: AuditLog): number;
/**
 * What one walk over `range` covers whole once the latest record it received is at
 * `latest` (epoch seconds; undefined before any): the seconds it has passed, that is
 * before `latest` oldest first, after it newest first (the second itself may have more
 * records on the next page).
 */
export declare function walkedPast(range: SecondRange, descending: boolean, latest: number | undefined): SecondRange[];
