/**
 * Hiding secrets in text that came back from a server. An error body can echo a
 * credential in more than its raw form: a proxy that logs the request line writes it
 * URL-encoded (`Basic%20ZW1h...%2F...%2B`, RFC 3986 section 2.1, or with `+` for spaces
 * as HTML forms encode), a JSON body escapes it (`\/`, `\u002b`, RFC 8259 section 7),
 * and a Basic credential is itself base64 (RFC 7617). Every such form of every secret is
 * replaced. Pure and web-standard: the client, the scripts and the Action share it, and
 * secrets learned at run time (a minted access token) join through `Redactor.add`.
 */
/** Shortest secret hidden: shorter ones would blank out ordinary words. */
export declare const MIN_SECRET_LENGTH = 4;
/**
 * Every form of `secret` worth hiding: raw, base64, percent-encoded (upper- and
 * lower-case hex, spaces as `%20` or `+`), and JSON-escaped.
 *
 * @example secretEncodings('a/b+c') // ['a/b+c', 'YS9iK2M=', 'a%2Fb%2Bc', 'a%2fb%2bc', ...]
 */
export declare function secretEncodings(secret: string): string[];
/**
 * A set of secrets that grows as secrets become known, and hides every encoding of
 * each in a text, longest first so that a secret containing another is hidden whole.
 */
export declare class Redactor {
    #private;
    constructor(secrets?: Iterable<string>, replacement?: string);
    /** Hides `secret` (and its encodings) from now on; empty and very short strings are ignored. */
    add(secret: string): void;
    /** `text` with every form of every secret replaced. */
    redact(text: string): string;
}
/**
 * A function that hides every encoding of every one of `secrets` in a text.
 *
 * @example redactor([token], '***')(`401: echoed ${encodeURIComponent(token)}`) // '401: echoed ***'
 */
export declare function redactor(secrets: readonly string[], replacement?: string): (text: string) => string;
