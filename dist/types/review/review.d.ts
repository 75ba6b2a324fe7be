/**
 * What a reviewer reads first: the changes that need attention by severity, the counts
 * per actor, per setting area and per severity, and the net effect of settings changed
 * more than once (with the changes undone within the window). Pure: records with their
 * detections in (`detector.ts`), plain data out; the renderers turn it into Markdown.
 */
import type { AuditLog } from '../types.ts';
import { type ChangeValues } from './change.ts';
import type { DetectedRecord } from './detector.ts';
import { QUICK_REVERT_MS } from './revert.ts';
import { type Severity } from './rule.ts';
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
export declare function areaOf(label: string): string;
/** How many of `records` have each highest severity. */
export declare function severityTally(records: readonly {
    severity: Severity | null;
}[]): Record<Severity, number>;
/** The review of `detected` (any order; sections come out oldest first). */
export declare function reviewChanges(detected: readonly DetectedRecord[]): Review;
