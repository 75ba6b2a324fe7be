/**
 * What the Action's signatures are made of: a key derived from a secret only its runs
 * have, and HMAC-SHA-256 (RFC 2104) over a list of fields, written in base64url
 * without padding (RFC 4648, section 5). Web Crypto
 * (https://www.w3.org/TR/WebCryptoAPI/#hmac), in Node and Deno alike.
 */

/** A base64url HMAC-SHA-256 or SHA-256 (32 bytes) without padding: 43 characters. */
export const MAC_LENGTH = 43;
/** What the key is derived for: a key for markers is no key for anything else. */
const KEY_PURPOSE = 'zendesk-audit report marker key';
const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

/** `bytes` in base64url without padding. */
export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text` (padded or not); undefined when it is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/**
 * The key that signs and verifies markers, derived from `secret` (the Action uses the
 * Zendesk credential's secret part, or its `marker-key` input): HMAC-SHA-256 of a fixed
 * purpose string under the secret, so the key reveals nothing of the secret and
 * serves nothing but markers. The same secret always gives the same key; another
 * secret gives another key, under which every earlier marker fails to verify.
 */
export async function markerKey(secret: string): Promise<CryptoKey> {
  if (secret.length === 0) throw new RangeError('a marker key needs a non-empty secret');
  const outer = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), HMAC, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', outer, new TextEncoder().encode(KEY_PURPOSE));
  return crypto.subtle.importKey('raw', derived, HMAC, false, ['sign', 'verify']);
}

/** The bytes a MAC covers: one field a line, so no field can run into the next. */
function signedText(fields: readonly string[]): Uint8Array<ArrayBuffer> {
  for (const field of fields) {
    if (field.includes('\n')) throw new RangeError(`a signed field cannot hold a line break: ${JSON.stringify(field)}`);
  }
  return new TextEncoder().encode(fields.join('\n'));
}

/** The MAC of `fields` under `key`, in base64url. */
export async function macOf(key: CryptoKey, fields: readonly string[]): Promise<string> {
  return base64url(await crypto.subtle.sign('HMAC', key, signedText(fields)));
}

/** Whether `mac` is the MAC of `fields` under `key` (a constant-time check). */
export async function macVerifies(key: CryptoKey, fields: readonly string[], mac: string): Promise<boolean> {
  const bytes = fromBase64url(mac);
  if (!bytes) return false;
  return crypto.subtle.verify('HMAC', key, bytes, signedText(fields));
}

/** Whether `mac` verifies under any of `keys`. */
export async function macVerifiesUnderAny(keys: readonly CryptoKey[], fields: readonly string[], mac: string): Promise<boolean> {
  for (const key of keys) if (await macVerifies(key, fields, mac)) return true;
  return false;
}
