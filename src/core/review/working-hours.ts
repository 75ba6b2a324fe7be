/**
 * Working hours as people write them, `Mon-Fri 08:00-18:00 Europe/Berlin`, and whether
 * an instant falls within them. The local time comes from the zone's rules through
 * Temporal (`ZoneClock` caches the offset between two transitions), so the hours hold
 * across DST: on 2024-03-31 in Berlin, 06:30 UTC is 08:30 CEST, within the hours.
 *
 * Days are a list of days and ranges (`Mon-Fri`, `Sun-Thu`, `Mon,Wed,Fri`, `Fri-Mon`);
 * hours a range in 24-hour time, the end excluded, `24:00` for midnight; a range that
 * ends before it starts runs overnight and belongs to the day it starts on
 * (`Mon-Fri 22:00-06:00`: Friday 22:00 to Saturday 06:00 is in, Monday 03:00 is not).
 */
import { InputError } from '../errors.ts';
import { ZoneClock } from '../time/zone-clock.ts';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SHORT_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;
const EXAMPLE = "write days, hours and a zone, e.g. 'Mon-Fri 08:00-18:00 Europe/Berlin'";
const HOURS = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

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

function dayIndex(name: string, text: string): number {
  const lower = name.toLowerCase();
  const index = DAY_NAMES.findIndex((day) => lower === day || lower === day.slice(0, 3));
  if (index < 0) {
    throw new InputError(
      `working hours ${JSON.stringify(text)}: ${JSON.stringify(name)} is not a day: write Mon, Tue, Wed, Thu, Fri, Sat or Sun`,
    );
  }
  return index;
}

function parseDays(field: string, text: string): Set<number> {
  const days = new Set<number>();
  for (const item of field.split(',')) {
    const [first, last, extra] = item.split('-');
    if (!first || extra !== undefined || last === '') throw new InputError(`working hours ${JSON.stringify(text)}: ${EXAMPLE}`);
    const start = dayIndex(first, text);
    const end = last === undefined ? start : dayIndex(last, text);
    // `Fri-Mon` wraps over the weekend.
    for (let day = start;; day = (day + 1) % 7) {
      days.add(day);
      if (day === end) break;
    }
  }
  return days;
}

function minuteOf(hours: string, minutes: string, text: string): number {
  const [h, m] = [Number(hours), Number(minutes)];
  if (h > 24 || m > 59 || (h === 24 && m > 0)) {
    throw new InputError(`working hours ${JSON.stringify(text)}: ${hours}:${minutes} is not a time of day: write 00:00 to 24:00`);
  }
  return h * 60 + m;
}

/**
 * Working hours from user text (`--working-hours`, the Action's `working-hours`); the zone
 * may be left out when `defaultZone` is given. Throws an `InputError` naming what to fix.
 *
 * @example parseWorkingHours('Mon-Fri 08:00-18:00 Europe/Berlin').contains(Date.parse('2024-03-31T06:30:00Z')) // false: a Sunday
 */
export function parseWorkingHours(text: string, defaultZone?: string): WorkingHours {
  const fields = text.trim().split(/\s+/).filter(Boolean);
  if (fields.length < 2 || fields.length > 3) throw new InputError(`working hours ${JSON.stringify(text)}: ${EXAMPLE}`);
  const days = parseDays(fields[0]!, text);
  const hours = HOURS.exec(fields[1]!);
  if (!hours) {
    throw new InputError(
      `working hours ${JSON.stringify(text)}: ${JSON.stringify(fields[1])} is not a range of hours: write e.g. 08:00-18:00`,
    );
  }
  const startMinute = minuteOf(hours[1]!, hours[2]!, text);
  const endMinute = minuteOf(hours[3]!, hours[4]!, text);
  if (startMinute === endMinute) throw new InputError(`working hours ${JSON.stringify(text)}: the hours start and end at the same time`);
  const zoneName = fields[2] ?? defaultZone;
  if (!zoneName) throw new InputError(`working hours ${JSON.stringify(text)}: add a time zone, e.g. Europe/Berlin`);
  let clock: ZoneClock;
  try {
    clock = new ZoneClock(zoneName);
  } catch (error) {
    throw new InputError(`working hours ${JSON.stringify(text)}: ${(error as Error).message}`);
  }
  /** The local minute of the week (0 is Monday 00:00). */
  const minuteOfWeek = (ms: number) => {
    const localMs = ms + clock.offsetMs(ms);
    const day = Math.floor(localMs / DAY_MS);
    // 1970-01-01 was a Thursday (3, counting from Monday).
    return ((((day + 3) % 7) + 7) % 7) * 1440 + Math.floor((localMs - day * DAY_MS) / 60_000);
  };
  const local = (ms: number) => {
    const minute = minuteOfWeek(ms);
    return { weekday: Math.floor(minute / 1440), minute: minute % 1440 };
  };
  // Each minute of the week reads the same: its text is made once.
  const texts: string[] = [];
  return {
    text: text.trim(),
    days,
    startMinute,
    endMinute,
    zone: clock.zone,
    contains(ms) {
      const { weekday, minute } = local(ms);
      if (startMinute < endMinute) return days.has(weekday) && minute >= startMinute && minute < endMinute;
      return (days.has(weekday) && minute >= startMinute) || (days.has((weekday + 6) % 7) && minute < endMinute);
    },
    localText(ms) {
      const ofWeek = minuteOfWeek(ms);
      let text = texts[ofWeek];
      if (text === undefined) {
        const minute = ofWeek % 1440;
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        text = texts[ofWeek] = `${SHORT_NAMES[Math.floor(ofWeek / 1440)]} ${time} ${clock.zone}`;
      }
      return text;
    },
  };
}
