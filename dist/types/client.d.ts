import type { RequestGate } from './rate-gate.ts';
import { type RetryNotice, type RetryOptions } from './retry.ts';
/** API-token basic auth (`{email}/token:{token}`) or an OAuth bearer token. */
export type Credentials = {
    email: string;
    apiToken: string;
} | {
    oauthToken: string;
};
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
/** Hosts that never leave the machine, where plain `http:` cannot be sniffed. */
export declare function isLoopback(hostname: string): boolean;
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
/** The `Authorization` header value for these credentials. */
export declare function authorization(credentials: Credentials): string;
/** Every form in which these credentials could leak into text. */
export declare function secretForms(credentials: Credentials | undefined): string[];
/**
 * A function that replaces every one of `secrets` in a text, longest first so that a
 * secret containing another is hidden whole.
 */
export declare function redactor(secrets: readonly string[], replacement?: string): (text: string) => string;
/** Reads Zendesk's two families of rate-limit headers (see zendesk-api.md "Rate limits"). */
export declare function readRateLimit(headers: Headers): RateLimit;
/** Creates a client bound to one account and one set of credentials. */
export declare function createClient(options: ClientOptions): ZendeskClient;
