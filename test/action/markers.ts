/** Markers for tests that lay out report bodies: the draft form (no key needed), and the ids read back. */
import { markerDraft, parseMarker } from '../../src/trail/marker.ts';
import type { RowData } from '../../src/trail/row-data.ts';

/** What the markers of these tests claim, ids aside. */
export const CLAIM = { account: 'acme.zendesk.com', sourceTypes: ['account_setting'], listed: 1_767_225_600 } as const;

/** A draft marker for `ids`: the signed form's length, with a placeholder MAC. */
export function draftMarker(ids: readonly number[]): string {
  return markerDraft({ ...CLAIM, sourceTypes: [...CLAIM.sourceTypes], ids });
}

/** A draft marker for what a report body lists (`buildReport`'s `marker`). */
export function reportMarker(
  content: { ids: readonly number[]; rows: readonly RowData[]; tasks: readonly number[]; parts?: number },
): string {
  return markerDraft({ ...CLAIM, sourceTypes: [...CLAIM.sourceTypes], ...content });
}

/** The ids of the marker that ends `body` (unverified), or none. */
export function markerIds(body: string): number[] {
  return [...(parseMarker(body)?.ids ?? [])];
}
