/**
 * Every record of a Zendesk list is known by its `id` (a record's content can change
 * after the fact), and ids arrive as JSON numbers, which hold whole numbers exactly only
 * up to 2^53 - 1 (RFC 8259 section 6; `Number.MAX_SAFE_INTEGER`). Past it two ids can
 * read as one: a record would be dropped as a repeat of another, or listed under an id
 * that is not its own. Zendesk's ids stay far below; a page holding one that is not a
 * positive whole number below 2^53 is refused whole, naming the record.
 */
import { ZendeskError } from '../errors.ts';
import { isZendeskId } from '../whole-number.ts';

/** What a message may quote of a record's `created_at`: Zendesk's own shape, nothing else a server could put there. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

/** What `id` is, for the message: the number as read (past 2^53, not what Zendesk wrote), or its kind. */
function describeId(id: unknown): string {
  if (typeof id === 'number') return `the id ${id}${Math.abs(id) > Number.MAX_SAFE_INTEGER ? ' (as read)' : ''}`;
  return id === undefined || id === null ? 'no id' : `${Array.isArray(id) ? 'a list' : `a ${typeof id}`} as its id`;
}

/** Throws a `ZendeskError` naming the first of `records` whose id is not exact, if any. */
export function checkRecordIds(path: string, records: readonly unknown[]): void {
  const index = records.findIndex((record) => !isZendeskId((record as { id?: unknown } | null)?.id));
  if (index === -1) return;
  const record = records[index] as { id?: unknown; created_at?: unknown } | null;
  const created = typeof record?.created_at === 'string' && INSTANT.test(record.created_at) ? `, created ${record.created_at},` : '';
  throw new ZendeskError(
    `GET ${path}: Zendesk sent a record${created} with ${describeId(record?.id)}; an id must be a positive whole number ` +
      'below 2^53 to be read exactly, so the listing stopped rather than merge or misname records (report it to Zendesk)',
  );
}
