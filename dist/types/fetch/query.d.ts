/**
 * Query parameters of `GET /api/v2/audit_logs`, checked before anything is sent.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/#list-audit-logs
 */
import type { Temporal } from 'temporal-polyfill';
import { type TimeWindow } from '../time/time.ts';
import { isIpAddress } from '../ip-address.ts';
export { isIpAddress };
export declare const AUDIT_ACTIONS: readonly ['create', 'destroy', 'exported', 'login', 'update'];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
type OneOrMany<T> = T | readonly T[];
/** Filters of the audit-log list; a list of values becomes repeated `filter[x][]`. */
export interface AuditLogQuery {
    /** `account_setting`, `user`, `rule`, `apitoken`, ... */
    sourceType?: OneOrMany<string>;
    /** Needs `sourceType` (a Zendesk rule). */
    sourceId?: OneOrMany<number>;
    /** Who made the change. (There is no `filter[user_id]`: Zendesk would ignore it.) */
    actorId?: OneOrMany<number>;
    ipAddress?: OneOrMany<string>;
    action?: OneOrMany<AuditAction>;
    /** Both ends inclusive, whole seconds. */
    createdAt?: TimeWindow;
    /** `desc` (newest first, Zendesk's default) or `asc`. */
    order?: 'desc' | 'asc';
}
/** Largest page Zendesk serves with cursor pagination. */
export declare const MAX_PAGE_SIZE = 100;
/** A positive whole number below 2^53 (Zendesk ids), or an error naming `what`. */
export declare function parseId(value: string | number, what: string): number;
/**
 * Cursor-pagination parameters for a query. `filter[created_at][]` is sent twice, start
 * then end, as Zendesk requires (once gets `400 InvalidValue`; its OpenAPI file is wrong).
 *
 * @example auditLogParams({ sourceType: 'account_setting', createdAt }).toString()
 *   // filter%5Bsource_type%5D=account_setting&filter%5Bcreated_at%5D%5B%5D=2024-05-01T07%3A00%3A00Z&...&page%5Bsize%5D=100&sort=-created_at
 */
export declare function auditLogParams(query: AuditLogQuery, pageSize?: number): URLSearchParams;
/** The same query with a narrower time window (for time-sliced fetching). */
export declare function withWindow(query: AuditLogQuery, start: Temporal.Instant, end: Temporal.Instant): AuditLogQuery;
