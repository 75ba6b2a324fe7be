import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  arrival,
  measured,
  MIN_READ_AHEAD_PAGES,
  nextStep,
  paceOf,
  type PlanState,
  readAhead,
  received,
  type SliceState,
  sliceState,
} from '../../../src/core/fetch/slice-planner.ts';
import { uncovered } from '../../../src/core/fetch/slices.ts';

/** A plan of `slices` with 2 walks, 100-record pages, 300-record slices, 1 record a second, and the largest read-ahead. */
function plan(slices: SliceState[], overrides: Partial<PlanState> = {}): PlanState {
  const buffered = slices.reduce((sum, slice) => sum + slice.buffered, 0);
  const active = slices.filter((slice) => slice.active).length;
  const sizes = { concurrency: 2, sliceRecords: 300, pageSize: 100 };
  return { slices, head: 0, active, buffered, readAhead: 2 * 2 * 300, ...sizes, density: 1, ...overrides };
}

const slice = (first: number, last: number, state: Partial<SliceState> = {}): SliceState => ({ ...sliceState(first, last), ...state });

test('nextStep fetches the head first, then the next slice in output order', () => {
  assert.equal(nextStep(plan([slice(0, 99), slice(100, 199)])), { type: 'fetch', index: 0 });
  assert.equal(nextStep(plan([slice(0, 99, { active: true }), slice(100, 199)])), { type: 'fetch', index: 1 });
});

test('nextStep sends no more requests than the concurrency, and hands out what the head has meanwhile', () => {
  const busy = [slice(0, 99, { active: true, buffered: 100 }), slice(100, 199, { active: true }), slice(200, 299)];
  assert.equal(nextStep(plan(busy)), { type: 'emit' });
  const waiting = [slice(0, 99, { active: true }), slice(100, 199, { active: true }), slice(200, 299)];
  assert.equal(nextStep(plan(waiting)), { type: 'wait' });
});

test('nextStep moves past a finished head and ends after the last slice', () => {
  const slices = [slice(0, 99, { done: true }), slice(100, 199, { done: true })];
  assert.equal(nextStep(plan(slices)), { type: 'next' });
  assert.equal(nextStep(plan(slices, { head: 2 })), { type: 'end' });
});

test('nextStep leaves a slice with twice its planned records buffered until the output takes them', () => {
  const slices = [slice(0, 99, { active: true }), slice(100, 199, { buffered: 600 }), slice(200, 299, { done: true })];
  assert.equal(nextStep(plan(slices)), { type: 'wait' });
});

test('nextStep fetches ahead of the head only while the shared buffer has room', () => {
  // 2 walks x 300 records x 2 = 1,200 records may be buffered by all slices together.
  const full = [
    slice(0, 9999, { active: true }),
    slice(10_000, 10_099, { buffered: 550, done: true }),
    slice(10_100, 10_199, { buffered: 550, done: true }),
    slice(10_200, 10_299),
  ];
  assert.equal(nextStep(plan(full)), { type: 'wait' });
  full[1]!.buffered = 400;
  assert.equal(nextStep(plan(full)), { type: 'fetch', index: 3 });
});

test('nextStep splits the slice with the most records left halfway past what it has', () => {
  // The head walks 0..999 and has reached second 99; the other slice is small.
  const slices = [slice(0, 999, { active: true, reached: 99 }), slice(1000, 1099, { active: false, done: true })];
  assert.equal(nextStep(plan(slices, { active: 1 })), { type: 'split', index: 0, at: 99 + Math.floor((999 - 99) / 2) });
});

test("nextStep goes by a slice's own latest rate over the window's density", () => {
  const sparse = slice(0, 999, { active: true, reached: 99, rate: 0.1 });
  const dense = slice(1000, 1999, { active: true, reached: 1099, rate: 5 });
  assert.equal(nextStep(plan([sparse, dense], { concurrency: 3 })), { type: 'split', index: 1, at: 1099 + 450 });
});

test('nextStep never splits a slice that has less than two pages left, nor a second', () => {
  assert.equal(nextStep(plan([slice(0, 150, { active: true, reached: 0 })])), { type: 'wait' });
  assert.equal(nextStep(plan([slice(7, 7, { active: true })], { density: 10_000 })), { type: 'wait' });
});

test('nextStep stops reading ahead when the read-ahead is spent, but never leaves the consumer without a request', () => {
  // 300 records buffered ahead, one request in flight: 400 of a read-ahead of 400.
  const spent = [slice(0, 99, { buffered: 200 }), slice(100, 199, { active: true, buffered: 100 }), slice(200, 299)];
  assert.equal(nextStep(plan(spent, { concurrency: 3, readAhead: 400 })), { type: 'emit' });
  spent[0]!.buffered = 0;
  spent[1]!.buffered = 300;
  // The head has nothing to hand out: it asks for its next page whatever is buffered behind it.
  assert.equal(nextStep(plan(spent, { concurrency: 3, readAhead: 400 })), { type: 'fetch', index: 0 });
  // With room again, the next slice in output order fetches too.
  assert.equal(nextStep(plan(spent, { concurrency: 3, readAhead: 1000 })), { type: 'fetch', index: 0 });
  spent[0]!.active = true;
  assert.equal(nextStep(plan(spent, { concurrency: 3, readAhead: 1000 })), { type: 'fetch', index: 2 });
});

const sizes = { concurrency: 16, sliceRecords: 1000, pageSize: 100 };

test('readAhead holds what the consumer takes in five round trips: a few pages on a fast link, many on a slow one', () => {
  // 50 records a millisecond: 100 ms round trips need 25,000 records ahead, 1 ms ones 250 (raised to the least).
  assert.is(readAhead({ roundTripMs: 100, drainPerMs: 50 }, sizes), 25_000);
  assert.is(readAhead({ roundTripMs: 1, drainPerMs: 50 }, sizes), MIN_READ_AHEAD_PAGES * 100);
  assert.is(readAhead({ roundTripMs: 20, drainPerMs: 50 }, sizes), 5000);
  // A slow consumer needs less ahead than a fast one on the same link.
  assert.is(readAhead({ roundTripMs: 100, drainPerMs: 5 }, sizes), 2500);
});

test('readAhead is at most two slices per walk, and a page per walk before anything is measured', () => {
  assert.is(readAhead({ roundTripMs: 5000, drainPerMs: 50 }, sizes), 2 * 16 * 1000);
  assert.is(readAhead(undefined, sizes), 16 * 100);
  assert.is(readAhead(undefined, { ...sizes, concurrency: 2 }), MIN_READ_AHEAD_PAGES * 100);
});

test('measured keeps the shortest round trip, and smooths the consumer intake, so one odd page does not swing the read-ahead', () => {
  let pace = measured({}, { roundTripMs: 100 });
  assert.is(paceOf(pace), undefined, 'no intake measured yet');
  pace = measured(pace, { records: 100, drainMs: 2 });
  assert.equal(paceOf(pace), { roundTripMs: 100, drainPerMs: 50 });
  // A page that waited in a queue says nothing of the link.
  pace = measured(pace, { roundTripMs: 300 });
  assert.is(pace.roundTripMs, 100);
  assert.is(measured(pace, { roundTripMs: 2 }).roundTripMs, 2);
  pace = measured(pace, { records: 100, drainMs: 1 });
  assert.is(pace.drainPerMs, 60);
  // A page taken faster than the clock can tell is a fast consumer, not a division by zero.
  assert.ok(Number.isFinite(measured({}, { records: 100, drainMs: 0 }).drainPerMs));
});

test('received: what was handed out, the slices done, and a slice under way up to the second before its latest record', () => {
  const whole = { from: 0, to: 399 };
  const slices = [
    slice(100, 199, { reached: 150 }),
    slice(200, 249, { done: true, reached: 249 }),
    slice(250, 299, { reached: 260 }),
    slice(300, 399),
  ];
  // 0..99 was handed out before the head; the head covers 100..149; the done slice merges with the next one's start.
  assert.equal(received(slices, 0, whole), [{ from: 0, to: 149 }, { from: 200, to: 259 }]);
  assert.equal(received(slices.map((part) => ({ ...part, done: true })), 0, whole), [whole]);
  assert.equal(received([slice(0, 399)], 0, whole), []);
  assert.equal(received(slices, 4, whole), [whole], 'every slice handed out');
});

test('uncovered is what the covered stretches leave of a range, to fetch again', () => {
  const range = { from: 0, to: 399 };
  assert.equal(uncovered(range, [{ from: 0, to: 149 }, { from: 200, to: 259 }]), [{ from: 150, to: 199 }, { from: 260, to: 399 }]);
  assert.equal(uncovered(range, []), [range]);
  assert.equal(uncovered(range, [range]), []);
  assert.equal(uncovered(range, [{ from: 100, to: 399 }]), [{ from: 0, to: 99 }]);
});

test('arrival keeps a page within the slice and learns the rate of a full page', () => {
  const seconds = Array.from({ length: 100 }, (_, index) => Math.floor(index / 2));
  assert.equal(arrival(slice(0, 99), 99, seconds, 100), { keep: 100, reached: 49, rate: 100 / 50 });
});

test('arrival drops what lies past a split, to be fetched by the new slice', () => {
  assert.equal(arrival(slice(0, 20), 99, [5, 10, 20, 21, 30], 100), { keep: 3, reached: 20, rate: undefined });
});

test('arrival points at a record outside the range the walk asked for', () => {
  assert.is(arrival(slice(10, 99), 99, [10, 100], 100).outside, 1);
  assert.is(arrival(slice(10, 99), 99, [9], 100).outside, 0);
});

test.run();
