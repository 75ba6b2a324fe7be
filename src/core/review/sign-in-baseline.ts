/**
 * Where each user has signed in from: the baseline the new-sign-in-IP rule reads. Built
 * from sign-in records (`action: login`) that the caller fetches over the baseline
 * window (the Action's `baseline`, 30 days by default; the scripts' own window), before
 * the records it judges, so the answer for a sign-in does not depend on the order the
 * records come in. It holds one time per user and address: the first sign-in from it.
 */
import type { AuditLog } from '../types.ts';
import { createdAtMs } from './fields.ts';

/** Whether `record` is a sign-in (Zendesk's `action: login`, activity type "Signed in"). */
export function isSignIn(record: AuditLog): boolean {
  return record.action === 'login';
}

/** The user a sign-in is of (its actor), or undefined when it is no sign-in or has no actor or address. */
function signInUser(record: AuditLog): string | number | undefined {
  const { actor_id: actor, ip_address: address } = record as { actor_id: unknown; ip_address: unknown };
  if (!isSignIn(record) || (typeof actor !== 'number' && typeof actor !== 'string') || typeof address !== 'string' || !address) {
    return undefined;
  }
  // 123 and "123" are one user.
  return typeof actor === 'string' && /^\d+$/.test(actor) ? Number(actor) : actor;
}

/** The address a sign-in came from, as compared: an IPv6 address in any case is one address. */
const addressOf = (record: AuditLog) => (record.ip_address as string).trim().toLowerCase();

export class SignInBaseline {
  /** Per user: the first sign-in's time, and the first time from each address. */
  readonly #users = new Map<string | number, { first: number; addresses: Map<string, number> }>();

  /** The baseline of `records` (sign-ins among them; others are ignored). */
  static of(records: Iterable<AuditLog>): SignInBaseline {
    const baseline = new SignInBaseline();
    for (const record of records) baseline.add(record);
    return baseline;
  }

  /** The baseline of a stream of records, such as a fetch with `filter[action]=login`. */
  static async from(records: AsyncIterable<AuditLog>): Promise<SignInBaseline> {
    const baseline = new SignInBaseline();
    for await (const record of records) baseline.add(record);
    return baseline;
  }

  /** Adds a sign-in (anything else is ignored); in any order. */
  add(record: AuditLog): void {
    const id = signInUser(record);
    if (id === undefined) return;
    const at = createdAtMs(record);
    const address = addressOf(record);
    const user = this.#users.get(id);
    if (!user) {
      this.#users.set(id, { first: at, addresses: new Map([[address, at]]) });
      return;
    }
    user.first = Math.min(user.first, at);
    const seen = user.addresses.get(address);
    if (seen === undefined || at < seen) user.addresses.set(address, at);
  }

  /** How many (user, address) pairs the baseline holds: its memory. */
  get size(): number {
    let size = 0;
    for (const user of this.#users.values()) size += user.addresses.size;
    return size;
  }

  /**
   * Whether `record` is a sign-in from an address its user had not signed in from
   * earlier in the baseline, while they had signed in from another one: a user with no
   * earlier sign-in has no baseline to differ from. `at`: its time in epoch ms, when known.
   */
  isNewAddress(record: AuditLog, at?: number): boolean {
    const id = signInUser(record);
    if (id === undefined) return false;
    const user = this.#users.get(id);
    if (!user) return false;
    at ??= createdAtMs(record);
    if (user.first >= at) return false;
    const seen = user.addresses.get(addressOf(record));
    return seen === undefined || seen >= at;
  }
}
