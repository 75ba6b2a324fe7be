/**
 * Time zones and windows. Zendesk speaks UTC to the second; users speak calendar days
 * in their own zone. Temporal does the zone rules; `ZoneClock` caches them so that
 * rendering a record costs arithmetic, not a zone lookup.
 */
import { Temporal } from 'temporal-polyfill';
/** A closed interval of instants, whole seconds, both ends inclusive (as Zendesk's `filter[created_at]`). */
export interface TimeWindow {
    start: Temporal.Instant;
    end: Temporal.Instant;
}
/** The canonical id of an IANA zone, or an error naming the fix. */
export declare function validateZone(zone: string): string;
/** The machine's zone; Node and Deno both honour `TZ`. */
export declare function systemZone(): string;
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
/** A range from user text, checked: start no later than end. */
export declare function parseRange(start: string, end: string, zone: string): TimeWindow;
/**
 * A look-back such as `90m`, `36h`, `7d` or `2w` (also `30s`, or ISO 8601 `P7D`). Days and weeks are
 * calendar days in the reader's zone, so `7d` across a DST change still ends at the same
 * wall-clock time a week earlier.
 */
export declare function parseDuration(text: string): Temporal.Duration;
/** The window of `duration` ending at `now` (floored to the second), both ends inclusive. */
export declare function windowEndingAt(now: Temporal.Instant, duration: Temporal.Duration, zone: string): TimeWindow;
/** `2024-05-21T22:34:33Z`: the form `filter[created_at][]` requires. */
export declare function utcSecond(instant: Temporal.Instant): string;
/** Epoch milliseconds of a Zendesk timestamp (`2024-05-21T22:34:33Z`); any ISO instant also works. */
export declare function epochMs(timestamp: string): number;
/**
 * A short name for `zone` at `instant`: `PDT`, `CEST`, `IST`, `AEST`, `UTC`; where no
 * English locale has a letter abbreviation, the offset as `UTC+09:00`.
 */
export declare function zoneAbbreviation(zone: string, epochMilliseconds: number, offsetText: string): string;
/**
 * Renders instants in one zone fast: the offset comes from a cached span between two
 * transitions (from Temporal), the rest is arithmetic. Output is identical to
 * Temporal's own (`test/core/time.test.ts` checks this across DST transitions).
 *
 * @example new ZoneClock('America/Los_Angeles').text(Date.parse('2024-05-21T22:34:33Z'))
 *   // '2024-05-21 15:34:33 PDT'
 */
export declare class ZoneClock {
    #private;
    readonly zone: string;
    constructor(zone: string);
    /** `2024-05-21 15:34:33 PDT`: what a person reads. */
    text(ms: number): string;
    /** `2024-05-21T15:34:33-07:00[America/Los_Angeles]`: Temporal's `ZonedDateTime` string. */
    iso(ms: number): string;
    /** The zone's abbreviation at `ms`, e.g. `PDT`. */
    abbreviation(ms: number): string;
}
/** `2024-05-21 15:34:33 PDT` for one instant; use a `ZoneClock` for many. */
export declare function formatLocal(instant: Temporal.Instant, zone: string): string;
/**
 * The window as a person reads it, in the chosen zone and in UTC:
 * `2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT (2024-05-01 07:00:00 UTC to 2024-06-01 06:59:59 UTC)`.
 */
export declare function describeWindow(window: TimeWindow, zone: string): string;
