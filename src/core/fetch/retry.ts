/**
 * When and how long to retry a Zendesk request. Timing is pure (`parseRetryAfter`,
 * `backoffDelay`); `withRetry` runs the loop and takes `sleep` so tests never wait.
 */
import { ZendeskError, ZendeskHttpError } from '../errors.ts';
import { plural } from '../plural.ts';
import { checkWhole } from '../whole-number.ts';

/** Retry limits. Every field is optional; the defaults suit an interactive run. */
export interface RetryOptions {
  /** Attempts per request, the first included. Default 6. */
  attempts?: number;
  /** Most time one request may spend waiting between its attempts. Default 120 000 ms. */
  maxWaitMs?: number;
  /** First backoff step for 5xx and network errors; it doubles each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest single backoff step. Default 20 000 ms. */
  maxDelayMs?: number;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Waits `ms` or rejects when `signal` aborts. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const RETRY_DEFAULTS = { attempts: 6, maxWaitMs: 120_000, baseDelayMs: 500, maxDelayMs: 20_000 } as const;

/** What `withRetry` reports before each wait. */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: ZendeskError;
  /** True when the server set the delay (Retry-After), false for our own backoff. */
  serverAsked: boolean;
  /** The failure was a 429 Too Many Requests: the wait is for the rate limit. */
  rateLimited: boolean;
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds or an HTTP-date
 * (RFC 9110 section 10.2.3). Undefined when absent or unreadable; a date in the past is 0.
 *
 * @example parseRetryAfter('2', now) === 2000
 * @example parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT')) === 30000
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  // IMF-fixdate and its obsolete forms all carry a weekday and "GMT"; Date.parse reads them.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so
 * clients that failed together do not retry together, and no wait collapses to zero.
 * `attempt` is the attempt that just failed, from 1.
 */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'> = {},
  random = Math.random,
): number {
  const base = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
  const cap = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
  const step = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** A timer that rejects with the signal's reason when it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const seconds = (ms: number): string => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/**
 * Runs `operation` until it succeeds, fails with an error that is not retriable, or
 * exceeds the attempts or the wait budget. 429 and 503 wait for `Retry-After`;
 * other retriable failures back off exponentially. The last error is rethrown with
 * what was tried appended to its message.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions & { signal?: AbortSignal; onRetry?: (notice: RetryNotice) => void } = {},
): Promise<T> {
  const attempts = checkWhole('attempts', options.attempts ?? RETRY_DEFAULTS.attempts, 1);
  const maxWaitMs = options.maxWaitMs ?? RETRY_DEFAULTS.maxWaitMs;
  if (!(maxWaitMs >= 0)) throw new RangeError(`maxWaitMs must be 0 or more, got ${maxWaitMs}`);
  let waited = 0;
  for (let attempt = 1;; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (error) {
      if (!(error instanceof ZendeskError) || !error.retriable || options.signal?.aborted) throw error;
      const asked = error instanceof ZendeskHttpError ? error.retryAfterMs : undefined;
      const delayMs = asked ?? backoffDelay(attempt, options, options.random);
      if (attempt >= attempts) {
        error.message += ` (gave up after ${plural(attempts, 'attempt')}${waited ? ` and ${seconds(waited)} of waiting` : ''})`;
        throw error;
      }
      if (waited + delayMs > maxWaitMs) {
        error.message += asked !== undefined
          ? ` (Zendesk asked to wait ${seconds(asked)}, beyond the ${seconds(maxWaitMs)} retry budget)`
          : ` (gave up after ${plural(attempt, 'attempt')}: the ${seconds(maxWaitMs)} retry budget is spent)`;
        throw error;
      }
      const rateLimited = error instanceof ZendeskHttpError && error.status === 429;
      options.onRetry?.({ attempt, delayMs, error, serverAsked: asked !== undefined, rateLimited });
      await (options.sleep ?? sleep)(delayMs, options.signal);
      waited += delayMs;
    }
  }
}
