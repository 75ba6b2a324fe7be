/**
 * Reads the query of `GET /api/v2/audit_logs` into a filter and a pagination request,
 * answering bad input the way Zendesk does.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/#list-audit-logs
 */
import { wholeNumberOf } from '../core/whole-number.ts';
import { decodeCursor } from './cursor.ts';
import { invalidCreatedAt, invalidPaginationParameter, ReplyError } from './replies.ts';
import type { AuditLogFilter, Position } from './store.ts';
import { parseZendeskTimestamp } from './time.ts';

export const MAX_PAGE_SIZE = 100;
/** Offset pagination stops at page 100 or 10,000 records (page * per_page). */
export const MAX_OFFSET_DEPTH = 10_000;

export interface CursorListRequest {
  kind: 'cursor';
  filter: AuditLogFilter;
  ascending: boolean;
  size: number;
  after?: Position;
}

export interface OffsetListRequest {
  kind: 'offset';
  filter: AuditLogFilter;
  ascending: boolean;
  page: number;
  perPage: number;
}

export type ListRequest = CursorListRequest | OffsetListRequest;

/**
 * `params` come decoded (URLSearchParams turns `filter%5Bactor_id%5D` into
 * `filter[actor_id]`). Throws {@link ReplyError} with Zendesk's 400 for bad input.
 */
export function parseListRequest(params: URLSearchParams): ListRequest {
  const filter = parseFilter(params);
  const size = params.get('page[size]');
  if (size !== null) {
    // `sort_by` and `sort_order` are silently ignored alongside page[size].
    const sort = params.get('sort') ?? '-created_at';
    if (sort !== 'created_at' && sort !== '-created_at') throw new ReplyError(invalidPaginationParameter('sort'));
    if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_PAGE_SIZE) {
      throw new ReplyError(invalidPaginationParameter('page[size]'));
    }
    const request: CursorListRequest = { kind: 'cursor', filter, ascending: sort === 'created_at', size: Number(size) };
    const after = params.get('page[after]');
    if (after !== null) request.after = cursorParameter('page[after]', after);
    return request;
  }
  return {
    kind: 'offset',
    filter,
    ascending: params.get('sort_order') === 'asc',
    page: Math.max(1, wholeNumberOf(params.get('page')) ?? 1),
    // Larger pages are cut to 100 rather than refused.
    perPage: Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumberOf(params.get('per_page')) ?? MAX_PAGE_SIZE)),
  };
}

/**
 * The record fields `filter[...]` narrows, named as in the query: `filter[actor_id]=1&filter[actor_id]=2`
 * keeps the records by either actor. Adding a filter means adding its field here.
 */
export const FILTER_FIELDS = ['source_type', 'source_id', 'actor_id', 'ip_address', 'action'] as const;

function parseFilter(params: URLSearchParams): AuditLogFilter {
  const fields: [string, Set<string>][] = [];
  for (const field of FILTER_FIELDS) {
    // Ids compare as numbers: `007` is the id 7.
    const wanted = values(params, `filter[${field}]`).map((value) => (/^\d+$/.test(value) ? String(Number(value)) : value));
    if (wanted.length) fields.push([field, new Set(wanted)]);
  }
  const filter: AuditLogFilter = { fields };

  const once = params.getAll('filter[created_at]');
  const range = params.getAll('filter[created_at][]');
  if (once.length > 0 || range.length > 0) {
    // Exactly a start and an end, both inclusive; anything else is Zendesk's InvalidValue.
    const [from, to] = range.map(parseZendeskTimestamp);
    if (once.length > 0 || range.length !== 2 || from === undefined || to === undefined) {
      throw new ReplyError(invalidCreatedAt());
    }
    filter.from = from;
    filter.to = to;
  }
  return filter;
}

/** Values of `name` and `name[]` together; blank values do not filter. */
function values(params: URLSearchParams, name: string): string[] {
  return [...params.getAll(name), ...params.getAll(`${name}[]`)].filter((value) => value !== '');
}

function cursorParameter(name: string, cursor: string): Position {
  const position = decodeCursor(cursor);
  if (!position) throw new ReplyError(invalidPaginationParameter(name));
  return position;
}
