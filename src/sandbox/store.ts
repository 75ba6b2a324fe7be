/**
 * Queries over the audit log: the generated columns plus records added later, merged
 * in (created_at, id) order.
 *
 * Cost per request is O(log n) to find where a window or a cursor starts, plus the rows
 * it walks: the page itself and the non-matching rows it skips. Filters on source type
 * and action walk per-kind row lists, so they skip nothing; filters on actor, source id
 * and address test each row in the window. Counting needs no walk at all unless one of
 * those three filters is set.
 */
import type { AuditLog } from '../core/types.ts';
import { EVENT_KINDS, eventFields, SYSTEM_ACTOR_INDEX, sourceIdOf, type EventContext } from './events.ts';
import type { AuditLogColumns } from './generate.ts';
import { SYSTEM_ACTOR } from './staff.ts';
import {
  AddedScan,
  compare,
  firstRow,
  lowerBound,
  MergedScan,
  RowScan,
  type AddedRecord,
  type CompiledFilter,
  type Position,
  type StoredRecord,
} from './scan.ts';
import { isoSeconds } from './time.ts';

export type { Position, StoredRecord } from './scan.ts';

/** The filters of `GET /api/v2/audit_logs`. A missing or empty list does not filter. */
export interface AuditLogFilter {
  /** Epoch seconds, inclusive. */
  from?: number;
  /** Epoch seconds, inclusive. */
  to?: number;
  sourceTypes?: readonly string[];
  sourceIds?: readonly number[];
  actorIds?: readonly number[];
  ipAddresses?: readonly string[];
  actions?: readonly string[];
}

/** One page of a walk, in the order it is served. */
export interface Slice {
  records: AuditLog[];
  /** Whether more matching records lie beyond the slice in the direction of the walk. */
  hasMore: boolean;
  first?: Position;
  last?: Position;
}

/** Every audit-log record of the account, and the queries the API runs on them. */
export class AuditLogStore {
  readonly #columns: AuditLogColumns;
  readonly #context: EventContext;
  readonly #origin: () => string;
  readonly #added: AddedRecord[] = [];
  readonly #addedById = new Map<number, AddedRecord>();
  #maxAddedId = 0;

  /** `origin` gives the server's origin at the time a record is served (for `url`). */
  constructor(columns: AuditLogColumns, context: EventContext, origin: () => string) {
    this.#columns = columns;
    this.#context = context;
    this.#origin = origin;
  }

  /** The largest id stored. */
  get maxId(): number {
    const generated = this.#columns.length ? (this.#columns.id[this.#columns.length - 1] as number) : 0;
    return Math.max(generated, this.#maxAddedId);
  }

  has(id: number): boolean {
    return this.#rowOfId(id) >= 0 || this.#addedById.has(id);
  }

  get(id: number): AuditLog | undefined {
    const row = this.#rowOfId(id);
    if (row >= 0) return this.#materialiseRow(row);
    const added = this.#addedById.get(id);
    return added && this.#materialiseAdded(added);
  }

  /** Stores a complete record (without `url` unless the caller fixed one). */
  add(record: StoredRecord, seconds: number): AuditLog {
    const entry: AddedRecord = { seconds, id: record.id, record };
    const index = firstRow(this.#added.length, (candidate) => compare(this.#added[candidate] as AddedRecord, entry) > 0);
    this.#added.splice(index, 0, entry);
    this.#addedById.set(entry.id, entry);
    this.#maxAddedId = Math.max(this.#maxAddedId, entry.id);
    return this.#materialiseAdded(entry);
  }

  /** Every record, ascending. Materialises everything: for tests, not for large sandboxes. */
  all(): AuditLog[] {
    return this.walk({}, true, undefined, Number.POSITIVE_INFINITY).records;
  }

  /**
   * Up to `limit` matching records in `ascending` or descending order, starting strictly
   * after `after` in that order (from the first record when it is missing).
   */
  walk(filter: AuditLogFilter, ascending: boolean, after: Position | undefined, limit: number): Slice {
    const scan = this.#scan(this.#compile(filter), ascending, after);
    const records: AuditLog[] = [];
    let first: Position | undefined;
    let last: Position | undefined;
    for (let ref = scan.next(); ref !== undefined; ref = scan.next()) {
      if (records.length === limit) return { records, hasMore: true, first, last };
      const record = this.#materialise(ref);
      last = this.#position(ref);
      first ??= last;
      records.push(record);
    }
    return { records, hasMore: false, first, last };
  }

  /** Skips `skip` matching records, then returns up to `take` (offset pagination). */
  offset(filter: AuditLogFilter, ascending: boolean, skip: number, take: number): AuditLog[] {
    const scan = this.#scan(this.#compile(filter), ascending, undefined);
    let skipped = 0;
    while (skipped < skip && scan.next() !== undefined) skipped++;
    const records: AuditLog[] = [];
    while (records.length < take) {
      const ref = scan.next();
      if (ref === undefined) break;
      records.push(this.#materialise(ref));
    }
    return records;
  }

  /** How many records match. */
  count(filter: AuditLogFilter): number {
    const compiled = this.#compile(filter);
    let count = 0;
    if (compiled.acceptRow === null) {
      const [low, high] = this.#rowWindow(compiled, true, undefined);
      if (compiled.kindRows === null) count += high - low;
      else for (const rows of compiled.kindRows) count += lowerBound(rows, high) - lowerBound(rows, low);
    } else {
      const rows = new RowScan(compiled, true, this.#rowWindow(compiled, true, undefined));
      while (rows.next() >= 0) count++;
    }
    for (const added of this.#added) {
      if (added.seconds >= compiled.from && added.seconds <= compiled.to && compiled.acceptAdded(added.record)) count++;
    }
    return count;
  }

  #scan(compiled: CompiledFilter, ascending: boolean, after: Position | undefined): MergedScan {
    const rows = new RowScan(compiled, ascending, this.#rowWindow(compiled, ascending, after));
    const added = new AddedScan(this.#added, compiled, ascending, after);
    return new MergedScan(this.#columns, this.#added, rows, added, ascending);
  }

  /** Generated rows inside the time window and strictly after `after` in walk order: [low, high). */
  #rowWindow(compiled: CompiledFilter, ascending: boolean, after: Position | undefined): [number, number] {
    const { createdAt, id, length } = this.#columns;
    let low = Number.isFinite(compiled.from) ? firstRow(length, (row) => (createdAt[row] as number) >= compiled.from) : 0;
    let high = Number.isFinite(compiled.to) ? firstRow(length, (row) => (createdAt[row] as number) > compiled.to) : length;
    if (after) {
      const order = (row: number) => compare({ seconds: createdAt[row] as number, id: id[row] as number }, after);
      if (ascending) low = Math.max(low, firstRow(length, (row) => order(row) > 0));
      else high = Math.min(high, firstRow(length, (row) => order(row) >= 0));
    }
    return [low, Math.max(low, high)];
  }

  #compile(filter: AuditLogFilter): CompiledFilter {
    const { staff } = this.#context;
    const sourceTypes = nonEmpty(filter.sourceTypes);
    const actions = nonEmpty(filter.actions);
    const sourceIds = nonEmpty(filter.sourceIds);
    const actorIds = nonEmpty(filter.actorIds);
    const addresses = nonEmpty(filter.ipAddresses);

    const kinds = EVENT_KINDS.flatMap((kind, index) =>
      (!sourceTypes || sourceTypes.has(kind.sourceType)) && (!actions || actions.has(kind.action)) ? [index] : [],
    );
    const kindRows = kinds.length === EVENT_KINDS.length ? null : kinds.map((kind) => this.#columns.rowsByKind[kind] as Int32Array);

    const tests: ((row: number) => boolean)[] = [];
    if (actorIds) {
      const allowed = new Uint8Array(256);
      for (const actorId of actorIds) {
        if (actorId === SYSTEM_ACTOR.id) allowed[SYSTEM_ACTOR_INDEX] = 1;
        const index = staff.indexById.get(actorId);
        if (index !== undefined) allowed[index] = 1;
      }
      const actor = this.#columns.actor;
      tests.push((row) => allowed[actor[row] as number] === 1);
    }
    if (addresses) {
      const allowed = new Uint8Array(staff.ipAddresses.length);
      staff.ipAddresses.forEach((address, index) => {
        if (address !== null && addresses.has(address)) allowed[index] = 1;
      });
      const ip = this.#columns.ip;
      tests.push((row) => allowed[ip[row] as number] === 1);
    }
    if (sourceIds) {
      const { kind, actor, detail } = this.#columns;
      const context = this.#context;
      tests.push((row) => sourceIds.has(sourceIdOf(context, kind[row] as number, actor[row] as number, detail[row] as number)));
    }

    return {
      from: filter.from ?? Number.NEGATIVE_INFINITY,
      to: filter.to ?? Number.POSITIVE_INFINITY,
      kindRows,
      acceptRow: tests.length === 0 ? null : (row) => tests.every((test) => test(row)),
      acceptAdded: (record) =>
        (!sourceTypes || sourceTypes.has(record.source_type)) &&
        (!actions || actions.has(record.action)) &&
        (!sourceIds || sourceIds.has(record.source_id)) &&
        (!actorIds || actorIds.has(record.actor_id)) &&
        (!addresses || (record.ip_address !== null && addresses.has(record.ip_address))),
    };
  }

  #rowOfId(id: number): number {
    const ids = this.#columns.id;
    const row = firstRow(this.#columns.length, (candidate) => (ids[candidate] as number) >= id);
    return ids[row] === id ? row : -1;
  }

  #position(ref: number): Position {
    if (ref >= 0) return { seconds: this.#columns.createdAt[ref] as number, id: this.#columns.id[ref] as number };
    const added = this.#added[-ref - 1] as AddedRecord;
    return { seconds: added.seconds, id: added.id };
  }

  #materialise(ref: number): AuditLog {
    return ref >= 0 ? this.#materialiseRow(ref) : this.#materialiseAdded(this.#added[-ref - 1] as AddedRecord);
  }

  #materialiseRow(row: number): AuditLog {
    const { id, kind, actor, detail, ip, createdAt } = this.#columns;
    const recordId = id[row] as number;
    const fields = eventFields(this.#context, kind[row] as number, actor[row] as number, detail[row] as number, ip[row] as number);
    // Field order of a real response (the seed article's example).
    return {
      url: this.#recordUrl(recordId),
      id: recordId,
      action_label: fields.action_label,
      actor_id: fields.actor_id,
      source_id: fields.source_id,
      source_type: fields.source_type,
      source_label: fields.source_label,
      action: fields.action,
      change_description: fields.change_description,
      ip_address: fields.ip_address,
      created_at: isoSeconds(createdAt[row] as number),
      actor_name: fields.actor_name,
    };
  }

  #materialiseAdded(added: AddedRecord): AuditLog {
    return { url: this.#recordUrl(added.id), ...structuredClone(added.record) } as AuditLog;
  }

  #recordUrl(id: number): string {
    return `${this.#origin()}/api/v2/audit_logs/${id}.json`;
  }
}

function nonEmpty<T>(values: readonly T[] | undefined): Set<T> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}
