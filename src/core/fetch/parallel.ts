/**
 * Time-sliced parallel fetching. One cursor walk is sequential: it takes pages x round
 * trip. Walk several slices of the window at once, each with its own cursor, and put the
 * records back in order. `nextStep` (slice-planner.ts, pure) decides each step; the walk
 * here carries it out.
 */
import { linkedController } from './abort.ts';
import type { ZendeskClient } from './client.ts';
import { ZendeskError } from '../errors.ts';
import { AUDIT_LOGS, auditLogs, cursorPages, RecentIds, type WalkOptions } from './paginate.ts';
import { auditLogParams, type AuditLogQuery, MAX_PAGE_SIZE } from './query.ts';
import {
  arrival,
  measured,
  nextStep,
  type Pace,
  paceOf,
  type PlanState,
  readAhead,
  received,
  type SliceState,
  sliceState,
} from './slice-planner.ts';
import { planSlices, rangeWindow, recordSecond, type SecondRange, windowSeconds } from './slices.ts';
import type { AuditLog } from '../types.ts';
import { checkWhole, isWhole } from '../whole-number.ts';

/** Options of `parallelAuditLogs`; every field has a default. */
export interface ParallelOptions extends Omit<WalkOptions, 'readAhead'> {
  /** Cursor walks at once (requests in flight), 1 to 64. Default 16; 1 is one walk with no count request (unless `count` asks for one). */
  concurrency?: number;
  /** Records a slice is planned to hold; one slice buffers at most twice this ahead of the output. Default 1000. */
  sliceRecords?: number;
  /** Fewer matching records than this (by the count request) are fetched in one walk. Default 500 (five pages). */
  minRecords?: number;
  /** Make the count request with `concurrency: 1` too (one request more), for a progress bar: the `count` event. Default false. */
  count?: boolean;
}

export const PARALLEL_DEFAULTS = { concurrency: 16, sliceRecords: 1000, minRecords: 500 } as const;

/** Most concurrent walks `parallelAuditLogs` accepts. */
export const MAX_CONCURRENCY = 64;

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
  return isWhole(count, 0) ? count : undefined;
}

/** A slice and its walk. */
interface Slice extends SliceState {
  /** Pages received and not yet handed out, in order. */
  pages: AuditLog[][];
  /** `last` when its walk started. */
  walkLast?: number;
  walk?: AsyncGenerator<AuditLog[]>;
  /** Cancels the walk. One per slice: a signal shared by every request would collect a listener per request. */
  controller?: AbortController;
}

const newSlice = (first: number, last: number): Slice => ({ ...sliceState(first, last), pages: [] });

/**
 * Every audit-log record matching `query`, in the order one walk gives them (newest
 * first, or oldest first with `order: 'asc'`), fetched by up to `concurrency` cursor
 * walks over time slices at once.
 *
 * - A count request (`per_page=1`) comes first; a small result (under `minRecords`),
 *   a query without `createdAt`, or `concurrency: 1` is fetched in one walk instead.
 * - The window is cut into slices of whole seconds that partition it (bounds are
 *   inclusive); slices that turn out to hold many records are split while walking.
 * - Records stream out in order as they arrive. The walks read ahead of the consumer
 *   only as far as it takes records in a few round trips (`readAhead`), measured as
 *   they go: a few pages on a fast link, up to 2 x `sliceRecords` per walk on a slow
 *   one; so memory stays flat for any number of records.
 * - Give the client a `RateGate` (`createClient({ gate: new RateGate() })`) so the walks
 *   share the account's rate limit instead of each running into 429s.
 * - The first failure stops every walk and is thrown; so is an abort of `signal`. An
 *   abort of `stop` ends the walk with what was received (see `stop`).
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
  const once = { ...options, readAhead: true };
  if (!query.createdAt || (concurrency === 1 && !options.count)) return yield* auditLogs(client, query, once);
  // A stop stops the count request too, and then hands out nothing.
  const counting = linkedController(options.signal, options.stop);
  let count: number | undefined;
  try {
    count = await countAuditLogs(client, query, { signal: counting.controller.signal });
  } catch (error) {
    if (!options.stop?.aborted || options.signal?.aborted) throw error;
    options.onEvent?.({ type: 'stopped', covered: [] });
    return;
  } finally {
    counting.unlink();
  }
  if (count !== undefined) options.onEvent?.({ type: 'count', count });
  if (concurrency === 1 || count === undefined || count < Math.max(1, minRecords)) return yield* auditLogs(client, query, once);
  const descending = query.order !== 'asc';
  const range = windowSeconds(query.createdAt);
  const whole = walkOrder(range, descending);
  const planned = planSlices(range, count, { concurrency, sliceRecords, pageSize });
  const slices = descending
    ? planned.reverse().map((part) => newSlice(-part.to, -part.from))
    : planned.map((part) => newSlice(part.from, part.to));
  const density = count / (range.to - range.from + 1);
  const sizes = { concurrency, sliceRecords, pageSize };
  const state: PlanState = { slices, head: 0, active: 0, buffered: 0, readAhead: readAhead(undefined, sizes), ...sizes, density };
  let pace: Partial<Pace> = {};
  const pacedBy = (measure: Parameters<typeof measured>[1]) => {
    pace = measured(pace, measure);
    state.readAhead = readAhead(paceOf(pace), sizes);
  };
  let failure: { error: unknown } | undefined;
  let closed = false;
  /** Set by `stop`: what the records received cover, in seconds; no request is sent and no page taken after it. */
  let stopAt: SecondRange[] | undefined;
  // Resolves the main loop's wait: called whenever a page request ends or the walk fails.
  let wake = () => {};
  let pages = 0;
  let records = 0;
  const stopWalks = () => slices.forEach((slice) => slice.controller?.abort());
  const fail = (error: unknown) => {
    if (closed || failure || stopAt) return;
    failure = { error };
    stopWalks();
    wake();
  };
  const onStop = () => {
    if (closed || failure || stopAt) return;
    stopAt = inSeconds(received(slices, state.head, whole), descending);
    stopWalks();
    wake();
  };
  /** Where a record stands in walk order; NaN when its time is unreadable. */
  const coordinate = (record: AuditLog) => descending ? -recordSecond(record) : recordSecond(record);

  /** Starts page requests, and splits slices for them, while the planner says so. */
  function schedule(): void {
    while (!failure && !closed && !stopAt) {
      const step = nextStep(state);
      if (step.type === 'fetch') void fetchPage(slices[step.index]!);
      else if (step.type !== 'split') return;
      else {
        const slice = slices[step.index]!;
        slices.splice(step.index + 1, 0, newSlice(step.at + 1, slice.last));
        slice.last = step.at;
      }
    }
  }

  async function fetchPage(slice: Slice): Promise<void> {
    slice.active = true;
    state.active++;
    const started = performance.now();
    try {
      if (!slice.walk) {
        const createdAt = rangeWindow(descending ? { from: -slice.last, to: -slice.first } : { from: slice.first, to: slice.last });
        slice.walkLast = slice.last;
        slice.controller = new AbortController();
        const params = auditLogParams({ ...query, createdAt }, pageSize);
        slice.walk = cursorPages<AuditLog>(client, AUDIT_LOGS, params, 'audit_logs', { signal: slice.controller.signal });
      }
      const result = await slice.walk.next();
      // A page that comes after a stop was asked for, not received: the records handed out are those before it.
      if (stopAt) return;
      if (result.done) slice.done = true;
      else {
        pacedBy({ roundTripMs: performance.now() - started });
        receive(slice, result.value);
      }
    } catch (error) {
      fail(error);
    } finally {
      slice.active = false;
      state.active--;
      if (slice.done) slice.walk = slice.controller = undefined;
      wake();
      schedule();
    }
  }

  function receive(slice: Slice, page: AuditLog[]): void {
    const seen = arrival(slice, slice.walkLast!, page.map(coordinate), pageSize);
    if (seen.outside !== undefined) {
      // Not a split: Zendesk answered outside the range asked for. Dropping it would lose it.
      throw new ZendeskError(
        `GET ${AUDIT_LOGS}: Zendesk returned audit-log record ${page[seen.outside]!.id} outside the requested time range; try again`,
      );
    }
    slice.reached = seen.reached;
    slice.rate = seen.rate;
    if (seen.keep < page.length) {
      // Past a split: the rest is the next slice's, which fetches it itself.
      slice.done = true;
      void slice.walk?.return(undefined).catch(() => undefined);
      page = page.slice(0, seen.keep);
    }
    if (page.length > 0) {
      slice.pages.push(page);
      slice.buffered += page.length;
      state.buffered += page.length;
    }
    records += page.length;
    options.onEvent?.({ type: 'page', pages: ++pages, records });
  }

  const onAbort = () => fail(options.signal!.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  options.stop?.addEventListener('abort', onStop, { once: true });
  if (options.signal?.aborted) onAbort();
  if (options.stop?.aborted) onStop();
  const seen = new RecentIds();
  /** The head slice's next page, taken out of the read-ahead. */
  const take = (slice: Slice) => {
    const page = slice.pages.shift()!;
    slice.buffered -= page.length;
    state.buffered -= page.length;
    schedule();
    return page;
  };
  schedule();
  try {
    for (;;) {
      if (failure) throw failure.error;
      if (stopAt) {
        // Every page received, slice by slice in output order; the stretches they leave out are in the event.
        for (const slice of slices.slice(state.head)) {
          while (slice.pages.length > 0) for (const log of take(slice)) if (seen.add(log.id)) yield log;
        }
        options.onEvent?.({ type: 'stopped', covered: stopAt });
        return;
      }
      const step = nextStep(state);
      if (step.type === 'end') return;
      if (step.type === 'wait') await new Promise<void>((resolve) => (wake = resolve));
      else if (step.type === 'next') {
        // Forgets finished slices now and then.
        if (++state.head >= 256) state.head -= slices.splice(0, state.head).length;
      } else if (step.type === 'emit') {
        const page = take(slices[state.head]!);
        // The time the consumer takes for a page tells how fast it takes records.
        const started = performance.now();
        for (const log of page) if (seen.add(log.id)) yield log;
        if (!stopAt) pacedBy({ records: page.length, drainMs: performance.now() - started });
      } else schedule();
    }
  } finally {
    closed = true;
    options.signal?.removeEventListener('abort', onAbort);
    options.stop?.removeEventListener('abort', onStop);
    stopWalks();
  }
}

/** A range of seconds in walk order: negated and turned round when newest first. */
function walkOrder(range: SecondRange, descending: boolean): SecondRange {
  return descending ? { from: -range.to, to: -range.from } : range;
}

/** Runs in walk order as seconds, oldest first. */
function inSeconds(runs: SecondRange[], descending: boolean): SecondRange[] {
  return descending ? runs.map((run) => walkOrder(run, true)).reverse() : runs;
}
