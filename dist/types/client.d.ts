import { type Authenticator, type Credentials } from './credentials.ts';
import type { RequestGate } from './rate-gate.ts';
import { type RetryNotice, type RetryOptions } from './retry.ts';
/** Rate-limit headers of one response; fields are undefined when the server omits them. */
export interface RateLimit {
    limit?: number;
    remaining?: number;
    /** Milliseconds until the budget has room again (`ratelimit-reset`). */
    resetMs?: number;
}
/** What the client reports as it works: for progress lines and rate-aware schedulers. */
export type ClientEvent = {
    type: 'response';
    path: string;
    status: number;
    durationMs: number;
    rateLimit: RateLimit;
} | ({
    type: 'retry';
    path: string;
} & RetryNotice);
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
    get<T>(path: string, params?: URLSearchParams, options?: {
        signal?: AbortSignal;
    }): Promise<ApiResponse<T>>;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
/**
 * Hosts that never leave the machine, where plain `http:` cannot be sniffed: literally
 * `localhost`, 127.0.0.0/8 and `::1` (RFC 6761 section 6.3, RFC 1122 section 3.2.1.3,
 * RFC 4291 section 2.5.3). Not `*.localhost`: whether such a name resolves to loopback is
 * up to the resolver (a proxy or a custom DNS can send it anywhere).
 */
export declare function isLoopback(hostname: string): boolean;
/**
 * A one-line warning when `baseUrl` sends the credentials somewhere other than a Zendesk
 * account (`*.zendesk.com`) or this machine; undefined otherwise. A proxy may be meant,
 * but a mistyped or planted base URL would hand the credentials to whoever runs it.
 */
export declare function credentialDestinationWarning(baseUrl: URL): string | undefined;
/** Checks a subdomain such as `acme` and returns it, or explains what is expected. */
export declare function validateSubdomain(subdomain: string): string;
/**
 * The API origin: `https://{subdomain}.zendesk.com`, or an explicit base URL (proxies,
 * tests, the sandbox) that must be `https:`, or `http:` on a loopback host, and carry
 * no credentials, query or fragment.
 */
export declare function resolveBaseUrl(target: {
    subdomain?: string;
    baseUrl?: string;
}): URL;
/** Reads Zendesk's two families of rate-limit headers (https://developer.zendesk.com/api-reference/introduction/rate-limits/). */
export declare function readRateLimit(headers: Headers): RateLimit;
/** What `createClient` returns: a client, and what signs its requests. */
export interface AuthenticatedClient extends ZendeskClient {
    /** Undefined without credentials. */
    readonly authenticator: Authenticator | undefined;
    /** Every secret the client holds so far, minted tokens included, for redaction. */
    secrets(): string[];
}
/** Creates a client bound to one account and one set of credentials. */
export declare function createClient(options: ClientOptions): AuthenticatedClient;
