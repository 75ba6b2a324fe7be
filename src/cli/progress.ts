/**
 * A progress line on stderr for fetches that take more than a moment: pages, records
 * and any wait for the rate limit. Only on a terminal; pipes and files get nothing.
 */
import type { ClientEvent } from '../core/mod.ts';

const QUIET_MS = 1000;
const REDRAW_MS = 100;

export interface Progress {
  event(event: ClientEvent): void;
  page(progress: { pages: number; records: number }): void;
  /** Erases the line; call before printing anything else to stderr. */
  done(): void;
}

const NONE: Progress = { event() {}, page() {}, done() {} };

export function createProgress(stream: { isTTY?: boolean; write(text: string): unknown }, now = Date.now): Progress {
  if (!stream.isTTY) return NONE;
  const started = now();
  let pages = 0;
  let records = 0;
  let waitUntil = 0;
  let waitReason = '';
  let shown = false;
  let drawnAt = 0;

  function draw(force = false) {
    const time = now();
    if (time - started < QUIET_MS || (!force && time - drawnAt < REDRAW_MS)) return;
    drawnAt = time;
    let line = `Fetching: ${pages.toLocaleString('en-US')} pages, ${records.toLocaleString('en-US')} records`;
    if (waitUntil > time) line += `, waiting ${Math.ceil((waitUntil - time) / 1000)} s ${waitReason}`;
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  }

  return {
    event(event) {
      if (event.type === 'retry') {
        waitUntil = now() + event.delayMs;
        waitReason = event.error instanceof Error && /429/.test(event.error.message) ? 'for the rate limit' : 'before a retry';
        draw(true);
      }
    },
    page(progress) {
      pages = progress.pages;
      records = progress.records;
      draw();
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
