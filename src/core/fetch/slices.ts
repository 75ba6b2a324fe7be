/**
 * Time slices of an audit-log window. Zendesk's `filter[created_at]` takes whole
 * seconds, both bounds inclusive, so slices are runs of whole seconds that partition
 * the window: every second in exactly one slice, no gap, no overlap.
 */
import { Temporal } from 'temporal-polyfill';
import { epochMs, type TimeWindow } from '../time/time.ts';
import type { AuditLog } from '../types.ts';
import { checkWhole } from '../whole-number.ts';

/** Whole epoch seconds `from` to `to`, both inclusive (`from <= to`). */
export interface SecondRange {
  from: number;
  to: number;
}

/** The window in whole epoch seconds, as `filter[created_at]` sends it (fractions floored). */
export function windowSeconds(window: TimeWindow): SecondRange {
  return { from: Math.floor(window.start.epochMilliseconds / 1000), to: Math.floor(window.end.epochMilliseconds / 1000) };
}

/** The window of a range of seconds, for `withWindow`. */
export function rangeWindow(range: SecondRange): TimeWindow {
  return {
    start: Temporal.Instant.fromEpochMilliseconds(range.from * 1000),
    end: Temporal.Instant.fromEpochMilliseconds(range.to * 1000),
  };
}

/**
 * `range` cut into `count` runs of whole seconds as equal as they can be, ascending; fewer
 * when the range has fewer seconds. Together they cover `range` exactly.
 *
 * @example splitSeconds({ from: 0, to: 9 }, 3) // [{from: 0, to: 2}, {from: 3, to: 5}, {from: 6, to: 9}]
 */
export function splitSeconds(range: SecondRange, count: number): SecondRange[] {
  if (!Number.isSafeInteger(range.from) || !Number.isSafeInteger(range.to) || range.from > range.to) {
    throw new RangeError(`a range of seconds needs whole from <= to, got ${range.from}..${range.to}`);
  }
  checkWhole('count', count, 1);
  const seconds = range.to - range.from + 1;
  const parts = Math.min(count, seconds);
  const slices: SecondRange[] = [];
  for (let index = 0; index < parts; index++) {
    slices.push({
      from: range.from + Math.floor((index * seconds) / parts),
      to: range.from + Math.floor(((index + 1) * seconds) / parts) - 1,
    });
  }
  return slices;
}

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
export function planSlices(range: SecondRange, count: number, options: SlicePlanOptions): SecondRange[] {
  const bySize = Math.ceil(count / options.sliceRecords);
  const byWalks = Math.min(options.concurrency, Math.floor(count / (2 * options.pageSize)));
  return splitSeconds(range, Math.max(1, bySize, byWalks));
}

/**
 * What `covered` leaves out of `range`: the stretches to fetch again after a run that
 * stopped early. `covered` is ascending and within `range`, as a `stopped` event gives it.
 *
 * @example uncovered({ from: 0, to: 99 }, [{ from: 10, to: 19 }, { from: 50, to: 99 }]) // [{from: 0, to: 9}, {from: 20, to: 49}]
 */
export function uncovered(range: SecondRange, covered: readonly SecondRange[]): SecondRange[] {
  const gaps: SecondRange[] = [];
  let next = range.from;
  for (const run of covered) {
    if (run.from > next) gaps.push({ from: next, to: Math.min(run.from - 1, range.to) });
    next = Math.max(next, run.to + 1);
  }
  if (next <= range.to) gaps.push({ from: next, to: range.to });
  return gaps;
}

/** The whole epoch second of a record's `created_at`; NaN when it is unreadable. */
export function recordSecond(record: AuditLog): number {
  try {
    return Math.floor(epochMs(record.created_at) / 1000);
  } catch {
    return Number.NaN;
  }
}

/**
 * What one walk over `range` covers whole once the latest record it received is at
 * `latest` (epoch seconds; undefined before any): the seconds it has passed, that is
 * before `latest` oldest first, after it newest first (the second itself may have more
 * records on the next page).
 */
export function walkedPast(range: SecondRange, descending: boolean, latest: number | undefined): SecondRange[] {
  if (latest === undefined) return [];
  const run = descending ? { from: latest + 1, to: range.to } : { from: range.from, to: latest - 1 };
  return run.from <= run.to ? [run] : [];
}
