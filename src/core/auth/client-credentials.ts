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
import { type Authenticator, type ClientCredentials, headerForms } from './credentials.ts';
import { ZendeskError, ZendeskHttpError } from '../errors.ts';

/** `expires_in` asked for: Zendesk's default for new clients, and a leaked token dies as soon. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 1800;
/** What Zendesk allows for `expires_in`. */
const LIFETIME_RANGE = [300, 172_800] as const;
/** A token is replaced this long before it expires, at most a tenth of its life. */
const RENEW_MARGIN_MS = 60_000;

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

interface Token {
  header: string;
  /** Epoch ms after which the token is no longer used; undefined when Zendesk did not say. */
  renewAt?: number;
}

/** The fields of Zendesk's answer that are read. */
interface TokenAnswer {
  access_token?: unknown;
  token_type?: unknown;
  expires_in?: unknown;
}

/** Mints and shares access tokens for one confidential OAuth client. */
export class ClientCredentialsAuthenticator implements Authenticator {
  readonly hint: string;
  readonly #credentials: ClientCredentials;
  readonly #options: ClientCredentialsOptions;
  readonly #now: () => number;
  readonly #secrets: string[];
  #current: Token | undefined;
  #pending: Promise<Token> | undefined;
  /** Tokens minted so far. */
  mints = 0;

  constructor(credentials: ClientCredentials, options: ClientCredentialsOptions) {
    const lifetime = options.lifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
    if (!(lifetime >= LIFETIME_RANGE[0] && lifetime <= LIFETIME_RANGE[1])) {
      throw new RangeError(`lifetimeSeconds must be from ${LIFETIME_RANGE[0]} to ${LIFETIME_RANGE[1]}, got ${lifetime}`);
    }
    if (options.scopes.length === 0) throw new RangeError('scopes must name at least one scope');
    this.#credentials = credentials;
    this.#options = { ...options, lifetimeSeconds: lifetime };
    this.#now = options.now ?? Date.now;
    this.#secrets = credentials.clientSecret.length >= 4 ? [credentials.clientSecret] : [];
    this.hint =
      `a token minted from the OAuth client credentials${this.#named()} was refused: check that the admin who created the client is still an admin`;
  }

  async authorization(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current && (current.renewAt === undefined || this.#now() < current.renewAt)) return current.header;
    this.#current = undefined;
    this.#pending ??= this.#mint().finally(() => {
      this.#pending = undefined;
    });
    return (await abortable(this.#pending, signal)).header;
  }

  rejected(used: string): boolean {
    // Only the token that was refused is dropped: another walk may have minted its successor already.
    if (this.#current?.header === used) this.#current = undefined;
    return true;
  }

  secrets(): string[] {
    return [...this.#secrets];
  }

  async #mint(): Promise<Token> {
    const scope = this.#options.scopes.join(' ');
    const body = {
      grant_type: 'client_credentials',
      client_id: this.#credentials.clientId,
      client_secret: this.#credentials.clientSecret,
      // One space-separated string, not an array.
      scope,
      expires_in: this.#options.lifetimeSeconds,
    };
    let answer: TokenAnswer;
    try {
      answer = ((await this.#options.requestToken(body)) ?? {}) as TokenAnswer;
    } catch (error) {
      // The requests waiting for this token fail with it; their own retries would only mint again.
      if (error instanceof ZendeskError) error.retriable = false;
      throw error instanceof ZendeskHttpError ? this.#refusal(error, scope) : error;
    }
    const accessToken = answer.access_token;
    if (typeof accessToken !== 'string' || accessToken.trim() === '') {
      throw new ZendeskError('POST /oauth/tokens: the answer carries no access_token; check the base URL points at Zendesk');
    }
    if (typeof answer.token_type === 'string' && answer.token_type.toLowerCase() !== 'bearer') {
      // Its value is not shown: nothing the token endpoint writes is, but an OAuth code.
      throw new ZendeskError('POST /oauth/tokens: the answer\'s token_type is not "bearer"; check the base URL points at Zendesk');
    }
    const header = `Bearer ${accessToken}`;
    // Masked before first use, so no log line can show it unmasked.
    this.#secrets.push(...headerForms(header, accessToken).filter((form) => form.length >= 4));
    this.#options.onToken?.(accessToken);
    this.mints++;
    // Zendesk returns `expires_in` when it was asked for; without it, the first 401 tells.
    const expiresIn = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in * 1000 : undefined;
    const token: Token = { header };
    if (expiresIn !== undefined) token.renewAt = this.#now() + expiresIn - Math.min(RENEW_MARGIN_MS, expiresIn / 10);
    this.#current = token;
    return token;
  }

  #named(): string {
    return this.#options.names ? ` (${this.#options.names})` : '';
  }

  /** A refused grant, as one line that names the client credentials and the likely fix; of the server's words only the OAuth code (`oauth-error.ts`). */
  #refusal(error: ZendeskHttpError, scope: string): ZendeskError {
    // Busy, failing, or no account at this address (a redirect, a 404): the client's own message says which, not the credentials'.
    if (error.status === 429 || error.status >= 500 || (error.status >= 300 && error.status < 400) || error.status === 404) return error;
    const where = 'Admin Center > Apps and integrations > APIs > OAuth clients';
    let hint: string;
    switch (error.code) {
      case 'invalid_scope':
        hint = `the OAuth client${this.#named()} may not ask for "${scope}": add these scopes to its allowed scopes in ${where}`;
        break;
      case 'unauthorized_client':
      case 'unsupported_grant_type':
        hint =
          `the OAuth client${this.#named()} may not use the client credentials grant: only a client of kind Confidential can (${where})`;
        break;
      default:
        hint = error.status === 401 || error.code === 'invalid_client'
          ? `Zendesk refused the OAuth client credentials${this.#named()}: check the client's Identifier (not its numeric id) and secret, and that its kind is Confidential`
          : `Zendesk refused to mint an access token from the OAuth client credentials${this.#named()}`;
    }
    return new ZendeskHttpError({
      status: error.status,
      method: 'POST',
      path: '/oauth/tokens',
      detail: { code: error.code, message: error.code },
      hint,
    });
  }
}

/** `promise`, or a rejection as soon as `signal` aborts; the work behind `promise` goes on for others. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
