/**
 * The Zendesk HTTP client: where to send requests, how to authenticate them, and how
 * to turn responses into data or errors. Retries come from `retry.ts`.
 */
import { linkedController } from './abort.ts';
import { ClientCredentialsAuthenticator } from './client-credentials.ts';
import { type Authenticator, type Credentials, isClientCredentials, staticAuthenticator } from './credentials.ts';
import { ZendeskHttpError } from './errors.ts';
import type { ClientEvent } from './events.ts';
import type { RequestGate } from './rate-limit.ts';
import { Redactor } from './redact.ts';
import { type RetryOptions, withRetry } from './retry.ts';
import { type ApiResponse, type Exchange, exchange, gateAnswer, type Outgoing, readAnswer, type TransportOptions } from './transport.ts';

export { credentialDestinationWarning, isLoopback, resolveBaseUrl, validateSubdomain } from './base-url.ts';
export type { ClientEvent, FetchEvent, FetchListener } from './events.ts';
export { type GateAnswer, type RateLimit, readRateLimit, type RequestGate } from './rate-limit.ts';
export type { ApiResponse } from './transport.ts';

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
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Time allowed for one attempt, body included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  onEvent?: (event: ClientEvent) => void;
  userAgent?: string;
  /**
   * Awaited before every attempt, retries included, and told every answer: one
   * `RateGate` shared by concurrent walks keeps them all within the account's rate
   * limit. Time spent waiting at the gate does not count towards `timeoutMs`.
   */
  gate?: RequestGate;
}

export interface ZendeskClient {
  readonly baseUrl: URL;
  /** GET a JSON resource, `path` relative to the API origin (`/api/v2/...`). */
  get<T>(path: string, params?: URLSearchParams, options?: { signal?: AbortSignal }): Promise<ApiResponse<T>>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The authenticator for `credentials`; client credentials mint through `requestToken`. */
function authenticatorFor(
  credentials: Credentials | undefined,
  options: ClientOptions,
  requestToken: (body: Record<string, unknown>) => Promise<unknown>,
): Authenticator | undefined {
  if (!credentials) return undefined;
  if (!isClientCredentials(credentials)) return staticAuthenticator(credentials);
  return new ClientCredentialsAuthenticator(credentials, {
    scopes: options.scopes ?? ['auditlogs:read'],
    lifetimeSeconds: options.tokenLifetimeSeconds,
    onToken: (token) => {
      options.onToken?.(token);
      options.onEvent?.({ type: 'token' });
    },
    names: options.credentialNames,
    requestToken,
  });
}

/** What `createClient` returns: a client, and what signs its requests. */
export interface AuthenticatedClient extends ZendeskClient {
  /** Undefined without credentials. */
  readonly authenticator: Authenticator | undefined;
  /** Every secret the client holds so far, minted tokens included, for redaction. */
  secrets(): string[];
}

/** Creates a client bound to one account and one set of credentials. */
export function createClient(options: ClientOptions): AuthenticatedClient {
  const baseUrl = new URL(options.baseUrl);
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.userAgent) headers['User-Agent'] = options.userAgent;
  const retrying = <T>(path: string, signal: AbortSignal | undefined, operation: () => Promise<T>) =>
    withRetry(operation, {
      ...options.retry,
      signal,
      onRetry: (notice) => options.onEvent?.({ type: 'retry', path, ...notice }),
    });
  const auth = authenticatorFor(options.credentials, options, async (body) => {
    const path = '/oauth/tokens';
    const token: Outgoing = { method: 'POST', url: new URL(prefix + path, baseUrl.origin), path, body: JSON.stringify(body) };
    // The token endpoint is not an API resource: it is not gated, and a 4xx is final.
    return (await retrying(path, options.signal, () => send<unknown>(token, options.signal))).body;
  });
  // Minted tokens join the secrets as the run goes on; `add` skips the ones already known.
  const hidden = new Redactor();
  const redact = (text: string) => {
    for (const secret of auth?.secrets() ?? []) hidden.add(secret);
    return hidden.redact(text);
  };
  const transport: TransportOptions = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers,
    redact,
  };

  /** One attempt with the current token, and once more with a fresh one if a minted token was refused. */
  async function authorized<T>(url: URL, path: string, signal: AbortSignal): Promise<ApiResponse<T>> {
    const attempt = (authorization?: string) => send<T>({ method: 'GET', url, path, authorization }, signal, options.gate);
    const used = auth && (await auth.authorization(signal));
    try {
      return await attempt(used);
    } catch (error) {
      if (!auth || used === undefined || !(error instanceof ZendeskHttpError) || error.status !== 401 || !auth.rejected(used)) {
        throw error;
      }
      return attempt(await auth.authorization(signal));
    }
  }

  /**
   * One attempt, through `gate` when given: it waits for a ticket and is told the answer
   * (or that none came). `signal` cancels the request and the client's own signal with it.
   */
  async function send<T>(request: Outgoing, signal: AbortSignal | undefined, gate?: RequestGate): Promise<ApiResponse<T>> {
    const ticket = gate ? await gate.acquire(signal) : 0;
    let answer: Exchange | undefined;
    try {
      options.onEvent?.({ type: 'request', method: request.method, path: request.path });
      answer = await exchange(request, signal, transport);
      const { response, durationMs, rateLimit } = answer;
      options.onEvent?.({ type: 'response', path: request.path, status: response.status, durationMs, rateLimit });
    } finally {
      gate?.settle(ticket, answer && gateAnswer(answer));
    }
    return readAnswer<T>(request, answer, redact, auth?.hint);
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
