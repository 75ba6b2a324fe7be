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
/**
 * `text` with HTML character references decoded once (`&amp;quot;` becomes `&quot;`,
 * not `"`), so what Zendesk escaped reads as typed. The result is plain text, still to
 * be escaped by whatever renders it.
 */
export declare function decodeEntities(text: string): string;
/**
 * The values a description names, entities decoded and surrounding space trimmed; the
 * result is frozen (it may be shared).
 *
 * @example parseChange('Changed from 10 minutes to 30 minutes') // { change_from: '10 minutes', change_to: '30 minutes' }
 * @example parseChange('Turned off') // { change_from: 'on', change_to: 'off' }
 * @example parseChange('Conditions: Changed') // { change_from: null, change_to: null }
 */
export declare function parseChange(description: unknown): ChangeValues;
/** `change_from` and `change_to` of a record. */
export declare function changeOf(record: AuditLog): ChangeValues;
