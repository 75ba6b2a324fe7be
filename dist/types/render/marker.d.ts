/**
 * An HTML comment carrying `ids`, the audit-log ids of the rows of one body (unsigned).
 *
 * @example idMarker([1, 2, 3]) // '<!-- zendesk-audit ids: 1,2,3 -->'
 */
export declare function idMarker(ids: readonly number[]): string;
/**
 * Every id in every `idMarker` comment of `body`, in order of appearance (duplicates
 * kept). Anything else in the body, and anything in a marker that is not an id, is ignored.
 * Unauthenticated: for reading markers back in tests and tools, never for trusting them.
 */
export declare function readIdMarkers(body: string): number[];
/**
 * The ids of an unsigned `idMarker` that ends `body` exactly as `idMarker` writes it
 * (trailing white space aside), or undefined. Strict on purpose: a marker written
 * loosely, or anywhere but at the end, was not written by the Action.
 */
export declare function trailingIdMarker(body: string): number[] | undefined;
/** What a signed marker says: whose changes, of which source types, and which ones. */
export interface MarkerClaim {
    /** The Zendesk account, as its host (`acme.zendesk.com`): ids are unique only within one. */
    account: string;
    /** The audit-log source types the run watched. */
    sourceTypes: readonly string[];
    ids: readonly number[];
}
/** A signed marker as read from a body: the claim and its MAC, not yet verified. */
export interface ParsedMarker extends MarkerClaim {
    mac: string;
}
/** A base64url HMAC-SHA-256 (32 bytes) without padding: 43 characters. */
export declare const MAC_LENGTH = 43;
/**
 * The key that signs and verifies markers, derived from `secret` (the Action uses the
 * Zendesk credential's secret part, or its `marker-key` input): HMAC-SHA-256 of a fixed
 * purpose string under the secret, so the key reveals nothing of the secret and
 * serves nothing but markers. The same secret always gives the same key; another
 * secret gives another key, under which every earlier marker fails to verify.
 * Web Crypto (https://www.w3.org/TR/WebCryptoAPI/#hmac), in Node and Deno alike.
 */
export declare function markerKey(secret: string): Promise<CryptoKey>;
/**
 * A signed marker for `claim`.
 *
 * @example await signedMarker(key, { account: 'acme.zendesk.com', sourceTypes: ['account_setting'], ids: [1, 2] })
 *   // '<!-- zendesk-audit v2 account=acme.zendesk.com types=account_setting ids=1,2 mac=Qm9… -->'
 */
export declare function signedMarker(key: CryptoKey, claim: MarkerClaim): Promise<string>;
/**
 * `signedMarker` with a placeholder MAC of the same length: synchronous, for measuring
 * and laying out bodies before the MACs are computed (Web Crypto is asynchronous).
 */
export declare function markerDraft(claim: MarkerClaim): string;
/** A body whose trailing marker is a `markerDraft`, with the draft replaced by the signed marker. */
export declare function signDraft(key: CryptoKey, body: string): Promise<string>;
/**
 * The signed marker that ends `body` (trailing white space aside; GitHub keeps `\r\n`
 * line ends from its editor), parsed but not verified; undefined when the body does not
 * end with one. Only the last one counts: one marker per body, written at its end, so a
 * marker added anywhere else (in a quote, a code block, mid-text) is never read.
 */
export declare function parseMarker(body: string): ParsedMarker | undefined;
/** Whether `marker`'s MAC is right for what it says, under `key` (a constant-time check). */
export declare function verifyMarker(key: CryptoKey, marker: ParsedMarker): Promise<boolean>;
