/**
 * `POST /oauth/tokens` with the client credentials grant, for one confidential client:
 * access tokens that expire, scopes the client may and may not ask for, and the OAuth
 * error answers (RFC 6749 section 5.2) in the words Zendesk's token endpoint uses.
 * https://developer.zendesk.com/api-reference/ticketing/oauth/grant_type_tokens/
 */
import { isWhole, wholeNumberOf } from '../core/whole-number.ts';
import { jsonReply, type Reply } from './replies.ts';

/** A confidential OAuth client as an admin creates it in Admin Center. */
export interface OAuthClient {
  /** The client's "Identifier". */
  identifier: string;
  secret: string;
  /** The scopes it may ask for (Admin Center's "Allowed scopes"). */
  allowedScopes: readonly string[];
}

/** Scopes the sandbox knows; `read` covers every `*:read`. */
export const KNOWN_SCOPES = ['read', 'write', 'auditlogs:read', 'users:read', 'users:write', 'tickets:read'] as const;

/** The client the sandbox knows: `ZENDESK_CLIENT_ID` and `ZENDESK_CLIENT_SECRET` for the client credentials grant. */
export const DEMO_OAUTH_CLIENT: Readonly<OAuthClient> = Object.freeze({
  identifier: 'zendesk_audit_demo',
  secret: 'sandbox-client-secret',
  allowedScopes: Object.freeze(['read', 'auditlogs:read', 'users:read']),
});

/** A copy of the `oauthClient` option; throws naming what is wrong with it. */
export function checkClient(client: OAuthClient): OAuthClient {
  for (const key of ['identifier', 'secret'] as const) {
    if (typeof client[key] !== 'string' || client[key] === '') throw new TypeError(`oauthClient.${key} must be a non-empty string`);
  }
  const unknown = client.allowedScopes.find((scope) => !(KNOWN_SCOPES as readonly string[]).includes(scope));
  if (unknown === undefined) return { ...client, allowedScopes: [...client.allowedScopes] };
  throw new RangeError(`oauthClient.allowedScopes: unknown scope ${JSON.stringify(unknown)}; expected some of ${KNOWN_SCOPES.join(', ')}`);
}

/** What a resource needs: its own scope or `read`. */
export type ResourceScope = 'auditlogs:read' | 'users:read';

/** Zendesk's default lifetime for tokens of clients created after 2026-04-30. */
const DEFAULT_LIFETIME_SECONDS = 1800;
const LIFETIME_RANGE = [300, 172_800] as const;

/** Who a request is: fixed credentials may do anything, a minted token what its scopes allow. */
export type Grant = { scopes: 'all' } | { scopes: readonly string[] };

export function allows(grant: Grant, needed: ResourceScope): boolean {
  return grant.scopes === 'all' || grant.scopes.includes(needed) || grant.scopes.includes('read');
}

export class TokenIssuer {
  /** Tokens minted so far. */
  minted = 0;
  /** Every token minted, in order: for tests that look for them where they must not be. */
  readonly issued: string[] = [];
  readonly #client: OAuthClient;
  readonly #clock: () => number;
  readonly #lifetimeSeconds: number | undefined;
  readonly #tokens = new Map<string, { scopes: readonly string[]; expiresAt: number }>();

  /** `lifetimeSeconds` overrides what clients ask for (fractions allowed): to see tokens expire mid-run. */
  constructor(client: OAuthClient, clock: () => number, lifetimeSeconds?: number) {
    this.#client = client;
    this.#clock = clock;
    this.#lifetimeSeconds = lifetimeSeconds;
  }

  /** The grant of a live token, or undefined for an unknown or expired one. */
  grantOf(token: string): Grant | undefined {
    const entry = this.#tokens.get(token);
    if (!entry) return undefined;
    if (this.#clock() >= entry.expiresAt) {
      this.#tokens.delete(token);
      return undefined;
    }
    return { scopes: entry.scopes };
  }

  /** Every token issued so far stops working now, as if each had reached its expiry. */
  expireAll(): void {
    this.#tokens.clear();
  }

  /** Answers one token request (JSON or form-encoded body). */
  grant(body: string, contentType: string | undefined): Reply {
    const fields = parseBody(body, contentType);
    if (!fields) return oauthError(400, 'invalid_request', 'The request is missing a required parameter or is otherwise malformed.');
    if (fields.grant_type !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.');
    }
    if (fields.client_id !== this.#client.identifier || fields.client_secret !== this.#client.secret) {
      return oauthError(
        401,
        'invalid_client',
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
      );
    }
    const scope = fields.scope;
    if (scope !== undefined && typeof scope !== 'string') {
      return oauthError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    }
    const scopes = scope === undefined ? [...this.#client.allowedScopes] : scope.split(' ').filter(Boolean);
    const known = KNOWN_SCOPES as readonly string[];
    if (scopes.length === 0 || scopes.some((name) => !known.includes(name) || !this.#client.allowedScopes.includes(name))) {
      return oauthError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    }
    const asked = fields.expires_in;
    const askedSeconds = typeof asked === 'string' ? wholeNumberOf(asked) ?? asked : asked;
    if (askedSeconds !== undefined && !isWhole(askedSeconds, ...LIFETIME_RANGE)) {
      return oauthError(400, 'invalid_request', `expires_in must be from ${LIFETIME_RANGE[0]} to ${LIFETIME_RANGE[1]} seconds.`);
    }
    const lifetime = this.#lifetimeSeconds ?? (askedSeconds as number | undefined) ?? DEFAULT_LIFETIME_SECONDS;
    this.#prune();
    const token = newToken();
    this.#tokens.set(token, { scopes, expiresAt: this.#clock() + lifetime * 1000 });
    this.minted++;
    this.issued.push(token);
    const answer: Record<string, unknown> = { access_token: token, token_type: 'bearer', scope: scopes.join(' ') };
    // Reported of Zendesk: `expires_in` comes back only when it was asked for.
    if (askedSeconds !== undefined) answer.expires_in = lifetime;
    return jsonReply(200, answer, { 'Cache-Control': 'no-store' });
  }

  #prune(): void {
    const now = this.#clock();
    for (const [token, entry] of this.#tokens) if (now >= entry.expiresAt) this.#tokens.delete(token);
  }
}

function oauthError(status: number, error: string, description: string): Reply {
  return jsonReply(status, { error, error_description: description });
}

function parseBody(body: string, contentType: string | undefined): Record<string, unknown> | undefined {
  if (/json/i.test(contentType ?? '') || body.trimStart().startsWith('{')) {
    try {
      const value: unknown = JSON.parse(body);
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `sandbox_at_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
