/**
 * Who is who: the GitHub login each Zendesk user reviews as (the `reviewers` input, the
 * evidence command's `--reviewers FILE`), one mapping a line:
 *
 *     # github-login: zendesk-user-id-or-email
 *     alice: 1509756491122
 *     bob: bob@acme.example
 *
 * A sign-off by the login mapped to the change's own actor is a self-review: shown as
 * such, and not accepted. A login may be mapped to several Zendesk users (one line
 * each). An email needs the actor's email to compare with, which only Zendesk's users
 * API tells (`users:read`); it is asked only when an email is used.
 */
import { InputError, showUser, type ZendeskClient } from '../core/mod.ts';

/** Who a login is in Zendesk: user ids, emails (lower case). */
export interface ZendeskPerson {
  ids: Set<number>;
  emails: Set<string>;
}

/** Reviewers by GitHub login (lower case). */
export type Reviewers = ReadonlyMap<string, ZendeskPerson>;

/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[1-9]\d{0,15}$/;

/**
 * The mapping in `text`, or an `InputError` naming `source` (the input or the file) and
 * the line to fix. Blank lines and `#` comments are skipped; `@` before a login is
 * allowed.
 */
export function parseReviewers(text: string, source: string): Reviewers {
  const reviewers = new Map<string, ZendeskPerson>();
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (!line) return;
    const where = `${source}, line ${index + 1}`;
    const colon = line.indexOf(':');
    const login = (colon < 0 ? line : line.slice(0, colon)).trim().replace(/^@/, '');
    const who = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!who) throw new InputError(`${where}: write github-login: zendesk-user-id-or-email, e.g. alice: 1509756491122`);
    if (!GITHUB_LOGIN.test(login)) throw new InputError(`${where}: ${JSON.stringify(login)} is not a GitHub user name`);
    const person = reviewers.get(login.toLowerCase()) ?? { ids: new Set<number>(), emails: new Set<string>() };
    if (ID.test(who) && Number.isSafeInteger(Number(who))) person.ids.add(Number(who));
    else if (EMAIL.test(who)) person.emails.add(who.toLowerCase());
    else throw new InputError(`${where}: ${JSON.stringify(who)} is neither a Zendesk user id nor an email`);
    reviewers.set(login.toLowerCase(), person);
  });
  return reviewers;
}

/** Whether any reviewer is mapped by email: then the actors' emails are needed. */
export function usesEmails(reviewers: Reviewers): boolean {
  return [...reviewers.values()].some((person) => person.emails.size > 0);
}

/**
 * Whether `login` is the Zendesk user `actorId` (whose email is `actorEmail`, when
 * known) by the mapping: a sign-off by them on their own change is a self-review.
 */
export function isSelf(reviewers: Reviewers, login: string, actorId: number | null, actorEmail?: string): boolean {
  const person = reviewers.get(login.toLowerCase());
  if (!person || actorId === null) return false;
  if (person.ids.has(actorId)) return true;
  return actorEmail !== undefined && person.emails.has(actorEmail.toLowerCase());
}

/** The emails (lower case) of the Zendesk users `ids`, asked one by one (a few admins): what an email in the mapping is compared with. */
export async function actorEmails(client: ZendeskClient, ids: readonly number[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (const id of new Set(ids)) {
    const user = await showUser(client, id);
    if (typeof user.email === 'string' && user.email) found.set(id, user.email.toLowerCase());
  }
  return found;
}
