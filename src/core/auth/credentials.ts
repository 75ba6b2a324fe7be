/**
 * What a request authenticates with. Each kind of credential becomes an
 * {@link Authenticator}: the one thing the client asks for an `Authorization` header,
 * and tells when a header was refused.
 *
 * - API token: `Basic base64({email}/token:{token})`. Zendesk retires API tokens: none can
 *   be created since 2026-10-27, and all stop working on 2027-04-30.
 * - OAuth access token: `Bearer {token}`, obtained elsewhere; it may expire.
 * - OAuth client credentials: a confidential client's identifier and secret, from which
 *   `client-credentials.ts` mints short-lived access tokens, again whenever one expires.
 *
 * https://developer.zendesk.com/api-reference/introduction/security-and-auth/
 */

/** API-token basic auth (`{email}/token:{token}`). */
export interface ApiTokenCredentials {
  email: string;
  apiToken: string;
}

/** An OAuth access token obtained elsewhere. */
export interface OAuthTokenCredentials {
  oauthToken: string;
}

/**
 * A confidential OAuth client (Admin Center > Apps and integrations > APIs > OAuth
 * clients): `clientId` is the client's "Identifier", not its numeric id.
 */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export type Credentials = ApiTokenCredentials | OAuthTokenCredentials | ClientCredentials;

/** The kinds that need no token endpoint: one fixed header for every request. */
export type StaticCredentials = ApiTokenCredentials | OAuthTokenCredentials;

/** The day Zendesk switches off every remaining API token. */
export const API_TOKEN_END = '2027-04-30';

/** Supplies the `Authorization` header of each request. */
export interface Authenticator {
  /** The header for the next request; may have to mint a token first. */
  authorization(signal?: AbortSignal): Promise<string>;
  /**
   * A request sent with `used` was answered 401. True when one more try with a fresh
   * header is worth it (a minted token may have expired), false when the same header
   * would only be refused again.
   */
  rejected(used: string): boolean;
  /** Every secret held so far (minted tokens join as they come), in each form it is sent in. */
  secrets(): string[];
  /** What to check when the credentials are refused, for the end of a 401's message. */
  readonly hint: string;
}

/**
 * Throws a `TypeError` naming the field when a part of `credentials` is not a non-empty
 * string: from JavaScript, an environment variable that is not set arrives as `undefined`,
 * and would otherwise fail later, somewhere less clear.
 */
export function checkCredentials(credentials: Credentials): void {
  const fields = isClientCredentials(credentials)
    ? ['clientId', 'clientSecret']
    : 'oauthToken' in credentials
    ? ['oauthToken']
    : 'apiToken' in credentials || 'email' in credentials
    ? ['email', 'apiToken']
    : [];
  if (fields.length === 0) throw new TypeError('credentials need clientId and clientSecret, oauthToken, or email and apiToken');
  for (const field of fields) {
    const value = (credentials as unknown as Record<string, unknown>)[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TypeError(
        `credentials.${field} must be a non-empty string, not ${value === '' ? 'empty' : typeof value} (is its environment variable set?)`,
      );
    }
  }
}

export function isClientCredentials(credentials: Credentials): credentials is ClientCredentials {
  return 'clientId' in credentials;
}

export function isApiToken(credentials: Credentials): credentials is ApiTokenCredentials {
  return 'apiToken' in credentials;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The `Authorization` header value for fixed credentials. */
export function authorization(credentials: StaticCredentials): string {
  return 'oauthToken' in credentials
    ? `Bearer ${credentials.oauthToken}`
    : `Basic ${base64(`${credentials.email}/token:${credentials.apiToken}`)}`;
}

/** A header value and what it reveals: the whole value, what follows the scheme, and the bare token. */
export function headerForms(header: string, token: string): string[] {
  return [header, header.slice(header.indexOf(' ') + 1), token];
}

/** Every form in which these credentials could leak into text (minted tokens excepted: see `Authenticator.secrets`). */
export function secretForms(credentials: Credentials | undefined): string[] {
  if (!credentials) return [];
  if (isClientCredentials(credentials)) return [credentials.clientSecret].filter((form) => form.length >= 4);
  const token = 'oauthToken' in credentials ? credentials.oauthToken : credentials.apiToken;
  return headerForms(authorization(credentials), token).filter((form) => form.length >= 4);
}

/** The authenticator of an API token or of an access token obtained elsewhere: one header, never renewed. */
export function staticAuthenticator(credentials: StaticCredentials): Authenticator {
  const header = authorization(credentials);
  const forms = secretForms(credentials);
  return {
    authorization: () => Promise.resolve(header),
    rejected: () => false,
    secrets: () => forms,
    hint: isApiToken(credentials)
      ? 'check the email and API token'
      : 'check the OAuth access token; it may have expired (OAuth client credentials mint a fresh one each run)',
  };
}
