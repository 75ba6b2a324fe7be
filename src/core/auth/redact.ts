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
export const MIN_SECRET_LENGTH = 4;

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** RFC 3986 percent-encoding of everything but unreserved characters. */
function percentEncoded(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** JSON string escapes a server may use beyond the required ones: `\/`, and `\uXXXX` for every non-alphanumeric character. */
function jsonForms(text: string): string[] {
  const plain = JSON.stringify(text).slice(1, -1);
  const slashes = plain.replace(/\//g, '\\/');
  const unicode = text.replace(/[^A-Za-z0-9 ]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [plain, slashes, unicode, unicode.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`)];
}

/**
 * Every form of `secret` worth hiding: raw, base64, percent-encoded (upper- and
 * lower-case hex, spaces as `%20` or `+`), and JSON-escaped.
 *
 * @example secretEncodings('a/b+c') // ['a/b+c', 'YS9iK2M=', 'a%2Fb%2Bc', 'a%2fb%2bc', ...]
 */
export function secretEncodings(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const encoded = percentEncoded(secret);
  const lower = encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const forms = [secret, base64(secret), encoded, lower, encoded.replace(/%20/g, '+'), lower.replace(/%20/g, '+'), ...jsonForms(secret)];
  return [...new Set(forms)];
}

/**
 * A set of secrets that grows as secrets become known, and hides every encoding of
 * each in a text, longest first so that a secret containing another is hidden whole.
 */
export class Redactor {
  readonly #replacement: string;
  #forms: string[] = [];
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string> = [], replacement = '[redacted]') {
    this.#replacement = replacement;
    for (const secret of secrets) this.add(secret);
  }

  /** Hides `secret` (and its encodings) from now on; empty and very short strings are ignored. */
  add(secret: string): void {
    if (!secret || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    this.#forms = [...new Set([...this.#forms, ...secretEncodings(secret)])].sort((a, b) => b.length - a.length);
  }

  /** `text` with every form of every secret replaced. */
  redact(text: string): string {
    return this.#forms.reduce((out, form) => out.split(form).join(this.#replacement), text);
  }
}

/**
 * A function that hides every encoding of every one of `secrets` in a text.
 *
 * @example redactor([token], '***')(`401: echoed ${encodeURIComponent(token)}`) // '401: echoed ***'
 */
export function redactor(secrets: readonly string[], replacement = '[redacted]'): (text: string) => string {
  const set = new Redactor(secrets, replacement);
  return (text) => set.redact(text);
}
