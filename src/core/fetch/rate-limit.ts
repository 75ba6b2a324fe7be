/**
 * The account's rate limit as answers tell it, and what the client tells a request gate:
 * shared by the client and the gate, so neither imports the other.
 * https://developer.zendesk.com/api-reference/introduction/rate-limits/
 */

/** Rate-limit headers of one response; fields are undefined when the server omits them. */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** Milliseconds until the budget has room again (`ratelimit-reset`). */
  resetMs?: number;
}

/** What the client tells the gate about one answer. */
export interface GateAnswer {
  status: number;
  rateLimit: RateLimit;
  /** From `Retry-After`, on 429 and 503. */
  retryAfterMs?: number;
}

/** What `createClient({ gate })` calls around every attempt, retries included, before its timeout starts. */
export interface RequestGate {
  /** Resolves to a ticket when a request may be sent; rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<number>;
  /** Reports the answer to the request of `ticket`, or `undefined` when none came (network error, timeout). */
  settle(ticket: number, answer?: GateAnswer): void;
}

/** Reads both of Zendesk's rate-limit header families: `ratelimit-limit`, `-remaining`, `-reset` (seconds), and `X-Rate-Limit(-Remaining)`. */
export function readRateLimit(headers: Headers): RateLimit {
  /** The first of `names` that holds a number (an empty header is none). */
  const number = (...names: string[]) => names.map((name) => Number(headers.get(name)?.trim() || Number.NaN)).find(Number.isFinite);
  const reset = number('ratelimit-reset');
  return {
    limit: number('ratelimit-limit', 'x-rate-limit'),
    remaining: number('ratelimit-remaining', 'x-rate-limit-remaining'),
    resetMs: reset === undefined ? undefined : reset * 1000,
  };
}
