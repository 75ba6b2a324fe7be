/**
 * Cursor pagination: one async generator over pages, records on top of it.
 * https://developer.zendesk.com/api-reference/introduction/pagination/#using-cursor-pagination
 */
import { linkedController } from './abort.ts';
import type { ZendeskClient } from './client.ts';
import { ZendeskError } from '../errors.ts';
import type { FetchListener } from './events.ts';
import { checkRecordIds } from './record-ids.ts';
import { auditLogParams, type AuditLogQuery } from './query.ts';
import { recordSecond, walkedPast, windowSeconds } from './slices.ts';
import type { AuditLog, CursorPage } from '../types.ts';

export interface PageOptions {
  signal?: AbortSignal;
  /** Records per request, 1 to 100 (default 100): a small `--limit` needs no more. */
  pageSize?: number;
  /** Told `{ type: 'page', pages, records }` after each page, with running totals (for progress lines). */
  onEvent?: FetchListener;
}

export const AUDIT_LOGS = '/api/v2/audit_logs';

/** Times a page may come back with a cursor we already followed before we give up. */
const MAX_REPEATED_CURSORS = 3;

/** How many recent ids are remembered to drop repeats: memory stays flat for any export. */
export const RECENT_IDS = 10_000;

/** The `page[after]` cursor of a page, from `meta.after_cursor` or else from `links.next`. */
function nextCursor(page: CursorPage): string | null {
  if (!page.meta?.has_more) return null;
  if (page.meta.after_cursor) return page.meta.after_cursor;
  // e.g. "https://acme.zendesk.com/api/v2/audit_logs.json?page[size]=100&page[after]=xxx"
  const next = page.links?.next;
  const cursor = next ? new URL(next).searchParams.get('page[after]') : null;
  if (!cursor) throw new ZendeskError('Zendesk said there are more pages but gave no cursor to fetch them');
  return cursor;
}

/**
 * Yields the `key` array of each page of a cursor-paginated list, each record's id
 * checked (`record-ids.ts`). The next request is built from our own parameters plus
 * `page[after]`, never from `links.next` as a whole, so credentials only ever go to the
 * configured origin.
 *
 * A page whose cursor we already followed is a stale replay or a server loop: it is
 * fetched again, and after `MAX_REPEATED_CURSORS` the walk stops with an error rather
 * than hang or repeat records.
 */
export async function* cursorPages<T>(
  client: ZendeskClient,
  path: string,
  params: URLSearchParams,
  key: string,
  options: PageOptions = {},
): AsyncGenerator<T[]> {
  const followed = new Set<string>();
  let cursor: string | null = null;
  let repeats = 0;
  for (;;) {
    const pageParams = new URLSearchParams(params);
    if (cursor !== null) pageParams.set('page[after]', cursor);
    const { body } = await client.get<CursorPage>(path, pageParams, { signal: options.signal });
    const items = body?.[key];
    if (!Array.isArray(items)) throw new ZendeskError(`GET ${path}: the response has no "${key}" list; is the base URL a Zendesk API?`);
    // Before anything else reads an id: a page that would merge two records is not yielded at all.
    checkRecordIds(path, items);
    const next = nextCursor(body);
    if (next !== null && (followed.has(next) || next === cursor)) {
      if (++repeats > MAX_REPEATED_CURSORS) {
        throw new ZendeskError(
          `GET ${path}: Zendesk kept returning a page cursor it had already returned; stopped rather than loop or repeat records (try again later)`,
        );
      }
      continue;
    }
    repeats = 0;
    if (cursor !== null) followed.add(cursor);
    yield items as T[];
    if (next === null) return;
    cursor = next;
  }
}

/** Remembers the last `capacity` ids seen; `add` says whether an id is new. */
export class RecentIds {
  readonly #ids = new Set<number>();
  /** The ids in the order they came, the oldest overwritten next; a slot not yet filled is undefined, which no set holds. */
  readonly #ring: (number | undefined)[];
  #next = 0;
  readonly capacity: number;

  constructor(capacity = RECENT_IDS) {
    this.capacity = capacity;
    this.#ring = new Array(capacity);
  }

  add(id: number): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.delete(this.#ring[this.#next]!);
    this.#ring[this.#next] = id;
    this.#next = (this.#next + 1) % this.capacity;
    this.#ids.add(id);
    return true;
  }
}

/** Options of `auditLogs`. */
export interface WalkOptions extends PageOptions {
  /** Ask for the next page as soon as this one is handed out (one page ahead, no more): no wait between pages, for a caller that reads to the end. */
  readAhead?: boolean;
  /**
   * Ends the walk early and quietly when it aborts (Ctrl-C): no request is sent after
   * it, the records already received are handed out in order, then a `stopped` event
   * says which stretches of the window they cover. (`signal` instead cancels: it throws.)
   */
  stop?: AbortSignal;
}

/**
 * Every audit-log record matching `query`, one at a time, across as many pages as it
 * takes; a record id seen twice (a record that moved between pages) is dropped.
 *
 * @example for await (const log of auditLogs(client, { sourceType: 'account_setting', createdAt })) print(log);
 */
export async function* auditLogs(client: ZendeskClient, query: AuditLogQuery, options: WalkOptions = {}): AsyncGenerator<AuditLog> {
  const params = auditLogParams(query, options.pageSize);
  const seen = new RecentIds();
  const descending = query.order !== 'asc';
  let pages = 0;
  let records = 0;
  /** The second of the latest record received, in walk order, for what a stop covers. */
  let latest: number | undefined;
  // Stopped early, the page requested ahead is cancelled.
  const { controller, unlink } = linkedController(options.signal, options.stop);
  const walk = cursorPages<AuditLog>(client, AUDIT_LOGS, params, 'audit_logs', { signal: controller.signal });
  try {
    for (let page = await walk.next(); !page.done;) {
      const ahead = options.readAhead ? walk.next() : undefined;
      // Awaited below; this only keeps an early exit from leaving it unhandled.
      ahead?.catch(() => {});
      if (options.stop) latest = latestSecond(page.value, descending, latest);
      const fresh = page.value.filter((log) => seen.add(log.id));
      records += fresh.length;
      for (const log of fresh) yield log;
      options.onEvent?.({ type: 'page', pages: ++pages, records });
      page = await (ahead ?? walk.next());
    }
  } catch (error) {
    if (!options.stop?.aborted || options.signal?.aborted) throw error;
    const covered = query.createdAt && walkedPast(windowSeconds(query.createdAt), descending, latest);
    options.onEvent?.({ type: 'stopped', covered: covered || undefined });
  } finally {
    unlink();
    controller.abort();
    // An async generator finishes the page it is on, then closes (a no-op once it is done).
    void walk.return(undefined).catch(() => {});
  }
}

/** The latest second in walk order among `page` and `before`; unreadable times do not count. */
function latestSecond(page: readonly AuditLog[], descending: boolean, before: number | undefined): number | undefined {
  let latest = before;
  for (const record of page) {
    const second = recordSecond(record);
    if (Number.isNaN(second)) continue;
    if (latest === undefined || (descending ? second < latest : second > latest)) latest = second;
  }
  return latest;
}

/** Collects an async iterable (Array.fromAsync is missing from Node 20). */
export async function toArray<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
