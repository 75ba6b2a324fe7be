/**
 * Ordered walks over the audit log: generated rows (through per-kind row lists when a
 * filter narrows the kinds) and added records, merged by (created_at, id).
 */
import type { AuditLogFields } from '../core/types.ts';
import type { AuditLogColumns } from './generate.ts';

/** Where a record sits in the (created_at, id) order; what cursors carry. */
export interface Position {
  seconds: number;
  id: number;
}

/** A complete record as stored: `url` only when its author fixed one. */
export type StoredRecord = Omit<AuditLogFields, 'url'> & { url?: string; [field: string]: unknown };

/** A record added after generation, kept as an object. */
export interface AddedRecord extends Position {
  record: StoredRecord;
}

/** A filter prepared for walking. */
export interface CompiledFilter {
  from: number;
  to: number;
  /** Row lists to walk, or `null` to walk every row. */
  kindRows: Int32Array[] | null;
  /** Tests generated rows on what `kindRows` does not cover, or `null` when nothing is left. */
  acceptRow: ((row: number) => boolean) | null;
  acceptAdded: (record: StoredRecord) => boolean;
}

/** Row references: a generated row (>= 0) or an added record (-index - 1). */
export type Ref = number;

/** Walks generated rows of a window in one direction, through the per-kind lists if any. */
export class RowScan {
  readonly #compiled: CompiledFilter;
  readonly #ascending: boolean;
  readonly #low: number;
  readonly #high: number;
  /** Identity walk: the next row. */
  #row: number;
  /** Kind-list walk: the next index in each list, and where each list ends. */
  readonly #cursors: number[] = [];
  readonly #ends: number[] = [];

  constructor(compiled: CompiledFilter, ascending: boolean, [low, high]: [number, number]) {
    this.#compiled = compiled;
    this.#ascending = ascending;
    this.#low = low;
    this.#high = high;
    this.#row = ascending ? low : high - 1;
    for (const rows of compiled.kindRows ?? []) {
      const first = lowerBound(rows, low);
      const end = lowerBound(rows, high);
      this.#cursors.push(ascending ? first : end - 1);
      this.#ends.push(ascending ? end : first - 1);
    }
  }

  /** The next matching row, or -1. */
  next(): number {
    const accept = this.#compiled.acceptRow;
    for (;;) {
      const row = this.#nextCandidate();
      if (row < 0 || accept === null || accept(row)) return row;
    }
  }

  #nextCandidate(): number {
    const lists = this.#compiled.kindRows;
    if (lists === null) {
      const row = this.#row;
      if (row < this.#low || row >= this.#high) return -1;
      this.#row += this.#ascending ? 1 : -1;
      return row;
    }
    // Merge the kind lists: take the smallest (ascending) or largest head.
    let best = -1;
    let bestRow = this.#ascending ? Number.POSITIVE_INFINITY : -1;
    for (let list = 0; list < lists.length; list++) {
      const cursor = this.#cursors[list] as number;
      if (cursor === this.#ends[list]) continue;
      const row = (lists[list] as Int32Array)[cursor] as number;
      if (this.#ascending ? row < bestRow : row > bestRow) {
        best = list;
        bestRow = row;
      }
    }
    if (best < 0) return -1;
    this.#cursors[best] = (this.#cursors[best] as number) + (this.#ascending ? 1 : -1);
    return bestRow;
  }
}

/** Walks added records inside the time window, strictly after a position. */
export class AddedScan {
  readonly #added: AddedRecord[];
  readonly #compiled: CompiledFilter;
  readonly #ascending: boolean;
  #index: number;

  constructor(added: AddedRecord[], compiled: CompiledFilter, ascending: boolean, after: Position | undefined) {
    this.#added = added;
    this.#compiled = compiled;
    this.#ascending = ascending;
    const entry = (index: number) => added[index] as AddedRecord;
    if (ascending) {
      const inWindow = firstRow(added.length, (index) => entry(index).seconds >= compiled.from);
      const pastCursor = after ? firstRow(added.length, (index) => compare(entry(index), after) > 0) : 0;
      this.#index = Math.max(inWindow, pastCursor);
    } else {
      const inWindow = firstRow(added.length, (index) => entry(index).seconds > compiled.to);
      const pastCursor = after ? firstRow(added.length, (index) => compare(entry(index), after) >= 0) : added.length;
      this.#index = Math.min(inWindow, pastCursor) - 1;
    }
  }

  /** The next matching record as a {@link Ref}, or `undefined`. */
  next(): Ref | undefined {
    const { from, to, acceptAdded } = this.#compiled;
    for (;;) {
      const entry = this.#added[this.#index];
      if (!entry) return undefined;
      const index = this.#index;
      this.#index += this.#ascending ? 1 : -1;
      if (this.#ascending ? entry.seconds > to : entry.seconds < from) return undefined;
      if (entry.seconds >= from && entry.seconds <= to && acceptAdded(entry.record)) return -index - 1;
    }
  }
}

/** Merges generated rows and added records into one ordered walk. */
export class MergedScan {
  readonly #columns: AuditLogColumns;
  readonly #addedList: AddedRecord[];
  readonly #rows: RowScan;
  readonly #added: AddedScan;
  readonly #ascending: boolean;
  #nextRow: number;
  #nextAdded: Ref | undefined;

  constructor(columns: AuditLogColumns, addedList: AddedRecord[], rows: RowScan, added: AddedScan, ascending: boolean) {
    this.#columns = columns;
    this.#addedList = addedList;
    this.#rows = rows;
    this.#added = added;
    this.#ascending = ascending;
    this.#nextRow = rows.next();
    this.#nextAdded = added.next();
  }

  next(): Ref | undefined {
    const row = this.#nextRow;
    const added = this.#nextAdded;
    if (row < 0 && added === undefined) return undefined;
    let takeRow = added === undefined;
    if (row >= 0 && added !== undefined) {
      const order = compare(
        { seconds: this.#columns.createdAt[row] as number, id: this.#columns.id[row] as number },
        this.#addedPosition(added),
      );
      takeRow = this.#ascending ? order < 0 : order > 0;
    }
    if (takeRow) {
      this.#nextRow = this.#rows.next();
      return row;
    }
    this.#nextAdded = this.#added.next();
    return added;
  }

  #addedPosition(ref: Ref): Position {
    return this.#addedList[-ref - 1] as AddedRecord;
  }
}

/** Orders positions by created_at, then id. */
export function compare(a: Position, b: Position): number {
  return a.seconds - b.seconds || a.id - b.id;
}

/** The first index in [0, length) where a monotone `test` turns true, or `length`. */
export function firstRow(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The first index of a sorted list whose value is >= `value`. */
export function lowerBound(values: Int32Array, value: number): number {
  return firstRow(values.length, (index) => (values[index] as number) >= value);
}
