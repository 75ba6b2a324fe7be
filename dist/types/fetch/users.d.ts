/**
 * Users: who made a change.
 * https://developer.zendesk.com/api-reference/ticketing/users/users/#show-user
 */
import type { ZendeskClient } from './client.ts';
import type { User } from '../types.ts';
/** One user; an unknown id is a `ZendeskHttpError` (404) that says so plainly. */
export declare function showUser(client: ZendeskClient, id: number, options?: {
    signal?: AbortSignal;
}): Promise<User>;
