/**
 * What an answer says about the account's rate limit, and what a request gate is told:
 * what the client and the gate share, so neither imports the other.
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

/**
 * Reads Zendesk's two families of rate-limit headers: `ratelimit-limit`,
 * `ratelimit-remaining` and `ratelimit-reset` (seconds), and the older `X-Rate-Limit`
 * and `X-Rate-Limit-Remaining`.
 */
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
