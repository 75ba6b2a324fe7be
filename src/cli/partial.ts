/**
 * What an interrupted export wrote, as its closing lines say it: how many records, which
 * stretches of the window they cover (walks over time slices stop at several places, so
 * the stretches need not touch), and the `--start` and `--end` of each stretch left out,
 * ready to run again.
 */
import { type SecondRange, type TimeWindow, uncovered, windowSeconds, ZoneClock } from '../core/mod.ts';
import { recordCount } from './progress.ts';

/** The window of a stopped run, the stretches of it the records cover whole (ascending), and the reader's zone. */
export interface Coverage {
  window: TimeWindow;
  covered: readonly SecondRange[];
  zone: string;
}

/**
 * The message of an interrupted export, e.g.
 *
 *   interrupted: the output is partial, 4,300 records written, covering 2024-05-12 08:00:01 PDT to 2024-05-31 23:59:59 PDT of the window
 *   To fetch the rest, run the same command with --start 2024-05-01T00:00:00-07:00 --end 2024-05-12T08:00:00-07:00
 *
 * or, for stretches that do not touch, one line each under the first, then each range to
 * run again. A record of a second at a stretch's edge may come again in such a run
 * (the stretches are whole seconds), with the same id.
 */
export function partialMessage(written: number, coverage?: Coverage): string {
  const head = `interrupted: the output is partial, ${recordCount(written)} written`;
  if (!coverage) return head;
  const clock = new ZoneClock(coverage.zone);
  const text = (run: SecondRange) => `${clock.text(run.from * 1000)} to ${clock.text(run.to * 1000)}`;
  // An instant with its offset, as --start and --end read it (no zone name in brackets: a shell would glob them).
  const instant = (seconds: number) => clock.iso(seconds * 1000).replace(/\[.*\]$/, '');
  const args = (run: SecondRange) => `--start ${instant(run.from)} --end ${instant(run.to)}`;
  const { covered } = coverage;
  const missing = uncovered(windowSeconds(coverage.window), covered);
  const lines = [
    covered.length === 0
      ? `${head}: no stretch of the window was fetched whole`
      : covered.length === 1
      ? `${head}, covering ${text(covered[0]!)} of the window`
      : `${head}, covering ${covered.length} stretches of the window that do not touch:`,
    ...(covered.length > 1 ? covered.map((run) => `  ${text(run)}`) : []),
  ];
  if (missing.length === 1) lines.push(`To fetch the rest, run the same command with ${args(missing[0]!)}`);
  else if (missing.length > 1) {
    lines.push(
      'To fetch the rest, run the same command once with each of:',
      ...missing.map((run) => `  ${args(run)}`),
    );
  }
  if (written > 0 && missing.length > 0) {
    lines.push('(A record of a second at the edge of a stretch may come again there, with the same id.)');
  }
  return lines.join('\n');
}
