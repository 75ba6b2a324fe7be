/**
 * Zendesk's per-account rate limit as a rolling window: at most `limit` requests in any
 * `windowMs`. The budget is full at the start.
 * https://developer.zendesk.com/api-reference/introduction/rate-limits/
 */

export interface RateDecision {
  allowed: boolean;
  limit: number;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Whole seconds until the oldest counted request leaves the window (a slot frees). */
  resetSeconds: number;
}

export class RollingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  /** Times of the accepted requests still in the window, oldest first. */
  readonly #accepted: number[] = [];

  constructor(limit: number, windowMs: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, not ${limit}`);
    if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, not ${windowMs}`);
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /**
   * Counts a request at `now` if the window has room. Rejected requests are not counted:
   * a client that retries too early is not pushed further back. Zendesk does not document
   * either way; this is the kinder reading and keeps `Retry-After` exact.
   */
  take(now: number): RateDecision {
    this.#expire(now);
    const allowed = this.#accepted.length < this.#limit;
    if (allowed) this.#accepted.push(now);
    return { ...this.peek(now), allowed };
  }

  /** The state at `now` without counting a request. */
  peek(now: number): RateDecision {
    this.#expire(now);
    const used = this.#accepted.length;
    const oldest = this.#accepted[0];
    const resetSeconds = oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000));
    return { allowed: used < this.#limit, limit: this.#limit, remaining: Math.max(0, this.#limit - used), resetSeconds };
  }

  #expire(now: number): void {
    while (this.#accepted.length > 0 && (this.#accepted[0] as number) <= now - this.#windowMs) this.#accepted.shift();
  }
}

/** The headers Zendesk puts on every answer. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    'X-Rate-Limit': String(decision.limit),
    'X-Rate-Limit-Remaining': String(decision.remaining),
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
  };
}
