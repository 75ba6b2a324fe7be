/**
 * Credentials and account from the environment. Never from flags: flags end up in
 * shell history and process listings.
 */
import { type Credentials, InputError } from '../core/mod.ts';

export type Environment = Record<string, string | undefined>;

function read(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** OAuth when `ZENDESK_OAUTH_TOKEN` is set, else the API-token pair, which must be whole. */
export function credentialsFromEnv(env: Environment): Credentials {
  const oauthToken = read(env, 'ZENDESK_OAUTH_TOKEN');
  if (oauthToken) return { oauthToken };
  const email = read(env, 'ZENDESK_USER_EMAIL');
  const apiToken = read(env, 'ZENDESK_API_TOKEN');
  if (email && apiToken) return { email, apiToken };
  if (apiToken) throw new InputError('ZENDESK_API_TOKEN is set but ZENDESK_USER_EMAIL is not: set both, or set ZENDESK_OAUTH_TOKEN');
  if (email) throw new InputError('ZENDESK_USER_EMAIL is set but ZENDESK_API_TOKEN is not: set both, or set ZENDESK_OAUTH_TOKEN');
  throw new InputError(
    'no credentials: set ZENDESK_OAUTH_TOKEN, or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN (or try --demo)',
  );
}

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
