import { type TimeWindow } from './time.ts';
/**
 * A short name for `zone` at `instant`: `PDT`, `CEST`, `IST`, `AEST`, `UTC`; where no
 * English locale has a letter abbreviation, the offset as `UTC+09:00`.
 */
export declare function zoneAbbreviation(zone: string, epochMilliseconds: number, offsetText: string): string;
/**
 * Renders instants in one zone fast: the offset comes from a cached span between two
 * transitions (from Temporal), the rest is arithmetic. Output is identical to
 * Temporal's own (`test/core/time/time.test.ts` checks this across DST transitions).
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
    /** The zone's offset from UTC at `ms`, in milliseconds: `-25_200_000` for PDT. */
    offsetMs(ms: number): number;
    /** The zone's abbreviation at `ms`, e.g. `PDT`. */
    abbreviation(ms: number): string;
}
/**
 * The window as a person reads it, in the chosen zone and in UTC:
 * `2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT (2024-05-01 07:00:00 UTC to 2024-06-01 06:59:59 UTC)`.
 */
export declare function describeWindow(window: TimeWindow, zone: string): string;
