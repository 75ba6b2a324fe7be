/**
 * What a time-sliced fetch does next, decided from the state of its slices alone: no
 * I/O, no timers, so every rule is tested in microseconds (`parallel.ts` acts on it).
 * Bounds are in walk order ("coordinates"): epoch seconds when oldest first, negated
 * seconds when newest first, so a slice's walk always goes from `first` up to `last`.
 */
/** One slice as the planner sees it. */
export interface SliceState {
    first: number;
    /** Lowered when the slice is split: what lies beyond is another slice's. */
    last: number;
    /** Coordinate of the latest record received; `first - 1` before any. */
    reached: number;
    /** Records per second in its latest full page, which tells what lies just ahead better than the average. */
    rate?: number;
    /** Records received and not yet handed out. */
    buffered: number;
    /** A page request is in flight. */
    active: boolean;
    done: boolean;
}
export interface PlanState {
    /** In output order. */
    slices: readonly SliceState[];
    /** Index of the slice being handed out. */
    head: number;
    /** Page requests in flight. */
    active: number;
    /** Records buffered by all slices together. */
    buffered: number;
    /** Records the walks may hold ahead of the consumer, buffered or requested (`readAhead`). */
    readAhead: number;
    concurrency: number;
    sliceRecords: number;
    pageSize: number;
    /** Records per second across the whole window, for slices that have not shown their own. */
    density: number;
}
export type Decision = 
/** Request the next page of slice `index`. */
{
    type: 'fetch';
    index: number;
}
/** Slice `index` keeps its seconds up to `at`; a new slice after it takes `at + 1` to its `last`. */
 | {
    type: 'split';
    index: number;
    at: number;
}
/** Hand out the head slice's next page. */
 | {
    type: 'emit';
}
/** The head slice is finished: the next slice is the head. */
 | {
    type: 'next';
}
/** Nothing to do until a page arrives. */
 | {
    type: 'wait';
}
/** Every slice is handed out. */
 | {
    type: 'end';
};
/** A new slice from `first` to `last`, nothing fetched yet. */
export declare function sliceState(first: number, last: number): SliceState;
/**
 * The one next step. Request slots go first: whenever one is free, it goes to the first
 * slice in output order that may fetch (not done, no request in flight, under twice
 * `sliceRecords` buffered, and room in the read-ahead: the records buffered plus a page
 * for each request in flight under `readAhead`; the head needs no room while it has
 * nothing buffered, so the consumer never waits for want of a request). When
 * none may, the slice near the head with the most records left (estimated from its own
 * latest page, else the window's density) is split at a whole second halfway past the
 * records it already has, so a burst of changes in one afternoon is spread over the
 * walks as it is found. Then the output: a page of the head, or the head's end.
 */
export declare function nextStep(state: PlanState): Decision;
/** What to keep of a page that arrived for a slice, and what it tells of the slice (`reached`, `rate`). */
export interface Arrival extends Pick<SliceState, 'reached' | 'rate'> {
    /** Records to keep, from the start of the page; the rest lie past a split and are the next slice's. */
    keep: number;
    /** Index of a record outside what the walk asked for (the server's error), if any. */
    outside?: number;
}
/**
 * Reads a page of `slice`. `walkLast` is the slice's `last` when its walk started: a
 * record beyond the current `last` is past a split when that was lowered since, and
 * outside the request when not. An unreadable time (NaN) stays where the page put it.
 */
export declare function arrival(slice: SliceState, walkLast: number, coordinates: readonly number[], pageSize: number): Arrival;
/** What the walks measure of the run, smoothed: how long a page takes to come, how fast the consumer takes records. */
export interface Pace {
    /** One page request, from its start to its records (milliseconds). */
    roundTripMs: number;
    /** Records the consumer takes per millisecond while it has records to take. */
    drainPerMs: number;
}
/** The sizes a read-ahead is reckoned in. */
export type ReadAheadSizes = Pick<PlanState, 'concurrency' | 'sliceRecords' | 'pageSize'>;
/**
 * Round trips of the consumer's intake the walks read ahead. Walks over slices of equal
 * size finish them about together, so the slices behind the head need more than one
 * round trip's worth: measured on 16 walks at 100 ms under a 2,500/min limit, three were
 * 8% slower than an unbounded read-ahead, five as fast; on a fast link the read-ahead is
 * a few pages either way (BENCHMARKS.md).
 */
export declare const READ_AHEAD_ROUND_TRIPS = 5;
/** Pages the walks may always hold ahead: with a round trip of next to nothing, a few requests still overlap the consumer. */
export declare const MIN_READ_AHEAD_PAGES = 4;
/**
 * How many records the walks may hold ahead of the consumer (buffered, or a page for each
 * request in flight): what the consumer takes in `READ_AHEAD_ROUND_TRIPS` round trips, so
 * that a page asked for now comes before the consumer runs out, and little more: a record
 * that waits longer than it must lives long enough for V8 to move it out of its young
 * generation, which grows the heap. A slow link (100 ms) gets a large read-ahead, a fast one (a millisecond) a
 * few pages: at least `MIN_READ_AHEAD_PAGES` pages, at most two slices per walk. Before
 * anything is measured, a page per walk, so that every walk starts at once.
 *
 * @example readAhead({ roundTripMs: 100, drainPerMs: 50 }, { concurrency: 16, sliceRecords: 1000, pageSize: 100 }) // 25,000
 */
export declare function readAhead(pace: Pace | undefined, sizes: ReadAheadSizes): number;
/**
 * `pace` with one more page's measures in: its round trip, or the consumer's time for its
 * records. The round trip is the shortest one yet: no page comes faster than the link
 * allows, and a slower one waited in a queue (the rate limit's, or ours: an answer that
 * waits while the consumer writes records). Counting queues would read further ahead,
 * which queues more requests, and so on until every walk is busy.
 */
export declare function measured(pace: Partial<Pace>, page: {
    roundTripMs: number;
} | {
    records: number;
    drainMs: number;
}): Partial<Pace>;
/** Both measures, once both are known. */
export declare function paceOf(pace: Partial<Pace>): Pace | undefined;
/**
 * The runs of coordinates that the records received so far cover whole, merged, in walk
 * order: everything before the head slice (handed out), each slice done, and of a slice
 * under way the seconds before its latest record's (that second may have more records
 * on the next page). `whole` is the walk's whole range.
 *
 * @example received([{ first: 10, last: 19, reached: 14, done: false, ... }, { first: 20, last: 29, done: true, ... }], 0, { from: 0, to: 29 })
 * // [{ from: 0, to: 13 }, { from: 20, to: 29 }]
 */
export declare function received(slices: readonly SliceState[], head: number, whole: {
    from: number;
    to: number;
}): {
    from: number;
    to: number;
}[];
