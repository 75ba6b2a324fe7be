/**
 * The issue the Action opens: its title and its bodies (the first for the issue, the
 * rest for follow-up comments), each within GitHub's limit and each carrying the ids
 * of its own rows.
 */
import {
  type AuditLog,
  idMarker,
  reportHeader,
  reportRow,
  reportTitle,
  type TimeWindow,
  type ZoneClock,
} from '../core/mod.ts';
import { type Body, MAX_BODY_LENGTH, splitBody } from './split.ts';

export interface ReportOptions {
  window: TimeWindow;
  clock: ZoneClock;
  /** The source type(s) watched, as shown: `account_setting` or `user, rule`. */
  sourceType: string;
  /** The Zendesk account, for actor links. */
  account: URL;
  /** Most characters in one body; default GitHub's 65,536. */
  limit?: number;
  /** The marker that ends each body, for its ids; default the unsigned `idMarker`. */
  marker?: (ids: number[]) => string;
}

export interface Report {
  title: string;
  bodies: Body[];
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

/**
 * The report for `records` (oldest first, as given): one title, and bodies of header,
 * rows and an id marker, split into parts when they do not fit in one.
 */
export function buildReport(records: readonly AuditLog[], options: ReportOptions): Report {
  const { window, clock, sourceType, account } = options;
  const rowOptions = { clock, account };
  const bodies = splitBody(records, {
    header: (part) => reportHeader({ count: records.length, window, zone: clock.zone, sourceType, account, part }),
    row: (record, maxTextLength) =>
      reportRow(maxTextLength === undefined ? record : shortenRecord(record, maxTextLength), rowOptions),
    id: (record) => record.id,
    marker: options.marker ?? idMarker,
    limit: options.limit ?? MAX_BODY_LENGTH,
  });
  return { title: reportTitle({ count: records.length, window, clock, sourceType }), bodies };
}
