/**
 * Reading fields of an audit-log record defensively: the types describe what Zendesk
 * documents, but a renderer must not crash or print `undefined` on a record that
 * lacks a field or holds a null where text was promised.
 */
import { epochMs } from '../time/time.ts';
import type { AuditLog } from '../types.ts';

/** The record's `created_at` in epoch milliseconds; a precise error names a record whose time is unreadable. */
export function createdAtMs(record: AuditLog): number {
  const createdAt: unknown = record.created_at;
  if (typeof createdAt === 'string') {
    try {
      const ms = epochMs(createdAt);
      if (Number.isFinite(ms)) return ms;
    } catch {
      // Falls through to the message below.
    }
  }
  throw new TypeError(`audit log ${String(record.id)} has no readable created_at: ${JSON.stringify(createdAt) ?? 'undefined'}`);
}

/** A field as text: strings as they are, numbers and booleans written out, null and missing as ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  return String(value);
}
