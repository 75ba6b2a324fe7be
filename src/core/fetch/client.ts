/**
 * The Zendesk HTTP client: where requests go, how they are signed, and what an answer
 * means: the body as data, or a `ZendeskHttpError` built from any of Zendesk's error
 * shapes. Retries come from `retry.ts`, the shared rate limit from a gate (`rate-gate.ts`).
 * https://developer.zendesk.com/api-reference/introduction/responses/
 */
import { linkedController } from './abort.ts';
import { ClientCredentialsAuthenticator } from '../auth/client-credentials.ts';
import { type Authenticator, checkCredentials, type Credentials, isClientCredentials, staticAuthenticator } from '../auth/credentials.ts';
import { type ErrorDetail, parseErrorBody, ZendeskError, ZendeskHttpError } from '../errors.ts';
import { BodyTooLarge, MAX_BODY_BYTES, readBody } from './bounded-body.ts';
import type { ClientEvent } from './events.ts';
import { type GateAnswer, type RateLimit, readRateLimit, type RequestGate } from './rate-limit.ts';
import { parseOAuthError } from '../auth/oauth-error.ts';
import { Redactor } from '../auth/redact.ts';
import { readNetworkFailure } from './network-failure.ts';
import { parseRetryAfter, type RetryOptions, withRetry } from './retry.ts';
import { networkFailureReason, wrongAddressHint } from './wrong-address.ts';

export { credentialDestinationWarning, isLoopback, resolveBaseUrl, validateSubdomain } from '../auth/base-url.ts';
export type { ClientEvent, FetchEvent, FetchListener } from './events.ts';
export { type GateAnswer, type RateLimit, readRateLimit, type RequestGate } from './rate-limit.ts';

export interface ClientOptions {
  /** API origin from `resolveBaseUrl`. */
  baseUrl: URL;
  credentials?: Credentials;
  /** Scopes a token minted from client credentials asks for; default `['auditlogs:read']`. */
  scopes?: readonly string[];
  /** `expires_in` a minted token asks for, 300 to 172,800 s; default 1800. */
  tokenLifetimeSeconds?: number;
  /** Told each minted access token before its first use: the Action masks it in the log. */
  onToken?: (accessToken: string) => void;
  /** How the user gave the credentials, for messages: `ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET`. */
  credentialNames?: string;
  /**
   * Where the user named the account (`ZENDESK_SUBDOMAIN`, `--base-url`), for the message of
   * a request that reached no account: a host that does not exist, a closed port, a redirect.
   * Default: "the subdomain" or "the base URL".
   */
  accountSetting?: string;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Time allowed for one attempt, body included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  onEvent?: (event: ClientEvent) => void;
  userAgent?: string;
  /** One `RateGate` shared by concurrent walks keeps them all within the account's rate limit; waiting there is not part of `timeoutMs`. */
  gate?: RequestGate;
}

export interface ZendeskClient {
  readonly baseUrl: URL;
  /** GET a JSON resource, `path` relative to the API origin (`/api/v2/...`). */
  get<T>(path: string, params?: URLSearchParams, options?: { signal?: AbortSignal }): Promise<ApiResponse<T>>;
}

export interface ApiResponse<T> {
  body: T;
  status: number;
  headers: Headers;
  rateLimit: RateLimit;
}

/** One request as sent: the token request is the only one with a (JSON) body, and the only one without a token. */
interface Outgoing {
  method: 'GET' | 'POST';
  url: URL;
  /** For messages and events: the path without the query. */
  path: string;
  authorization?: string;
  body?: string;
  /** How an error answer is read: the token endpoint's shows its OAuth code only. */
  readError: (body: string) => ErrorDetail;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Longest delay a timer holds (2^31 - 1 ms, about 24.8 days); setTimeout treats more as 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What `createClient` returns: a client, and what signs its requests. */
export interface AuthenticatedClient extends ZendeskClient {
  /** Undefined without credentials. */
  readonly authenticator: Authenticator | undefined;
  /** Every secret the client holds so far, minted tokens included, for redaction. */
  secrets(): string[];
}

/** Creates a client bound to one account and one set of credentials. */
export function createClient(options: ClientOptions): AuthenticatedClient {
  if (options.credentials) checkCredentials(options.credentials);
  const baseUrl = new URL(options.baseUrl);
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  const fetcher = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retrying = <T>(path: string, signal: AbortSignal | undefined, operation: () => Promise<T>) =>
    withRetry(operation, { ...options.retry, signal, onRetry: (notice) => options.onEvent?.({ type: 'retry', path, ...notice }) });
  const auth: Authenticator | undefined = !options.credentials
    ? undefined
    : !isClientCredentials(options.credentials)
    ? staticAuthenticator(options.credentials)
    : new ClientCredentialsAuthenticator(options.credentials, {
      scopes: options.scopes ?? ['auditlogs:read'],
      lifetimeSeconds: options.tokenLifetimeSeconds,
      onToken: (token) => {
        options.onToken?.(token);
        options.onEvent?.({ type: 'token' });
      },
      names: options.credentialNames,
      requestToken: async (body) => {
        const path = '/oauth/tokens';
        const url = new URL(prefix + path, baseUrl.origin);
        const token: Outgoing = { method: 'POST', url, path, body: JSON.stringify(body), readError: parseOAuthError };
        // The token endpoint is not an API resource: it is not gated, and a 4xx is final.
        return (await retrying(path, options.signal, () => send<unknown>(token, options.signal))).body;
      },
    });
  // Minted tokens join the secrets as the run goes on; `add` skips the ones already known.
  const hidden = new Redactor();
  const redact = (text: string) => {
    for (const secret of auth?.secrets() ?? []) hidden.add(secret);
    return hidden.redact(text);
  };

  /** One attempt with the current token, and once more with a fresh one if a minted token was refused. */
  async function authorized<T>(url: URL, path: string, signal: AbortSignal): Promise<ApiResponse<T>> {
    const readError = (body: string) => parseErrorBody(body, redact);
    const attempt = (authorization?: string) => send<T>({ method: 'GET', url, path, authorization, readError }, signal, options.gate);
    const used = auth && (await auth.authorization(signal));
    try {
      return await attempt(used);
    } catch (error) {
      if (!auth || used === undefined || !(error instanceof ZendeskHttpError) || error.status !== 401 || !auth.rejected(used)) throw error;
      return attempt(await auth.authorization(signal));
    }
  }

  /** One attempt. Through a gate, it waits for a ticket first and tells the gate the answer, or that none came. */
  async function send<T>(request: Outgoing, signal: AbortSignal | undefined, gate?: RequestGate): Promise<ApiResponse<T>> {
    const ticket = gate ? await gate.acquire(signal) : 0;
    let answer: GateAnswer | undefined;
    try {
      options.onEvent?.({ type: 'request', method: request.method, path: request.path });
      const started = Date.now();
      const { response, text } = await exchange(request, signal);
      const rateLimit = readRateLimit(response.headers);
      const retryAfterMs = response.ok ? undefined : parseRetryAfter(response.headers.get('retry-after'), Date.now());
      answer = { status: response.status, rateLimit, retryAfterMs };
      options.onEvent?.({ type: 'response', path: request.path, status: response.status, durationMs: Date.now() - started, rateLimit });
      return readAnswer<T>(request, response, text, answer);
    } finally {
      gate?.settle(ticket, answer);
    }
  }

  /** Sends `request` and reads the answer whole; a network error or a timeout is a retriable `ZendeskError`. */
  async function exchange(request: Outgoing, signal: AbortSignal | undefined): Promise<{ response: Response; text: string }> {
    const { method, url, path, authorization, body } = request;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
    const combined = linkedController(timeout.signal, signal);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.userAgent) headers['User-Agent'] = options.userAgent;
    if (authorization) headers.Authorization = authorization;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      // A redirect is never followed (the credentials stay with the configured origin), and
      // 'manual' hands it back as an answer that fails at once; 'error' would throw a
      // TypeError that looks like a network error and is retried.
      const response = await fetcher(url, { method, headers, body, signal: combined.controller.signal, redirect: 'manual' });
      return { response, text: await readBody(response, MAX_BODY_BYTES) };
    } catch (cause) {
      if (signal?.aborted) throw cause;
      if (cause instanceof BodyTooLarge) {
        // Not retried: the same request would only bring the same flood.
        const size = `${cause.limit / 1024 / 1024} MiB`;
        throw new ZendeskError(
          `${method} ${path}: the answer was larger than ${size} (decompressed), far more than any Zendesk page; refused it (check the base URL points at Zendesk)`,
          { cause },
        );
      }
      if (timeout.signal.aborted) {
        throw new ZendeskError(`${method} ${path}: no complete answer within ${timeoutMs / 1000} s`, { cause, retriable: true });
      }
      // A name that does not exist, a closed port here, https to plain HTTP: no retry mends them, so they end the run at once.
      const { reason, retriable } = networkFailureReason(readNetworkFailure(cause), baseUrl, options.accountSetting);
      throw new ZendeskError(`${method} ${path}: ${redact(reason)}`, { cause, retriable });
    } finally {
      clearTimeout(timer);
      combined.unlink();
    }
  }

  /** The parsed body of an ok answer; else the error it stands for, with the authenticator's hint on a 401 to a signed request. */
  function readAnswer<T>(request: Outgoing, response: Response, text: string, answer: GateAnswer): ApiResponse<T> {
    const { method, path } = request;
    if (!response.ok) {
      const detail = request.readError(text);
      const { status, statusText } = response;
      const hint = status === 401 && request.authorization ? auth?.hint : wrongAddressHint(status, path, baseUrl, options.accountSetting);
      throw new ZendeskHttpError({ status, statusText, method, path, detail, retryAfterMs: answer.retryAfterMs, hint });
    }
    try {
      return { body: JSON.parse(text) as T, status: response.status, headers: response.headers, rateLimit: answer.rateLimit };
    } catch (cause) {
      // A 200 whose body does not parse was cut short or came from a proxy: worth another try.
      const what = /^\s*</.test(text) ? 'an HTML page instead of JSON' : `incomplete JSON (${text.length} bytes)`;
      throw new ZendeskError(`${method} ${path}: ${response.status} with ${what}`, { cause, retriable: true });
    }
  }

  return {
    baseUrl,
    authenticator: auth,
    secrets: () => auth?.secrets() ?? [],
    get<T>(path: string, params?: URLSearchParams, requestOptions: { signal?: AbortSignal } = {}) {
      const url = new URL(prefix + path, baseUrl.origin);
      if (params) url.search = params.toString();
      // One signal for the request and every attempt of it: the caller's and the client's.
      const { controller, unlink } = linkedController(requestOptions.signal, options.signal);
      return retrying(path, controller.signal, () => authorized<T>(url, path, controller.signal)).finally(unlink);
    },
  };
}
