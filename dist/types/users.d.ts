/**
 * Users: who made a change.
 * https://developer.zendesk.com/api-reference/ticketing/users/users/#show-user
 */
import type { ZendeskClient } from './client.ts';
import type { User } from './types.ts';
/** Most ids `show_many` takes in one request. */
export declare const SHOW_MANY_LIMIT = 100;
/** One user; an unknown id is a `ZendeskHttpError` (404) that says so plainly. */
export declare function showUser(client: ZendeskClient, id: number, options?: {
    signal?: AbortSignal;
}): Promise<User>;
/** Several users by id, `SHOW_MANY_LIMIT` per request; ids Zendesk does not know are left out. */
export declare function showManyUsers(client: ZendeskClient, ids: readonly number[], options?: {
    signal?: AbortSignal;
}): Promise<User[]>;
