/**
 * What fetching modules share, so that none imports another for it: the events they
 * report as one typed union (the client: requests, answers, retries, minted tokens; the
 * rate gate: waits; the walks: the count, each page, a stop), which progress lines and logs read
 * by `type`, never by a message's wording.
 */
import type { RateLimit } from './rate-limit.ts';
import type { RetryNotice } from './retry.ts';
import type { SecondRange } from './slices.ts';

export type FetchEvent =
  /** An attempt is sent, once the rate gate let it go (never its headers: they hold the credentials). */
  | { type: 'request'; method: 'GET' | 'POST'; path: string }
  /** An answer came back, any status. */
  | { type: 'response'; path: string; status: number; durationMs: number; rateLimit: RateLimit }
  /** A request failed and is tried again after `delayMs`; `rateLimited` when the failure was a 429. */
  | ({ type: 'retry'; path: string } & RetryNotice)
  /** Requests wait for the account's rate limit until `until` (epoch ms). */
  | { type: 'wait'; until: number }
  /** A new access token was minted from client credentials (the token itself is never in an event). */
  | { type: 'token' }
  /** The count request found `count` matching records. */
  | { type: 'count'; count: number }
  /** A page arrived: running totals of the walk. */
  | { type: 'page'; pages: number; records: number }
  /**
   * The walk was stopped before its end (`stop`): every record received was handed out,
   * and they cover `covered` of the window whole (whole epoch seconds, inclusive, oldest
   * first; undefined when the query has no window).
   */
  | { type: 'stopped'; covered?: SecondRange[] };

export type FetchListener = (event: FetchEvent) => void;

/** The events the client itself emits (the others come from the gate and the walks). */
export type ClientEvent = Extract<FetchEvent, { type: 'request' | 'response' | 'retry' | 'token' }>;
