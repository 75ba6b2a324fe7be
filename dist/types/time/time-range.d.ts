/**
 * Windows from what users type: calendar days in their zone, ISO 8601 instants and
 * look-backs such as `7d`. Zendesk's `filter[created_at]` takes the result as inclusive
 * UTC bounds, to the second.
 */
import { Temporal } from 'temporal-polyfill';
import type { TimeWindow } from './time.ts';
/** A calendar date written `YYYY-MM-DD`; impossible dates such as 2024-02-30 are refused. */
export declare function parseDate(text: string): Temporal.PlainDate;
/** The first second of `date` in `zone` (not always midnight: some zones skip it). */
export declare function startOfDay(date: Temporal.PlainDate, zone: string): Temporal.Instant;
/**
 * Whole calendar days from `first` to `last` in `zone`, as inclusive UTC bounds.
 * A DST day lasts 23 or 25 hours and the window follows it:
 *
 * @example dayRange(2024-03-10, 2024-03-10, 'America/Los_Angeles')
 *   // 2024-03-10T08:00:00Z .. 2024-03-11T06:59:59Z (23 hours)
 */
export declare function dayRange(first: Temporal.PlainDate, last: Temporal.PlainDate, zone: string): TimeWindow;
/**
 * One end of a range: a date `YYYY-MM-DD` (its first or last second in `zone`) or an
 * ISO 8601 instant with `Z` or an offset (a zone name in brackets is allowed).
 */
export declare function parseBound(text: string, zone: string, edge: 'start' | 'end'): Temporal.Instant;
/**
 * A range from user text, checked: start no later than end. Either end is a date or an
 * instant (`parseBound`); an end left out or empty is `now`, floored to the second.
 *
 * @example parseRange('2024-03-10', '2024-03-10', 'America/Los_Angeles')
 *   // 2024-03-10T08:00:00Z .. 2024-03-11T06:59:59Z (a 23-hour day)
 */
export declare function parseRange(start: string, end: string | undefined, zone: string, now?: Temporal.Instant): TimeWindow;
/**
 * A look-back such as `90m`, `36h`, `7d` or `2w` (also `30s`, or ISO 8601 `P7D`). Days and weeks are
 * calendar days in the reader's zone, so `7d` across a DST change still ends at the same
 * wall-clock time a week earlier.
 */
export declare function parseDuration(text: string): Temporal.Duration;
/** The window of `duration` ending at `now` (floored to the second), both ends inclusive. */
export declare function windowEndingAt(now: Temporal.Instant, duration: Temporal.Duration, zone: string): TimeWindow;
