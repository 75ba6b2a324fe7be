/**
 * Where each user has signed in from: the baseline the new-sign-in-IP rule reads. Built
 * from sign-in records (`action: login`) that the caller fetches over the baseline
 * window (the Action's `baseline`, 30 days by default; the scripts' own window), before
 * the records it judges, so the answer for a sign-in does not depend on the order the
 * records come in. It holds one time per user and address: the first sign-in from it.
 */
import type { AuditLog } from '../types.ts';
/** Whether `record` is a sign-in (Zendesk's `action: login`, activity type "Signed in"). */
export declare function isSignIn(record: AuditLog): boolean;
export declare class SignInBaseline {
    #private;
    /** The baseline of `records` (sign-ins among them; others are ignored). */
    static of(records: Iterable<AuditLog>): SignInBaseline;
    /** The baseline of a stream of records, such as a fetch with `filter[action]=login`. */
    static from(records: AsyncIterable<AuditLog>): Promise<SignInBaseline>;
    /** Adds a sign-in (anything else is ignored); in any order. */
    add(record: AuditLog): void;
    /** How many (user, address) pairs the baseline holds: its memory. */
    get size(): number;
    /**
     * Whether `record` is a sign-in from an address its user had not signed in from
     * earlier in the baseline, while they had signed in from another one: a user with no
     * earlier sign-in has no baseline to differ from. `at`: its time in epoch ms, when known.
     */
    isNewAddress(record: AuditLog, at?: number): boolean;
}
