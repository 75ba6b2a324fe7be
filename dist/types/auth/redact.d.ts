/**
 * Hiding secrets in text that came back from a server. A server or a proxy can echo a
 * credential in more forms than anyone can list, so the text is read the way a person
 * would decode it, and every piece of a secret found is replaced:
 *
 * 1. Escapes are decoded, an escape inside an escape too (up to three levels): URL
 *    percent-encoding (RFC 3986 section 2.1), JSON's `\uXXXX`, `\/`, `\n` ... (RFC 8259
 *    section 7), JavaScript's `\xXX` and `\u{X}`, and HTML character references
 *    (`&#97;`, `&#x61;`, `&sol;`; WHATWG HTML, "Named character references").
 * 2. ASCII letters compare without case; whitespace, control and invisible formatting
 *    characters, `+` (a space in form encoding), and the `:` and `;` that join the fields
 *    of an error message are passed over, on both sides.
 * 3. Each secret is looked for as itself, as the hex of its UTF-8 bytes, and as the
 *    base64 and base64url (RFC 4648) of those bytes at each of the three byte alignments
 *    they can have inside a longer text (a Basic credential, a request body echoed whole).
 * 4. Every run of at least {@link MIN_FRAGMENT} characters of any of those forms is
 *    replaced, from the first character that spells it to the last: a secret cut short,
 *    or split across two fields, loses every piece that long.
 *
 * Not found: a secret shuffled, interleaved with visible characters, encrypted, or
 * encoded in a way not named above (base32, a second base64); pieces shorter than
 * {@link MIN_FRAGMENT}. The surer defence is to echo less (`errors.ts`).
 *
 * Pure and web-standard: the client, the scripts and the Action share it, and secrets
 * learned at run time (a minted access token) join through `Redactor.add`.
 */
/** Shortest secret hidden: shorter ones would blank out ordinary words. */
export declare const MIN_SECRET_LENGTH = 4;
/** Shortest piece of a secret's form that is hidden on its own; a shorter form is hidden only whole. */
export declare const MIN_FRAGMENT = 8;
/**
 * The forms of `secret` looked for (step 3): itself, its UTF-8 bytes one character each
 * (what percent-encoding decodes to), their hex, and their base64 and base64url whole
 * and at each alignment. None for a secret shorter than {@link MIN_SECRET_LENGTH}.
 *
 * @example secretEncodings('tok1') // ['tok1', '746f6b31', 'dG9rMQ==', 'dG9rM', ...]
 */
export declare function secretEncodings(secret: string): string[];
/**
 * A set of secrets that grows as secrets become known, and hides every piece of each
 * (in each form, at least {@link MIN_FRAGMENT} characters long) in a text.
 */
export declare class Redactor {
    #private;
    constructor(secrets?: Iterable<string>, replacement?: string);
    /** Hides `secret` (and its encodings) from now on; empty and very short strings are ignored. */
    add(secret: string): void;
    /** `text` with every piece of every secret replaced. */
    redact(text: string): string;
}
/**
 * A function that hides every encoding of every one of `secrets` in a text.
 *
 * @example redactor([token], '***')(`401: echoed ${encodeURIComponent(token)}`) // '401: echoed ***'
 */
export declare function redactor(secrets: readonly string[], replacement?: string): (text: string) => string;
