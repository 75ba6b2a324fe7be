/**
 * The error answer of the OAuth token endpoint (`POST /oauth/tokens`), read for its code
 * alone. RFC 6749 section 5.2 names six codes; `error_description` and `error_uri` are
 * whatever the server chooses to write, and a server that echoes the request writes the
 * client secret there, in any encoding: none of it is shown.
 * https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
import type { ErrorDetail } from '../errors.ts';
/** The `error` codes of RFC 6749 section 5.2, the only words of the token endpoint a message shows. */
export declare const OAUTH_ERROR_CODES: readonly string[];
/**
 * `{code, message}` both the `error` code of a token endpoint's answer when it is one
 * of {@link OAUTH_ERROR_CODES}; else nothing, whatever the body holds.
 *
 * @example parseOAuthError('{"error":"invalid_client","error_description":"..."}') // { code: 'invalid_client', message: 'invalid_client' }
 */
export declare function parseOAuthError(body: string): ErrorDetail;
