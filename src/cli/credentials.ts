/**
 * Credentials and account from the environment. Never from flags: flags end up in
 * shell history and process listings.
 */
import { API_TOKEN_END, type Credentials, InputError } from '../core/mod.ts';

export type Environment = Record<string, string | undefined>;

function read(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The variables that hold a secret, for redaction whatever the credentials in use. */
export const SECRET_VARIABLES = ['ZENDESK_CLIENT_SECRET', 'ZENDESK_OAUTH_TOKEN', 'ZENDESK_API_TOKEN'] as const;

/** How the scripts name the client credentials in messages. */
export const CLIENT_CREDENTIAL_NAMES = 'ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET';

const CHOICES =
  'set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (an OAuth client of kind Confidential), or ZENDESK_OAUTH_TOKEN, or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN';

/**
 * The client credentials when `ZENDESK_CLIENT_ID` and `ZENDESK_CLIENT_SECRET` are set
 * (the lasting choice, preferred over the others), else `ZENDESK_OAUTH_TOKEN`, else the
 * API-token pair. A pair set by half is refused: nothing is sent with a guess.
 */
export function credentialsFromEnv(env: Environment): Credentials {
  const clientId = read(env, 'ZENDESK_CLIENT_ID');
  const clientSecret = read(env, 'ZENDESK_CLIENT_SECRET');
  if (clientId && clientSecret) return { clientId, clientSecret };
  if (clientId) throw new InputError('ZENDESK_CLIENT_ID is set but ZENDESK_CLIENT_SECRET is not: set both (the OAuth client\'s Identifier and secret)');
  if (clientSecret) throw new InputError('ZENDESK_CLIENT_SECRET is set but ZENDESK_CLIENT_ID is not: set both (the OAuth client\'s Identifier and secret)');
  const oauthToken = read(env, 'ZENDESK_OAUTH_TOKEN');
  if (oauthToken) return { oauthToken };
  const email = read(env, 'ZENDESK_USER_EMAIL');
  const apiToken = read(env, 'ZENDESK_API_TOKEN');
  if (email && apiToken) return { email, apiToken };
  if (apiToken) throw new InputError('ZENDESK_API_TOKEN is set but ZENDESK_USER_EMAIL is not: set both, or use ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET');
  if (email) throw new InputError('ZENDESK_USER_EMAIL is set but ZENDESK_API_TOKEN is not: set both, or use ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET');
  throw new InputError(`no credentials: ${CHOICES} (or try --demo)`);
}

/** The one warning an API-token run prints: when the token stops working, and the way to move. */
export const API_TOKEN_WARNING =
  `warning: Zendesk switches off API tokens on ${API_TOKEN_END} (and earlier after 30 days unused); ` +
  'move to an OAuth client of kind Confidential and set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET instead (README, "Credentials")';

/** Where the account is: flags first, then `ZENDESK_BASE_URL` / `ZENDESK_SUBDOMAIN`. */
export function accountFromEnv(
  flags: { subdomain?: string; baseUrl?: string },
  env: Environment,
): { subdomain?: string; baseUrl?: string } {
  return {
    subdomain: flags.subdomain ?? read(env, 'ZENDESK_SUBDOMAIN'),
    baseUrl: flags.baseUrl ?? read(env, 'ZENDESK_BASE_URL'),
  };
}
