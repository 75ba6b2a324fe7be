/**
 * The review sections (`reviewSections` of the core) as the first body of an issue
 * opens with them. Their "Needs attention" items are task-list items, so GitHub's issue
 * list shows "0 of 3 tasks" until a reviewer ticks them
 * (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/about-tasklists).
 * When the report is split, an item whose row is in another body ends `row in part 2`
 * instead of its id, so an id is written in exactly one body: the one whose marker
 * carries it.
 */
import {
  attentionSection as coreAttentionSection,
  type ItemEnd,
  type Review,
  reviewSections as coreReviewSections,
  type ZoneClock,
} from '../core/mod.ts';
import { MAX_BODY_LENGTH, type Placement } from './split.ts';

/** The longest end an item can get, for sizing a body before the rows are placed. */
export function worstPlacement(): Placement {
  return () => Number.MAX_SAFE_INTEGER;
}

/** Items end with their id when the row is in part 1 (or placed nowhere), else with the part that holds it. */
function itemEnd(place: Placement | undefined): ItemEnd | undefined {
  if (place === undefined) return undefined;
  return (id) => {
    const part = place(id);
    return part === 1 || part === undefined ? undefined : `row in part ${part}`;
  };
}

/**
 * "Needs attention" for the first body; `place` says which body holds each row (all in
 * this one when left out); with `worstPlacement()` the text is as long as it can get.
 */
export function attentionSection(review: Review, clock: ZoneClock, place?: Placement, limit = MAX_BODY_LENGTH): string {
  return coreAttentionSection(review, clock, { itemEnd: itemEnd(place), size: limit });
}

/** The three sections for the first body, within 40% of `limit` (a body's most characters) and a few hundred more. */
export function reviewSections(review: Review, clock: ZoneClock, place?: Placement, limit = MAX_BODY_LENGTH): string {
  return coreReviewSections(review, clock, { itemEnd: itemEnd(place), size: limit });
}
