/**
 * A Markdown report (what `--format markdown` prints): a heading, the window, the
 * account, the review sections (review.ts), and a GFM table with one row per change.
 * The pieces are pure and independent, so a caller can compose its own bodies from them:
 *
 *   reportHeader({ ..., sections }) + rows.map((record) => reportRow(record, ...)).join('\n') + '\n'
 */
import type { TimeWindow } from '../time/time.ts';
import { describeWindow, ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog } from '../types.ts';
import { plural } from '../plural.ts';
import { checkWhole, isZendeskId } from '../whole-number.ts';
import type { DetectedRecord } from '../review/detector.ts';
import { createdAtMs, textOf } from '../review/fields.ts';
import { reviewChanges } from '../review/review.ts';
import { isSensitive } from '../review/rule.ts';
import { neutralise } from './neutralise.ts';
import { reviewSections, SENSITIVE_MARK } from './review.ts';

export { MAX_TEXT_LENGTH, neutralise } from './neutralise.ts';

/** Shown in a cell whose value is missing: an empty cell reads as a rendering fault. */
const MISSING = '—';
const TABLE_COLUMNS = ['Severity', 'Actor', 'Setting', 'Change', 'IP', 'Audit log'] as const;
/** A rule's title in the Severity cell is cut to this many characters: the sections above the table have it in full. */
const TITLE_LENGTH = 80;
/**
 * An origin we can put in a link destination and a code span as is: http(s), a host
 * name or an IP literal, a port. `new URL` accepts hosts with `(` or a backtick.
 */
const SAFE_ORIGIN = /^https?:\/\/[A-Za-z0-9.\-]+(?::\d+)?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](?::\d+)?$/;

/** The account's origin, or a TypeError: it becomes part of every actor link. */
function accountOrigin(account: URL): string {
  const origin = account instanceof URL ? account.origin : 'null';
  if (!SAFE_ORIGIN.test(origin)) {
    throw new TypeError(`account must be the http(s) URL of a Zendesk account, got ${String(account)}`);
  }
  return origin;
}

function changes(count: number | undefined, kind: string): string {
  return count === undefined ? `${kind} changes` : plural(count, `${kind} change`);
}

/** Options of `reportHeader`. */
export interface HeaderOptions {
  /** How many changes the whole report lists; left out of the heading when not known (a stream). */
  count?: number;
  window: TimeWindow;
  /** IANA zone of the times in the report. */
  zone: string;
  /** The audit-log source type(s) watched, e.g. `account_setting`. */
  sourceType: string;
  /** The Zendesk account; only its origin is shown. */
  account: URL;
  /** The review sections (`reviewSections`), placed between the introduction and the table. */
  sections?: string;
  /** More items of the introduction's list, after the window and the account: the caller's own inert Markdown. */
  facts?: readonly string[];
  /** Set when the changes are only part of the window (a stopped run): the stretches of it they cover whole. */
  covered?: readonly TimeWindow[];
}

/** The heading and the list of window and account, shared by a report and a "nothing found" body. */
function introduction(options: HeaderOptions): string {
  if (options.count !== undefined) checkWhole('count', options.count, 0);
  const { covered } = options;
  const heading = `## Zendesk audit: ${changes(options.count, neutralise(options.sourceType))}${covered ? ' (partial)' : ''}`;
  return [
    heading,
    '',
    `- **Window:** ${describeWindow(options.window, options.zone)}`,
    ...(covered ? [`- **Partial:** the run was stopped; ${coveredText(covered, options.zone)}`] : []),
    // A code span, not a bare URL: GFM would autolink that, and the only links we emit go to actor profiles and runbooks.
    `- **Account:** \`${accountOrigin(options.account)}\``,
    ...(options.facts ?? []),
    '',
  ].join('\n');
}

/** Which stretches of the window a partial report covers. */
function coveredText(covered: readonly TimeWindow[], zone: string): string {
  if (covered.length === 0) return 'no stretch of the window was fetched whole';
  return `it covers only ${covered.map((stretch) => describeWindow(stretch, zone)).join('; ')}`;
}

/** `PST` when the window has one abbreviation throughout, else the zone id (the window spans a DST change). */
function timeColumn(window: TimeWindow, zone: string): string {
  const clock = new ZoneClock(zone);
  const first = clock.abbreviation(window.start.epochMilliseconds);
  const last = clock.abbreviation(window.end.epochMilliseconds);
  return `Time (${first === last ? first : clock.zone})`;
}

function tableRow(cells: readonly string[]): string {
  // The spaces keep a cell that ends in a backslash from escaping the next pipe.
  return `| ${cells.join(' | ')} |`;
}

/**
 * The start of a report body, ending in a line end after the table's delimiter row:
 * a heading on the first line, the window in the zone and in UTC, the account origin, and the table header
 * `| Time (PDT) | Severity | Actor | Setting | Change | IP | Audit log |`.
 */
export function reportHeader(options: HeaderOptions): string {
  const columns = [timeColumn(options.window, options.zone), ...TABLE_COLUMNS];
  return `${introduction(options)}\n${options.sections ?? ''}${tableRow(columns)}\n${tableRow(columns.map(() => '---'))}\n`;
}

/** Options of `reportRow`. */
export interface RowOptions {
  /** The zone the time is shown in. */
  clock: ZoneClock;
  /** The Zendesk account: actor links point to its agent interface. */
  account: URL;
}

/** The actor as a link to their profile in the agent interface; the URL is ours, only the text is Zendesk's. */
function actorCell(record: AuditLog, origin: string): string {
  const name = neutralise(textOf(record.actor_name));
  const id: unknown = record.actor_id;
  if (!isZendeskId(id)) return name || MISSING;
  return `[${name || `user ${id}`}](${origin}/agent/users/${id})`;
}

function textCell(value: unknown): string {
  return neutralise(textOf(value)) || MISSING;
}

/** `⚠ high: API token created`, `low: Two-factor requirement turned on (+1)`: the highest detection, ⚠ when sensitive, and how many more. */
function severityCell({ detections, severity }: DetectedRecord): string {
  const highest = detections[0];
  if (!highest) return MISSING;
  const more = detections.length > 1 ? ` (+${detections.length - 1})` : '';
  return `${isSensitive(severity) ? `${SENSITIVE_MARK} ` : ''}${highest.severity}: ${neutralise(highest.title, TITLE_LENGTH)}${more}`;
}

/**
 * One table row, without a line end: local time, the highest detection (`severityCell`),
 * actor, setting (`source_label`), change (`change_description`), IP and the audit-log
 * id. All Zendesk text goes through `neutralise`, so a row stays under 41,000 characters
 * however long the record's texts are.
 */
export function reportRow(detected: DetectedRecord, options: RowOptions): string {
  const { record } = detected;
  const origin = accountOrigin(options.account);
  const id: unknown = record.id;
  return tableRow([
    options.clock.text(createdAtMs(record)),
    severityCell(detected),
    actorCell(record, origin),
    textCell(record.source_label),
    textCell(record.change_description),
    textCell(record.ip_address),
    isZendeskId(id) ? String(id) : textCell(id),
  ]);
}

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /** The zone the times are shown in. */
  clock: ZoneClock;
  /** IANA zone of the window (normally `clock.zone`). */
  zone: string;
  window: TimeWindow;
  /** The audit-log source type(s) listed, e.g. `account_setting`. */
  sourceType: string;
  account: URL;
  /** Set when the records are only part of the window (a stopped run): the stretches of it they cover whole. The heading says the report is partial. */
  covered?: readonly TimeWindow[];
}

/**
 * One whole report body for `records` (with their detections), in the order given: the
 * introduction with the count, the review sections, and the table; or, when there are
 * none, a line saying no changes were found in the window. No size limit is applied to
 * the table; only the sections above it are bounded.
 */
export function markdownReport(records: readonly DetectedRecord[], options: MarkdownOptions): string {
  const { window, zone, sourceType, account, covered } = options;
  const header = { window, zone, sourceType, account, ...(covered ? { covered } : {}) };
  if (records.length === 0) {
    return `${introduction(header)}\nNo ${neutralise(sourceType)} changes were found in ${covered ? 'what was fetched' : 'this window'}.\n`;
  }
  const sections = reviewSections(reviewChanges(records), options.clock);
  const rows = records.map((detected) => reportRow(detected, { clock: options.clock, account: options.account }));
  return `${reportHeader({ ...header, count: records.length, sections })}${rows.join('\n')}\n`;
}

/**
 * `markdownReport` over a stream. The sections above the table need every change, so
 * the records are collected first: memory grows with the report (fine for a report a
 * person reads; use `ndjson` or `csv` for bulk exports). `covered` may be a function,
 * asked once the records end, for a stream that a stop can cut short.
 */
export async function* renderMarkdown(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: Omit<MarkdownOptions, 'covered'> & { covered?: readonly TimeWindow[] | (() => readonly TimeWindow[] | undefined) },
): AsyncGenerator<string> {
  const all: DetectedRecord[] = [];
  for await (const record of records) all.push(record);
  const covered = typeof options.covered === 'function' ? options.covered() : options.covered;
  yield markdownReport(all, { ...options, covered });
}
