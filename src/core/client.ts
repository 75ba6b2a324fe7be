/**
 * The Zendesk HTTP client: where to send requests, how to authenticate them, and how
 * to turn responses into data or errors. Retries come from `retry.ts`.
 */
import { linkedController } from './abort.ts';
import { DNS_LABEL } from './dns-label.ts';
import { ClientCredentialsAuthenticator } from './client-credentials.ts';
import { type Authenticator, type Credentials, isClientCredentials, staticAuthenticator } from './credentials.ts';
import { InputError, parseErrorBody, ZendeskError, ZendeskHttpError } from './errors.ts';
import type { GateAnswer, RequestGate } from './rate-gate.ts';
import { redactor } from './redact.ts';
import { parseRetryAfter, type RetryNotice, type RetryOptions, withRetry } from './retry.ts';


/** Rate-limit headers of one response; fields are undefined when the server omits them. */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** Milliseconds until the budget has room again (`ratelimit-reset`). */
  resetMs?: number;
}

/** What the client reports as it works: for progress lines and rate-aware schedulers. */
export type ClientEvent =
  | { type: 'response'; path: string; status: number; durationMs: number; rateLimit: RateLimit }
  | ({ type: 'retry'; path: string } & RetryNotice);

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

export interface ApiResponse<T> {
  body: T;
  status: number;
  headers: Headers;
  rateLimit: RateLimit;
}

export interface ZendeskClient {
  readonly baseUrl: URL;
  /** GET a JSON resource, `path` relative to the API origin (`/api/v2/...`). */
  get<T>(path: string, params?: URLSearchParams, options?: { signal?: AbortSignal }): Promise<ApiResponse<T>>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;


/**
 * Hosts that never leave the machine, where plain `http:` cannot be sniffed: literally
 * `localhost`, 127.0.0.0/8 and `::1` (RFC 6761 section 6.3, RFC 1122 section 3.2.1.3,
 * RFC 4291 section 2.5.3). Not `*.localhost`: whether such a name resolves to loopback is
 * up to the resolver (a proxy or a custom DNS can send it anywhere).
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * A one-line warning when `baseUrl` sends the credentials somewhere other than a Zendesk
 * account (`*.zendesk.com`) or this machine; undefined otherwise. A proxy may be meant,
 * but a mistyped or planted base URL would hand the credentials to whoever runs it.
 */
export function credentialDestinationWarning(baseUrl: URL): string | undefined {
  const host = baseUrl.hostname.toLowerCase();
  if (host.endsWith('.zendesk.com') || isLoopback(host)) return undefined;
  return `the base URL is not a Zendesk account (*.zendesk.com): the Zendesk credentials go to ${host}`;
}

/** Checks a subdomain such as `acme` and returns it, or explains what is expected. */
export function validateSubdomain(subdomain: string): string {
  const value = subdomain.trim();
  if (DNS_LABEL.test(value)) return value.toLowerCase();
  const bare = /^([a-z0-9-]+)\.zendesk\.com\/?$/i.exec(value.replace(/^https?:\/\//i, ''))?.[1];
  const hint = bare ? `; for ${value} use '${bare}'` : '';
  throw new InputError(
    `subdomain ${JSON.stringify(value)} is not a plain name such as 'acme' (for https://acme.zendesk.com)${hint}`,
  );
}

/**
 * The API origin: `https://{subdomain}.zendesk.com`, or an explicit base URL (proxies,
 * tests, the sandbox) that must be `https:`, or `http:` on a loopback host, and carry
 * no credentials, query or fragment.
 */
export function resolveBaseUrl(target: { subdomain?: string; baseUrl?: string }): URL {
  if (target.baseUrl) {
    let url: URL;
    try {
      url = new URL(target.baseUrl);
    } catch {
      // Never echoed, not even in part: a password in it may hold `/`, `?` or `#`, and
      // then no pattern can tell where the user information ends.
      throw new InputError('the base URL is not a URL (not shown: it may hold a password); use e.g. https://acme.zendesk.com');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new InputError(`base URL must use https: (got ${url.protocol})`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      throw new InputError(`base URL ${url.origin} uses plain http: to a host that is not loopback; use https:`);
    }
    if (url.username || url.password) {
      throw new InputError('base URL must not carry a user name or password; credentials come from the environment');
    }
    if (url.search || url.hash) throw new InputError('base URL must not carry a query or a fragment');
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
  }
  if (target.subdomain === undefined || target.subdomain.trim() === '') {
    throw new InputError('no Zendesk account given: set ZENDESK_SUBDOMAIN (e.g. acme for https://acme.zendesk.com)');
  }
  return new URL(`https://${validateSubdomain(target.subdomain)}.zendesk.com`);
}

function number(headers: Headers, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  }
  return undefined;
}

/** Reads Zendesk's two families of rate-limit headers (https://developer.zendesk.com/api-reference/introduction/rate-limits/). */
export function readRateLimit(headers: Headers): RateLimit {
  const reset = number(headers, 'ratelimit-reset');
  return {
    limit: number(headers, 'ratelimit-limit', 'x-rate-limit'),
    remaining: number(headers, 'ratelimit-remaining', 'x-rate-limit-remaining'),
    resetMs: reset === undefined ? undefined : reset * 1000,
  };
}

/** Longest delay a timer holds (2^31 - 1 ms, about 24.8 days); setTimeout treats more as 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
    onToken: options.onToken,
    names: options.credentialNames,
    requestToken,
  });
}

/** One request as sent: the token request is the only one with a body, and the only one without a token. */
interface Outgoing {
  method: 'GET' | 'POST';
  url: URL;
  /** For messages and events: the path without the query. */
  path: string;
  authorization?: string;
  /** JSON. */
  body?: string;
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
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const common: Record<string, string> = { Accept: 'application/json' };
  if (options.userAgent) common['User-Agent'] = options.userAgent;
  const retrying = <T>(path: string, signal: AbortSignal, operation: () => Promise<T>) =>
    withRetry(operation, {
      ...options.retry,
      signal,
      onRetry: (notice) => options.onEvent?.({ type: 'retry', path, ...notice }),
    });
  const auth = authenticatorFor(options.credentials, options, async (body) => {
    const path = '/oauth/tokens';
    const token: Outgoing = { method: 'POST', url: new URL(prefix + path, baseUrl.origin), path, body: JSON.stringify(body) };
    // The token endpoint is not an API resource: it is not gated, and a 4xx is final.
    const cancel = linkedController(options.signal);
    try {
      return (await retrying(path, cancel.controller.signal, () => send<unknown>(token, undefined))).body;
    } finally {
      cancel.unlink();
    }
  });
  // Built per use: minted tokens join the secrets as the run goes on.
  const redact = (text: string) => redactor(auth?.secrets() ?? [])(text);

  /** One attempt with the current token, and once more with a fresh one if a minted token was refused. */
  async function authorized<T>(url: URL, path: string, signal: AbortSignal | undefined, cancel: AbortSignal): Promise<ApiResponse<T>> {
    const used = auth && (await auth.authorization(cancel));
    try {
      return await gated<T>({ method: 'GET', url, path, authorization: used }, signal);
    } catch (error) {
      if (!auth || used === undefined || !(error instanceof ZendeskHttpError) || error.status !== 401 || !auth.rejected(used)) {
        throw error;
      }
      const fresh = await auth.authorization(cancel);
      return gated<T>({ method: 'GET', url, path, authorization: fresh }, signal);
    }
  }

  async function gated<T>(request: Outgoing, signal: AbortSignal | undefined): Promise<ApiResponse<T>> {
    const gate = options.gate;
    if (!gate) return send<T>(request, signal);
    const cancel = linkedController(signal, options.signal);
    let ticket: number;
    try {
      ticket = await gate.acquire(cancel.controller.signal);
    } finally {
      cancel.unlink();
    }
    const answer: { value?: GateAnswer } = {};
    try {
      return await send<T>(request, signal, answer);
    } finally {
      gate.settle(ticket, answer.value);
    }
  }

  async function send<T>(request: Outgoing, signal: AbortSignal | undefined, answer?: { value?: GateAnswer }): Promise<ApiResponse<T>> {
    const { method, url, path } = request;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
    const started = Date.now();
    const combined = linkedController(timeout.signal, signal, options.signal);
    const headers: Record<string, string> = { ...common };
    if (request.authorization) headers.Authorization = request.authorization;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      let response: Response;
      let text: string;
      try {
        // A redirect is never followed (the credentials stay with the configured origin), and
        // 'manual' hands it back as an answer that fails at once; 'error' would throw a
        // TypeError that looks like a network error and is retried.
        response = await doFetch(url, { method, headers, body: request.body, signal: combined.controller.signal, redirect: 'manual' });
        text = await response.text();
      } catch (cause) {
        if (signal?.aborted || options.signal?.aborted) throw cause;
        const reason = timeout.signal.aborted
          ? `no complete answer within ${timeoutMs / 1000} s`
          : `network error (${redact(cause instanceof Error ? (cause.cause as Error | undefined)?.message || cause.message : String(cause))})`;
        throw new ZendeskError(`${method} ${path}: ${reason}`, { cause, retriable: true });
      }
      const rateLimit = readRateLimit(response.headers);
      const retryAfterMs = response.ok ? undefined : parseRetryAfter(response.headers.get('retry-after'), Date.now());
      if (answer) answer.value = { status: response.status, rateLimit, retryAfterMs };
      options.onEvent?.({ type: 'response', path, status: response.status, durationMs: Date.now() - started, rateLimit });
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
          retryAfterMs,
          hint: response.status === 401 && request.authorization ? auth?.hint : undefined,
        });
      }
      try {
        return { body: JSON.parse(text) as T, status: response.status, headers: response.headers, rateLimit };
      } catch (cause) {
        // A 200 whose body does not parse was cut short or came from a proxy: worth another try.
        const what = /^\s*</.test(text) ? 'an HTML page instead of JSON' : `incomplete JSON (${text.length} bytes)`;
        throw new ZendeskError(`${method} ${path}: ${response.status} with ${what}`, { cause, retriable: true });
      }
    } finally {
      clearTimeout(timer);
      combined.unlink();
    }
  }

  return {
    baseUrl,
    authenticator: auth,
    secrets: () => auth?.secrets() ?? [],
    get<T>(path: string, params?: URLSearchParams, requestOptions: { signal?: AbortSignal } = {}) {
      const url = new URL(prefix + path, baseUrl.origin);
      if (params) url.search = params.toString();
      const cancel = linkedController(requestOptions.signal, options.signal);
      return retrying(path, cancel.controller.signal, () => authorized<T>(url, path, requestOptions.signal, cancel.controller.signal)).finally(cancel.unlink);
    },
  };
}
