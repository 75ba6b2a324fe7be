import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog, User } from '../types.ts';
import type { DetectedRecord } from '../review/detector.ts';
/** What `renderText` prints when there are no records, as the seed does. */
export declare const NO_SETTING_UPDATES = "No account setting updates found.";
/** The verb of a change: `action_label` lower-cased (`Signed in` → `signed in`), else `action`. */
export declare function verbOf(record: AuditLog): string;
/**
 * One change as one line (no line end), its time in the clock's zone with the zone's abbreviation.
 *
 * @example changeLine(record, new ZoneClock('America/Los_Angeles'))
 *   // "ID: 23649114690839, At 2024-05-21 15:34:33 PDT User: Joe Agent with id: 1509756491122 updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes"
 */
export declare function changeLine(record: AuditLog, clock: ZoneClock): string;
/** Options of `renderText`. */
export interface TextOptions {
    /** The zone the times are shown in. */
    clock: ZoneClock;
    /** The line printed when there are no records (`''`: none); default `No account setting updates found.` */
    empty?: string;
}
/**
 * What ends the line of a change with a detection: the highest one's severity and title,
 * ` [high: API token created]` (easy to grep for: `grep '\[high:'`); '' when there is none.
 */
export declare function detectionMark(detected: DetectedRecord): string;
/** One line per change, each ending in `\n`, yielded as the records arrive; the `empty` line when there are none. */
export declare function renderText(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options: TextOptions): AsyncGenerator<string>;
/**
 * A user's details, one `Label: value` line each (indented, no heading, no final line
 * end): name, email, role, time zone, last login in the clock's zone, 2FA, suspended.
 * Zendesk sends `two_factor_auth_enabled: null` when the account enforces no 2FA
 * policy: shown as `unknown`, not as off.
 */
export declare function userDetails(user: User, clock: ZoneClock): string;
