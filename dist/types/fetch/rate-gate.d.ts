/**
 * One request budget shared by every request of a client. Zendesk limits an account to
 * a number of requests per rolling minute (700 on Enterprise, 2,500 on Enterprise Plus)
 * and says how much is left on every answer (`ratelimit-remaining`, `ratelimit-reset`,
 * `X-Rate-Limit-Remaining`). Parallel walks that each learned this on their own would
 * all run into the wall together and get a burst of 429s; the gate learns it once and
 * holds every request back until the budget has room.
 * https://developer.zendesk.com/api-reference/introduction/rate-limits/
 */
import type { FetchListener } from './events.ts';
import type { GateAnswer, RequestGate } from './rate-limit.ts';
export interface RateGateOptions {
    /** Requests left for the account's other clients: the gate stops this many short of the limit. Default 0. */
    reserve?: number;
    /** The same as a share (0 to 0.9) of the limit answers give (`ratelimit-limit`): 0.2 of 700 leaves 140. The larger applies. Default 0. */
    reserveShare?: number;
    /** How long to hold back when the budget is spent and the server named no reset time. Default 1000 ms. */
    fallbackWaitMs?: number;
    /** Clock in epoch ms; default `Date.now`. */
    now?: () => number;
    /** Told `{ type: 'wait', until }` when requests wait for the budget, `until` being when (epoch ms) the gate next looks again: for progress lines. */
    onEvent?: FetchListener;
}
/**
 * The budget from the latest answer, less the requests it could not count. The answer to
 * request n counts every request the server saw before it; the server may have seen
 * after it the requests numbered above n, and those below n that were in flight with
 * it (still unanswered, or answered since n was sent: answers come back in any order).
 * Requests wait, first come first served, while that estimate is spent; when nothing is
 * in flight to bring news, one request goes when the server said a slot frees
 * (`ratelimit-reset`), and its answer tells the rest.
 *
 * A `Retry-After` on a 429 (or on a 503) holds every request until it is over, those of
 * every walk alike; requests already in flight are the only ones it cannot hold.
 *
 * Before the first answer one request at a time goes; a server that sends no rate-limit
 * headers is not held back by a budget (its 429s still hold everything for their `Retry-After`).
 *
 * @example
 * const gate = new RateGate();
 * const client = createClient({ baseUrl, credentials, gate });
 * // every request of `client`, from any number of concurrent walks, shares one budget
 */
export declare class RateGate implements RequestGate {
    #private;
    constructor(options?: RateGateOptions);
    /** Requests of the budget left for the account's other clients. */
    get reserve(): number;
    /** Requests sent and not yet answered. */
    get inFlight(): number;
    /** Until when (epoch ms) every request is held by a `Retry-After`; 0 when none is. */
    get heldUntil(): number;
    /** Requests that may go now by the latest answer (Infinity when the server tells nothing). */
    get available(): number;
    acquire(signal?: AbortSignal): Promise<number>;
    settle(ticket: number, answer?: GateAnswer): void;
}
