import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { arrival, nextStep, type PlanState, type SliceState, sliceState } from '../../../src/core/fetch/slice-planner.ts';

/** A plan of `slices` with 2 walks, 100-record pages, 300-record slices and 1 record a second. */
function plan(slices: SliceState[], overrides: Partial<PlanState> = {}): PlanState {
  const buffered = slices.reduce((sum, slice) => sum + slice.buffered, 0);
  const active = slices.filter((slice) => slice.active).length;
  return { slices, head: 0, active, buffered, concurrency: 2, sliceRecords: 300, pageSize: 100, density: 1, ...overrides };
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
