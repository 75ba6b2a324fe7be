/**
 * Time-sliced parallel fetching. One cursor walk is sequential: it takes pages x round
 * trip. Cut the window into slices of whole seconds, walk several slices at once with
 * their own cursors, and put the records back in order: as fast as the account's rate
 * limit allows (shared through a `RateGate` on the client), in the same order and with
 * the same records as one walk.
 */
import { linkedController } from './abort.ts';
import type { ZendeskClient } from './client.ts';
import { ZendeskError } from './errors.ts';
import { cursorPages, type PageOptions, RecentIds } from './paginate.ts';
import { auditLogParams, type AuditLogQuery, MAX_PAGE_SIZE, withWindow } from './query.ts';
import { planSlices, rangeWindow, type SecondRange, windowSeconds } from './slices.ts';
import { epochMs } from './time.ts';
import type { AuditLog } from './types.ts';

/** Options of `parallelAuditLogs`; every field has a default. */
export interface ParallelOptions extends PageOptions {
  /** Cursor walks at once (requests in flight), 1 to 64. Default 16; 1 is one walk with no count request (unless `onCount` asks for one). */
  concurrency?: number;
  /** Records a slice is planned to hold; one slice buffers at most twice this ahead of the output. Default 1000. */
  sliceRecords?: number;
  /** Fewer matching records than this (by the count request) are fetched in one walk. Default 500 (five pages). */
  minRecords?: number;
  /**
   * Told how many records the count request found, for a progress bar. Given, the count
   * request is made with `concurrency: 1` too (one request more, before the walk).
   */
  onCount?: (count: number) => void;
}

export const PARALLEL_DEFAULTS = { concurrency: 16, sliceRecords: 1000, minRecords: 500 } as const;

/** Most concurrent walks `parallelAuditLogs` accepts. */
export const MAX_CONCURRENCY = 64;

const AUDIT_LOGS = '/api/v2/audit_logs';

/**
 * How many records match `query`, from one request: the offset endpoint's `count`
 * (`GET /api/v2/audit_logs?<filters>&per_page=1` answers `{audit_logs, count, next_page,
 * previous_page}`). Undefined when the answer has no count.
 */
export async function countAuditLogs(
  client: ZendeskClient,
  query: AuditLogQuery,
  options: { signal?: AbortSignal } = {},
): Promise<number | undefined> {
  const params = auditLogParams(query);
  // Offset pagination: no page[size] (which would make it a cursor request) and no sort.
  params.delete('page[size]');
  params.delete('sort');
  params.set('per_page', '1');
  const { body } = await client.get<{ count?: unknown }>(AUDIT_LOGS, params, { signal: options.signal });
  const count = body?.count;
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

function checkWhole(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got ${value}`);
  }
  return value;
}

/**
 * Every audit-log record matching `query`, in the order one walk gives them (newest
 * first, or oldest first with `order: 'asc'`), fetched by up to `concurrency` cursor
 * walks over time slices at once.
 *
 * - A count request (`per_page=1`) comes first; a small result (under `minRecords`),
 *   a query without `createdAt`, or `concurrency: 1` is fetched in one walk instead.
 * - The window is cut into slices of whole seconds that partition it (bounds are
 *   inclusive); slices that turn out to hold many records are split while walking.
 * - Records stream out in order as they arrive; each slice buffers at most about
 *   2 x `sliceRecords` records ahead of the output, all slices together 2 x
 *   `sliceRecords` per walk, so memory stays flat for any number of records.
 * - Give the client a `RateGate` (`createClient({ gate: new RateGate() })`) so the walks
 *   share the account's rate limit instead of each running into 429s.
 * - The first failure stops every walk and is thrown; so is an abort of `signal`.
 *
 * @example
 * const client = createClient({ baseUrl, credentials, gate: new RateGate() });
 * for await (const log of parallelAuditLogs(client, { sourceType: 'account_setting', createdAt }, { concurrency: 8 })) print(log);
 */
export async function* parallelAuditLogs(
  client: ZendeskClient,
  query: AuditLogQuery,
  options: ParallelOptions = {},
): AsyncGenerator<AuditLog> {
  const concurrency = checkWhole('concurrency', options.concurrency ?? PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY);
  const sliceRecords = checkWhole('sliceRecords', options.sliceRecords ?? PARALLEL_DEFAULTS.sliceRecords, 1);
  const minRecords = checkWhole('minRecords', options.minRecords ?? PARALLEL_DEFAULTS.minRecords, 0);
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  // Checks the query (and the page size) before anything is sent.
  auditLogParams(query, pageSize);
  if (!query.createdAt || (concurrency === 1 && !options.onCount)) return yield* walkOnce(client, query, options);
  const count = await countAuditLogs(client, query, options);
  if (count !== undefined) options.onCount?.(count);
  if (concurrency === 1 || count === undefined || count < Math.max(1, minRecords)) return yield* walkOnce(client, query, options);
  const walk = new SlicedWalk(client, query, count, { ...options, concurrency, sliceRecords, pageSize });
  yield* walk.records();
}

/**
 * Yields what `source` yields, asking it for the next item as soon as the current one is
 * handed out: the next page is on its way while the caller renders this one.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      // Awaited on the next turn; this only keeps an early exit from leaving it unhandled.
      next.catch(() => {});
      yield result.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    // Stopped early: let the source finish the item it is on, and close it then.
    if (!finished) void next.then(() => iterator.return?.(), () => undefined).catch(() => undefined);
  }
}

/** One cursor walk with the next page always requested ahead: `auditLogs` without the wait between pages. */
async function* walkOnce(client: ZendeskClient, query: AuditLogQuery, options: PageOptions): AsyncGenerator<AuditLog> {
  const { controller, unlink } = linkedController(options.signal);
  const params = auditLogParams(query, options.pageSize);
  const seen = new RecentIds();
  let pages = 0;
  let records = 0;
  try {
    const walk = cursorPages<AuditLog>(client, AUDIT_LOGS, params, 'audit_logs', { signal: controller.signal });
    for await (const page of readAhead(walk)) {
      pages++;
      records += page.length;
      options.onPage?.({ pages, records });
      for (const log of page) if (seen.add(log.id)) yield log;
    }
  } finally {
    unlink();
    controller.abort();
  }
}

/**
 * A part of the window and its walk. Bounds are in walk order ("coordinates"): epoch
 * seconds when oldest first, negated seconds when newest first, so a walk always goes
 * from `first` up to `last`.
 */
interface Slice {
  first: number;
  /** Lowered when the slice is split: what lies beyond is another slice's. */
  last: number;
  /** `last` when its walk started: a record beyond it is the server's error, not a split. */
  walkLast?: number;
  /** Coordinate of the latest record received; `first - 1` before any. */
  reached: number;
  received: number;
  /** Records per second in its latest page, which tells what lies just ahead better than the average. */
  rate?: number;
  /** Pages received and not yet handed out, in order. */
  pages: AuditLog[][];
  buffered: number;
  walk?: AsyncIterator<AuditLog[]>;
  /** Cancels the walk. One per slice: a signal shared by every request would collect a listener per request. */
  controller?: AbortController;
  /** A page request is in flight. */
  active: boolean;
  done: boolean;
}

interface SlicedWalkOptions extends PageOptions {
  concurrency: number;
  sliceRecords: number;
  pageSize: number;
}

function newSlice(first: number, last: number): Slice {
  return { first, last, reached: first - 1, received: 0, pages: [], buffered: 0, active: false, done: false };
}

/** A slice is split only when what it has left is estimated at this many pages or more. */
const MIN_SPLIT_PAGES = 2;

/**
 * The slices of one window, walked by up to `concurrency` page requests at once and
 * handed out in order.
 *
 * Scheduling is per page: whenever a request slot is free, it goes to the first slice
 * in output order that may fetch (not done, no request in flight, its buffer not full,
 * and room in the shared buffer unless it is the slice being output). When no slice
 * may, the slice near the output with the most records left (estimated from what it
 * has fetched so far) is split in two at a whole second past the records it already
 * has; it keeps the near half, and any of its records past the split that are already
 * in flight are dropped on arrival and fetched again by the new slice. So uneven data
 * (a burst of changes in one afternoon) is spread over the walks as it is found.
 */
class SlicedWalk {
  readonly #client: ZendeskClient;
  readonly #query: AuditLogQuery;
  readonly #descending: boolean;
  readonly #concurrency: number;
  readonly #sliceRecords: number;
  readonly #pageSize: number;
  /** All slices together buffer at most this many records (the slice being output excepted). */
  readonly #maxBuffered: number;
  /** How many slices from the output on are considered for splitting. */
  readonly #splitWindow: number;
  /** Records per second across the whole window, for slices that have not shown their own. */
  readonly #density: number;
  readonly #onPage: PageOptions['onPage'];
  readonly #signal: AbortSignal | undefined;
  readonly #slices: Slice[];
  /** Index of the slice being output. */
  #head = 0;
  #active = 0;
  #buffered = 0;
  #pages = 0;
  #records = 0;
  #failure: { error: unknown } | undefined;
  #closed = false;
  #wake: () => void = () => {};

  constructor(client: ZendeskClient, query: AuditLogQuery, count: number, options: SlicedWalkOptions) {
    this.#client = client;
    this.#query = query;
    this.#descending = query.order !== 'asc';
    this.#concurrency = options.concurrency;
    this.#sliceRecords = options.sliceRecords;
    this.#pageSize = options.pageSize;
    this.#maxBuffered = 2 * options.concurrency * Math.max(options.sliceRecords, options.pageSize);
    this.#splitWindow = 2 * options.concurrency;
    this.#onPage = options.onPage;
    this.#signal = options.signal;
    const range = windowSeconds(query.createdAt!);
    this.#density = count / (range.to - range.from + 1);
    const planned = planSlices(range, count, options);
    if (this.#descending) planned.reverse();
    this.#slices = planned.map((part) => (this.#descending ? newSlice(-part.to, -part.from) : newSlice(part.from, part.to)));
  }

  #rangeOf(slice: Slice): SecondRange {
    return this.#descending ? { from: -slice.last, to: -slice.first } : { from: slice.first, to: slice.last };
  }

  /** Where a record stands in walk order; NaN when its time is unreadable (it stays where the page put it). */
  #coordinate(record: AuditLog): number {
    let seconds: number;
    try {
      seconds = Math.floor(epochMs(record.created_at) / 1000);
    } catch {
      return Number.NaN;
    }
    return this.#descending ? -seconds : seconds;
  }

  /** The records, in order; stops every walk when the caller stops early or a walk fails. */
  async *records(): AsyncGenerator<AuditLog> {
    const { controller, unlink } = linkedController(this.#signal);
    const onAbort = () => this.#fail(controller.signal.reason);
    controller.signal.addEventListener('abort', onAbort, { once: true });
    if (controller.signal.aborted) onAbort();
    const seen = new RecentIds();
    this.#schedule();
    try {
      for (;;) {
        if (this.#failure) throw this.#failure.error;
        const slice = this.#slices[this.#head];
        if (!slice) return;
        const page = slice.pages.shift();
        if (page) {
          slice.buffered -= page.length;
          this.#buffered -= page.length;
          this.#schedule();
          for (const log of page) if (seen.add(log.id)) yield log;
        } else if (slice.done) {
          this.#advance();
        } else {
          await new Promise<void>((resolve) => (this.#wake = resolve));
        }
      }
    } finally {
      this.#closed = true;
      controller.signal.removeEventListener('abort', onAbort);
      unlink();
      this.#stopWalks();
    }
  }

  /** Moves the output to the next slice, forgetting finished ones now and then. */
  #advance(): void {
    this.#head++;
    if (this.#head >= 256) {
      this.#slices.splice(0, this.#head);
      this.#head = 0;
    }
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = () => {};
    wake();
  }

  #fail(error: unknown): void {
    if (this.#closed || this.#failure) return;
    this.#failure = { error };
    this.#stopWalks();
    this.#notify();
  }

  #stopWalks(): void {
    for (const slice of this.#slices) slice.controller?.abort();
  }

  /** Starts page requests while slots are free and some slice may fetch (or can be split so that one may). */
  #schedule(): void {
    while (!this.#failure && !this.#closed && this.#active < this.#concurrency) {
      const slice = this.#nextToFetch() ?? this.#split();
      if (!slice) return;
      slice.active = true;
      this.#active++;
      void this.#fetchPage(slice);
    }
  }

  #hasRoom(): boolean {
    return this.#buffered + this.#active * this.#pageSize < this.#maxBuffered;
  }

  #mayFetch(slice: Slice): boolean {
    // Twice the planned size: a slice a little larger than planned still finishes without waiting for the output.
    return !slice.active && !slice.done && slice.buffered < 2 * this.#sliceRecords;
  }

  /** The first slice in output order that may fetch its next page now. */
  #nextToFetch(): Slice | undefined {
    const head = this.#slices[this.#head];
    if (head && this.#mayFetch(head)) return head;
    if (!this.#hasRoom()) return undefined;
    for (let index = this.#head + 1; index < this.#slices.length; index++) {
      const slice = this.#slices[index]!;
      if (this.#mayFetch(slice)) return slice;
    }
    return undefined;
  }

  /** Records per second expected in what a slice has left: as in its latest page, else as in the window. */
  #densityOf(slice: Slice): number {
    return slice.rate ?? this.#density;
  }

  /**
   * Splits the slice near the output with the most records left, and returns the new
   * slice (its far half), or undefined when nothing is worth splitting. A slice keeps at
   * least the second of the last record it received: a second is never split.
   */
  #split(): Slice | undefined {
    if (!this.#hasRoom()) return undefined;
    let victim: Slice | undefined;
    let victimIndex = -1;
    let most = MIN_SPLIT_PAGES * this.#pageSize;
    const end = Math.min(this.#slices.length, this.#head + this.#splitWindow);
    for (let index = this.#head; index < end; index++) {
      const slice = this.#slices[index]!;
      if (slice.done) continue;
      const left = slice.last - Math.max(slice.reached, slice.first);
      const estimate = left * this.#densityOf(slice);
      if (left >= 1 && estimate >= most) {
        victim = slice;
        victimIndex = index;
        most = estimate;
      }
    }
    if (!victim) return undefined;
    const kept = Math.max(victim.reached, victim.first);
    const middle = kept + Math.floor((victim.last - kept) / 2);
    const piece = newSlice(middle + 1, victim.last);
    victim.last = middle;
    this.#slices.splice(victimIndex + 1, 0, piece);
    return piece;
  }

  async #fetchPage(slice: Slice): Promise<void> {
    try {
      if (!slice.walk) {
        const { start, end } = rangeWindow(this.#rangeOf(slice));
        slice.walkLast = slice.last;
        const params = auditLogParams(withWindow(this.#query, start, end), this.#pageSize);
        slice.controller = new AbortController();
        const pages = cursorPages<AuditLog>(this.#client, AUDIT_LOGS, params, 'audit_logs', { signal: slice.controller.signal });
        slice.walk = pages[Symbol.asyncIterator]();
      }
      const result = await slice.walk.next();
      if (result.done) slice.done = true;
      else this.#receive(slice, result.value);
    } catch (error) {
      this.#fail(error);
    } finally {
      slice.active = false;
      this.#active--;
      if (slice.done) {
        slice.walk = undefined;
        slice.controller = undefined;
      }
      this.#notify();
      this.#schedule();
    }
  }

  /** Buffers a page of `slice`, up to the slice's (possibly lowered) last second. */
  #receive(slice: Slice, page: AuditLog[]): void {
    let kept = page.length;
    const from = slice.reached;
    for (let index = 0; index < page.length; index++) {
      const at = this.#coordinate(page[index]!);
      if (at < slice.first || (at > slice.last && slice.last === slice.walkLast)) {
        // Not a split: Zendesk answered outside the range asked for. Dropping it would lose it.
        throw new ZendeskError(`GET ${AUDIT_LOGS}: Zendesk returned audit-log record ${page[index]!.id} outside the requested time range; try again`);
      }
      if (at > slice.last) {
        kept = index;
        break;
      }
      if (at > slice.reached) slice.reached = at;
    }
    if (kept < page.length) {
      // Past a split: the rest is the next slice's, which fetches it itself.
      slice.done = true;
      void slice.walk?.return?.()?.catch(() => undefined);
      page = page.slice(0, kept);
    }
    if (page.length >= this.#pageSize) slice.rate = page.length / Math.max(1, slice.reached - from);
    if (page.length > 0) {
      slice.pages.push(page);
      slice.buffered += page.length;
      slice.received += page.length;
      this.#buffered += page.length;
    }
    this.#pages++;
    this.#records += page.length;
    this.#onPage?.({ pages: this.#pages, records: this.#records });
  }
}

