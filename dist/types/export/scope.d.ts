/**
 * What an incremental export reads: one Zendesk account, one set of filters. A
 * checkpoint belongs to its scope: audit-log ids are only known to be unique within one
 * account, and the ids one filter set wrote say nothing of what another must still read,
 * so resuming with another scope would skip or repeat records. It is refused instead.
 */
import { type AuditLogQuery } from '../fetch/query.ts';
/** An export's account and filters, in a form two runs compare. */
export interface ExportScope {
    /** The Zendesk account: its subdomain (`acme`), or the API's origin when a base URL names it. */
    account: string;
    /**
     * Each filter by its `filter[...]` name (`source_type`, `source_id`, `actor_id`,
     * `ip_address`, `action`) or a name of the caller's own for what it drops itself
     * (`min_severity`), with its values sorted; a filter not applied has no entry.
     */
    filters: Readonly<Record<string, readonly string[]>>;
}
/**
 * The scope of an export of `account` with `query` (its window and order do not count),
 * and `extra`: filters the caller applies to the records itself.
 *
 * @example exportScope('acme', { sourceType: ['user', 'account_setting'], action: 'update' })
 *   // { account: 'acme', filters: { action: ['update'], source_type: ['account_setting', 'user'] } }
 */
export declare function exportScope(account: string, query: AuditLogQuery, extra?: Readonly<Record<string, string | readonly string[]>>): ExportScope;
/**
 * How the scope a checkpoint was written for (`written`) differs from this run's
 * (`wanted`), in words (`account "acme", not "beta"`), or undefined when they are one.
 */
export declare function scopeDifference(written: ExportScope, wanted: ExportScope): string | undefined;
