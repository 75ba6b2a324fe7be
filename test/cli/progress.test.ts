import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createProgress, formatDuration, progressLine } from '../../src/cli/progress.ts';
import { ZendeskError } from '../../src/core/errors.ts';

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

test('the bar is drawn from fetch events: count, page, and a retry that tells a 429 from a backoff', () => {
  const { progress, written, advance, now } = terminal();
  advance(1500);
  progress.event({ type: 'count', count: 1000 });
  advance(200);
  progress.event({ type: 'page', pages: 5, records: 500 });
  assert.match(written.at(-1)!, /\] 50% 500 of 1,000 records$/);
  const error = new ZendeskError('GET /api/v2/audit_logs: 500 Internal Server Error');
  progress.event({ type: 'retry', path: '/api/v2/audit_logs', attempt: 1, delayMs: 3000, error, serverAsked: false, rateLimited: false });
  assert.match(written.at(-1)!, /waiting 3 s before a retry$/);
  advance(5000);
  // The wording of the message does not matter, only what the event says.
  progress.event({ type: 'retry', path: '/api/v2/audit_logs', attempt: 1, delayMs: 7000, error, serverAsked: true, rateLimited: true });
  assert.match(written.at(-1)!, /waiting 7 s for the rate limit$/);
  advance(8000);
  progress.event({ type: 'wait', until: now() + 12_000 });
  assert.match(written.at(-1)!, /waiting 12 s for the rate limit$/);
  progress.done();
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
  advance(300);
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

test('with the expected total the line is a bar with the share, the rate and the time left', () => {
  const { progress, written, advance } = terminal();
  progress.expect(100_000);
  advance(10_000);
  progress.page({ pages: 250, records: 25_000 });
  assert.is(written.at(-1), '\r\x1b[2K[#####---------------] 25% 25,000 of 100,000 records, 2,500/s, 30 s left');
  advance(20_000);
  progress.page({ pages: 750, records: 75_000 });
  assert.is(written.at(-1), '\r\x1b[2K[###############-----] 75% 75,000 of 100,000 records, 2,500/s, 10 s left');
  progress.done();
});

test('the rate-limit wait joins the bar; the time left is not guessed in the first seconds', () => {
  assert.is(
    progressLine({ pages: 5, records: 500, total: 24_509, elapsedMs: 1500, wait: { ms: 41_200, reason: 'for the rate limit' } }),
    '[--------------------] 2% 500 of 24,509 records, waiting 42 s for the rate limit',
  );
});

test('a wait for the rate limit counts in the time left', () => {
  assert.is(
    progressLine({ pages: 500, records: 50_000, total: 100_000, elapsedMs: 20_000, wait: { ms: 30_000, reason: 'for the rate limit' } }),
    '[##########----------] 50% 50,000 of 100,000 records, 2,500/s, 50 s left, waiting 30 s for the rate limit',
  );
});

test('while waiting for the rate limit the time left counts down with the wait, not up', () => {
  const { progress, written, advance, now } = terminal();
  progress.expect(100_000);
  advance(20_000);
  progress.page({ pages: 500, records: 50_000 });
  const until = now() + 30_000;
  progress.event({ type: 'wait', until });
  assert.match(written.at(-1)!, /50,000 of 100,000 records, 2,500\/s, 50 s left, waiting 30 s for the rate limit$/);
  advance(10_000);
  // The gate looks again and holds the requests to the same time.
  progress.event({ type: 'wait', until });
  assert.match(written.at(-1)!, /50,000 of 100,000 records, 2,500\/s, 40 s left, waiting 20 s for the rate limit$/);
  advance(20_000);
  progress.page({ pages: 600, records: 60_000 });
  // Over, the wait is part of the rate: 60,000 records in 50 s.
  assert.match(written.at(-1)!, /60,000 of 100,000 records, 1,200\/s, 33 s left$/);
  progress.done();
});

test('the line is cut to the terminal width, so redrawing it in place never leaves wrapped lines', () => {
  const line = progressLine({ pages: 5, records: 500, total: 24_509, elapsedMs: 5000, columns: 40 });
  assert.is(line.length, 39);
  assert.ok(line.endsWith('…'));
});

test('finish replaces the bar with one closing line', () => {
  const { progress, written, advance } = terminal();
  progress.expect(24_509);
  advance(29_000);
  progress.page({ pages: 246, records: 24_509 });
  progress.finish(24_509);
  assert.is(written.at(-2), '\r\x1b[2K');
  assert.is(written.at(-1), '24,509 records in 29 s\n');
  progress.page({ pages: 247, records: 24_600 });
  assert.is(written.at(-1), '24,509 records in 29 s\n', 'nothing after finish');
});

test('durations read as people say them', () => {
  assert.is(formatDuration(420), '0.4 s');
  assert.is(formatDuration(29_400), '29 s');
  assert.is(formatDuration(185_000), '3 min 05 s');
  assert.is(formatDuration(3_720_000), '1 h 02 min');
});

test.run();
