/**
 * Progress on stderr for fetches that take more than a moment: a bar with the records
 * fetched out of the expected total (when the planner's count request told it), the
 * rate, the time left, and any wait for the rate limit; then one closing line. Only when
 * stderr is a terminal, whatever stdout is (a file or a pipe gets data only).
 */
import type { FetchEvent } from '../core/mod.ts';

const QUIET_MS = 1000;
const REDRAW_MS = 100;
/** The rate and time left are shown once this much has been fetched for: earlier ones swing wildly. */
const STEADY_MS = 2000;
const BAR_WIDTH = 20;

export interface Progress {
  /** Whether anything is shown: stderr is a terminal. */
  readonly shown: boolean;
  /** What the client, the rate gate and the walks report: the bar is drawn from these alone. */
  event(event: FetchEvent): void;
  /** Requests wait for the account's rate limit until `until` (epoch ms). */
  waitForRateLimit(until: number): void;
  /** How many records the fetch is expected to bring (the count request's answer). */
  expect(total: number): void;
  page(progress: { pages: number; records: number }): void;
  /** Erases the line; call before printing anything else to the terminal. It comes back with the next news. */
  clear(): void;
  /** Erases the line for good. */
  done(): void;
  /** Erases the line for good and writes the closing line, `24,509 records in 29 s`. */
  finish(records: number): void;
}

const NONE: Progress = { shown: false, event() {}, waitForRateLimit() {}, expect() {}, page() {}, clear() {}, done() {}, finish() {} };

/** `1,234` */
function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** `1 record`, `24,509 records`: the closing line's count, and the interrupted run's. */
export function recordCount(value: number): string {
  return `${count(value)} record${value === 1 ? '' : 's'}`;
}

/** `0.4 s`, `29 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms / 1000);
  if (seconds < 10) return `${(Math.round(seconds * 10) / 10).toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export interface ProgressState {
  pages: number;
  records: number;
  /** Expected records, when known. */
  total?: number;
  /** Since the fetch began. */
  elapsedMs: number;
  /** Time left of a wait, what for, and how long it has lasted so far. */
  wait?: { ms: number; reason: string; sinceMs?: number };
  /** Terminal width; the line is cut to fit, since a wrapped line cannot be redrawn in place. */
  columns?: number;
}

/**
 * The progress line, e.g.
 * `[########------------] 41% 41,000 of 100,000 records, 1,520/s, 39 s left, waiting 12 s for the rate limit`
 * or, with no total known, `Fetching: 410 pages, 41,000 records, 1,520/s`.
 */
export function progressLine(state: ProgressState): string {
  const parts: string[] = [];
  const steady = state.elapsedMs >= STEADY_MS && state.records > 0;
  // The wait under way counts once, as the wait itself: the rate holds still meanwhile rather
  // than sink second by second and swell the time left. Once over, a wait is part of the rate.
  const waiting = state.wait && state.wait.ms > 0 ? state.wait : undefined;
  const rate = state.records / (Math.max(1, state.elapsedMs - (waiting?.sinceMs ?? 0)) / 1000);
  if (state.total !== undefined && state.total > 0) {
    const share = Math.min(1, state.records / state.total);
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${count(state.records)} of ${
        count(state.total)
      } records`,
    );
    // A wait for the rate limit comes before the rest: the time left is at least that long.
    const waitMs = waiting?.ms ?? 0;
    if (steady) parts.push(`${count(rate)}/s`, `${formatDuration(waitMs + (Math.max(0, state.total - state.records) / rate) * 1000)} left`);
  } else {
    parts.push(`Fetching: ${count(state.pages)} pages, ${count(state.records)} records`);
    if (steady) parts.push(`${count(rate)}/s`);
  }
  if (waiting) parts.push(`waiting ${Math.ceil(waiting.ms / 1000)} s ${waiting.reason}`);
  const line = parts.join(', ');
  const width = state.columns && state.columns > 10 ? state.columns - 1 : undefined;
  return width !== undefined && line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

export function createProgress(stream: { isTTY?: boolean; columns?: number; write(text: string): unknown }, now = Date.now): Progress {
  if (!stream.isTTY) return NONE;
  const started = now();
  let pages = 0;
  let records = 0;
  let total: number | undefined;
  let waitUntil = 0;
  /** When the wait under way began. */
  let waitSince = 0;
  let waitReason = '';
  let shown = false;
  let finished = false;
  let drawnAt = 0;
  /** Redraws the count-down of a wait each second, as no page arrives meanwhile. */
  let ticker: ReturnType<typeof setInterval> | undefined;

  function draw(force = false) {
    const time = now();
    if (finished || time - started < QUIET_MS || (!force && time - drawnAt < REDRAW_MS)) return;
    drawnAt = time;
    const wait = waitUntil > time ? { ms: waitUntil - time, reason: waitReason, sinceMs: time - waitSince } : undefined;
    stream.write(`\r\x1b[2K${progressLine({ pages, records, total, elapsedMs: time - started, wait, columns: stream.columns })}`);
    shown = true;
  }

  function clear() {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  }

  function waitUntilTime(until: number, reason: string) {
    // A wait told again while under way (the gate looks again, another walk is held) goes on from when it began.
    if (waitUntil <= now()) waitSince = now();
    waitUntil = until;
    waitReason = reason;
    draw(true);
    if (ticker !== undefined) return;
    ticker = setInterval(() => {
      if (now() >= waitUntil) {
        clearInterval(ticker);
        ticker = undefined;
      }
      draw(true);
    }, 1000);
    // A count-down never keeps the process alive on its own.
    (ticker as { unref?: () => void }).unref?.();
  }

  function waitForRateLimit(until: number) {
    waitUntilTime(until, 'for the rate limit');
  }

  function expect(expected: number) {
    total = expected;
    draw(true);
  }

  function page(progress: { pages: number; records: number }) {
    pages = progress.pages;
    records = progress.records;
    draw();
  }

  function done() {
    finished = true;
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
    clear();
  }

  return {
    shown: true,
    event(event) {
      if (event.type === 'retry') waitUntilTime(now() + event.delayMs, event.rateLimited ? 'for the rate limit' : 'before a retry');
      else if (event.type === 'wait') waitForRateLimit(event.until);
      else if (event.type === 'count') expect(event.count);
      else if (event.type === 'page') page(event);
    },
    waitForRateLimit,
    expect,
    page,
    clear,
    done,
    finish(written) {
      if (finished) return;
      done();
      stream.write(`${recordCount(written)} in ${formatDuration(now() - started)}\n`);
    },
  };
}
