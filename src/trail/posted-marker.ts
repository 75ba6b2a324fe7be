/**
 * What a report of ours was posted with. Whoever can edit issues can change a report's
 * body: delete or break its marker, or paste another report's body, marker and all (that
 * marker verifies, and its digest matches the pasted text). Read from the current text,
 * either would take the report's own changes out of the evidence. So once a body was
 * edited at all, its rows come from the body as posted: GitHub keeps it in the edit
 * history (`edit-history.ts`) as the creation, written by the Action's identity, which
 * nobody can change (only delete: then the evidence says it cannot check the report).
 * The same holds for each follow-up part, a comment with an edit history of its own.
 *
 * A marker the Action itself withdrew (a report closed as another's duplicate, whose
 * changes the other lists: `withdrawMarker`) is told apart by its note, written in an
 * edit by the Action's identity; but that identity is shared by every workflow of the
 * repository, and the note is unsigned, so such a report is only set aside by the
 * caller where another report lists its changes (`withdrawn`).
 */
import { bodyHistory, commentHistory, type History } from './edit-history.ts';
import type { Octokit } from './github.ts';
import { editedAfterPosting, type ParsedMarker } from './marker.ts';
import { isIdentityLogin, isPullRequest, type IssueSummary, type Trust, verifiedMarker, withdrawnOf, writtenBy } from './reported.ts';
import type { Repository } from './repository.ts';

/** What GitHub tells of a report of ours: its body's history, and the marker it was posted with. */
export type Posted =
  | {
    kind: 'posted';
    marker: ParsedMarker;
    history: History;
    /** The current text ends with no marker, or another one than the body as posted. */
    changed: boolean;
    /** Edited, and its history longer than was read: the marker is the current one, unchecked against the body as posted. */
    unchecked: boolean;
  }
  /** Its newest edit, by the Action's identity, withdrew the marker as a duplicate of report `of`; `marker` as posted. */
  | { kind: 'withdrawn'; of: number; marker: ParsedMarker; history: History }
  /** Written by the Action, and what it was posted with cannot be read: its marker does not verify, and the body as posted is gone from the history. */
  | { kind: 'lost' }
  /** Not a report of ours for this account. */
  | { kind: 'none' };

/**
 * The marker `issue` was posted with (see the module comment): one GraphQL query per
 * `HISTORY_PAGE` revisions of its body, at most `pages`; one for a body never edited.
 */
export async function postedMarker(
  octokit: Octokit,
  repository: Repository,
  issue: IssueSummary,
  trust: Trust,
  pages: number,
): Promise<Posted> {
  if (isPullRequest(issue) || !writtenBy(issue, trust.identity)) return { kind: 'none' };
  const current = await verifiedMarker(issue.body, trust);
  if (current === 'other-account') return { kind: 'none' };
  const history = await bodyHistory(octokit, repository, issue.number, pages);
  const isMarker = (value: typeof current): value is ParsedMarker => typeof value === 'object';
  if (history.revisions.length === 0) {
    // Never edited: the body is as posted.
    if (isMarker(current)) return { kind: 'posted', marker: current, history, changed: false, unchecked: false };
    return current === 'rejected' ? { kind: 'lost' } : { kind: 'none' };
  }
  if (!history.complete) {
    return isMarker(current) ? { kind: 'posted', marker: current, history, changed: false, unchecked: true } : { kind: 'lost' };
  }
  const posted = await creationMarker(history, trust);
  if (posted === 'none') return { kind: 'none' };
  if (posted === 'lost') return { kind: 'lost' };
  const of = isIdentityLogin(history.revisions.at(-1)?.editor, trust.identity) ? withdrawnOf(issue.body ?? '') : undefined;
  if (of !== undefined) return { kind: 'withdrawn', of, marker: posted, history };
  const changed = !isMarker(current) || current.mac !== posted.mac;
  return { kind: 'posted', marker: posted, history, changed, unchecked: false };
}

/**
 * The marker of a body as posted: the creation in its complete `history`, written by
 * the Action's identity, whose marker verifies and whose text is the one its digest
 * was taken over; `none` when the creation holds no marker (never a report), `lost` when
 * GitHub no longer gives it, or it does not check.
 */
export async function creationMarker(history: History, trust: Trust): Promise<ParsedMarker | 'none' | 'lost'> {
  const creation = history.revisions[0];
  if (!creation || creation.body === undefined || !isIdentityLogin(creation.editor, trust.identity)) return 'lost';
  const marker = await verifiedMarker(creation.body, trust);
  if (marker === undefined || marker === 'other-account') return 'none';
  if (marker === 'rejected' || (await editedAfterPosting(creation.body, marker))) return 'lost';
  return marker;
}

/** The marker follow-up part `nodeId` (a comment of the Action's, edited) was posted with, from its own edit history. */
export async function postedPart(
  octokit: Octokit,
  repository: Repository,
  nodeId: string | undefined,
  trust: Trust,
  pages: number,
): Promise<ParsedMarker | 'none' | 'lost'> {
  if (!nodeId) return 'lost';
  const history = await commentHistory(octokit, repository, nodeId, pages);
  return history.complete ? creationMarker(history, trust) : 'lost';
}
