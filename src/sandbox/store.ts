/**
 * The account's audit log: plain records in one array, ascending by (created_at, id),
 * and the queries the API runs on it. `created_at` is always `YYYY-MM-DDTHH:MM:SSZ`, so
 * comparing the text compares the times. Finding where a time window or a cursor starts
 * is a binary search; the rest is a walk that tests each record in the window.
 */
import type { AuditLog } from '../core/types.ts';
import type { StoredRecord } from './generate.ts';
import { FOUR_DIGIT_YEARS, isoSeconds } from './time.ts';

/** Where a record sits in the (created_at, id) order; what cursors carry. */
export interface Position {
  seconds: number;
  id: number;
}

/**
 * A filter of `GET /api/v2/audit_logs`: a time window (both ends inclusive), and for
 * some record fields the values, as text, that a record may have.
 */
export interface AuditLogFilter {
  from?: string;
  to?: string;
  fields: [field: string, values: ReadonlySet<string>][];
}

type Key = Pick<StoredRecord, 'created_at' | 'id'>;

export class AuditLogStore {
  readonly #records: StoredRecord[] = [];
  readonly #ids = new Set<number>();
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
    return this.#ids.has(id);
  }

  /** Stores a record; returns a copy as served. */
  add(record: StoredRecord): AuditLog {
    const records = this.#records;
    // Generated records come in order, so this is almost always an append.
    const last = records.at(-1);
    if (!last || compare(last, record) < 0) records.push(record);
    else records.splice(this.#first((other) => compare(other, record) > 0), 0, record);
    this.#ids.add(record.id);
    this.#maxId = Math.max(this.#maxId, record.id);
    return structuredClone(this.served(record));
  }

  /** Every record, ascending, as copies. */
  all(): AuditLog[] {
    return this.#records.map((record) => structuredClone(this.served(record)));
  }

  /** Resource URLs name where the sandbox is reached now, so they are added as the record is served. */
  served(record: StoredRecord): AuditLog {
    return { url: `${this.#origin()}/api/v2/audit_logs/${record.id}.json`, ...record } as AuditLog;
  }

  /** The matching records in walk order, strictly after `after` (from the start when missing). */
  *matching(filter: AuditLogFilter, ascending: boolean, after?: Position): Generator<StoredRecord> {
    let [low, high] = this.#window(filter);
    if (after) {
      // Every record lies within these years, where the text compares as the time does.
      const key = { created_at: isoSeconds(Math.min(Math.max(after.seconds, FOUR_DIGIT_YEARS[0]), FOUR_DIGIT_YEARS[1])), id: after.id };
      if (ascending) low = Math.max(low, this.#first((record) => compare(record, key) > 0));
      else high = Math.min(high, this.#first((record) => compare(record, key) >= 0));
    }
    for (let step = 0; step < high - low; step++) {
      const record = this.#records[ascending ? low + step : high - 1 - step]!;
      if (filter.fields.every(([field, values]) => record[field] != null && values.has(String(record[field])))) yield record;
    }
  }

  count(filter: AuditLogFilter): number {
    const [low, high] = this.#window(filter);
    if (filter.fields.length === 0) return high - low;
    let count = 0;
    for (const _ of this.matching(filter, true)) count++;
    return count;
  }

  /** The indexes [low, high) of the records inside the filter's time window. */
  #window({ from, to }: AuditLogFilter): [number, number] {
    const low = from === undefined ? 0 : this.#first((record) => record.created_at >= from);
    const high = to === undefined ? this.#records.length : this.#first((record) => record.created_at > to);
    return [low, Math.max(low, high)];
  }

  /** The first index where a monotone `test` turns true, or the length. */
  #first(test: (record: StoredRecord) => boolean): number {
    let low = 0;
    let high = this.#records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.#records[middle]!)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Orders records by created_at, then id. */
function compare(a: Key, b: Key): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id;
}
