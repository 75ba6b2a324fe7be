/**
 * The walks of a time-sliced fetch: thin glue that runs `cursorPages` for the slices
 * `nextStep` (slice-planner.ts) picks, buffers their pages and hands them out in order.
 */
import { linkedController } from './abort.ts';
import type { ZendeskClient } from './client.ts';
import { ZendeskError } from './errors.ts';
import { AUDIT_LOGS, cursorPages, type PageOptions, RecentIds } from './paginate.ts';
import { auditLogParams, type AuditLogQuery, withWindow } from './query.ts';
import { arrival, nextStep, type PlanState, type SliceState, sliceState } from './slice-planner.ts';
import { planSlices, rangeWindow, windowSeconds } from './slices.ts';
import { epochMs } from './time.ts';
import type { AuditLog } from './types.ts';

/** A slice and its walk. */
interface Slice extends SliceState {
  /** Pages received and not yet handed out, in order. */
  pages: AuditLog[][];
  /** `last` when its walk started. */
  walkLast?: number;
  walk?: AsyncIterator<AuditLog[]>;
  /** Cancels the walk. One per slice: a signal shared by every request would collect a listener per request. */
  controller?: AbortController;
}

export interface SlicedOptions extends PageOptions {
  concurrency: number;
  sliceRecords: number;
  pageSize: number;
}

const newSlice = (first: number, last: number): Slice => ({ ...sliceState(first, last), pages: [] });

/**
 * The slices of one window, walked by up to `concurrency` page requests at once as
 * `nextStep` decides, and handed out in order. Records of a slice past a split that are
 * already in flight are dropped on arrival and fetched again by the new slice.
 */
export async function* slicedWalk(
  client: ZendeskClient,
  query: AuditLogQuery,
  count: number,
  options: SlicedOptions,
): AsyncGenerator<AuditLog> {
  const descending = query.order !== 'asc';
  const range = windowSeconds(query.createdAt!);
  const planned = planSlices(range, count, options);
  if (descending) planned.reverse();
  const slices = planned.map((part) => (descending ? newSlice(-part.to, -part.from) : newSlice(part.from, part.to)));
  const state: PlanState = {
    slices,
    head: 0,
    active: 0,
    buffered: 0,
    concurrency: options.concurrency,
    sliceRecords: options.sliceRecords,
    pageSize: options.pageSize,
    density: count / (range.to - range.from + 1),
  };
  let failure: { error: unknown } | undefined;
  let closed = false;
  let wake = () => {};
  let pages = 0;
  let records = 0;
  const notify = () => {
    const resolve = wake;
    wake = () => {};
    resolve();
  };
  const stopWalks = () => slices.forEach((slice) => slice.controller?.abort());
  const fail = (error: unknown) => {
    if (closed || failure) return;
    failure = { error };
    stopWalks();
    notify();
  };
  /** Where a record stands in walk order; NaN when its time is unreadable. */
  const coordinate = (record: AuditLog) => {
    let seconds: number;
    try {
      seconds = Math.floor(epochMs(record.created_at) / 1000);
    } catch {
      return Number.NaN;
    }
    return descending ? -seconds : seconds;
  };

  /** Starts page requests, and splits slices for them, while the planner says so. */
  function schedule(): void {
    while (!failure && !closed) {
      const step = nextStep(state);
      if (step.type === 'fetch') void fetchPage(slices[step.index]!);
      else if (step.type === 'split') {
        const slice = slices[step.index]!;
        slices.splice(step.index + 1, 0, newSlice(step.at + 1, slice.last));
        slice.last = step.at;
      } else return;
    }
  }

  async function fetchPage(slice: Slice): Promise<void> {
    slice.active = true;
    state.active++;
    try {
      if (!slice.walk) {
        const bounds = descending ? { from: -slice.last, to: -slice.first } : { from: slice.first, to: slice.last };
        const { start, end } = rangeWindow(bounds);
        slice.walkLast = slice.last;
        const params = auditLogParams(withWindow(query, start, end), options.pageSize);
        slice.controller = new AbortController();
        slice.walk = cursorPages<AuditLog>(client, AUDIT_LOGS, params, 'audit_logs', { signal: slice.controller.signal })
          [Symbol.asyncIterator]();
      }
      const result = await slice.walk.next();
      if (result.done) slice.done = true;
      else receive(slice, result.value);
    } catch (error) {
      fail(error);
    } finally {
      slice.active = false;
      state.active--;
      if (slice.done) slice.walk = slice.controller = undefined;
      notify();
      schedule();
    }
  }

  function receive(slice: Slice, page: AuditLog[]): void {
    const seen = arrival(slice, slice.walkLast!, page.map(coordinate), options.pageSize);
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
      void slice.walk?.return?.()?.catch(() => undefined);
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

  const { controller, unlink } = linkedController(options.signal);
  const onAbort = () => fail(controller.signal.reason);
  controller.signal.addEventListener('abort', onAbort, { once: true });
  if (controller.signal.aborted) onAbort();
  const seen = new RecentIds();
  schedule();
  try {
    for (;;) {
      if (failure) throw failure.error;
      const step = nextStep(state);
      if (step.type === 'end') return;
      if (step.type === 'wait') await new Promise<void>((resolve) => (wake = resolve));
      else if (step.type === 'next') {
        // Forgets finished slices now and then.
        if (++state.head >= 256) state.head -= slices.splice(0, state.head).length;
      } else if (step.type === 'emit') {
        const head = slices[state.head]!;
        const page = head.pages.shift()!;
        head.buffered -= page.length;
        state.buffered -= page.length;
        schedule();
        for (const log of page) if (seen.add(log.id)) yield log;
      } else schedule();
    }
  } finally {
    closed = true;
    controller.signal.removeEventListener('abort', onAbort);
    unlink();
    stopWalks();
  }
}
