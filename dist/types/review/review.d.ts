/**
 * What a reviewer reads first: the sensitive changes, the counts per actor and per
 * setting area, and the net effect of settings changed more than once (with the
 * changes undone within the window). Pure: records in, plain data out; the renderers
 * turn it into Markdown.
 */
import type { AuditLog } from '../types.ts';
import { type ChangeValues } from './change.ts';
import type { Sensitivity } from './sensitive.ts';
import { QUICK_REVERT_MS } from './revert.ts';
export { QUICK_REVERT_MS };
/** A change with what review needs of it. */
export interface ReviewedChange extends ChangeValues {
    record: AuditLog;
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
    /** The sensitive ones, oldest first. */
    sensitive: ReviewedChange[];
    /** Changes per actor, most first (ties by name). */
    byActor: Tally[];
    /** Changes per setting area (the part of the label before `:`), most first. */
    byArea: Tally[];
    /** Settings changed more than once: sensitive ones first, then in the order of their first change. */
    repeated: NetEffect[];
}
/** `Security` for `Security: Session expiration`; the whole label when it has no `:`. */
export declare function areaOf(label: string): string;
/** The review of `records` (any order; sections come out oldest first). */
export declare function reviewChanges(records: readonly AuditLog[], sensitivity: Sensitivity): Review;
