/**
 * What a change went from and to, read from its `change_description`.
 *
 * Shapes seen in real records: `Changed from 10 minutes to 30 minutes` (Zendesk's
 * developer article "Using audit logs to track activity"), `Turned on` and `Turned off`
 * (the same article), `Enabled` and `Disabled`, `Role changed from Administrator to
 * End User` and `Owner changed from Bob Cat to Mountain Lion` (Panther's Zendesk rules,
 * https://github.com/panther-labs/panther-analysis, rules/zendesk_rules). Descriptions
 * may span several lines and carry HTML entities (`&quot;`, `=&gt;`).
 */
import type { AuditLog } from '../types.ts';

/** The old and new value of a change; both null when the description has no such shape. */
export interface ChangeValues {
  change_from: string | null;
  change_to: string | null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;

/**
 * `text` with HTML character references decoded once (`&amp;quot;` becomes `&quot;`,
 * not `"`), so what Zendesk escaped reads as typed. The result is plain text, still to
 * be escaped by whatever renders it.
 */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    // A NUL or a surrogate half is no character (HTML: "character reference" parse errors).
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/** `Changed from X to Y`, `Role changed from X to Y`, `Security: Changed from X to Y`; the first ` to ` splits. */
const CHANGED_FROM = /^(?:[^\n]*?\s)?changed from\s+([\s\S]*?)\s+to\s+([\s\S]*?)\s*$/i;
const SWITCHES: readonly [RegExp, string, string][] = [
  [/^(?:[^\n]*?:\s*)?turned on\.?$/i, 'off', 'on'],
  [/^(?:[^\n]*?:\s*)?turned off\.?$/i, 'on', 'off'],
  [/^(?:[^\n]*?:\s*)?enabled\.?$/i, 'disabled', 'enabled'],
  [/^(?:[^\n]*?:\s*)?disabled\.?$/i, 'enabled', 'disabled'],
];

const NONE: ChangeValues = Object.freeze({ change_from: null, change_to: null });
/**
 * Descriptions repeat (`Turned on`, `Created`, a few settings' `Changed from X to Y`):
 * the values of short ones are remembered, up to this many, so a million records cost
 * a map lookup each rather than a parse.
 */
const REMEMBERED = 4096;
const REMEMBERED_LENGTH = 200;
const remembered = new Map<string, ChangeValues>();

/**
 * The values a description names, entities decoded and surrounding space trimmed; the
 * result is frozen (it may be shared).
 *
 * @example parseChange('Changed from 10 minutes to 30 minutes') // { change_from: '10 minutes', change_to: '30 minutes' }
 * @example parseChange('Turned off') // { change_from: 'on', change_to: 'off' }
 * @example parseChange('Conditions: Changed') // { change_from: null, change_to: null }
 */
export function parseChange(description: unknown): ChangeValues {
  if (typeof description !== 'string') return NONE;
  if (description.length > REMEMBERED_LENGTH) return readChange(description);
  let values = remembered.get(description);
  if (values === undefined) {
    values = readChange(description);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(description, values);
  }
  return values;
}

function readChange(description: string): ChangeValues {
  const text = decodeEntities(description).trim();
  const changed = CHANGED_FROM.exec(text);
  if (changed) return Object.freeze({ change_from: changed[1]!, change_to: changed[2]! });
  for (const [shape, from, to] of SWITCHES) {
    if (shape.test(text)) return Object.freeze({ change_from: from, change_to: to });
  }
  return NONE;
}

/** `change_from` and `change_to` of a record. */
export function changeOf(record: AuditLog): ChangeValues {
  return parseChange(record.change_description);
}
