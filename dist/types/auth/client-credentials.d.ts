/**
 * OAuth client credentials: a confidential client's identifier and secret, traded at
 * `POST /oauth/tokens` for a short-lived access token. Zendesk retires API tokens and
 * makes access tokens expire (30 minutes by default), so this is the one credential
 * that lasts from one scheduled run to the next.
 *
 * One token serves every request and every parallel walk: one mint at a time, shared
 * by all who wait for it. It is minted again shortly before its known expiry, and once
 * when a request is answered 401; a 401 right after a fresh mint is the error.
 *
 * https://developer.zendesk.com/api-reference/ticketing/oauth/grant_type_tokens/
 * https://support.zendesk.com/hc/en-us/articles/4408845965210 ("OAuth client credentials grant type")
 */
import { type Authenticator, type ClientCredentials } from './credentials.ts';
/** `expires_in` asked for: Zendesk's default for new clients, and a leaked token dies as soon. */
export declare const DEFAULT_TOKEN_LIFETIME_SECONDS = 1800;
export interface ClientCredentialsOptions {
    /** Scopes to ask for, only what the caller needs (`auditlogs:read`, `users:read`, `read`). */
    scopes: readonly string[];
    /** `expires_in` to ask for, 300 to 172,800 s; default {@link DEFAULT_TOKEN_LIFETIME_SECONDS}. */
    lifetimeSeconds?: number;
    /**
     * Sends the token request (the JSON body of `POST /oauth/tokens`) and resolves to the
     * parsed answer; rejects with a `ZendeskHttpError` when Zendesk refuses. Retries of
     * 429 and 5xx belong here; a 4xx is never retried.
     */
    requestToken: (body: Record<string, unknown>) => Promise<unknown>;
    /** Told each new access token before it is first used: to mask it (`core.setSecret`). */
    onToken?: (accessToken: string) => void;
    /** How the user gave these credentials, for messages: `ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET`. */
    names?: string;
    /** Clock in epoch ms; default `Date.now`. */
    now?: () => number;
}
/** Mints and shares access tokens for one confidential OAuth client. */
export declare class ClientCredentialsAuthenticator implements Authenticator {
    #private;
    readonly hint: string;
    /** Tokens minted so far. */
    mints: number;
    constructor(credentials: ClientCredentials, options: ClientCredentialsOptions);
    authorization(signal?: AbortSignal): Promise<string>;
    rejected(used: string): boolean;
    secrets(): string[];
}
