/**
 * Instants as Zendesk writes them: UTC, to the second (`2024-05-21T22:34:33Z`), and the
 * zones users read them in. Parsing what users type is in `time-range.ts`; rendering
 * instants in a zone is in `zone-clock.ts`.
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
/** `2024-05-21T22:34:33Z`: the form `filter[created_at][]` requires. */
export declare function utcSecond(instant: Temporal.Instant): string;
/** Epoch milliseconds of a Zendesk timestamp (`2024-05-21T22:34:33Z`); any ISO instant also works. */
export declare function epochMs(timestamp: string): number;
