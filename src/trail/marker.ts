/**
 * The audit-log ids a report body lists, carried in an HTML comment at the end of the
 * body: invisible on GitHub, kept verbatim in the body the API returns, and read back by
 * later runs to report each change exactly once. Zendesk text cannot forge one:
 * `neutralise` writes its `<` as `&lt;`.
 *
 * Anyone who can edit an issue can also write an HTML comment, so what a marker says is
 * authenticated: `signedMarker` carries an HMAC-SHA-256 (RFC 2104) of the account, the
 * source types, the ids and the listing time (below), under a key only the Action's run
 * has (`markerKey`). A marker that was forged, or edited to add ids, fails `verifyMarker`
 * and counts for nothing: at worst its changes are reported again, never hidden. The
 * rest of the body (a reviewer ticking a task-list item) is not covered, so editing it
 * leaves the marker valid.
 *
 * Only signed markers of this format (`v3`) count: an unsigned one
 * (`<!-- zendesk-audit ids: … -->`, as 0.1.0 wrote) or one of 0.2.0's format (`v2`,
 * without the listing time) is text like any other. The scripts' `--format markdown`
 * carries no marker at all.
 *
 * A marker also carries `listed`, the time (GitHub's clock, whole seconds) at which the
 * run that wrote it listed the earlier reports. A report of ours created after that, and
 * numbered lower, was opened by another run at the same time: signed, that time tells any
 * later run which reports raced this one, and nobody who can only edit issues can change
 * the answer (see `mend.ts`).
 */
import { isZendeskId } from '../core/whole-number.ts';

function checkIds(ids: readonly number[]): void {
  for (const id of ids) {
    if (!isZendeskId(id)) throw new RangeError(`an audit-log id must be a positive safe integer, got ${String(id)}`);
  }
}

/** What a signed marker says: whose changes, of which source types, and which ones. */
export interface MarkerClaim {
  /** The Zendesk account, as its host (`acme.zendesk.com`): ids are unique only within one. */
  account: string;
  /** The audit-log source types the run watched. */
  sourceTypes: readonly string[];
  ids: readonly number[];
  /** When the run that wrote it listed the earlier reports: GitHub's time, in whole seconds since 1970. */
  listed: number;
}

/** A signed marker as read from a body: the claim and its MAC, not yet verified. */
export interface ParsedMarker extends MarkerClaim {
  mac: string;
}

/** Marker format version; part of what is signed, so another format cannot be confused with this one (`v2`, 0.2.0's, had no listing time). */
const SIGNED_VERSION = 'v3';
/** A base64url HMAC-SHA-256 (32 bytes) without padding: 43 characters. */
export const MAC_LENGTH = 43;
/** What the key is derived for: a key for markers is no key for anything else. */
const KEY_PURPOSE = 'zendesk-audit report marker key';
const HOST = /^[a-z0-9.-]+(?::\d+)?$/;
const SOURCE_TYPE = /^[a-z][a-z0-9_]*(?:\/[a-z0-9_]+)*$/;
/** On a line of its own at the end: a marker quoted (`> `) or inline is not the Action's. */
const SIGNED = new RegExp(
  `(?:^|\\n)<!-- zendesk-audit ${SIGNED_VERSION} account=(\\S+) types=(\\S+) ids=(\\d+(?:,\\d+)*) listed=(\\d{1,12}) mac=([A-Za-z0-9_-]{${MAC_LENGTH}}) -->\\s*$`,
);

/**
 * The source types a report's markers name: the run's own, and those of the alerts it
 * holds (records of other source types), when a marker can name them.
 */
export function markerSourceTypes(sourceTypes: readonly string[], alerts: readonly { record: { source_type: unknown } }[]): string[] {
  const alerted = alerts.map(({ record }) => record.source_type).filter((type): type is string =>
    typeof type === 'string' && SOURCE_TYPE.test(type)
  );
  return [...new Set([...sourceTypes, ...alerted])];
}

function normalise(claim: MarkerClaim): MarkerClaim {
  const account = claim.account.toLowerCase();
  if (!HOST.test(account)) {
    throw new RangeError(`a marker's account must be a host such as acme.zendesk.com, got ${JSON.stringify(claim.account)}`);
  }
  const sourceTypes = [...new Set(claim.sourceTypes)].sort();
  if (sourceTypes.length === 0 || !sourceTypes.every((type) => SOURCE_TYPE.test(type))) {
    throw new RangeError(`a marker needs source types such as account_setting, got ${JSON.stringify(claim.sourceTypes)}`);
  }
  checkIds(claim.ids);
  if (!Number.isSafeInteger(claim.listed) || claim.listed < 0) {
    throw new RangeError(`a marker's listing time must be whole seconds since 1970, got ${String(claim.listed)}`);
  }
  return { account, sourceTypes, ids: claim.ids, listed: claim.listed };
}

/** The bytes the MAC covers: one field a line, so no field can run into the next. */
function signedText(claim: MarkerClaim): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    ['zendesk-audit marker', SIGNED_VERSION, claim.account, claim.sourceTypes.join(','), claim.ids.join(','), String(claim.listed)]
      .join('\n'),
  );
}

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

/**
 * The key that signs and verifies markers, derived from `secret` (the Action uses the
 * Zendesk credential's secret part, or its `marker-key` input): HMAC-SHA-256 of a fixed
 * purpose string under the secret, so the key reveals nothing of the secret and
 * serves nothing but markers. The same secret always gives the same key; another
 * secret gives another key, under which every earlier marker fails to verify.
 * Web Crypto (https://www.w3.org/TR/WebCryptoAPI/#hmac), in Node and Deno alike.
 */
export async function markerKey(secret: string): Promise<CryptoKey> {
  if (secret.length === 0) throw new RangeError('a marker key needs a non-empty secret');
  const outer = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), HMAC, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', outer, new TextEncoder().encode(KEY_PURPOSE));
  return crypto.subtle.importKey('raw', derived, HMAC, false, ['sign', 'verify']);
}

/** The marker text for `claim` with `mac` (which `markerDraft` fills with `-`). */
function markerText(claim: MarkerClaim, mac: string): string {
  return `<!-- zendesk-audit ${SIGNED_VERSION} account=${claim.account} types=${claim.sourceTypes.join(',')} ids=${
    claim.ids.join(',')
  } listed=${claim.listed} mac=${mac} -->`;
}

/**
 * A signed marker for `claim`.
 *
 * @example await signedMarker(key, { account: 'acme.zendesk.com', sourceTypes: ['account_setting'], ids: [1, 2], listed: 1767225600 })
 *   // '<!-- zendesk-audit v3 account=acme.zendesk.com types=account_setting ids=1,2 listed=1767225600 mac=Qm9… -->'
 */
export async function signedMarker(key: CryptoKey, claim: MarkerClaim): Promise<string> {
  const normal = normalise(claim);
  return markerText(normal, base64url(await crypto.subtle.sign('HMAC', key, signedText(normal))));
}

/**
 * `signedMarker` with a placeholder MAC of the same length: synchronous, for measuring
 * and laying out bodies before the MACs are computed (Web Crypto is asynchronous).
 */
export function markerDraft(claim: MarkerClaim): string {
  return markerText(normalise(claim), '-'.repeat(MAC_LENGTH));
}

/** A body whose trailing marker is a `markerDraft`, with the draft replaced by the signed marker. */
export async function signDraft(key: CryptoKey, body: string): Promise<string> {
  const parsed = parseMarker(body);
  if (!parsed || parsed.mac !== '-'.repeat(MAC_LENGTH)) throw new RangeError('the body does not end with a marker draft');
  const draft = markerText(parsed, parsed.mac);
  const at = body.lastIndexOf(draft);
  return body.slice(0, at) + (await signedMarker(key, parsed)) + body.slice(at + draft.length);
}

/**
 * The signed marker that ends `body` (trailing white space aside; GitHub keeps `\r\n`
 * line ends from its editor), parsed but not verified; undefined when the body does not
 * end with one. Only the last one counts: one marker per body, written at its end, so a
 * marker added anywhere else (in a quote, a code block, mid-text) is never read.
 */
export function parseMarker(body: string): ParsedMarker | undefined {
  const match = SIGNED.exec(body);
  if (!match) return undefined;
  const [, account, types, ids, listed, mac] = match as unknown as [string, string, string, string, string, string];
  const sourceTypes = types.split(',');
  if (!HOST.test(account) || !sourceTypes.every((type) => SOURCE_TYPE.test(type))) return undefined;
  const numbers = ids.split(',').map(Number);
  if (!numbers.every(isZendeskId)) return undefined;
  return { account, sourceTypes, ids: numbers, listed: Number(listed), mac };
}

/** Whether `marker`'s MAC is right for what it says, under `key` (a constant-time check). */
export async function verifyMarker(key: CryptoKey, marker: ParsedMarker): Promise<boolean> {
  let claim: MarkerClaim;
  try {
    claim = normalise(marker);
  } catch {
    return false;
  }
  // A reordered list is another text: the MAC covers the types exactly as signed (sorted).
  if (claim.sourceTypes.join(',') !== marker.sourceTypes.join(',')) return false;
  return crypto.subtle.verify('HMAC', key, fromBase64url(marker.mac), signedText(claim));
}
