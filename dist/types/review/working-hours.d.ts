/** Working hours, checked: which days (0 Monday to 6 Sunday), from and until which minute of the day, in which zone. */
export interface WorkingHours {
    /** As the user wrote it. */
    readonly text: string;
    readonly days: ReadonlySet<number>;
    readonly startMinute: number;
    readonly endMinute: number;
    readonly zone: string;
    /** Whether the instant `ms` (epoch milliseconds) falls within the hours. */
    contains(ms: number): boolean;
    /** `Sun 03:12 Europe/Berlin`: the local day and time of `ms`. */
    localText(ms: number): string;
}
/**
 * Working hours from user text (`--working-hours`, the Action's `working-hours`); the zone
 * may be left out when `defaultZone` is given. Throws an `InputError` naming what to fix.
 *
 * @example parseWorkingHours('Mon-Fri 08:00-18:00 Europe/Berlin').contains(Date.parse('2024-03-31T06:30:00Z')) // false: a Sunday
 */
export declare function parseWorkingHours(text: string, defaultZone?: string): WorkingHours;
