/**
 * What a reviewer reads first: the changes that need attention by severity, the counts
 * per actor, per setting area and per severity, and the net effect of settings changed
 * more than once (with the changes undone within the window). Pure: records with their
 * detections in (`detector.ts`), plain data out; the renderers turn it into Markdown.
 */
import type { AuditLog } from '../types.ts';
import { createdAtMs, textOf } from './fields.ts';
import { changeOf, type ChangeValues } from './change.ts';
import type { DetectedRecord } from './detector.ts';
import { QUICK_REVERT_MS, settingKey, undoes } from './revert.ts';
import { isSensitive, SEVERITIES, type Severity } from './rule.ts';

export { QUICK_REVERT_MS };

/** A change with what review needs of it: its detections (highest severity first), and whether they make it sensitive. */
export interface ReviewedChange extends ChangeValues, DetectedRecord {
  record: AuditLog;
  /** High or medium. */
  sensitive: boolean;
  /** `created_at` in epoch milliseconds. */
  at: number;
}

/** A change that a later one in the window undid. */
export interface Revert {
  /** The change undone. */
  change: ReviewedChange;
  /** The change that put the old value back. */
  undo: ReviewedChange;
  /** How long the undone value stood, in milliseconds. */
  stoodMs: number;
}

/** A setting changed more than once in the window. */
export interface NetEffect {
  label: string;
  sensitive: boolean;
  /** The setting's changes, oldest first. */
  changes: ReviewedChange[];
  /** The old value before the first change and the new value after the last (null when not parsed). */
  from: string | null;
  to: string | null;
  reverts: Revert[];
}

/** A name and how many changes it has. */
export interface Tally {
  name: string;
  count: number;
}

export interface Review {
  /** Every change, in the order given. */
  changes: ReviewedChange[];
  /** The sensitive ones (high or medium), highest severity first, then oldest first. */
  sensitive: ReviewedChange[];
  /** How many changes have each highest severity. */
  severities: Record<Severity, number>;
  /** Changes per actor, most first (ties by name). */
  byActor: Tally[];
  /** Changes per setting area (the part of the label before `:`), most first. */
  byArea: Tally[];
  /** Settings changed more than once: sensitive ones first, then in the order of their first change. */
  repeated: NetEffect[];
}

/** `Security` for `Security: Session expiration`; the whole label when it has no `:`. */
export function areaOf(label: string): string {
  const index = label.indexOf(':');
  return (index > 0 ? label.slice(0, index) : label).trim();
}

function tally(names: Iterable<string>): Tally[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Consecutive changes where the later one put back, within `QUICK_REVERT_MS`, the value the earlier one replaced. */
function revertsOf(changes: readonly ReviewedChange[]): Revert[] {
  const reverts: Revert[] = [];
  for (let index = 1; index < changes.length; index++) {
    const change = changes[index - 1]!;
    const undo = changes[index]!;
    if (undoes(change, undo)) reverts.push({ change, undo, stoodMs: Math.max(0, undo.at - change.at) });
  }
  return reverts;
}

/** How many of `records` have each highest severity. */
export function severityTally(records: readonly { severity: Severity | null }[]): Record<Severity, number> {
  const tally: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const { severity } of records) if (severity) tally[severity]++;
  return tally;
}

/** The review of `detected` (any order; sections come out oldest first). */
export function reviewChanges(detected: readonly DetectedRecord[]): Review {
  const changes: ReviewedChange[] = detected.map(({ record, detections, severity }) => ({
    record,
    detections,
    severity,
    sensitive: isSensitive(severity),
    at: createdAtMs(record),
    ...changeOf(record),
  }));
  const chronological = [...changes].sort((a, b) => a.at - b.at || Number(a.record.id) - Number(b.record.id));
  const bySetting = new Map<string, ReviewedChange[]>();
  for (const change of chronological) {
    const key = settingKey(change.record);
    const list = bySetting.get(key);
    if (list) list.push(change);
    else bySetting.set(key, [change]);
  }
  const repeated: NetEffect[] = [];
  for (const list of bySetting.values()) {
    if (list.length < 2) continue;
    const last = list.at(-1)!;
    repeated.push({
      label: textOf(last.record.source_label),
      sensitive: list.some((change) => change.sensitive),
      changes: list,
      from: list[0]!.change_from,
      to: last.change_to,
      reverts: revertsOf(list),
    });
  }
  // Stable: within each group the order of the first change stays.
  repeated.sort((a, b) => Number(b.sensitive) - Number(a.sensitive));
  return {
    changes,
    sensitive: SEVERITIES.flatMap((severity) => chronological.filter((change) => change.sensitive && change.severity === severity)),
    severities: severityTally(changes),
    byActor: tally(changes.map((change) => textOf(change.record.actor_name) || `user ${textOf(change.record.actor_id)}`)),
    byArea: tally(changes.map((change) => areaOf(textOf(change.record.source_label)) || '(no label)')),
    repeated,
  };
}
