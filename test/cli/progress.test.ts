import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createProgress } from '../../src/cli/progress.ts';

/** A terminal that records what is written, and a clock the test moves. */
function terminal(isTTY = true) {
  const written: string[] = [];
  let time = 1_000_000;
  const progress = createProgress({ isTTY, write: (text: string) => written.push(text) }, () => time);
  return { progress, written, advance: (ms: number) => (time += ms), now: () => time };
}

test('a wait for the rate limit shows on the progress line with its count-down', () => {
  const { progress, written, advance, now } = terminal();
  advance(1500);
  progress.page({ pages: 560, records: 56_000 });
  progress.waitForRateLimit(now() + 42_000);
  progress.done();
  assert.match(written.at(-2)!, /Fetching: 560 pages, 56,000 records, waiting 42 s for the rate limit$/);
  assert.is(written.at(-1), '\r\x1b[2K', 'done erases the line');
});

test('nothing shows in the first second, and nothing after done', () => {
  const { progress, written, advance, now } = terminal();
  advance(200);
  progress.waitForRateLimit(now() + 5000);
  assert.equal(written, []);
  advance(2000);
  progress.done();
  progress.waitForRateLimit(now() + 5000);
  progress.page({ pages: 1, records: 100 });
  assert.equal(written, []);
});

test('clear erases the line for output, and the next news draws it again', () => {
  const { progress, written, advance } = terminal();
  advance(1500);
  progress.page({ pages: 1, records: 100 });
  progress.clear();
  assert.is(written.at(-1), '\r\x1b[2K');
  advance(500);
  progress.page({ pages: 2, records: 200 });
  assert.match(written.at(-1)!, /Fetching: 2 pages, 200 records$/);
  progress.done();
});

test('pipes and files get no progress at all', () => {
  const { progress, written, advance, now } = terminal(false);
  advance(5000);
  progress.page({ pages: 1, records: 100 });
  progress.waitForRateLimit(now() + 5000);
  progress.done();
  assert.equal(written, []);
});

test.run();
