/**
 * One HTTP exchange with Zendesk, and what its answer means: the response body as data,
 * or a `ZendeskHttpError` built from any of Zendesk's error shapes.
 * https://developer.zendesk.com/api-reference/introduction/responses/
 */
import { linkedController } from './abort.ts';
import { parseErrorBody, ZendeskError, ZendeskHttpError } from './errors.ts';
import { type GateAnswer, type RateLimit, readRateLimit } from './rate-limit.ts';
import { parseRetryAfter } from './retry.ts';

/** One request as sent: the token request is the only one with a body, and the only one without a token. */
export interface Outgoing {
  method: 'GET' | 'POST';
  url: URL;
  /** For messages and events: the path without the query. */
  path: string;
  authorization?: string;
  /** JSON. */
  body?: string;
}

export interface ApiResponse<T> {
  body: T;
  status: number;
  headers: Headers;
  rateLimit: RateLimit;
}

/** An answer as it came, any status, its body read whole. */
export interface Exchange {
  response: Response;
  text: string;
  rateLimit: RateLimit;
  /** From `Retry-After` on an answer that is not ok. */
  retryAfterMs?: number;
  durationMs: number;
}

export interface TransportOptions {
  fetch: typeof fetch;
  /** Time allowed for the exchange, body included. */
  timeoutMs: number;
  headers: Record<string, string>;
  /** Removes secrets from text that may echo them. */
  redact: (text: string) => string;
}

/** Longest delay a timer holds (2^31 - 1 ms, about 24.8 days); setTimeout treats more as 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Sends `request` and reads the answer whole; a network error or a timeout is a retriable `ZendeskError`. */
export async function exchange(request: Outgoing, signal: AbortSignal | undefined, options: TransportOptions): Promise<Exchange> {
  const { method, url, path } = request;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), Math.min(options.timeoutMs, MAX_TIMER_MS));
  const started = Date.now();
  const combined = linkedController(timeout.signal, signal);
  const headers: Record<string, string> = { ...options.headers };
  if (request.authorization) headers.Authorization = request.authorization;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    // A redirect is never followed (the credentials stay with the configured origin), and
    // 'manual' hands it back as an answer that fails at once; 'error' would throw a
    // TypeError that looks like a network error and is retried.
    const response = await options.fetch(url, {
      method,
      headers,
      body: request.body,
      signal: combined.controller.signal,
      redirect: 'manual',
    });
    const text = await response.text();
    const retryAfterMs = response.ok ? undefined : parseRetryAfter(response.headers.get('retry-after'), Date.now());
    return { response, text, rateLimit: readRateLimit(response.headers), retryAfterMs, durationMs: Date.now() - started };
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const reason = timeout.signal.aborted
      ? `no complete answer within ${options.timeoutMs / 1000} s`
      : `network error (${
        options.redact(cause instanceof Error ? (cause.cause as Error | undefined)?.message || cause.message : String(cause))
      })`;
    throw new ZendeskError(`${method} ${path}: ${reason}`, { cause, retriable: true });
  } finally {
    clearTimeout(timer);
    combined.unlink();
  }
}

/** What a request gate is told of an answer. */
export function gateAnswer(answer: Exchange): GateAnswer {
  return { status: answer.response.status, rateLimit: answer.rateLimit, retryAfterMs: answer.retryAfterMs };
}

/** The parsed body of an ok answer; else the error it stands for. `hint` goes on a 401 to a signed request. */
export function readAnswer<T>(request: Outgoing, answer: Exchange, redact: (text: string) => string, hint?: string): ApiResponse<T> {
  const { method, path } = request;
  const { response, text, rateLimit } = answer;
  if (!response.ok) {
    // Redacted before parsing too: the message is cut at 300 characters, which can cut an echoed token in two.
    const detail = parseErrorBody(redact(text));
    if (detail.message) detail.message = redact(detail.message);
    throw new ZendeskHttpError({
      status: response.status,
      statusText: response.statusText,
      method,
      path,
      detail,
      retryAfterMs: answer.retryAfterMs,
      hint: response.status === 401 && request.authorization ? hint : undefined,
    });
  }
  try {
    return { body: JSON.parse(text) as T, status: response.status, headers: response.headers, rateLimit };
  } catch (cause) {
    // A 200 whose body does not parse was cut short or came from a proxy: worth another try.
    const what = /^\s*</.test(text) ? 'an HTML page instead of JSON' : `incomplete JSON (${text.length} bytes)`;
    throw new ZendeskError(`${method} ${path}: ${response.status} with ${what}`, { cause, retriable: true });
  }
}
