/**
 * What makes a change "undone": the next change of the same setting put back the value
 * the first one replaced, soon enough to be a signal (a setting weakened for a moment,
 * then hidden) rather than ordinary work. Shared by the review's net effects
 * (`review.ts`, over a window in memory) and the streaming detector (`detector.ts`).
 */
import type { AuditLog } from '../types.ts';
import type { ChangeValues } from './change.ts';
/** A change undone within this long counts as reverted: a day, as the built-in rule `zendesk.change-reverted` says. */
export declare const QUICK_REVERT_MS: number;
/** Which setting a record changes: its source, else its label (a record without a source id). */
export declare function settingKey(record: AuditLog): string;
/** A change's values and time (epoch ms). */
export interface TimedChange extends ChangeValues {
    at: number;
}
/** Whether `undo`, the next change of the same setting after `change`, put back within `withinMs` the value `change` replaced. */
export declare function undoes(change: TimedChange, undo: TimedChange, withinMs?: number): boolean;
