/**
 * The audit-log ids a report body lists, carried in an HTML comment: invisible on
 * GitHub, kept verbatim in the issue body the API returns, and read back by later runs
 * to report each change exactly once. Zendesk text cannot forge one: `neutralise`
 * writes its `<` as `&lt;`.
 */
import { isZendeskId } from './fields.ts';

const MARKER_LABEL = 'zendesk-audit ids:';
/** Tolerant of spacing and case, as a person editing an issue by hand might leave it. */
const MARKER = /<!--\s*zendesk-audit\s+ids\s*:([\s\S]*?)-->/gi;
const SEPARATORS = /[\s,]+/;
const DIGITS = /^\d+$/;

/**
 * An HTML comment carrying `ids`, the audit-log ids of the rows of one body.
 *
 * @example idMarker([1, 2, 3]) // '<!-- zendesk-audit ids: 1,2,3 -->'
 */
export function idMarker(ids: readonly number[]): string {
  for (const id of ids) {
    if (!isZendeskId(id)) throw new RangeError(`an audit-log id must be a positive safe integer, got ${String(id)}`);
  }
  return `<!-- ${MARKER_LABEL} ${ids.join(',')} -->`;
}

/**
 * Every id in every `idMarker` comment of `body`, in order of appearance (duplicates
 * kept). Anything else in the body, and anything in a marker that is not an id, is ignored.
 */
export function readIdMarkers(body: string): number[] {
  const ids: number[] = [];
  for (const match of body.matchAll(MARKER)) {
    for (const token of (match[1] ?? '').split(SEPARATORS)) {
      const id = DIGITS.test(token) ? Number(token) : NaN;
      if (isZendeskId(id)) ids.push(id);
    }
  }
  return ids;
}
