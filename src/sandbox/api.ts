/**
 * The API itself: one request in, one {@link Reply} out, with no I/O. Rate limits,
 * latency and faults are the server's business (server.ts).
 */
import type { AuditLog } from '../core/types.ts';
import { encodeCursor } from './cursor.ts';
import { type CursorListRequest, MAX_OFFSET_DEPTH, type OffsetListRequest, parseListRequest } from './list-request.ts';
import {
  forbidden,
  invalidEndpoint,
  jsonReply,
  paginationTooDeep,
  recordNotFound,
  type Reply,
  ReplyError,
  unauthorized,
} from './replies.ts';
import { allows, type Grant, type ResourceScope, type TokenIssuer } from './oauth.ts';
import { type Staff, userJson } from './staff.ts';
import type { AuditLogStore } from './store.ts';

/** What the API answers from. */
export interface Account {
  store: AuditLogStore;
  staff: Staff;
  plan: 'enterprise' | 'professional';
  credentials: { email: string; apiToken: string; oauthToken: string };
  /** The token endpoint and the tokens it minted. */
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

const ROUTES: {
  pattern: RegExp;
  scope: ResourceScope;
  answer: (account: Account, request: ApiRequest, match: RegExpExecArray) => Reply;
}[] = [
  { pattern: /^\/api\/v2\/audit_logs(?:\.json)?$/, scope: 'auditlogs:read', answer: (account, request) => listAuditLogs(account, request) },
  {
    pattern: /^\/api\/v2\/users\/([^/]+?)(?:\.json)?$/,
    scope: 'users:read',
    answer: (account, _, match) => showUser(account, match[1] as string),
  },
];

/** Answers one request. */
export function answerApi(account: Account, request: ApiRequest): Reply {
  const path = request.target.split('?', 1)[0] as string;
  // The token endpoint takes the client's own credentials in its body, not a header.
  if (/^\/oauth\/tokens(?:\.json)?$/.test(path)) {
    return request.method === 'POST' ? account.oauth.grant(request.body ?? '', request.contentType) : invalidEndpoint();
  }
  const grant = authenticates(request.authorization, account);
  if (!grant) return unauthorized();
  if (!isRead(request.method)) return invalidEndpoint();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    // A token without the resource's scope: Zendesk's 403.
    if (!allows(grant, route.scope)) return forbidden();
    try {
      return route.answer(account, request, match);
    } catch (error) {
      if (error instanceof ReplyError) return error.reply;
      throw error;
    }
  }
  return invalidEndpoint();
}

/**
 * What a request may do: API-token basic auth (`{email}/token:{token}`) and the fixed
 * OAuth token anything, a minted token what its scopes allow; undefined when neither.
 */
export function authenticates(header: string | undefined, account: Pick<Account, 'credentials' | 'oauth'>): Grant | undefined {
  if (!header) return undefined;
  const { credentials } = account;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
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

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

function listAuditLogs(account: Account, request: ApiRequest): Reply {
  if (account.plan !== 'enterprise') return forbidden();
  const [path, rawQuery = ''] = splitTarget(request.target);
  const list = parseListRequest(new URLSearchParams(rawQuery));
  const link = (drop: string[], add: [string, string]) => linkWith(request.linkOrigin + path, rawQuery, drop, add);
  return list.kind === 'cursor' ? cursorPage(account, list, link) : offsetPage(account, list, link);
}

type LinkBuilder = (drop: string[], add: [string, string]) => string;

/**
 * A cursor page. Links are given whenever there are records, also on the last page:
 * clients must stop on `has_more`, as Zendesk's docs say.
 * https://developer.zendesk.com/api-reference/introduction/pagination/#using-cursor-pagination
 */
function cursorPage(account: Account, list: CursorListRequest, link: LinkBuilder): Reply {
  const slice = account.store.walk(list.filter, list.ascending, list.after, list.size);
  const afterCursor = slice.last ? encodeCursor(slice.last) : null;
  const reply = jsonReply(200, {
    audit_logs: slice.records,
    meta: { has_more: slice.hasMore, after_cursor: afterCursor, before_cursor: null },
    links: { next: afterCursor && link(['page[after]'], ['page[after]', afterCursor]), prev: null },
  });
  return { ...reply, cursorPage: true };
}

/** An offset page. `next_page` is given even where following it hits the depth cap, as Zendesk does. */
function offsetPage(account: Account, list: OffsetListRequest, link: LinkBuilder): Reply {
  if (list.page * list.perPage > MAX_OFFSET_DEPTH) return paginationTooDeep();
  const count = account.store.count(list.filter);
  const records: AuditLog[] = account.store.offset(list.filter, list.ascending, (list.page - 1) * list.perPage, list.perPage);
  return jsonReply(200, {
    audit_logs: records,
    next_page: list.page * list.perPage < count ? link(['page'], ['page', String(list.page + 1)]) : null,
    previous_page: list.page > 1 ? link(['page'], ['page', String(list.page - 1)]) : null,
    count,
  });
}

function showUser(account: Account, id: string): Reply {
  const index = /^\d+$/.test(id) ? account.staff.indexById.get(Number(id)) : undefined;
  const member = index === undefined ? undefined : account.staff.members[index];
  return member ? jsonReply(200, { user: userJson(account.staff, member, account.origin()) }) : recordNotFound();
}

function splitTarget(target: string): [string, string | undefined] {
  const separator = target.indexOf('?');
  return separator < 0 ? [target, undefined] : [target.slice(0, separator), target.slice(separator + 1)];
}

/**
 * The request's own query, as the client wrote it, without the `drop` parameters and with
 * `add` appended: `.../audit_logs.json?filter[source_type]=account_setting&page[size]=100&page[after]=eyJv...`.
 */
function linkWith(base: string, rawQuery: string, drop: string[], [name, value]: [string, string]): string {
  const kept = rawQuery.split('&').filter((pair) => pair !== '' && !drop.includes(decodedName(pair)));
  return `${base}?${[...kept, `${name}=${encodeURIComponent(value)}`].join('&')}`;
}

function decodedName(pair: string): string {
  const name = (pair.split('=', 1)[0] as string).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
