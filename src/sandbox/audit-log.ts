/**
 * The audit log and `GET /api/v2/audit_logs` (cursor pages; offset pages with a count; bad input answered as Zendesk does):
 * records in one array by (created_at, id), found by binary search. `created_at` is always `YYYY-MM-DDTHH:MM:SSZ` in the
 * years 0000..9999, so its text compares as the time.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/
 */
import type { AuditLog, AuditLogFields } from '../core/types.ts';
import { wholeNumberOf } from '../core/whole-number.ts';
import * as replies from './replies.ts';

/** A record as stored: `url` only when its author fixed one (it is added when served). */
export type StoredRecord = Omit<AuditLogFields, 'url'> & { url?: string; [field: string]: unknown };

const MAX_PAGE_SIZE = 100;
/** Offset pagination stops at page 100 or 10,000 records (page * per_page). */
const MAX_OFFSET_DEPTH = 10_000;
/** The fields `filter[...]` narrows: `filter[actor_id]=1&filter[actor_id]=2` keeps the records by either actor. */
const FILTER_FIELDS = ['source_type', 'source_id', 'actor_id', 'ip_address', 'action'] as const;

/** A time window (both ends inclusive), and for some fields the values, as text, a record may have. */
type Filter = { from?: string; to?: string; fields: [field: string, values: ReadonlySet<string>][] };
type Position = Pick<StoredRecord, 'created_at' | 'id'>;

export class AuditLogStore {
  readonly #records: StoredRecord[] = [];
  readonly #ids = new Set<number>();
  maxId = 0;
  readonly #origin: () => string;

  /** `origin`: the server's origin when a record is served, for its `url`. */
  constructor(origin: () => string) {
    this.#origin = origin;
  }

  has(id: number): boolean {
    return this.#ids.has(id);
  }

  /** Stores a record; returns it. */
  add(record: StoredRecord): StoredRecord {
    // Generated records come in order, so this is almost always an append.
    const last = this.#records.at(-1);
    if (!last || compare(last, record) < 0) this.#records.push(record);
    else this.#records.splice(this.#first((other) => compare(other, record) > 0), 0, record);
    this.#ids.add(record.id);
    this.maxId = Math.max(this.maxId, record.id);
    return record;
  }

  /** Every record, ascending, as copies. */
  all(): AuditLog[] {
    return this.#records.map((record) => structuredClone(this.served(record)));
  }

  /** Answers the query as the client wrote it: with `page[size]` a cursor page, else an offset page; links go to `base`. */
  list(query: string, base: string): replies.Reply {
    const params = new URLSearchParams(query);
    const filter = parseFilter(params);
    if (!filter) return replies.INVALID_CREATED_AT;
    const link = (name: string, value: string) => {
      const kept = query.split('&').filter((pair) => pair !== '' && decodedName(pair) !== name);
      return `${base}?${[...kept, `${name}=${encodeURIComponent(value)}`].join('&')}`;
    };
    const size = params.get('page[size]');
    if (size === null) {
      const page = Math.max(1, wholeNumberOf(params.get('page')) ?? 1);
      // Larger pages are cut to 100 rather than refused.
      const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumberOf(params.get('per_page')) ?? MAX_PAGE_SIZE));
      if (page * perPage > MAX_OFFSET_DEPTH) return replies.PAGINATION_TOO_DEEP;
      const [low, high] = this.#window(filter);
      const count = filter.fields.length === 0 ? high - low : countOf(this.#matching(filter, true));
      const records = take(this.#matching(filter, params.get('sort_order') === 'asc'), (page - 1) * perPage, perPage);
      // `next_page` is given even where following it hits the depth cap, as Zendesk does.
      return replies.jsonReply(200, {
        audit_logs: records.map((record) => this.served(record)),
        next_page: page * perPage < count ? link('page', String(page + 1)) : null,
        previous_page: page > 1 ? link('page', String(page - 1)) : null,
        count,
      });
    }
    // `sort_by` and `sort_order` are silently ignored alongside page[size].
    const sort = params.get('sort') ?? '-created_at';
    if (sort !== 'created_at' && sort !== '-created_at') return replies.invalidPaginationParameter('sort');
    const pageSize = wholeNumberOf(size);
    if (!pageSize || pageSize > MAX_PAGE_SIZE) return replies.invalidPaginationParameter('page[size]');
    const cursor = params.get('page[after]');
    const after = cursor === null ? undefined : decodeCursor(cursor);
    if (cursor !== null && !after) return replies.invalidPaginationParameter('page[after]');
    const records = take(this.#matching(filter, sort === 'created_at', after), 0, pageSize + 1);
    const last = records[Math.min(records.length, pageSize) - 1];
    const afterCursor = last ? encodeCursor(last) : null;
    // A link also on the last page: clients stop on `has_more` (https://developer.zendesk.com/api-reference/introduction/pagination/).
    const page = {
      audit_logs: records.slice(0, pageSize).map((record) => this.served(record)),
      meta: { has_more: records.length > pageSize, after_cursor: afterCursor, before_cursor: null },
      links: { next: afterCursor && link('page[after]', afterCursor), prev: null },
    };
    return { ...replies.jsonReply(200, page), cursorPage: true };
  }

  /** A record as served: resource URLs name where the sandbox is reached now. */
  served(record: StoredRecord): AuditLog {
    return { url: `${this.#origin()}/api/v2/audit_logs/${record.id}.json`, ...record } as AuditLog;
  }

  /** The matching records in walk order, strictly after `after` (from the start when missing). */
  *#matching(filter: Filter, ascending: boolean, after?: Position): Generator<StoredRecord> {
    let [low, high] = this.#window(filter);
    if (after && ascending) low = Math.max(low, this.#first((record) => compare(record, after) > 0));
    if (after && !ascending) high = Math.min(high, this.#first((record) => compare(record, after) >= 0));
    for (let step = 0; step < high - low; step++) {
      const record = this.#records[ascending ? low + step : high - 1 - step]!;
      if (filter.fields.every(([field, values]) => record[field] != null && values.has(String(record[field])))) yield record;
    }
  }

  /** The indexes [low, high) of the records inside the filter's time window. */
  #window({ from, to }: Filter): [number, number] {
    const low = from === undefined ? 0 : this.#first((record) => record.created_at >= from);
    const high = to === undefined ? this.#records.length : this.#first((record) => record.created_at > to);
    return [low, Math.max(low, high)];
  }

  /** The first index where a monotone `test` turns true, or the length. */
  #first(test: (record: StoredRecord) => boolean): number {
    let [low, high] = [0, this.#records.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.#records[middle]!)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Orders records by created_at, then id. */
const compare = (a: Position, b: Position) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id;

/** The filter a query asks for, or undefined for a bad `filter[created_at]`. */
function parseFilter(params: URLSearchParams): Filter | undefined {
  const filter: Filter = { fields: [] };
  for (const field of FILTER_FIELDS) {
    // `name` and `name[]` together; blank values do not filter; ids compare as numbers: `007` is the id 7.
    const wanted = [...params.getAll(`filter[${field}]`), ...params.getAll(`filter[${field}][]`)]
      .filter((value) => value !== '')
      .map((value) => String(wholeNumberOf(value) ?? value));
    if (wanted.length) filter.fields.push([field, new Set(wanted)]);
  }
  const range = params.getAll('filter[created_at][]');
  if (params.has('filter[created_at]') || range.length > 0) {
    // Exactly a start and an end, both inclusive; anything else is Zendesk's InvalidValue.
    if (params.has('filter[created_at]') || range.length !== 2 || range.some((text) => parseZendeskTimestamp(text) === undefined)) {
      return undefined;
    }
    [filter.from, filter.to] = range;
  }
  return filter;
}

/** Skips `skip` items, then returns up to `count`. */
/** How many `items` there are, counted as they are walked: a million records need no array of them. */
function countOf(items: Iterable<unknown>): number {
  let count = 0;
  for (const _ of items) count++;
  return count;
}

function take<T>(items: Iterable<T>, skip: number, count: number): T[] {
  const taken: T[] = [];
  for (const item of items) {
    if (skip > 0) skip--;
    else if (taken.push(item) === count) break;
  }
  return taken;
}

/** The name of a `name=value` pair, decoded as URLSearchParams does (malformed escapes kept). */
const decodedName = (pair: string) => [...new URLSearchParams(pair).keys()][0];

/** Like Zendesk's, base64(url) JSON of the sort key and a record's position, not an index: it holds while records are added. */
function encodeCursor({ created_at, id }: Position): string {
  const json = JSON.stringify({ o: 'created_at,id', v: [Date.parse(created_at) / 1000, id] });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The position in a cursor, or `undefined` when it is not one of ours. */
function decodeCursor(cursor: string): Position | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')))?.v;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => Number.isSafeInteger(part))) return undefined;
    const [seconds, id] = value;
    // Every record lies within these years; no cursor of ours points outside them.
    return seconds >= FOUR_DIGIT_YEARS[0] && seconds <= FOUR_DIGIT_YEARS[1] ? { created_at: isoSeconds(seconds), id } : undefined;
  } catch {
    return undefined;
  }
}

/** Zendesk's timestamp format: UTC, second precision, `Z`. */
const ZENDESK_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The first and the last epoch second with a four-digit year, where the timestamps' text sorts as their times. */
export const FOUR_DIGIT_YEARS = [-62_167_219_200, 253_402_300_799] as const;

/** `1716330873` → `2024-05-21T22:34:33Z`. */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 19) + 'Z';
}

/** Epoch seconds of an exact `YYYY-MM-DDTHH:MM:SSZ`; `undefined` for other text and impossible dates (`2024-02-30T00:00:00Z`). */
export function parseZendeskTimestamp(text: string): number | undefined {
  const milliseconds = Date.parse(text);
  const exact = ZENDESK_TIMESTAMP.test(text) && !Number.isNaN(milliseconds) && isoSeconds(milliseconds / 1000) === text;
  return exact ? milliseconds / 1000 : undefined;
}
