import type { ZendeskClient } from './client.ts';
import { type WalkOptions } from './paginate.ts';
import { type AuditLogQuery } from './query.ts';
import type { AuditLog } from '../types.ts';
/** Options of `parallelAuditLogs`; every field has a default. */
export interface ParallelOptions extends Omit<WalkOptions, 'readAhead'> {
    /** Cursor walks at once (requests in flight), 1 to 64. Default 16; 1 is one walk with no count request (unless `count` asks for one). */
    concurrency?: number;
    /** Records a slice is planned to hold; one slice buffers at most twice this ahead of the output. Default 1000. */
    sliceRecords?: number;
    /** Fewer matching records than this (by the count request) are fetched in one walk. Default 500 (five pages). */
    minRecords?: number;
    /** Make the count request with `concurrency: 1` too (one request more), for a progress bar: the `count` event. Default false. */
    count?: boolean;
}
export declare const PARALLEL_DEFAULTS: {
    readonly concurrency: 16;
    readonly sliceRecords: 1000;
    readonly minRecords: 500;
};
/** Most concurrent walks `parallelAuditLogs` accepts. */
export declare const MAX_CONCURRENCY = 64;
/**
 * How many records match `query`, from one request: the offset endpoint's `count`
 * (`GET /api/v2/audit_logs?<filters>&per_page=1` answers `{audit_logs, count, next_page,
 * previous_page}`). Undefined when the answer has no count.
 */
export declare function countAuditLogs(client: ZendeskClient, query: AuditLogQuery, options?: {
    signal?: AbortSignal;
}): Promise<number | undefined>;
/**
 * Every audit-log record matching `query`, in the order one walk gives them (newest
 * first, or oldest first with `order: 'asc'`), fetched by up to `concurrency` cursor
 * walks over time slices at once.
 *
 * - A count request (`per_page=1`) comes first; a small result (under `minRecords`),
 *   a query without `createdAt`, or `concurrency: 1` is fetched in one walk instead.
 * - The window is cut into slices of whole seconds that partition it (bounds are
 *   inclusive); slices that turn out to hold many records are split while walking.
 * - Records stream out in order as they arrive. The walks read ahead of the consumer
 *   only as far as it takes records in a few round trips (`readAhead`), measured as
 *   they go: a few pages on a fast link, up to 2 x `sliceRecords` per walk on a slow
 *   one; so memory stays flat for any number of records.
 * - Give the client a `RateGate` (`createClient({ gate: new RateGate() })`) so the walks
 *   share the account's rate limit instead of each running into 429s.
 * - The first failure stops every walk and is thrown; so is an abort of `signal`. An
 *   abort of `stop` ends the walk with what was received (see `stop`).
 *
 * @example
 * const client = createClient({ baseUrl, credentials, gate: new RateGate() });
 * for await (const log of parallelAuditLogs(client, { sourceType: 'account_setting', createdAt }, { concurrency: 8 })) print(log);
 */
export declare function parallelAuditLogs(client: ZendeskClient, query: AuditLogQuery, options?: ParallelOptions): AsyncGenerator<AuditLog>;
