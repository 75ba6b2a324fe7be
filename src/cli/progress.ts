/**
 * A progress line on stderr for fetches that take more than a moment: pages, records
 * and any wait for the rate limit. Only on a terminal; pipes and files get nothing.
 */
import type { ClientEvent } from '../core/mod.ts';

const QUIET_MS = 1000;
const REDRAW_MS = 100;

export interface Progress {
  event(event: ClientEvent): void;
  /** Requests wait for the account's rate limit until `until` (epoch ms). */
  waitForRateLimit(until: number): void;
  page(progress: { pages: number; records: number }): void;
  /** Erases the line; call before printing anything else to the terminal. It comes back with the next news. */
  clear(): void;
  /** Erases the line for good. */
  done(): void;
}

const NONE: Progress = { event() {}, waitForRateLimit() {}, page() {}, clear() {}, done() {} };

export function createProgress(stream: { isTTY?: boolean; write(text: string): unknown }, now = Date.now): Progress {
  if (!stream.isTTY) return NONE;
  const started = now();
  let pages = 0;
  let records = 0;
  let waitUntil = 0;
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
    let line = `Fetching: ${pages.toLocaleString('en-US')} pages, ${records.toLocaleString('en-US')} records`;
    if (waitUntil > time) line += `, waiting ${Math.ceil((waitUntil - time) / 1000)} s ${waitReason}`;
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  }

  function clear() {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  }

  function waitUntilTime(until: number, reason: string) {
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

  return {
    event(event) {
      if (event.type === 'retry') {
        waitUntilTime(now() + event.delayMs, event.error instanceof Error && /429/.test(event.error.message) ? 'for the rate limit' : 'before a retry');
      }
    },
    waitForRateLimit(until) {
      waitUntilTime(until, 'for the rate limit');
    },
    page(progress) {
      pages = progress.pages;
      records = progress.records;
      draw();
    },
    clear,
    done() {
      finished = true;
      if (ticker !== undefined) clearInterval(ticker);
      ticker = undefined;
      clear();
    },
  };
}
