/**
 * The record as Zendesk returned it, plus the time it happened in the reader's zone and,
 * for a record with its detections, what review adds.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog, LocalizedAuditLog } from '../types.ts';
import { type DetectedRecord, detectionFields } from '../review/detector.ts';
import { type Severity } from '../review/rule.ts';
/** A detection as JSON and NDJSON records carry it. */
export type DetectionField = ReturnType<typeof detectionFields>['detections'][number];
/** A localized record with what review adds: whether it is sensitive, the values it went from and to, its detections and their highest severity. */
export interface ReviewedAuditLog extends LocalizedAuditLog {
    sensitive: boolean;
    change_from: string | null;
    change_to: string | null;
    severity: Severity | null;
    detections: DetectionField[];
}
/** The fields review adds, in their output order (after `created_at_local`). */
export declare const REVIEW_FIELDS: readonly ['sensitive', 'change_from', 'change_to', 'severity', 'detections'];
/**
 * What localizing adds to `detected.record`, in output order: `created_at_local`
 * (Temporal's `ZonedDateTime` text of `created_at` in the clock's zone), then the
 * `REVIEW_FIELDS`. Renderers that write a field at a time read these next to the
 * record instead of copying it: a copy per record, given new keys, was measured to
 * double the CPU of a large ndjson export.
 */
export declare function addedFields(detected: DetectedRecord, clock: ZoneClock): Record<string, unknown>;
/** A copy of `record` with `added` last; a key the record already had moves to the end. */
export declare function withAdded(record: AuditLog, added: Record<string, unknown>): Record<string, unknown>;
/**
 * `record` with the same keys in the same order, and `created_at_local` appended last:
 * Temporal's `ZonedDateTime` text of `created_at` in the clock's zone.
 *
 * @example localize(record, new ZoneClock('America/Los_Angeles')).created_at_local
 *   // '2024-05-21T15:34:33-07:00[America/Los_Angeles]' for created_at '2024-05-21T22:34:33Z'
 */
export declare function localize(record: AuditLog, clock: ZoneClock): LocalizedAuditLog;
/**
 * The record of `detected` followed by `created_at_local`, `sensitive`, `change_from`
 * and `change_to` (null when the description has no from/to shape), `severity` (the
 * highest, or null) and `detections` (empty when none), replacing any the record carried.
 */
export declare function localizeReviewed(detected: DetectedRecord, clock: ZoneClock): ReviewedAuditLog;
