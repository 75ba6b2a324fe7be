import { type Authenticator, type Credentials } from '../auth/credentials.ts';
import type { ClientEvent } from './events.ts';
import { type RateLimit, type RequestGate } from './rate-limit.ts';
import { type RetryOptions } from './retry.ts';
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
    get<T>(path: string, params?: URLSearchParams, options?: {
        signal?: AbortSignal;
    }): Promise<ApiResponse<T>>;
}
export interface ApiResponse<T> {
    body: T;
    status: number;
    headers: Headers;
    rateLimit: RateLimit;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
/** What `createClient` returns: a client, and what signs its requests. */
export interface AuthenticatedClient extends ZendeskClient {
    /** Undefined without credentials. */
    readonly authenticator: Authenticator | undefined;
    /** Every secret the client holds so far, minted tokens included, for redaction. */
    secrets(): string[];
}
/** Creates a client bound to one account and one set of credentials. */
export declare function createClient(options: ClientOptions): AuthenticatedClient;
