/**
 * The record as Zendesk returned it, plus the time it happened in the reader's zone.
 */
import type { ZoneClock } from '../time.ts';
import type { AuditLog, LocalizedAuditLog } from '../types.ts';
/**
 * `record` with the same keys in the same order, and `created_at_local` appended last:
 * Temporal's `ZonedDateTime` text of `created_at` in the clock's zone.
 *
 * @example localize(record, new ZoneClock('America/Los_Angeles')).created_at_local
 *   // '2024-05-21T15:34:33-07:00[America/Los_Angeles]' for created_at '2024-05-21T22:34:33Z'
 */
export declare function localize(record: AuditLog, clock: ZoneClock): LocalizedAuditLog;
