import type { AuditLog } from '../types.ts';
/** The record's `created_at` in epoch milliseconds; a precise error names a record whose time is unreadable. */
export declare function createdAtMs(record: AuditLog): number;
/** A field as text: strings as they are, numbers and booleans written out, null and missing as ''. */
export declare function textOf(value: unknown): string;
