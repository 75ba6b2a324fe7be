/**
 * README.md's fenced blocks, each with the HTML comment that marks how it is checked.
 * Not a test file itself: test/readme.test.ts runs or checks every block, and the tests a
 * marker names (`<!-- checked by test/package/pack.test.ts -->`) take theirs from here.
 *
 * The markers, an HTML comment on the lines just before a block (blank lines between are fine):
 *
 * - none: a `sh` block's commands run offline (`--demo`, `--help`, ...) in a fresh copy of
 *   the repository and must succeed; a sample right after such a block (one command) is
 *   compared with what it printed; a `yaml` workflow is parsed and its inputs checked.
 * - `<!-- output of: COMMANDS -->`: the sample is compared with what the commands (one
 *   a line, run by bash) print; `$SANDBOX`, `$SANDBOX_PROFESSIONAL` and `$CLOSED` are set.
 * - `<!-- needs a real account -->`: not run as shown; a script's flags are still checked
 *   (with `--help`). With `replays` in the marker, the commands run against a sandbox
 *   holding the records the README shows, and the sample after them is compared.
 * - `<!-- checked by FILE -->`: FILE reads the block from here and checks it.
 * - `<!-- not run: REASON -->`: not run, for the reason given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-script.ts';

export const README = join(ROOT, 'README.md');

export interface ReadmeBlock {
  /** Line of the opening fence, from 1. */
  line: number;
  /** The fence's info string: `sh`, `text`, `json`, `yaml`, `js`, ... or empty. */
  lang: string;
  /** The lines between the fences, without the fence's indentation. */
  body: string;
  /** The text inside the HTML comment just before the block, trimmed. */
  marker?: string;
  /** The block just before, when nothing but blank lines and this block's marker separate them. */
  previous?: ReadmeBlock;
  /** The heading the block is under. */
  heading: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*$/;

/** The fenced blocks of `text` (README.md's by default), in order. */
export function readmeBlocks(text = readFileSync(README, 'utf8')): ReadmeBlock[] {
  const lines = text.split('\n');
  const blocks: ReadmeBlock[] = [];
  let heading = '';
  /** Index of the line after the last block's closing fence. */
  let lastEnd = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const title = /^#{1,6} (.+)$/.exec(line);
    if (title) heading = title[1]!;
    const open = FENCE.exec(line);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let close = index + 1;
    while (close < lines.length && !(lines[close]!.trim().startsWith(fence!) && lines[close]!.trim().replace(/^[`~]+/, '') === '')) close++;
    const body = lines.slice(index + 1, close).map((text) => (text.startsWith(indent!) ? text.slice(indent!.length) : text.trimStart()));
    // The comment just before: its last line ends in `-->`, blank lines aside.
    let before = index - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    let marker: string | undefined;
    let markerStart = index;
    if (before >= 0 && lines[before]!.trim().endsWith('-->')) {
      let start = before;
      while (start > 0 && !lines[start]!.includes('<!--')) start--;
      marker = lines.slice(start, before + 1).join('\n').trim().replace(/^<!--/, '').replace(/-->$/, '').trim();
      markerStart = start;
    }
    const between = lines.slice(lastEnd, markerStart);
    const previous = blocks.at(-1);
    blocks.push({
      line: index + 1,
      lang: lang ?? '',
      body: body.join('\n'),
      marker,
      previous: previous && lastEnd >= 0 && between.every((text) => text.trim() === '') ? previous : undefined,
      heading,
    });
    lastEnd = close + 1;
    index = close;
  }
  return blocks;
}

/** The blocks whose marker says `checked by FILE`, FILE relative to the repository. */
export function blocksCheckedBy(file: string): ReadmeBlock[] {
  return readmeBlocks().filter((block) => block.marker === `checked by ${file}`);
}

/**
 * A line with what legitimately varies from run to run masked: dates and times relative to
 * now (and whether Pacific time is standard or daylight; OCSF's epoch milliseconds), loopback
 * ports, and what a marker signs that changes with the time (the listing time, the body's
 * digest, the rows' data and the MAC).
 */
export function normalise(line: string): string {
  return line
    .replace(/\d{4}-\d\d-\d\d/g, 'YYYY-MM-DD')
    .replace(/\d\d:\d\d:\d\d/g, 'hh:mm:ss')
    .replace(/\b\d\d:\d\d\b/g, 'hh:mm')
    .replace(/\bP[SD]T\b/g, 'PT')
    .replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:PORT')
    .replace(/ listed=\d+ digest=\S+ data=\S+ mac=\S+ -->/g, ' listed=N digest=DIGEST data=DATA mac=MAC -->')
    // OCSF's time, in epoch milliseconds: the demo's records are dated from the current hour.
    .replace(/"time":\d{13}\b/g, '"time":EPOCH_MS')
    .trimEnd();
}
