/**
 * Instants as Zendesk writes them: UTC, to the second (`2024-05-21T22:34:33Z`), and the
 * zones users read them in. Parsing what users type is in `time-range.ts`; rendering
 * instants in a zone is in `zone-clock.ts`.
 */
import { Temporal } from 'temporal-polyfill';
import { InputError } from '../errors.ts';
import { zoneSuggestions } from './zone-names.ts';

/** A closed interval of instants, whole seconds, both ends inclusive (as Zendesk's `filter[created_at]`). */
export interface TimeWindow {
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** The canonical id of an IANA zone, or an error naming the fix. */
export function validateZone(zone: string): string {
  try {
    return Temporal.Now.zonedDateTimeISO(zone.trim()).timeZoneId;
  } catch {
    const suggestions = zoneSuggestions(zone);
    throw new InputError(
      suggestions.length
        ? `unknown time zone ${JSON.stringify(zone)}: did you mean ${
          [suggestions.slice(0, -1).join(', '), suggestions.at(-1)].filter(Boolean).join(' or ')
        }? (an IANA name)`
        : `unknown time zone ${JSON.stringify(zone)}: use an IANA name such as Europe/Berlin or UTC`,
    );
  }
}

/** The machine's zone; Node and Deno both honour `TZ`. */
export function systemZone(): string {
  return Temporal.Now.timeZoneId();
}

/** `2024-05-21T22:34:33Z`: the form `filter[created_at][]` requires. */
export function utcSecond(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second', roundingMode: 'floor' });
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** `digits` decimal digits of `text` from `start`, or NaN when one is not a digit. */
function digitsAt(text: string, start: number, digits: number): number {
  let value = 0;
  for (let index = start; index < start + digits; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Epoch milliseconds of exactly `YYYY-MM-DDTHH:MM:SSZ`, read by character (every record has one: a regular expression costs more), else NaN. */
function zendeskSecond(text: string): number {
  if (
    text.length !== 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 90
  ) return Number.NaN;
  return Date.UTC(
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 2) - 1,
    digitsAt(text, 8, 2),
    digitsAt(text, 11, 2),
    digitsAt(text, 14, 2),
    digitsAt(text, 17, 2),
  );
}

/** Epoch milliseconds of a Zendesk timestamp (`2024-05-21T22:34:33Z`); any ISO instant also works. */
export function epochMs(timestamp: string): number {
  const fast = zendeskSecond(timestamp);
  if (!Number.isNaN(fast)) return fast;
  const match = TIMESTAMP.exec(timestamp);
  if (match) {
    const [, y, mo, d, h, mi, s, fraction] = match;
    const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  }
  return Temporal.Instant.from(timestamp).epochMilliseconds;
}
