/**
 * Looking for a secret in output the way an attacker would read it back: any 8
 * characters in a row of the secret in any encoding a server could echo it in. Built
 * with Node's Buffer, independently of src/core/auth/redact.ts, so a gap in one is not
 * repeated in the other.
 */
import { Buffer } from 'node:buffer';

/** Shortest piece looked for: what the redaction promises to leave nothing of. */
export const FRAGMENT = 8;

/**
 * The base64 characters that depend on `bytes` alone when they sit `alignment` bytes
 * into a larger text (0, 1 or 2 modulo 3): what any base64 of a text holding them shows.
 */
function base64Core(bytes: Buffer, alignment: number, alphabet: 'base64' | 'base64url'): string {
  const full = Buffer.concat([Buffer.alloc(alignment, 0x41), bytes]).toString(alphabet).replace(/=+$/, '');
  return full.slice(Math.ceil((alignment * 4) / 3), Math.floor(((alignment + bytes.length) * 4) / 3));
}

/** Each named form a server could echo `secret` in. */
export function echoForms(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, 'utf8');
  const characters = [...secret];
  const forms: Record<string, string> = {
    raw: secret,
    hex: bytes.toString('hex'),
    'percent-encoded': [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
    'JSON \\u escapes': characters.map((character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(''),
    'HTML decimal': characters.map((character) => `&#${character.codePointAt(0)};`).join(''),
    'HTML hex': characters.map((character) => `&#x${character.codePointAt(0)!.toString(16)};`).join(''),
  };
  for (const alignment of [0, 1, 2]) {
    forms[`base64 at ${alignment}`] = base64Core(bytes, alignment, 'base64');
    forms[`base64url at ${alignment}`] = base64Core(bytes, alignment, 'base64url');
  }
  return forms;
}

/**
 * Each piece of `secret` found in `text`, as `form: piece`: every {@link FRAGMENT}
 * characters in a row of each form, looked for case-insensitively in `text` with its
 * whitespace removed (base64 wrapped at any width reads as one run).
 */
export function leaks(text: string, secret: string): string[] {
  const flat = text.replace(/\s+/g, '').toLowerCase();
  const found: string[] = [];
  for (const [name, form] of Object.entries(echoForms(secret))) {
    const lower = form.toLowerCase();
    for (let start = 0; start + FRAGMENT <= lower.length; start++) {
      const piece = lower.slice(start, start + FRAGMENT);
      if (flat.includes(piece)) {
        found.push(`${name}: ${piece}`);
        break;
      }
    }
  }
  return found;
}
