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
 * `sliceRecords` buffered, and room in the shared buffer unless it is the head). When
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
