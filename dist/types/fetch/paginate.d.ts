import type { ZendeskClient } from './client.ts';
import type { FetchListener } from './events.ts';
import { type AuditLogQuery } from './query.ts';
import type { AuditLog } from '../types.ts';
export interface PageOptions {
    signal?: AbortSignal;
    /** Records per request, 1 to 100 (default 100): a small `--limit` needs no more. */
    pageSize?: number;
    /** Told `{ type: 'page', pages, records }` after each page, with running totals (for progress lines). */
    onEvent?: FetchListener;
}
export declare const AUDIT_LOGS = "/api/v2/audit_logs";
/** How many recent ids are remembered to drop repeats: memory stays flat for any export. */
export declare const RECENT_IDS = 10000;
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
export declare function cursorPages<T>(client: ZendeskClient, path: string, params: URLSearchParams, key: string, options?: PageOptions): AsyncGenerator<T[]>;
/** Remembers the last `capacity` ids seen; `add` says whether an id is new. */
export declare class RecentIds {
    #private;
    readonly capacity: number;
    constructor(capacity?: number);
    add(id: number): boolean;
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
export declare function auditLogs(client: ZendeskClient, query: AuditLogQuery, options?: WalkOptions): AsyncGenerator<AuditLog>;
/** Collects an async iterable (Array.fromAsync is missing from Node 20). */
export declare function toArray<T>(items: AsyncIterable<T>): Promise<T[]>;
