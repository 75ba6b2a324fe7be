/**
 * Query parameters of `GET /api/v2/audit_logs`, checked before anything is sent.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/#list-audit-logs
 */
import type { Temporal } from 'temporal-polyfill';
import { InputError } from '../errors.ts';
import { type TimeWindow, utcSecond } from '../time/time.ts';
import { checkWhole, isZendeskId, wholeNumberOf } from '../whole-number.ts';
import { isIpAddress } from '../ip-address.ts';

export { isIpAddress };

export const AUDIT_ACTIONS = ['create', 'destroy', 'exported', 'login', 'update'] as const;
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
export const MAX_PAGE_SIZE = 100;

const SOURCE_TYPE = /^[a-z][a-z0-9_]*(?:\/[a-z0-9_]+)*$/;

function list<T>(value: OneOrMany<T> | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** A positive whole number below 2^53 (Zendesk ids), or an error naming `what`. */
export function parseId(value: string | number, what: string): number {
  const text = String(value).trim();
  const id = wholeNumberOf(text);
  if (!isZendeskId(id)) {
    throw new InputError(`${what} ${JSON.stringify(String(value))} is not an id: use a positive whole number such as 1509756491122`);
  }
  return id;
}

function checkQuery(query: AuditLogQuery): void {
  for (const type of list(query.sourceType)) {
    if (!SOURCE_TYPE.test(type)) {
      throw new InputError(`source type ${JSON.stringify(type)} is not valid: use e.g. account_setting, user, rule or apitoken`);
    }
  }
  for (const action of list(query.action)) {
    if (!(AUDIT_ACTIONS as readonly string[]).includes(action)) {
      throw new InputError(`action ${JSON.stringify(action)} is not one of ${AUDIT_ACTIONS.join(', ')}`);
    }
  }
  for (const ip of list(query.ipAddress)) {
    if (!isIpAddress(ip)) {
      throw new InputError(
        `IP address ${JSON.stringify(ip)} is not valid: write an IPv4 or IPv6 address, e.g. 52.40.123.85 or 2001:db8::1`,
      );
    }
  }
  for (const id of [...list(query.sourceId), ...list(query.actorId)]) parseId(id, 'id');
  if (list(query.sourceId).length && !list(query.sourceType).length) {
    throw new InputError('a source id filter needs a source type too');
  }
  if (query.order !== undefined && query.order !== 'asc' && query.order !== 'desc') {
    throw new InputError(`order ${JSON.stringify(query.order)} is not asc or desc`);
  }
}

function addFilter(params: URLSearchParams, name: string, values: readonly (string | number)[]): void {
  if (values.length === 1) params.append(`filter[${name}]`, String(values[0]));
  else for (const value of values) params.append(`filter[${name}][]`, String(value));
}

/**
 * Cursor-pagination parameters for a query. `filter[created_at][]` is sent twice, start
 * then end, as Zendesk requires (once gets `400 InvalidValue`; its OpenAPI file is wrong).
 *
 * @example auditLogParams({ sourceType: 'account_setting', createdAt }).toString()
 *   // filter%5Bsource_type%5D=account_setting&filter%5Bcreated_at%5D%5B%5D=2024-05-01T07%3A00%3A00Z&...&page%5Bsize%5D=100&sort=-created_at
 */
export function auditLogParams(query: AuditLogQuery, pageSize = MAX_PAGE_SIZE): URLSearchParams {
  checkQuery(query);
  checkWhole('pageSize', pageSize, 1, MAX_PAGE_SIZE);
  const params = new URLSearchParams();
  addFilter(params, 'source_type', list(query.sourceType));
  addFilter(params, 'source_id', list(query.sourceId));
  addFilter(params, 'actor_id', list(query.actorId));
  addFilter(params, 'ip_address', list(query.ipAddress));
  addFilter(params, 'action', list(query.action));
  if (query.createdAt) {
    const { start, end } = query.createdAt;
    params.append('filter[created_at][]', utcSecond(start));
    params.append('filter[created_at][]', utcSecond(end));
  }
  params.set('page[size]', String(pageSize));
  params.set('sort', query.order === 'asc' ? 'created_at' : '-created_at');
  return params;
}

/** The same query with a narrower time window (for time-sliced fetching). */
export function withWindow(query: AuditLogQuery, start: Temporal.Instant, end: Temporal.Instant): AuditLogQuery {
  return { ...query, createdAt: { start, end } };
}
