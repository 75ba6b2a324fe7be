/**
 * Which credentials a user gave, from named settings: environment variables for the
 * scripts, inputs for the Action. One reading of the kinds (`credentials.ts`), with the
 * names as the user knows them in every message.
 */
import type { Credentials } from './credentials.ts';
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
export declare function credentialChoices(names: CredentialNames): string;
/**
 * The client credentials when both of their settings are given (the lasting choice,
 * preferred over the others), else the OAuth token, else the API-token pair. A pair set
 * by half is refused: nothing is sent with a guess.
 *
 * @param read  the trimmed value of one setting by name; empty or undefined when it is not set
 */
export declare function readCredentials(read: (name: string) => string | undefined, settings: CredentialSettings): Credentials;
