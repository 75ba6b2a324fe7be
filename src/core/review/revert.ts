/**
 * What makes a change "undone": the next change of the same setting put back the value
 * the first one replaced, soon enough to be a signal (a setting weakened for a moment,
 * then hidden) rather than ordinary work. Shared by the review's net effects
 * (`review.ts`, over a window in memory) and the streaming detector (`detector.ts`).
 */
import type { AuditLog } from '../types.ts';
import { BUILT_IN_RULES } from './built-in-rules.ts';
import type { ChangeValues } from './change.ts';
import { textOf } from './fields.ts';

const revertRule = BUILT_IN_RULES.find((rule) => rule.window?.kind === 'revert')!.window as { within_minutes: number };

/** A change undone within this long counts as reverted: a day, as the built-in rule `zendesk.change-reverted` says. */
export const QUICK_REVERT_MS = revertRule.within_minutes * 60_000;

/** Which setting a record changes: its source, else its label (a record without a source id). */
export function settingKey(record: AuditLog): string {
  const id: unknown = record.source_id;
  return typeof id === 'number' ? `${textOf(record.source_type)}\u0000${id}` : `\u0000${textOf(record.source_label)}`;
}

/** A change's values and time (epoch ms). */
export interface TimedChange extends ChangeValues {
  at: number;
}

/** Whether `undo`, the next change of the same setting after `change`, put back within `withinMs` the value `change` replaced. */
export function undoes(change: TimedChange, undo: TimedChange, withinMs = QUICK_REVERT_MS): boolean {
  if (change.change_from === null || undo.change_to === null) return false;
  return undo.change_to === change.change_from && change.change_to !== change.change_from && undo.at - change.at <= withinMs;
}
