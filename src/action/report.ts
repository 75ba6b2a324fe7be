/**
 * The issue the Action opens: its title and its bodies (the first for the issue, the
 * rest for follow-up comments), each within GitHub's limit and each carrying the ids
 * of its own rows.
 */
import {
  type AuditLog,
  type HeaderOptions,
  plural,
  replaceUnsafe,
  reportHeader,
  reportRow,
  reviewChanges,
  type Sensitivity,
  sensitivity as builtInSensitivity,
  type TimeWindow,
  type ZoneClock,
} from '../core/mod.ts';
import { checkWhole, isWhole } from '../core/whole-number.ts';
import { reviewSections, worstPlacement } from './sections.ts';
import { type Body, type BodyPart, MAX_BODY_LENGTH, splitBody } from './split.ts';

export interface ReportOptions {
  window: TimeWindow;
  clock: ZoneClock;
  /** The source type(s) watched, as shown: `account_setting` or `user, rule`. */
  sourceType: string;
  /** The Zendesk account, for actor links. */
  account: URL;
  /** Most characters in one body; default GitHub's 65,536. */
  limit?: number;
  /** The marker that ends each body, for its ids (`markerDraft`). */
  marker: (ids: number[]) => string;
  /** Which changes are sensitive; default the built-in patterns. */
  sensitivity?: Sensitivity;
}

export interface Report {
  title: string;
  bodies: Body[];
  /** How many of the changes are sensitive (what `sensitive-labels` and `sensitive-assignees` depend on). */
  sensitive: number;
}

/** `2026-11-23 21:00 UTC`: a title is read at a glance, seconds are noise there. */
function toTheMinute(clock: ZoneClock, ms: number): string {
  return clock.text(ms).replace(/^(\S+ \d{2}:\d{2}):\d{2}/, '$1');
}

/** Options of `reportTitle`. */
export interface TitleOptions {
  /** How many changes the report lists. */
  count: number;
  window: TimeWindow;
  /** The zone the window is shown in. */
  clock: ZoneClock;
  /** The audit-log source type(s) watched, e.g. `account_setting`. */
  sourceType: string;
  /** How many of the changes are sensitive; the title names them only when there are some. */
  sensitive?: number;
}

/**
 * The issue title (plain text: GitHub does not render Markdown in titles).
 *
 * @example reportTitle({ count: 3, window, clock: new ZoneClock('UTC'), sourceType: 'account_setting' })
 *   // 'Zendesk audit: 3 new account_setting changes, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC'
 * @example reportTitle({ count: 11, sensitive: 4, window, clock, sourceType: 'account_setting' })
 *   // 'Zendesk audit: 11 new account_setting changes, 4 sensitive, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC'
 */
export function reportTitle(options: TitleOptions): string {
  const { count, window, clock } = options;
  const sensitive = options.sensitive ?? 0;
  checkWhole('count', count, 0);
  checkWhole('sensitive', sensitive, 0);
  const kind = replaceUnsafe(options.sourceType, () => ' ').trim();
  const span = `${toTheMinute(clock, window.start.epochMilliseconds)} to ${toTheMinute(clock, window.end.epochMilliseconds)}`;
  return `Zendesk audit: ${plural(count, `new ${kind} change`)}${sensitive > 0 ? `, ${sensitive} sensitive` : ''}, ${span}`;
}

/** Zendesk text fields a row shows; what `shortenRecord` cuts. */
const TEXT_FIELDS = ['actor_name', 'source_label', 'change_description', 'ip_address'] as const;

/**
 * `record` with each shown text field cut to `maxLength` code points and marked as
 * shortened, so the row renders smaller; `neutralise` escapes the mark like the rest.
 */
export function shortenRecord(record: AuditLog, maxLength: number): AuditLog {
  const copy: AuditLog = { ...record };
  for (const field of TEXT_FIELDS) {
    const value: unknown = record[field];
    if (typeof value !== 'string') continue;
    const points = Array.from(value);
    if (points.length <= maxLength) continue;
    (copy as Record<string, unknown>)[field] = `${points.slice(0, maxLength).join('')} … [shortened from ${points.length} characters]`;
  }
  return copy;
}

function partSuffix(part: BodyPart | undefined): string {
  if (!part) return '';
  const { index, total } = part;
  if (!isWhole(total, 1) || !isWhole(index, 1, total)) {
    throw new RangeError(`part must satisfy 1 <= index <= total, got ${index} of ${total}`);
  }
  if (total === 1) return '';
  return index === 1 ? ` (part 1 of ${total})` : `, continued (part ${index} of ${total})`;
}

/**
 * `reportHeader` for one body of a report split over several: its heading (the first
 * line) ends `(part 1 of 3)`, or `, continued (part 2 of 3)` on follow-up parts; a
 * report in one body has no part in its heading.
 */
export function partHeader(options: HeaderOptions & { part?: BodyPart }): string {
  const suffix = partSuffix(options.part);
  const header = reportHeader(options);
  const headingEnd = header.indexOf('\n');
  return `${header.slice(0, headingEnd)}${suffix}${header.slice(headingEnd)}`;
}

/**
 * The report for `records` (oldest first, as given): one title, and bodies of header,
 * rows and an id marker, split into parts when they do not fit in one. The first body
 * opens with the review sections; a sensitive change listed there shows its id only
 * when its row is in that body too (else the part that holds it), so every id is
 * written in exactly one body, the one whose marker carries it. A report that fits in
 * one body is `markdownReport` (`--format markdown`) plus the marker.
 */
export function buildReport(records: readonly AuditLog[], options: ReportOptions): Report {
  const { window, clock, sourceType, account } = options;
  const review = reviewChanges(records, options.sensitivity ?? builtInSensitivity());
  const sensitive = new Set(review.sensitive.map((change) => change.record));
  const limit = options.limit ?? MAX_BODY_LENGTH;
  const bodies = splitBody(records, {
    header: (part, place) => {
      const first = part === undefined || part.index === 1;
      const sections = first ? reviewSections(review, clock, place ?? worstPlacement(), limit) : '';
      return partHeader({ count: records.length, window, zone: clock.zone, sourceType, account, part, sections });
    },
    row: (record, maxTextLength) =>
      reportRow(maxTextLength === undefined ? record : shortenRecord(record, maxTextLength), {
        clock,
        account,
        sensitive: sensitive.has(record),
      }),
    id: (record) => record.id,
    marker: options.marker,
    limit,
  });
  const title = reportTitle({ count: records.length, sensitive: review.sensitive.length, window, clock, sourceType });
  return { title, bodies, sensitive: review.sensitive.length };
}
