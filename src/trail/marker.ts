/**
 * The hidden marker that ends every body the Action posts (the and each further
 * part's): an HTML comment, invisible on GitHub, kept verbatim in the body the API
 * returns, and read back by later runs and by the evidence. Zendesk text cannot forge
 * one: `neutralise` writes its `<` as `&lt;`.
 *
 *     <!-- zendesk-audit v4 account=acme.zendesk.com types=account_setting ids=1,2 listed=1767225600 digest=… data=… mac=… -->
 *
 * - `account`, `types`, `ids`: the Zendesk account, the source types the run watched
 *   (and those of the alerts it reports), and the audit-log ids of the changes this body
 *   lists, and only those: what exactly-once reads (`reported.ts`).
 * - `listed`: when the run that wrote it listed the earlier reports (GitHub's clock, whole
 *   seconds). A report of ours created after that, and numbered lower, was opened by
 *   another run at the same time (`mend.ts`).
 * - `digest`: the SHA-256 of the body as posted, ticks aside (`body-digest.ts`): an edit
 *   after posting shows as a body that no longer matches it.
 * - `data`: what the body says of each change (time, actor, severity, setting) and, in a
 *   report's first body, which change each "Needs attention" task stands for and how
 *   many bodies the report was posted in (`row-data.ts`): what the evidence reads.
 * - `mac`: an HMAC-SHA-256 (RFC 2104) of all of the above, under a key only the Action's
 *   runs have (`markerKey`). A marker that was forged, or edited to add ids or change a
 *   row, fails `verifyMarker` and counts for nothing: at worst its changes are reported
 *   again, never hidden. Ticking a task-list item leaves the marker as it was, and the
 *   digest still matches.
 *
 * Only markers of this format (`v4`) count: an unsigned one (`<!-- zendesk-audit ids: … -->`,
 * as 0.1.0 wrote), 0.2.0's `v2` and the unreleased `v3` are text like any other. The
 * scripts' `--format markdown` carries no marker at all.
 */
import { isZendeskId } from '../core/whole-number.ts';
import { bodyDigest } from './body-digest.ts';
import { MAC_LENGTH, macOf, macVerifies } from './mac.ts';
import { decodeData, encodeData, type ReportData, type RowData } from './row-data.ts';

export { MAC_LENGTH, markerKey } from './mac.ts';

function checkIds(ids: readonly number[]): void {
  for (const id of ids) {
    if (!isZendeskId(id)) throw new RangeError(`an audit-log id must be a positive safe integer, got ${String(id)}`);
  }
}

/** What a signed marker says. */
export interface MarkerClaim {
  /** The Zendesk account, as its host (`acme.zendesk.com`): ids are unique only within one. */
  account: string;
  /** The audit-log source types the run watched. */
  sourceTypes: readonly string[];
  ids: readonly number[];
  /** When the run that wrote it listed the earlier reports: GitHub's time, in whole seconds since 1970. */
  listed: number;
  /** What the body says of each id, in the order of `ids`; unknown rows (all null) when left out. */
  rows?: readonly RowData[];
  /** The first body's task-list items, as the ids they stand for; none when left out. */
  tasks?: readonly number[];
  /** In a report's first body, how many bodies it was posted in; left out elsewhere. */
  parts?: number;
}

/** A signed marker as read from a body: what it says, the body's digest and its MAC, not yet verified. */
export interface ParsedMarker extends MarkerClaim {
  rows: readonly RowData[];
  tasks: readonly number[];
  /** The digest of the body as posted (`bodyDigest`). */
  digest: string;
  /** `data=` as written: the MAC covers this text. */
  data: string;
  mac: string;
}

/** Marker format version; part of what is signed, so another format cannot be confused with this one. */
const SIGNED_VERSION = 'v4';
const HOST = /^[a-z0-9.-]+(?::\d+)?$/;
const SOURCE_TYPE = /^[a-z][a-z0-9_]*(?:\/[a-z0-9_]+)*$/;
const PLACEHOLDER = '-'.repeat(MAC_LENGTH);
/** On a line of its own at the end: a marker quoted (`> `) or inline is not the Action's. */
const SIGNED = new RegExp(
  `(?:^|\\n)<!-- zendesk-audit ${SIGNED_VERSION} account=(\\S+) types=(\\S+) ids=(\\d+(?:,\\d+)*) listed=(\\d{1,12}) ` +
    `digest=([A-Za-z0-9_-]{${MAC_LENGTH}}) data=([A-Za-z0-9_-]*) mac=([A-Za-z0-9_-]{${MAC_LENGTH}}) -->\\s*$`,
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

const UNKNOWN_ROW: RowData = { createdAt: null, actorId: null, severity: null, label: '' };

interface Normal {
  account: string;
  sourceTypes: string[];
  ids: readonly number[];
  listed: number;
  data: string;
}

function normalise(claim: MarkerClaim): Normal {
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
  const rows = claim.rows ?? claim.ids.map(() => UNKNOWN_ROW);
  if (rows.length !== claim.ids.length) {
    throw new RangeError(`a marker needs a row for each of its ${claim.ids.length} ids, got ${rows.length}`);
  }
  const tasks = claim.tasks ?? [];
  checkIds(tasks);
  if (claim.parts !== undefined && !(Number.isSafeInteger(claim.parts) && claim.parts > 0)) {
    throw new RangeError(`a report's number of parts must be a positive whole number, got ${String(claim.parts)}`);
  }
  const data: ReportData = { rows: [...rows], tasks: [...tasks], ...(claim.parts ? { parts: claim.parts } : {}) };
  return { account, sourceTypes, ids: claim.ids, listed: claim.listed, data: encodeData(data) };
}

/** The fields the MAC covers, in order. */
function signedFields(claim: Normal, digest: string): string[] {
  return [
    'zendesk-audit marker',
    SIGNED_VERSION,
    claim.account,
    claim.sourceTypes.join(','),
    claim.ids.join(','),
    String(claim.listed),
    digest,
    claim.data,
  ];
}

function markerText(claim: Normal, digest: string, mac: string): string {
  return `<!-- zendesk-audit ${SIGNED_VERSION} account=${claim.account} types=${claim.sourceTypes.join(',')} ids=${
    claim.ids.join(',')
  } listed=${claim.listed} digest=${digest} data=${claim.data} mac=${mac} -->`;
}

/**
 * A signed marker for `claim`, for a body whose digest (`bodyDigest` of the text before
 * the marker) is `digest`; by default that of an empty body.
 *
 * @example await signedMarker(key, { account: 'acme.zendesk.com', sourceTypes: ['account_setting'], ids: [1, 2], listed: 1767225600 })
 *   // '<!-- zendesk-audit v4 account=acme.zendesk.com types=account_setting ids=1,2 listed=1767225600 digest=47DEQ… data=eyJy… mac=Qm9… -->'
 */
export async function signedMarker(key: CryptoKey, claim: MarkerClaim, digest?: string): Promise<string> {
  return signNormal(key, normalise(claim), digest ?? (await bodyDigest('')));
}

async function signNormal(key: CryptoKey, claim: Normal, digest: string): Promise<string> {
  return markerText(claim, digest, await macOf(key, signedFields(claim, digest)));
}

/**
 * `signedMarker` with a placeholder digest and MAC of the same length: synchronous, for
 * measuring and laying out bodies before they are signed (Web Crypto is asynchronous).
 */
export function markerDraft(claim: MarkerClaim): string {
  return markerText(normalise(claim), PLACEHOLDER, PLACEHOLDER);
}

/** Where the trailing marker of `body` starts (its line break included), or -1. */
function markerStart(body: string): number {
  const match = SIGNED.exec(body);
  return match ? match.index : -1;
}

/** `body` without its trailing marker: what the digest covers. The whole body when it ends with none. */
export function bodyBeforeMarker(body: string): string {
  const at = markerStart(body);
  return at < 0 ? body : body.slice(0, at);
}

/**
 * A body whose trailing marker is a `markerDraft`, with the draft replaced by the signed
 * marker: the digest of the text before it, and the MAC.
 */
export async function signDraft(key: CryptoKey, body: string): Promise<string> {
  const parsed = parseMarker(body);
  if (!parsed || parsed.mac !== PLACEHOLDER || parsed.digest !== PLACEHOLDER) {
    throw new RangeError('the body does not end with a marker draft');
  }
  const at = body.lastIndexOf(`<!-- zendesk-audit ${SIGNED_VERSION} `);
  const end = body.indexOf(' -->', at) + ' -->'.length;
  const signed = await signNormal(key, { ...normalise(parsed), data: parsed.data }, await bodyDigest(body.slice(0, markerStart(body))));
  return body.slice(0, at) + signed + body.slice(end);
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
  const [, account, types, ids, listed, digest, data, mac] = match as unknown as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const sourceTypes = types.split(',');
  if (!HOST.test(account) || !sourceTypes.every((type) => SOURCE_TYPE.test(type))) return undefined;
  const numbers = ids.split(',').map(Number);
  if (!numbers.every(isZendeskId)) return undefined;
  // Data that does not fit its ids (an id added by hand) reads as unknown rows: the MAC then fails, as for any edit.
  const decoded = decodeData(data);
  const fits = decoded !== undefined && decoded.rows.length === numbers.length;
  const rows = fits ? decoded.rows : numbers.map(() => UNKNOWN_ROW);
  const parts = fits && decoded.parts ? { parts: decoded.parts } : {};
  return {
    account,
    sourceTypes,
    ids: numbers,
    listed: Number(listed),
    digest,
    data,
    rows,
    tasks: fits ? decoded.tasks : [],
    ...parts,
    mac,
  };
}

/** Whether `marker`'s MAC is right for what it says, under `key` (a constant-time check). */
export async function verifyMarker(key: CryptoKey, marker: ParsedMarker): Promise<boolean> {
  let claim: Normal;
  try {
    claim = normalise(marker);
  } catch {
    return false;
  }
  // A reordered list is another text: the MAC covers the types exactly as signed (sorted), and the data as written.
  if (claim.sourceTypes.join(',') !== marker.sourceTypes.join(',')) return false;
  return macVerifies(key, signedFields({ ...claim, data: marker.data }, marker.digest), marker.mac);
}

/** Whether `body`, ticks aside, is no longer what was posted under `marker` (its digest differs). */
export async function editedAfterPosting(body: string, marker: Pick<ParsedMarker, 'digest'>): Promise<boolean> {
  return (await bodyDigest(bodyBeforeMarker(body))) !== marker.digest;
}
