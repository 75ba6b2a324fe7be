/**
 * Credentials and account from the environment. Never from flags: flags end up in
 * shell history and process listings.
 */
import { API_TOKEN_END, type Credentials, readCredentials } from '../core/mod.ts';

export type Environment = Record<string, string | undefined>;

function read(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The variables that hold a secret, for redaction whatever the credentials in use (the last two: `evidence`'s). */
export const SECRET_VARIABLES = [
  'ZENDESK_CLIENT_SECRET',
  'ZENDESK_OAUTH_TOKEN',
  'ZENDESK_API_TOKEN',
  'GITHUB_TOKEN',
  'ZENDESK_MARKER_KEY',
] as const;

/** How the scripts name the client credentials in messages. */
export const CLIENT_CREDENTIAL_NAMES = 'ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET';

/** The variables of each kind of credential. */
const VARIABLES = {
  clientId: 'ZENDESK_CLIENT_ID',
  clientSecret: 'ZENDESK_CLIENT_SECRET',
  oauthToken: 'ZENDESK_OAUTH_TOKEN',
  email: 'ZENDESK_USER_EMAIL',
  apiToken: 'ZENDESK_API_TOKEN',
} as const;

/**
 * The client credentials when `ZENDESK_CLIENT_ID` and `ZENDESK_CLIENT_SECRET` are set
 * (the lasting choice, preferred over the others), else `ZENDESK_OAUTH_TOKEN`, else the
 * API-token pair. A pair set by half is refused: nothing is sent with a guess.
 */
export function credentialsFromEnv(env: Environment): Credentials {
  return readCredentials((name) => read(env, name), { names: VARIABLES, noneSet: 'no credentials', noneHint: 'or try --demo' });
}

/** The one warning an API-token run prints: when the token stops working, and the way to move. */
export const API_TOKEN_WARNING = `warning: Zendesk switches off API tokens on ${API_TOKEN_END} (and earlier after 30 days unused); ` +
  'move to an OAuth client of kind Confidential and set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET instead (README, "Credentials")';

/** Where the account is: flags first, then `ZENDESK_BASE_URL` / `ZENDESK_SUBDOMAIN`; and the setting that named it, for messages. */
export function accountFromEnv(
  flags: { subdomain?: string; baseUrl?: string },
  env: Environment,
): { subdomain?: string; baseUrl?: string; setting: string } {
  const subdomain = flags.subdomain ?? read(env, 'ZENDESK_SUBDOMAIN');
  const baseUrl = flags.baseUrl ?? read(env, 'ZENDESK_BASE_URL');
  // The base URL wins when both are given (resolveBaseUrl), so it is the one to name.
  const setting = baseUrl !== undefined
    ? flags.baseUrl !== undefined ? '--base-url' : 'ZENDESK_BASE_URL'
    : flags.subdomain !== undefined
    ? '--subdomain'
    : 'ZENDESK_SUBDOMAIN';
  return { subdomain, baseUrl, setting };
}
