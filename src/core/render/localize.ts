/**
 * The record as Zendesk returned it, plus the time it happened in the reader's zone.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog, LocalizedAuditLog } from '../types.ts';
import { changeOf } from '../review/change.ts';
import type { Sensitivity } from '../review/sensitive.ts';
import { createdAtMs } from '../review/fields.ts';

/** A localized record with what review adds: whether it is sensitive, and the values it went from and to. */
export interface ReviewedAuditLog extends LocalizedAuditLog {
  sensitive: boolean;
  change_from: string | null;
  change_to: string | null;
}

/** The fields review adds, in their output order. */
export const REVIEW_FIELDS = ['sensitive', 'change_from', 'change_to'] as const;

/**
 * What localizing adds to `record`, in output order: `created_at_local` (Temporal's
 * `ZonedDateTime` text of `created_at` in the clock's zone), and with `sensitivity` the
 * `REVIEW_FIELDS`. Renderers that write a field at a time read these next to the
 * record instead of copying it: a copy per record, given new keys, was measured to
 * double the CPU of a large ndjson export.
 */
export function addedFields(record: AuditLog, clock: ZoneClock, sensitivity?: Sensitivity): Record<string, unknown> {
  const added: Record<string, unknown> = { created_at_local: clock.iso(createdAtMs(record)) };
  if (sensitivity) {
    const { change_from, change_to } = changeOf(record);
    added.sensitive = sensitivity.record(record);
    added.change_from = change_from;
    added.change_to = change_to;
  }
  return added;
}

/** A copy of `record` with `added` last; a key the record already had moves to the end. */
export function withAdded(record: AuditLog, added: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const key of Object.keys(added)) delete copy[key];
  return Object.assign(copy, added);
}

/**
 * `record` with the same keys in the same order, and `created_at_local` appended last:
 * Temporal's `ZonedDateTime` text of `created_at` in the clock's zone.
 *
 * @example localize(record, new ZoneClock('America/Los_Angeles')).created_at_local
 *   // '2024-05-21T15:34:33-07:00[America/Los_Angeles]' for created_at '2024-05-21T22:34:33Z'
 */
export function localize(record: AuditLog, clock: ZoneClock): LocalizedAuditLog {
  return withAdded(record, addedFields(record, clock)) as LocalizedAuditLog;
}

/**
 * `localize(record, clock)` followed by `sensitive`, `change_from` and `change_to`
 * (null when the description has no from/to shape), replacing any the record carried.
 */
export function localizeReviewed(record: AuditLog, clock: ZoneClock, sensitivity: Sensitivity): ReviewedAuditLog {
  return withAdded(record, addedFields(record, clock, sensitivity)) as ReviewedAuditLog;
}
