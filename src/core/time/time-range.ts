/**
 * Windows from what users type: calendar days in their zone, ISO 8601 instants and
 * look-backs such as `7d`. Zendesk's `filter[created_at]` takes the result as inclusive
 * UTC bounds, to the second.
 */
import { Temporal } from 'temporal-polyfill';
import { InputError } from '../errors.ts';
import type { TimeWindow } from './time.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written `YYYY-MM-DD`; impossible dates such as 2024-02-30 are refused. */
export function parseDate(text: string): Temporal.PlainDate {
  const trimmed = text.trim();
  if (DATE.test(trimmed)) {
    try {
      return Temporal.PlainDate.from(trimmed, { overflow: 'reject' });
    } catch {
      // Falls through to the message below.
    }
  }
  throw new InputError(`${JSON.stringify(text)} is not a date: write YYYY-MM-DD, e.g. 2024-05-21`);
}

function floorToSecond(instant: Temporal.Instant): Temporal.Instant {
  return instant.round({ smallestUnit: 'second', roundingMode: 'floor' });
}

/** The first second of `date` in `zone` (not always midnight: some zones skip it). */
export function startOfDay(date: Temporal.PlainDate, zone: string): Temporal.Instant {
  return date.toZonedDateTime({ timeZone: zone }).toInstant();
}

/**
 * Whole calendar days from `first` to `last` in `zone`, as inclusive UTC bounds.
 * A DST day lasts 23 or 25 hours and the window follows it:
 *
 * @example dayRange(2024-03-10, 2024-03-10, 'America/Los_Angeles')
 *   // 2024-03-10T08:00:00Z .. 2024-03-11T06:59:59Z (23 hours)
 */
export function dayRange(first: Temporal.PlainDate, last: Temporal.PlainDate, zone: string): TimeWindow {
  if (Temporal.PlainDate.compare(first, last) > 0) {
    throw new InputError(`the end date ${last} is before the start date ${first}`);
  }
  return {
    start: startOfDay(first, zone),
    end: startOfDay(last.add({ days: 1 }), zone).subtract({ seconds: 1 }),
  };
}

/**
 * One end of a range: a date `YYYY-MM-DD` (its first or last second in `zone`) or an
 * ISO 8601 instant with `Z` or an offset (a zone name in brackets is allowed).
 */
export function parseBound(text: string, zone: string, edge: 'start' | 'end'): Temporal.Instant {
  const trimmed = text.trim();
  if (DATE.test(trimmed) || !/[T ]\d/.test(trimmed)) {
    const date = parseDate(trimmed);
    return edge === 'start' ? startOfDay(date, zone) : dayRange(date, date, zone).end;
  }
  try {
    return floorToSecond(Temporal.Instant.from(trimmed));
  } catch {
    const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})(?:\[.*\])?$/i.test(trimmed);
    throw new InputError(
      hasOffset
        ? `${JSON.stringify(text)} is not a valid time: write e.g. 2024-05-21T15:34:33Z`
        : `${JSON.stringify(text)} has no zone: add Z or an offset (2024-05-21T15:34:33-07:00), or give a date`,
    );
  }
}

/**
 * A range from user text, checked: start no later than end. Either end is a date or an
 * instant (`parseBound`); an end left out or empty is `now`, floored to the second.
 *
 * @example parseRange('2024-03-10', '2024-03-10', 'America/Los_Angeles')
 *   // 2024-03-10T08:00:00Z .. 2024-03-11T06:59:59Z (a 23-hour day)
 */
export function parseRange(
  start: string,
  end: string | undefined,
  zone: string,
  now: Temporal.Instant = Temporal.Now.instant(),
): TimeWindow {
  const window = { start: parseBound(start, zone, 'start'), end: end ? parseBound(end, zone, 'end') : floorToSecond(now) };
  if (Temporal.Instant.compare(window.start, window.end) > 0) {
    throw new InputError(`the end (${end || 'now'}) is before the start (${start})`);
  }
  return window;
}

const DURATION = /^(\d+)\s*(s|m|min|h|d|w)$/i;
const UNITS = { s: 'seconds', m: 'minutes', min: 'minutes', h: 'hours', d: 'days', w: 'weeks' } as const;

/**
 * A look-back such as `90m`, `36h`, `7d` or `2w` (also `30s`, or ISO 8601 `P7D`). Days and weeks are
 * calendar days in the reader's zone, so `7d` across a DST change still ends at the same
 * wall-clock time a week earlier.
 */
export function parseDuration(text: string): Temporal.Duration {
  const trimmed = text.trim();
  let duration: Temporal.Duration | undefined;
  const match = DURATION.exec(trimmed);
  if (match) {
    const unit = UNITS[match[2]!.toLowerCase() as keyof typeof UNITS];
    try {
      duration = Temporal.Duration.from({ [unit]: Number(match[1]) });
    } catch {
      // More than Temporal can count (e.g. 99999999999999999999d): the message below.
      duration = undefined;
    }
  } else if (/^P/i.test(trimmed)) {
    try {
      duration = Temporal.Duration.from(trimmed.toUpperCase());
    } catch {
      duration = undefined;
    }
  }
  if (!duration) {
    throw new InputError(`${JSON.stringify(text)} is not a duration: write a whole number and a unit, e.g. 90m, 36h, 7d or 2w`);
  }
  if (duration.sign <= 0) throw new InputError(`the duration ${JSON.stringify(text)} must be longer than zero`);
  return duration;
}

/** The window of `duration` ending at `now` (floored to the second), both ends inclusive. */
export function windowEndingAt(now: Temporal.Instant, duration: Temporal.Duration, zone: string): TimeWindow {
  const end = floorToSecond(now);
  let start: Temporal.Instant;
  try {
    start = end.toZonedDateTimeISO(zone).subtract(duration).toInstant();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(`the duration ${duration} reaches too far back, before any date Temporal knows: choose a shorter one`);
  }
  return { start, end };
}
