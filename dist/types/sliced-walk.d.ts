import type { ZendeskClient } from './client.ts';
import { type PageOptions } from './paginate.ts';
import { type AuditLogQuery } from './query.ts';
import type { AuditLog } from './types.ts';
export interface SlicedOptions extends PageOptions {
    concurrency: number;
    sliceRecords: number;
    pageSize: number;
}
/**
 * The slices of one window, walked by up to `concurrency` page requests at once as
 * `nextStep` decides, and handed out in order. Records of a slice past a split that are
 * already in flight are dropped on arrival and fetched again by the new slice.
 */
export declare function slicedWalk(client: ZendeskClient, query: AuditLogQuery, count: number, options: SlicedOptions): AsyncGenerator<AuditLog>;
