/**
 * Instants in a zone, as people read them. Temporal does the zone rules; `ZoneClock`
 * caches them so that rendering a record costs arithmetic, not a zone lookup.
 */
import { Temporal } from 'temporal-polyfill';
import { type TimeWindow, validateZone } from './time.ts';

const NAMED_ZONE_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

/**
 * A short name for `zone` at `instant`: `PDT`, `CEST`, `IST`, `AEST`, `UTC`; where no
 * English locale has a letter abbreviation, the offset as `UTC+09:00`.
 */
export function zoneAbbreviation(zone: string, epochMilliseconds: number, offsetText: string): string {
  const date = new Date(epochMilliseconds);
  for (const locale of NAMED_ZONE_LOCALES) {
    let name: string | undefined;
    try {
      name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
        .formatToParts(date)
        .find((part) => part.type === 'timeZoneName')?.value;
    } catch {
      // A zone Temporal knows and this runtime's Intl does not (offset zones such as
      // `+05:00` before V8 12.x, newer tzdata): the offset is the name.
      break;
    }
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return `UTC${offsetText}`;
}

/** One stretch of constant offset in a zone, epoch ms, end exclusive. */
interface Span {
  start: number;
  end: number;
  offsetMs: number;
  /** `-07:00`, as Temporal writes it. */
  offsetText: string;
  abbreviation: string;
}

const DAY_MS = 86_400_000;

/** `00` to `99`: two-digit fields are the bulk of rendering a time, so they are looked up. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => (value < 10 ? `0${value}` : String(value)));

function pad2(value: number): string {
  return TWO_DIGITS[value] ?? String(value);
}

/** Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `-07:00`: Temporal writes offsets rounded to the minute, half away from zero (e.g. -04:42:45 as -04:43). */
function offsetText(offsetNs: number): string {
  const sign = offsetNs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetNs) / 60e9);
  return `${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * Renders instants in one zone fast: the offset comes from a cached span between two
 * transitions (from Temporal), the rest is arithmetic. Output is identical to
 * Temporal's own (`test/core/time/time.test.ts` checks this across DST transitions).
 *
 * @example new ZoneClock('America/Los_Angeles').text(Date.parse('2024-05-21T22:34:33Z'))
 *   // '2024-05-21 15:34:33 PDT'
 */
export class ZoneClock {
  readonly zone: string;
  #spans: Span[] = [];
  #last: Span | undefined;
  /** The local day last rendered and its `YYYY-MM-DD`: records come in time order, many to a day. */
  #lastDay = Number.NaN;
  #lastDate = '';

  constructor(zone: string) {
    this.zone = validateZone(zone);
  }

  /** The span of constant offset that contains `ms`. */
  #span(ms: number): Span {
    const last = this.#last;
    if (last && ms >= last.start && ms < last.end) return last;
    let low = 0;
    let high = this.#spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.#spans[middle]!;
      if (ms < span.start) high = middle - 1;
      else if (ms >= span.end) low = middle + 1;
      else return (this.#last = span);
    }
    const span = this.#lookUp(ms);
    this.#spans.splice(low, 0, span);
    return (this.#last = span);
  }

  #lookUp(ms: number): Span {
    const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
    // 'previous' is strictly before its instant: ask from 1 ms later so a span that starts at `ms` includes it.
    const previous = Temporal.Instant.fromEpochMilliseconds(ms + 1).toZonedDateTimeISO(this.zone).getTimeZoneTransition('previous');
    const next = zoned.getTimeZoneTransition('next');
    const text = offsetText(zoned.offsetNanoseconds);
    return {
      start: previous ? previous.epochMilliseconds : -Infinity,
      end: next ? next.epochMilliseconds : Infinity,
      offsetMs: zoned.offsetNanoseconds / 1e6,
      offsetText: text,
      abbreviation: zoneAbbreviation(this.zone, ms, text),
    };
  }

  /** Local date and time parts, or undefined outside years 0000-9999 (left to Temporal). */
  #parts(ms: number): { date: string; time: string; fraction: string; span: Span } | undefined {
    const span = this.#span(ms);
    const local = ms + span.offsetMs;
    const days = Math.floor(local / DAY_MS);
    if (days !== this.#lastDay) {
      const [year, month, day] = civilFromDays(days);
      if (year < 0 || year > 9999) return undefined;
      this.#lastDay = days;
      this.#lastDate = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
    }
    const ofDay = local - days * DAY_MS;
    const seconds = Math.floor(ofDay / 1000);
    const millis = ofDay - seconds * 1000;
    return {
      date: this.#lastDate,
      time: `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`,
      fraction: millis ? `.${String(millis).padStart(3, '0').replace(/0+$/, '')}` : '',
      span,
    };
  }

  /** `2024-05-21 15:34:33 PDT`: what a person reads. */
  text(ms: number): string {
    const parts = this.#parts(ms);
    if (!parts) {
      const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
      return `${zoned.toPlainDateTime().toString({ smallestUnit: 'second' }).replace('T', ' ')} ${this.#span(ms).abbreviation}`;
    }
    return `${parts.date} ${parts.time} ${parts.span.abbreviation}`;
  }

  /** `2024-05-21T15:34:33-07:00[America/Los_Angeles]`: Temporal's `ZonedDateTime` string. */
  iso(ms: number): string {
    const parts = this.#parts(ms);
    if (!parts) return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone).toString();
    return `${parts.date}T${parts.time}${parts.fraction}${parts.span.offsetText}[${this.zone}]`;
  }

  /** The zone's offset from UTC at `ms`, in milliseconds: `-25_200_000` for PDT. */
  offsetMs(ms: number): number {
    return this.#span(ms).offsetMs;
  }

  /** The zone's abbreviation at `ms`, e.g. `PDT`. */
  abbreviation(ms: number): string {
    return this.#span(ms).abbreviation;
  }
}

/**
 * The window as a person reads it, in the chosen zone and in UTC:
 * `2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT (2024-05-01 07:00:00 UTC to 2024-06-01 06:59:59 UTC)`.
 */
export function describeWindow(window: TimeWindow, zone: string): string {
  const local = new ZoneClock(zone);
  const utc = new ZoneClock('UTC');
  const start = window.start.epochMilliseconds;
  const end = window.end.epochMilliseconds;
  const inZone = `${local.text(start)} to ${local.text(end)}`;
  return local.zone === 'UTC' ? inZone : `${inZone} (${utc.text(start)} to ${utc.text(end)})`;
}
