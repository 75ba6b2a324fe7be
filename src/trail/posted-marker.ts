/**
 * A report whose body no longer ends with a marker that verifies, read as it was
 * posted. Whoever can edit issues can delete or break the marker of a report listing
 * their own change; were the evidence to skip such a report, the edit would hide the
 * change from the auditor. GitHub keeps the body as posted in the issue's edit history
 * (`edit-history.ts`) once the body is edited: its marker still verifies, and its digest
 * matches that text, so the rows come from there and the report counts as edited after
 * posting.
 *
 * A marker the Action itself withdrew (a report closed as another's duplicate, whose
 * changes the other lists: `withdrawMarker`) is told apart by its note, written in an
 * edit by the Action's identity; but that identity is shared by every workflow of the
 * repository, and the note is unsigned, so such a report is only set aside by the
 * caller where another report lists its changes (`withdrawn`).
 */
import { bodyHistory, type Revision } from './edit-history.ts';
import type { Octokit } from './github.ts';
import { editedAfterPosting, type ParsedMarker } from './marker.ts';
import { isPullRequest, type IssueSummary, type Trust, verifiedMarker, withdrawnOf, writtenBy } from './reported.ts';
import type { Repository } from './repository.ts';

/** What the edit history tells of a report of ours whose marker is gone. */
export type Posted =
  | { kind: 'posted'; marker: ParsedMarker }
  /** Written by the Action, edited, and the body as posted is not in the history (a revision deleted, or too many edits). */
  | { kind: 'lost' }
  /** Its newest edit, by the Action's identity, withdrew the marker as a duplicate of report `of`; `marker` as posted. */
  | { kind: 'withdrawn'; of: number; marker: ParsedMarker }
  /** Not ours, never edited, or another account's. */
  | { kind: 'none' };

/**
 * The marker `issue` (whose body ends with no marker that verifies) was posted with,
 * from its edit history (see the module comment); one GraphQL query per `HISTORY_PAGE`
 * revisions, at most `pages`.
 */
export async function postedMarker(
  octokit: Octokit,
  repository: Repository,
  issue: IssueSummary,
  trust: Trust,
  pages: number,
): Promise<Posted> {
  if (isPullRequest(issue) || !writtenBy(issue, trust.identity)) return { kind: 'none' };
  const history = await bodyHistory(octokit, repository, issue.number, pages);
  const newest = history.revisions.at(-1);
  if (!newest) return { kind: 'none' };
  const byUs = newest.editor?.toLowerCase() === trust.identity.login.toLowerCase();
  const duplicateOf = byUs ? withdrawnOf(issue.body ?? '') : undefined;
  const marker = await postedIn(history.revisions, trust);
  if (marker === 'other-account') return { kind: 'none' };
  if (!marker) return { kind: 'lost' };
  return duplicateOf === undefined ? { kind: 'posted', marker } : { kind: 'withdrawn', of: duplicateOf, marker };
}

/**
 * The marker of the body as posted among `revisions`: the first whose marker verifies and
 * whose text (ticks aside) is the one its digest was taken over; `other-account` for
 * another account's report.
 */
export async function postedIn(revisions: readonly Revision[], trust: Trust): Promise<ParsedMarker | 'other-account' | undefined> {
  for (const revision of revisions) {
    if (revision.body === undefined) continue;
    const marker = await verifiedMarker(revision.body, trust);
    if (marker === 'other-account') return marker;
    if (!marker || marker === 'rejected') continue;
    if (!(await editedAfterPosting(revision.body, marker))) return marker;
  }
  return undefined;
}
