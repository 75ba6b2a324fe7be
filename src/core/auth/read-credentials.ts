/**
 * Which credentials a user gave, from named settings: environment variables for the
 * scripts, inputs for the Action. One reading of the kinds (`credentials.ts`), with the
 * names as the user knows them in every message.
 */
import type { Credentials } from './credentials.ts';
import { InputError } from '../errors.ts';

/** The setting that holds each part of each kind of credential. */
export interface CredentialNames {
  clientId: string;
  clientSecret: string;
  oauthToken: string;
  email: string;
  apiToken: string;
}

/** Where credentials are read and how messages speak of them. */
export interface CredentialSettings {
  names: CredentialNames;
  /** How a message says that none are set, e.g. `no credentials`. */
  noneSet: string;
  /** In brackets after the choices when none are set, e.g. `or try --demo`. */
  noneHint: string;
  /** Where the OAuth client's Identifier and secret are kept, e.g. `from repository secrets`. */
  keptIn?: string;
  /** Refuse an OAuth token beside an email or API token, rather than prefer the OAuth token. */
  refuseMixed?: boolean;
}

/** `set A and B (an OAuth client of kind Confidential), or C, or D and E`: every choice, by name. */
export function credentialChoices(names: CredentialNames): string {
  return `set ${names.clientId} and ${names.clientSecret} (an OAuth client of kind Confidential), or ${names.oauthToken}, or ${names.email} and ${names.apiToken}`;
}

/**
 * The client credentials when both of their settings are given (the lasting choice,
 * preferred over the others), else the OAuth token, else the API-token pair. A pair set
 * by half is refused: nothing is sent with a guess.
 *
 * @param read  the trimmed value of one setting by name; empty or undefined when it is not set
 */
export function readCredentials(read: (name: string) => string | undefined, settings: CredentialSettings): Credentials {
  const { names } = settings;
  const clientId = read(names.clientId);
  const clientSecret = read(names.clientSecret);
  if (clientId && clientSecret) return { clientId, clientSecret };
  const client = `both (the OAuth client's Identifier and secret${settings.keptIn ? `, ${settings.keptIn}` : ''})`;
  if (clientId) throw new InputError(`${names.clientId} is set but ${names.clientSecret} is not: set ${client}`);
  if (clientSecret) throw new InputError(`${names.clientSecret} is set but ${names.clientId} is not: set ${client}`);
  const oauthToken = read(names.oauthToken);
  const email = read(names.email);
  const apiToken = read(names.apiToken);
  if (settings.refuseMixed && oauthToken && (email || apiToken)) {
    throw new InputError(
      `both kinds of Zendesk credentials are set, an OAuth token and an API token: set ${names.oauthToken} or ${names.email} and ${names.apiToken}, not both`,
    );
  }
  if (oauthToken) return { oauthToken };
  if (email && apiToken) return { email: checkedEmail(email, names), apiToken };
  const clientPair = `${names.clientId} and ${names.clientSecret}`;
  if (apiToken) throw new InputError(`${names.apiToken} is set but ${names.email} is not: set both, or use ${clientPair}`);
  if (email) throw new InputError(`${names.email} is set but ${names.apiToken} is not: set both, or use ${clientPair}`);
  throw new InputError(`${settings.noneSet}: ${credentialChoices(names)} (${settings.noneHint})`);
}

/**
 * The email of an API-token pair as Zendesk wants it: the address alone, since the client
 * adds `/token` itself (`{email}/token:{token}`). The value is never echoed: a whole
 * `email/token:secret` pasted into the email setting would show the token.
 */
function checkedEmail(email: string, names: CredentialNames): string {
  if (/\/token\b/i.test(email)) {
    throw new InputError(
      `${names.email} holds more than an email (it has /token in it): set the address alone, e.g. admin@example.com, and the token in ${names.apiToken}; the /token part is added for you`,
    );
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new InputError(
      `${names.email} is not an email address: set the address of the admin whose API token this is, e.g. admin@example.com`,
    );
  }
  return email;
}
