/**
 * Users: who made a change.
 * https://developer.zendesk.com/api-reference/ticketing/users/users/#show-user
 */
import type { ZendeskClient } from './client.ts';
import { ZendeskHttpError } from '../errors.ts';
import type { User } from '../types.ts';

/** One user; an unknown id is a `ZendeskHttpError` (404) that says so plainly. */
export async function showUser(client: ZendeskClient, id: number, options: { signal?: AbortSignal } = {}): Promise<User> {
  const path = `/api/v2/users/${id}`;
  try {
    const { body } = await client.get<{ user: User }>(path, undefined, options);
    return body.user;
  } catch (error) {
    if (error instanceof ZendeskHttpError && error.status === 404) {
      throw new ZendeskHttpError({
        status: 404,
        method: 'GET',
        path,
        detail: { code: error.code, message: `no user with id ${id} in this account` },
        hint: 'check the id (the actor_id of an audit-log record)',
      });
    }
    throw error;
  }
}
