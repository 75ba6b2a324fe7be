/**
 * The issue the Action opens: its title and its bodies (the first for the issue, the
 * rest for follow-up comments), each within GitHub's limit and each carrying the ids
 * of its own rows.
 */
import {
  attentionIds,
  type AuditLog,
  type DetectedRecord,
  type HeaderOptions,
  neutralise,
  plural,
  replaceUnsafe,
  reportHeader,
  reportRow,
  reviewChanges,
  type Severity,
  severityCounts,
  type TimeWindow,
  type ZoneClock,
} from '../core/mod.ts';
import { checkWhole, isWhole } from '../core/whole-number.ts';
import { dataCost, type RowData, rowDataOf } from '../trail/row-data.ts';
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
  /** The marker that ends each body, for what that body lists (`markerDraft`). */
  marker: (content: MarkerContent) => string;
  /** Which records are alerts (of other source types than `sourceType`); none when left out. */
  isAlert?: (record: AuditLog) => boolean;
  /** The least severity of an alert, for the line that says what alerts are. */
  alertSeverity?: Severity;
}

/** What one body's marker says: its ids, what it says of each, and, in the first body, which change each task stands for and how many bodies there are. */
export interface MarkerContent {
  ids: number[];
  rows: RowData[];
  tasks: number[];
  parts?: number;
}

export interface Report {
  title: string;
  bodies: Body[];
  /** How many of the changes are sensitive (what `sensitive-labels` and `sensitive-assignees` depend on). */
  sensitive: number;
  /** How many have each highest severity (what `severity-labels` depends on). */
  severities: Record<Severity, number>;
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
  /** How many of them are alerts (records of other source types), counted apart. */
  alerts?: number;
  /** How many have each highest severity; the title names the high and medium counts when there are some. */
  severities?: Readonly<Record<Severity, number>>;
}

/** The counts the title and the heading start with: `3 new account_setting changes and 2 alerts`. */
function whatCounts(listed: number, alerts: number, changeKind: string): string {
  const changes = listed > 0 || alerts === 0 ? plural(listed, changeKind) : '';
  const alerted = alerts > 0 ? plural(alerts, 'alert') : '';
  return [changes, alerted].filter(Boolean).join(' and ');
}

/**
 * The issue title (plain text: GitHub does not render Markdown in titles).
 *
 * @example reportTitle({ count: 3, window, clock: new ZoneClock('UTC'), sourceType: 'account_setting' })
 *   // 'Zendesk audit: 3 new account_setting changes, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC'
 * @example reportTitle({ count: 13, alerts: 2, severities: { high: 3, medium: 1, low: 2 }, window, clock, sourceType: 'account_setting' })
 *   // 'Zendesk audit: 11 new account_setting changes and 2 alerts, 3 high, 1 medium, 2026-11-23 21:00 UTC to 2026-11-25 21:00 UTC'
 */
export function reportTitle(options: TitleOptions): string {
  const { count, window, clock } = options;
  const alerts = options.alerts ?? 0;
  checkWhole('count', count, 0);
  checkWhole('alerts', alerts, 0, count);
  const kind = replaceUnsafe(options.sourceType, () => ' ').trim();
  const span = `${toTheMinute(clock, window.start.epochMilliseconds)} to ${toTheMinute(clock, window.end.epochMilliseconds)}`;
  const severities = options.severities ? severityCounts(options.severities, ['high', 'medium']) : '';
  return `Zendesk audit: ${whatCounts(count - alerts, alerts, `new ${kind} change`)}${severities ? `, ${severities}` : ''}, ${span}`;
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
 * report in one body has no part in its heading. With `alerts`, the heading counts
 * them apart from the source type's changes (`count` holds both).
 */
export function partHeader(options: HeaderOptions & { part?: BodyPart; alerts?: number }): string {
  const suffix = partSuffix(options.part);
  const alerts = options.alerts ?? 0;
  const header = reportHeader({ ...options, ...(options.count === undefined ? {} : { count: options.count - alerts }) });
  const headingEnd = header.indexOf('\n');
  const heading = alerts > 0
    ? `## Zendesk audit: ${whatCounts(options.count! - alerts, alerts, `${neutralise(options.sourceType)} change`)}`
    : header.slice(0, headingEnd);
  return `${heading}${suffix}${header.slice(headingEnd)}`;
}

/** The line that says what the alerts of a report are. */
function alertsFact(alerts: number, severity: Severity | undefined): string[] {
  if (alerts === 0) return [];
  const least = severity === 'high' ? 'high' : `${severity ?? 'high'} or higher`;
  return [`- **Alerts:** records of other source types that a rule of ${least} severity matches`];
}

/**
 * The report for `records` (oldest first, as given): one title, and bodies of header,
 * rows and an id marker, split into parts when they do not fit in one. The first body
 * opens with the review sections; a sensitive change listed there shows its id only
 * when its row is in that body too (else the part that holds it), so every id is
 * written in exactly one body, the one whose marker carries it. A report that fits in
 * one body is `markdownReport` (`--format markdown`) plus the marker.
 */
export function buildReport(records: readonly DetectedRecord[], options: ReportOptions): Report {
  const { window, clock, sourceType, account } = options;
  const review = reviewChanges(records);
  const alerts = options.isAlert ? records.filter(({ record }) => options.isAlert!(record)).length : 0;
  const facts = alertsFact(alerts, options.alertSeverity);
  const limit = options.limit ?? MAX_BODY_LENGTH;
  // The first body's "Needs attention" items, which reviewers tick: which change each stands for.
  const tasks = attentionIds(review, clock, { size: limit });
  const bodies = splitBody(records, {
    header: (part, place) => {
      const first = part === undefined || part.index === 1;
      const sections = first ? reviewSections(review, clock, place ?? worstPlacement(), limit) : '';
      return partHeader({ count: records.length, alerts, facts, window, zone: clock.zone, sourceType, account, part, sections });
    },
    row: (detected, maxTextLength) =>
      reportRow(maxTextLength === undefined ? detected : { ...detected, record: shortenRecord(detected.record, maxTextLength) }, {
        clock,
        account,
      }),
    id: (detected) => detected.record.id,
    marker: (items, index, total) =>
      options.marker({
        ids: items.map(({ record }) => record.id),
        rows: items.map(rowDataOf),
        tasks: index === 1 ? tasks : [],
        ...(index === 1 ? { parts: total } : {}),
      }),
    markerCost: (detected) => String(detected.record.id).length + 1 + dataCost(rowDataOf(detected)),
    limit,
  });
  const { severities } = review;
  const title = reportTitle({ count: records.length, alerts, severities, window, clock, sourceType });
  return { title, bodies, sensitive: review.sensitive.length, severities };
}
