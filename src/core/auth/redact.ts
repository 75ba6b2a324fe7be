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
export const MIN_SECRET_LENGTH = 4;

/** Shortest piece of a secret's form that is hidden on its own; a shorter form is hidden only whole. */
export const MIN_FRAGMENT = 8;

/** Levels of escaping undone: `%26%2397%3B` is `&#97;` is `a`. */
const DECODE_LEVELS = 3;

/**
 * Escapes, each group one kind: percent, `\u{X}`, `\uXXXX`, `\xXX`, a one-character
 * backslash escape, `&#N;`, `&#xN;`, `&name;`.
 */
const ESCAPE =
  /%([0-9a-f]{2})|\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\([/\\"'bfnrt])|&#(\d{1,7});?|&#x([0-9a-f]{1,6});?|&([a-z]{2,16});/gi;

const BACKSLASH_ESCAPES: Record<string, string> = { '/': '/', '\\': '\\', '"': '"', "'": "'", b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** HTML's named references for the ASCII characters a secret may hold, lower-cased (they are read without case). */
const NAMED_REFERENCES: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  excl: '!',
  quot: '"',
  num: '#',
  dollar: '$',
  percnt: '%',
  amp: '&',
  apos: "'",
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  lt: '<',
  equals: '=',
  gt: '>',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  hat: '^',
  lowbar: '_',
  underbar: '_',
  grave: '`',
  diacriticalgrave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  verticalline: '|',
  rcub: '}',
  rbrace: '}',
};

/** Passed over when comparing: see the module's comment, step 2. */
const PASSED_OVER = /[\s\p{Cc}\p{Cf}+:;]/u;

/** What one escape stands for, or undefined when it is none (an unknown name, a code point out of range). */
function unescape(match: RegExpExecArray): string | undefined {
  const [, percent, braced, unicode, hexByte, backslash, decimal, hexReference, name] = match;
  if (percent !== undefined || hexByte !== undefined) return String.fromCharCode(parseInt((percent ?? hexByte)!, 16));
  if (unicode !== undefined) return String.fromCharCode(parseInt(unicode, 16));
  if (backslash !== undefined) return BACKSLASH_ESCAPES[backslash.toLowerCase()] ?? backslash;
  if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()];
  const code = braced !== undefined ? parseInt(braced, 16) : decimal !== undefined ? parseInt(decimal, 10) : parseInt(hexReference!, 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** A text as read, each character with the range of the original text that spells it. */
interface Reading {
  text: string;
  starts: number[];
  ends: number[];
}

/** One level of escapes undone; the same reading when there was none. */
function decodeOnce(reading: Reading): Reading {
  const { text, starts, ends } = reading;
  const out: Reading = { text: '', starts: [], ends: [] };
  const pieces: string[] = [];
  let from = 0;
  let changed = false;
  for (const match of text.matchAll(ESCAPE)) {
    const decoded = unescape(match);
    if (decoded === undefined) continue;
    const at = match.index;
    pieces.push(text.slice(from, at));
    for (let index = from; index < at; index++) {
      out.starts.push(starts[index]!);
      out.ends.push(ends[index]!);
    }
    pieces.push(decoded);
    for (let unit = 0; unit < decoded.length; unit++) {
      out.starts.push(starts[at]!);
      out.ends.push(ends[at + match[0].length - 1]!);
    }
    from = at + match[0].length;
    changed = true;
  }
  if (!changed) return reading;
  pieces.push(text.slice(from));
  for (let index = from; index < text.length; index++) {
    out.starts.push(starts[index]!);
    out.ends.push(ends[index]!);
  }
  out.text = pieces.join('');
  return out;
}

/** `text` decoded and folded for comparison (steps 1 and 2), each character with the range of `text` it stands for. */
function fold(text: string): Reading {
  let reading: Reading = { text, starts: [], ends: [] };
  for (let index = 0; index < text.length; index++) {
    reading.starts.push(index);
    reading.ends.push(index + 1);
  }
  for (let level = 0; level < DECODE_LEVELS; level++) {
    const next = decodeOnce(reading);
    if (next === reading) break;
    reading = next;
  }
  const folded: Reading = { text: '', starts: [], ends: [] };
  const characters: string[] = [];
  for (let index = 0; index < reading.text.length; index++) {
    const character = reading.text[index]!;
    if (PASSED_OVER.test(character)) continue;
    const code = character.charCodeAt(0);
    characters.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character);
    folded.starts.push(reading.starts[index]!);
    folded.ends.push(reading.ends[index]!);
  }
  folded.text = characters.join('');
  return folded;
}

function binary(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * The base64 characters that depend on `bytes` alone when they start `alignment` bytes
 * (0, 1 or 2, modulo 3) into a longer text: what any base64 of such a text shows of them.
 */
function base64Core(bytes: Uint8Array, alignment: number): string {
  const padded = btoa(binary(new Uint8Array([...new Array<number>(alignment).fill(0), ...bytes])));
  return padded.slice(Math.ceil((alignment * 4) / 3), Math.floor(((alignment + bytes.length) * 4) / 3));
}

const toBase64Url = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * The forms of `secret` looked for (step 3): itself, its UTF-8 bytes one character each
 * (what percent-encoding decodes to), their hex, and their base64 and base64url whole
 * and at each alignment. None for a secret shorter than {@link MIN_SECRET_LENGTH}.
 *
 * @example secretEncodings('tok1') // ['tok1', '746f6b31', 'dG9rMQ==', 'dG9rM', ...]
 */
export function secretEncodings(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = new TextEncoder().encode(secret);
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const whole = btoa(binary(bytes));
  const cores = [0, 1, 2].map((alignment) => base64Core(bytes, alignment));
  return [...new Set([secret, binary(bytes), hex, whole, toBase64Url(whole), ...cores, ...cores.map(toBase64Url)])];
}

/**
 * A set of secrets that grows as secrets become known, and hides every piece of each
 * (in each form, at least {@link MIN_FRAGMENT} characters long) in a text.
 */
export class Redactor {
  readonly #replacement: string;
  readonly #secrets = new Set<string>();
  /** The folded pieces to look for, by their length. */
  readonly #pieces = new Map<number, Set<string>>();

  constructor(secrets: Iterable<string> = [], replacement = '[redacted]') {
    this.#replacement = replacement;
    for (const secret of secrets) this.add(secret);
  }

  /** Hides `secret` (and its encodings) from now on; empty and very short strings are ignored. */
  add(secret: string): void {
    if (!secret || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    for (const form of secretEncodings(secret)) {
      const folded = fold(form).text;
      if (folded.length < MIN_SECRET_LENGTH) continue;
      const length = Math.min(MIN_FRAGMENT, folded.length);
      const pieces = this.#pieces.get(length) ?? new Set<string>();
      this.#pieces.set(length, pieces);
      for (let start = 0; start + length <= folded.length; start++) pieces.add(folded.slice(start, start + length));
    }
  }

  /** `text` with every piece of every secret replaced. */
  redact(text: string): string {
    if (this.#pieces.size === 0 || !text) return text;
    const folded = fold(text);
    const hidden = new Uint8Array(folded.text.length);
    for (const [length, pieces] of this.#pieces) {
      for (let start = 0; start + length <= folded.text.length; start++) {
        if (pieces.has(folded.text.slice(start, start + length))) hidden.fill(1, start, start + length);
      }
    }
    const out: string[] = [];
    let from = 0;
    for (let index = 0; index < hidden.length; index++) {
      if (!hidden[index]) continue;
      let last = index;
      while (last + 1 < hidden.length && hidden[last + 1]) last++;
      const start = folded.starts[index]!;
      // A run that starts inside the span already replaced (two characters spelled by one escape) carries on from there.
      if (start >= from) out.push(text.slice(from, start), this.#replacement);
      from = Math.max(from, folded.ends[last]!);
      index = last;
    }
    out.push(text.slice(from));
    return out.join('');
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
