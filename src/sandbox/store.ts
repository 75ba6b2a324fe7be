/**
 * The account's audit log: plain records in one array, ascending by (created_at, id),
 * and the three queries the API runs on it. Finding where a time window or a cursor
 * starts is a binary search; the rest is a walk that tests each record in the window.
 */
import type { AuditLog, AuditLogFields } from '../core/types.ts';

/** Where a record sits in the (created_at, id) order; what cursors carry. */
export interface Position {
  seconds: number;
  id: number;
}

/** A complete record as stored: `url` only when its author fixed one. */
export type StoredRecord = Omit<AuditLogFields, 'url'> & { url?: string; [field: string]: unknown };

/**
 * A filter of `GET /api/v2/audit_logs`: a time window in epoch seconds (both ends
 * inclusive), and for some record fields the values, as text, that a record may have.
 */
export interface AuditLogFilter {
  from?: number;
  to?: number;
  fields?: [field: string, values: ReadonlySet<string>][];
}

/** One page of a walk, in the order it is served. */
export interface Slice {
  records: AuditLog[];
  /** Whether more matching records lie beyond the slice in the direction of the walk. */
  hasMore: boolean;
  last?: Position;
}

interface Entry extends Position {
  record: StoredRecord;
}

export class AuditLogStore {
  readonly #entries: Entry[] = [];
  readonly #byId = new Map<number, Entry>();
  #maxId = 0;
  readonly #origin: () => string;

  /** `origin` gives the server's origin at the time a record is served (for `url`). */
  constructor(origin: () => string) {
    this.#origin = origin;
  }

  get maxId(): number {
    return this.#maxId;
  }

  has(id: number): boolean {
    return this.#byId.has(id);
  }

  /** A copy of the record with this id, as served. */
  get(id: number): AuditLog | undefined {
    const entry = this.#byId.get(id);
    return entry && structuredClone(this.#served(entry));
  }

  /** Stores a record at `seconds` (its `created_at`). */
  add(record: StoredRecord, seconds: number): void {
    const entry = { seconds, id: record.id, record };
    const entries = this.#entries;
    // Generated records come in order, so this is almost always an append.
    const last = entries[entries.length - 1];
    if (!last || compare(last, entry) < 0) entries.push(entry);
    else entries.splice(firstIndex(entries.length, (index) => compare(entries[index] as Entry, entry) > 0), 0, entry);
    this.#byId.set(entry.id, entry);
    this.#maxId = Math.max(this.#maxId, entry.id);
  }

  /** Every record, ascending, as copies. */
  all(): AuditLog[] {
    return this.#entries.map((entry) => structuredClone(this.#served(entry)));
  }

  /** Up to `limit` matching records in walk order, strictly after `after` (from the start when missing). */
  walk(filter: AuditLogFilter, ascending: boolean, after: Position | undefined, limit: number): Slice {
    const records: AuditLog[] = [];
    let last: Position | undefined;
    for (const entry of this.#matching(filter, ascending, after)) {
      if (records.length === limit) return { records, hasMore: true, last };
      records.push(this.#served(entry));
      last = entry;
    }
    return { records, hasMore: false, last };
  }

  /** Skips `skip` matching records, then returns up to `take` (offset pagination). */
  offset(filter: AuditLogFilter, ascending: boolean, skip: number, take: number): AuditLog[] {
    const records: AuditLog[] = [];
    let skipped = 0;
    for (const entry of this.#matching(filter, ascending, undefined)) {
      if (skipped++ < skip) continue;
      if (records.length === take) break;
      records.push(this.#served(entry));
    }
    return records;
  }

  count(filter: AuditLogFilter): number {
    const [low, high] = this.#window(filter);
    if (!filter.fields?.length) return high - low;
    let count = 0;
    for (let index = low; index < high; index++) if (matches(filter, (this.#entries[index] as Entry).record)) count++;
    return count;
  }

  *#matching(filter: AuditLogFilter, ascending: boolean, after: Position | undefined): Generator<Entry> {
    const entries = this.#entries;
    let [low, high] = this.#window(filter);
    if (after && ascending) low = Math.max(low, firstIndex(entries.length, (index) => compare(entries[index] as Entry, after) > 0));
    if (after && !ascending) high = Math.min(high, firstIndex(entries.length, (index) => compare(entries[index] as Entry, after) >= 0));
    for (let step = 0; step < high - low; step++) {
      const entry = entries[ascending ? low + step : high - 1 - step] as Entry;
      if (matches(filter, entry.record)) yield entry;
    }
  }

  /** The indexes [low, high) of the records inside the filter's time window. */
  #window(filter: AuditLogFilter): [number, number] {
    const entries = this.#entries;
    const { from, to } = filter;
    const low = from === undefined ? 0 : firstIndex(entries.length, (index) => (entries[index] as Entry).seconds >= from);
    const high = to === undefined ? entries.length : firstIndex(entries.length, (index) => (entries[index] as Entry).seconds > to);
    return [low, Math.max(low, high)];
  }

  /** Resource URLs name where the sandbox is reached now, so they are added as the record is served. */
  #served(entry: Entry): AuditLog {
    return { url: `${this.#origin()}/api/v2/audit_logs/${entry.id}.json`, ...entry.record } as AuditLog;
  }
}

/** Whether a record has, in each filtered field, one of the values asked for (`null` matches none). */
function matches(filter: AuditLogFilter, record: StoredRecord): boolean {
  return (filter.fields ?? []).every(([field, values]) => record[field] != null && values.has(String(record[field])));
}

/** Orders positions by created_at, then id. */
function compare(a: Position, b: Position): number {
  return a.seconds - b.seconds || a.id - b.id;
}

/** The first index in [0, length) where a monotone `test` turns true, or `length`. */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
