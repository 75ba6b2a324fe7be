/**
 * What an incremental export reads: one Zendesk account, one set of filters. A
 * checkpoint belongs to its scope: audit-log ids are only known to be unique within one
 * account, and the ids one filter set wrote say nothing of what another must still read,
 * so resuming with another scope would skip or repeat records. It is refused instead.
 */
import { auditLogParams, type AuditLogQuery } from '../fetch/query.ts';

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

/** `filter[source_type]` and `filter[source_type][]` are both `source_type`. */
const FILTER = /^filter\[([a-z_]+)\](?:\[\])?$/;

/**
 * The scope of an export of `account` with `query` (its window and order do not count),
 * and `extra`: filters the caller applies to the records itself.
 *
 * @example exportScope('acme', { sourceType: ['user', 'account_setting'], action: 'update' })
 *   // { account: 'acme', filters: { action: ['update'], source_type: ['account_setting', 'user'] } }
 */
export function exportScope(
  account: string,
  query: AuditLogQuery,
  extra: Readonly<Record<string, string | readonly string[]>> = {},
): ExportScope {
  const values = new Map<string, Set<string>>();
  const add = (name: string, value: string) => {
    let set = values.get(name);
    if (!set) values.set(name, set = new Set());
    set.add(value);
  };
  // The parameters Zendesk is sent, so two spellings of one filter compare equal.
  for (const [key, value] of auditLogParams({ ...query, createdAt: undefined, order: undefined })) {
    const name = FILTER.exec(key)?.[1];
    if (name) add(name, value);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (values.has(name)) throw new TypeError(`the filter ${name} is one Zendesk is sent: give it in the query`);
    for (const one of typeof value === 'string' ? [value] : value) add(name, one);
  }
  const filters: Record<string, readonly string[]> = {};
  for (const name of [...values.keys()].sort()) filters[name] = [...values.get(name)!].sort();
  return { account, filters };
}

/** `source type account_setting`, `source types account_setting, user`, `every source type`. */
function sourceTypesText(types: readonly string[] | undefined): string {
  if (!types?.length) return 'every source type';
  return `source type${types.length > 1 ? 's' : ''} ${types.join(', ')}`;
}

/** The other filters as `action=create|update, actor_id=1`, or `no other filter`. */
function filtersText(filters: ExportScope['filters']): string {
  const parts = Object.entries(filters).filter(([name]) => name !== 'source_type').map(([name, values]) => `${name}=${values.join('|')}`);
  return parts.length ? parts.join(', ') : 'no other filter';
}

/**
 * How the scope a checkpoint was written for (`written`) differs from this run's
 * (`wanted`), in words (`account "acme", not "beta"`), or undefined when they are one.
 */
export function scopeDifference(written: ExportScope, wanted: ExportScope): string | undefined {
  if (written.account !== wanted.account) return `account ${JSON.stringify(written.account)}, not ${JSON.stringify(wanted.account)}`;
  const types = ({ filters }: ExportScope) => filters.source_type ?? [];
  if (!sameValues(types(written), types(wanted))) {
    return `${sourceTypesText(written.filters.source_type)}, not ${sourceTypesText(wanted.filters.source_type)}`;
  }
  const names = new Set([...Object.keys(written.filters), ...Object.keys(wanted.filters)]);
  for (const name of names) {
    if (!sameValues(written.filters[name] ?? [], wanted.filters[name] ?? [])) {
      return `${filtersText(written.filters)}, not ${filtersText(wanted.filters)}`;
    }
  }
  return undefined;
}

/** Whether two sets of values, each sorted, are one. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
