/**
 * The API itself: one request in, one {@link Reply} out, with no I/O (the rate limit,
 * latency and faults are the server's). It serves what the client calls: the audit log
 * (cursor pages, and offset pages with a count), one user, and the token endpoint.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/#list-audit-logs
 */
import { wholeNumberOf } from '../core/whole-number.ts';
import { allows, type Grant, type TokenIssuer } from './oauth.ts';
import {
  FORBIDDEN,
  INVALID_CREATED_AT,
  INVALID_ENDPOINT,
  invalidPaginationParameter,
  jsonReply,
  PAGINATION_TOO_DEEP,
  RECORD_NOT_FOUND,
  type Reply,
  UNAUTHORIZED,
} from './replies.ts';
import { type Staff, userJson } from './staff.ts';
import type { AuditLogFilter, AuditLogStore, Position } from './store.ts';
import { parseZendeskTimestamp } from './time.ts';

/** What the API answers from. */
export interface Account {
  store: AuditLogStore;
  staff: Staff;
  plan: 'enterprise' | 'professional';
  credentials: { email: string; apiToken: string; oauthToken: string };
  oauth: TokenIssuer;
  /** Origin for resource `url` fields. */
  origin: () => string;
}

export interface ApiRequest {
  method: string;
  /** Path and query as received. */
  target: string;
  authorization: string | undefined;
  /** Origin the client reached us at, for pagination links. */
  linkOrigin: string;
  /** The body of a POST, as text. */
  body?: string;
  contentType?: string;
}

const MAX_PAGE_SIZE = 100;
/** Offset pagination stops at page 100 or 10,000 records (page * per_page). */
const MAX_OFFSET_DEPTH = 10_000;
/**
 * The record fields `filter[...]` narrows, named as in the query: `filter[actor_id]=1&filter[actor_id]=2`
 * keeps the records by either actor. Adding a filter means adding its field here.
 */
const FILTER_FIELDS = ['source_type', 'source_id', 'actor_id', 'ip_address', 'action'] as const;

export function answerApi(account: Account, request: ApiRequest): Reply {
  const separator = request.target.indexOf('?');
  const path = separator < 0 ? request.target : request.target.slice(0, separator);
  const query = separator < 0 ? '' : request.target.slice(separator + 1);
  // The token endpoint takes the client's own credentials in its body, not a header.
  if (/^\/oauth\/tokens(?:\.json)?$/.test(path)) {
    return request.method === 'POST' ? account.oauth.grant(request.body ?? '', request.contentType) : INVALID_ENDPOINT;
  }
  const grant = authenticates(request.authorization, account);
  if (!grant) return UNAUTHORIZED;
  if (request.method !== 'GET' && request.method !== 'HEAD') return INVALID_ENDPOINT;
  if (/^\/api\/v2\/audit_logs(?:\.json)?$/.test(path)) {
    // A token without the resource's scope gets Zendesk's 403, as does an account without Enterprise.
    if (!allows(grant, 'auditlogs:read') || account.plan !== 'enterprise') return FORBIDDEN;
    return listAuditLogs(account.store, new URLSearchParams(query), (name, value) => link(request.linkOrigin + path, query, name, value));
  }
  const user = /^\/api\/v2\/users\/([^/]+?)(?:\.json)?$/.exec(path);
  if (!user) return INVALID_ENDPOINT;
  if (!allows(grant, 'users:read')) return FORBIDDEN;
  const member = account.staff.members.find((candidate) => candidate.id === wholeNumberOf(user[1]));
  return member ? jsonReply(200, { user: userJson(account.staff, member, account.origin()) }) : RECORD_NOT_FOUND;
}

/**
 * What a request may do: API-token basic auth (`{email}/token:{token}`) and the fixed
 * OAuth token anything, a minted token what its scopes allow; undefined when neither.
 */
function authenticates(header: string | undefined, account: Account): Grant | undefined {
  const { credentials } = account;
  const [scheme = '', value = ''] = (header ?? '').trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') {
    return value === credentials.oauthToken ? { scopes: 'all' } : account.oauth.grantOf(value);
  }
  if (scheme.toLowerCase() !== 'basic') return undefined;
  try {
    const bytes = Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes) === `${credentials.email}/token:${credentials.apiToken}` ? { scopes: 'all' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /api/v2/audit_logs`: with `page[size]` a cursor page, else an offset page. `params`
 * come decoded (`filter%5Bactor_id%5D` is `filter[actor_id]`); `link` gives the URL of
 * this query with one parameter set. Bad input gets Zendesk's 400.
 */
function listAuditLogs(store: AuditLogStore, params: URLSearchParams, link: (name: string, value: string) => string): Reply {
  const filter = parseFilter(params);
  if (!filter) return INVALID_CREATED_AT;
  const size = params.get('page[size]');
  if (size === null) {
    const page = Math.max(1, wholeNumberOf(params.get('page')) ?? 1);
    // Larger pages are cut to 100 rather than refused.
    const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumberOf(params.get('per_page')) ?? MAX_PAGE_SIZE));
    if (page * perPage > MAX_OFFSET_DEPTH) return PAGINATION_TOO_DEEP;
    const count = store.count(filter);
    const records = take(store.matching(filter, params.get('sort_order') === 'asc'), (page - 1) * perPage, perPage);
    // `next_page` is given even where following it hits the depth cap, as Zendesk does.
    return jsonReply(200, {
      audit_logs: records.map((record) => store.served(record)),
      next_page: page * perPage < count ? link('page', String(page + 1)) : null,
      previous_page: page > 1 ? link('page', String(page - 1)) : null,
      count,
    });
  }

  // `sort_by` and `sort_order` are silently ignored alongside page[size].
  const sort = params.get('sort') ?? '-created_at';
  if (sort !== 'created_at' && sort !== '-created_at') return invalidPaginationParameter('sort');
  const pageSize = wholeNumberOf(size);
  if (!pageSize || pageSize > MAX_PAGE_SIZE) return invalidPaginationParameter('page[size]');
  const cursor = params.get('page[after]');
  const after = cursor === null ? undefined : decodeCursor(cursor);
  if (cursor !== null && !after) return invalidPaginationParameter('page[after]');
  const records = take(store.matching(filter, sort === 'created_at', after), 0, pageSize + 1);
  const last = records[Math.min(records.length, pageSize) - 1];
  const afterCursor = last ? encodeCursor({ seconds: Date.parse(last.created_at) / 1000, id: last.id }) : null;
  // Links are given whenever there are records, also on the last page: clients must stop
  // on `has_more`, as https://developer.zendesk.com/api-reference/introduction/pagination/ says.
  const reply = jsonReply(200, {
    audit_logs: records.slice(0, pageSize).map((record) => store.served(record)),
    meta: { has_more: records.length > pageSize, after_cursor: afterCursor, before_cursor: null },
    links: { next: afterCursor && link('page[after]', afterCursor), prev: null },
  });
  return { ...reply, cursorPage: true };
}

/** The filter a query asks for, or undefined for a bad `filter[created_at]`. */
function parseFilter(params: URLSearchParams): AuditLogFilter | undefined {
  const filter: AuditLogFilter = { fields: [] };
  for (const field of FILTER_FIELDS) {
    // `name` and `name[]` together; blank values do not filter; ids compare as numbers: `007` is the id 7.
    const wanted = [...params.getAll(`filter[${field}]`), ...params.getAll(`filter[${field}][]`)]
      .filter((value) => value !== '')
      .map((value) => String(wholeNumberOf(value) ?? value));
    if (wanted.length) filter.fields.push([field, new Set(wanted)]);
  }
  const range = params.getAll('filter[created_at][]');
  if (params.has('filter[created_at]') || range.length > 0) {
    // Exactly a start and an end, both inclusive; anything else is Zendesk's InvalidValue.
    if (params.has('filter[created_at]') || range.length !== 2 || range.some((text) => parseZendeskTimestamp(text) === undefined)) {
      return undefined;
    }
    [filter.from, filter.to] = range;
  }
  return filter;
}

/** Skips `skip` items, then returns up to `count`. */
function take<T>(items: Iterable<T>, skip: number, count: number): T[] {
  const taken: T[] = [];
  for (const item of items) {
    if (skip > 0) skip--;
    else if (taken.push(item) === count) break;
  }
  return taken;
}

/**
 * The request's own query, as the client wrote it, with `name` set to `value` (appended):
 * `.../audit_logs.json?filter[source_type]=account_setting&page[size]=100&page[after]=eyJv...`.
 */
function link(base: string, query: string, name: string, value: string): string {
  const kept = query.split('&').filter((pair) => pair !== '' && decodedName(pair) !== name);
  return `${base}?${[...kept, `${name}=${encodeURIComponent(value)}`].join('&')}`;
}

function decodedName(pair: string): string {
  const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Opaque cursors. Like Zendesk's they are base64 JSON naming the sort key and the position
 * of a record (here base64url, so they need no escaping in a query). They hold a position,
 * not an index, so they stay correct when records are added between pages:
 * `eyJvIjoiY3JlYXRlZF9hdCxpZCIsInYiOlsxNzE2MzMwODczLDIzNjQ5MTE0NjkwODM5XX0`.
 */
function encodeCursor(position: Position): string {
  return btoa(JSON.stringify({ o: 'created_at,id', v: [position.seconds, position.id] })).replace(/\+/g, '-').replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The position in a cursor, or `undefined` when it is not one of ours. */
function decodeCursor(cursor: string): Position | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')))?.v;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => Number.isSafeInteger(part))) return undefined;
    return { seconds: value[0], id: value[1] };
  } catch {
    return undefined;
  }
}
