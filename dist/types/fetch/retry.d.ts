/**
 * When and how long to retry a Zendesk request. Timing is pure (`parseRetryAfter`,
 * `backoffDelay`); `withRetry` runs the loop and takes `sleep` so tests never wait.
 */
import { ZendeskError } from '../errors.ts';
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
export declare const RETRY_DEFAULTS: {
    readonly attempts: 6;
    readonly maxWaitMs: 120000;
    readonly baseDelayMs: 500;
    readonly maxDelayMs: 20000;
};
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
export declare function parseRetryAfter(header: string | null | undefined, now: number): number | undefined;
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so
 * clients that failed together do not retry together, and no wait collapses to zero.
 * `attempt` is the attempt that just failed, from 1.
 */
export declare function backoffDelay(attempt: number, options?: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random?: () => number): number;
/** A timer that rejects with the signal's reason when it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/**
 * Runs `operation` until it succeeds, fails with an error that is not retriable, or
 * exceeds the attempts or the wait budget. 429 and 503 wait for `Retry-After`;
 * other retriable failures back off exponentially. The last error is rethrown with
 * what was tried appended to its message.
 */
export declare function withRetry<T>(operation: (attempt: number) => Promise<T>, options?: RetryOptions & {
    signal?: AbortSignal;
    onRetry?: (notice: RetryNotice) => void;
}): Promise<T>;
