/**
 * Reading one report's review from GitHub: what it lists (its bodies' verified markers),
 * which bodies were edited after posting, and every sign-off (`sign-offs.ts`). What the
 * evidence and the reminders build on.
 *
 * What it costs, per report of ours (the listing told which): one comments page per
 * hundred comments, none for a report without comments; and the body's edit history
 * (one GraphQL query per `HISTORY_PAGE` revisions) only when a box is ticked now: with
 * none ticked, no tick can stand, whoever ticked and unticked before.
 */
import { bodyDigest, taskLines } from './body-digest.ts';
import { bodyHistory, type History } from './edit-history.ts';
import { postedPart } from './posted-marker.ts';
import { listComments, type Octokit } from './github.ts';
import { bodyBeforeMarker, editedAfterPosting, type ParsedMarker } from './marker.ts';
import { type CommentSummary, editedSinceCreated, type IssueSummary, type Trust, verifiedMarker, writtenBy } from './reported.ts';
import type { Repository } from './repository.ts';
import type { RowData } from './row-data.ts';
import { commentSignOffs, type SetAside, type SignOff, type Tick, tickSignOffs } from './sign-offs.ts';

/**
 * The marker of follow-up part `comment` (a comment of the Action's), and whether it is
 * read from the comment as posted because an edit changed it (`posted-marker.ts`).
 */
async function readPart(
  octokit: Octokit,
  repository: Repository,
  comment: CommentSummary,
  trust: Trust,
  limits: ReviewLimits,
): Promise<{ marker?: ParsedMarker; changed: boolean; notes: string[] }> {
  const current = await verifiedMarker(comment.body, trust);
  const found = typeof current === 'object' ? current : undefined;
  const which = `a comment by the Action (id ${comment.id ?? 'unknown'})`;
  if (!editedSinceCreated(comment)) {
    if (current !== 'rejected') return { ...(found ? { marker: found } : {}), changed: false, notes: [] };
    return { changed: false, notes: [`${which} carries a marker that does not verify: any changes it lists are not in this evidence`] };
  }
  const posted = await postedPart(octokit, repository, comment.node_id, trust, limits.historyPages);
  if (posted === 'none') return { changed: false, notes: [] };
  if (posted === 'lost') {
    const what = found ? 'its changes are read from its current marker, unchecked' : 'any changes it listed are not in this evidence';
    return {
      ...(found ? { marker: found } : {}),
      changed: true,
      notes: [`${which} was edited after posting and the comment as posted is not in its edit history: ${what}`],
    };
  }
  const changed = found?.mac !== posted.mac;
  const notes = changed
    ? [`${which} was edited after posting and its marker removed or changed: its changes are read from the comment as posted`]
    : [];
  return { marker: posted, changed, notes };
}

/** One change a report lists. */
export interface ListedChange {
  id: number;
  row: RowData;
  /** Which body lists it (1: the issue's, 2 and on: the comments that continue it). */
  part: number;
}

/** What GitHub says of one report's review. */
export interface ReportReview {
  issue: IssueSummary;
  /** The Zendesk account its markers name. */
  account: string;
  changes: ListedChange[];
  /** The parts whose body no longer matches what was posted (ticks aside). */
  edited: number[];
  /** The ticked "Needs attention" boxes, by the id each stands for. */
  ticks: Map<number, Tick>;
  /** The `/reviewed` comments' sign-offs, by id. */
  comments: Map<number, SignOff[]>;
  /** `/reviewed` comments that sign off nothing. */
  setAside: SetAside[];
  /** What could not be read in full, said for a person. */
  notes: string[];
  /** The comments read, oldest first. */
  commentList: CommentSummary[];
}

/** Limits on what one report may cost. */
export interface ReviewLimits {
  /** Most pages of the body's edit history (of `HISTORY_PAGE` revisions). */
  historyPages: number;
  /** Most pages of comments (of 100). */
  commentPages: number;
}

/** The first revision of `revisions` whose text is the body as posted under `marker` (its digest matches), if any. */
async function postedRevision(revisions: readonly { body?: string }[], marker: ParsedMarker): Promise<string | undefined> {
  for (const revision of revisions) {
    if (revision.body !== undefined && (await bodyDigest(bodyBeforeMarker(revision.body))) === marker.digest) return revision.body;
  }
  return undefined;
}

/**
 * The review of `issue`, whose own body ends with `marker` (verified, written by the
 * trusted identity: `reportClaim`).
 */
export async function readReview(
  octokit: Octokit,
  repository: Repository,
  issue: IssueSummary,
  marker: ParsedMarker,
  trust: Trust,
  limits: ReviewLimits,
  /** The body's edit history, when the caller has read it already. */
  known?: History,
): Promise<ReportReview> {
  let history = known;
  const notes: string[] = [];
  const body = issue.body ?? '';
  const count = issue.comments ?? 0;
  const comments: CommentSummary[] = count > 0 ? await listComments(octokit, repository, issue.number, limits.commentPages) : [];
  if (comments.length < count) notes.push(`only the first ${comments.length} of its ${count} comments were read`);

  const changes: ListedChange[] = marker.ids.map((id, index) => ({ id, row: marker.rows[index]!, part: 1 }));
  const edited: number[] = (await editedAfterPosting(body, marker)) ? [1] : [];
  let part = 1;
  for (const comment of comments) {
    if (!writtenBy(comment, trust.identity)) continue;
    const read = await readPart(octokit, repository, comment, { ...trust, account: marker.account }, limits);
    notes.push(...read.notes);
    if (!read.marker) continue;
    const listed = read.marker;
    part++;
    changes.push(...listed.ids.map((id, index) => ({ id, row: listed.rows[index]!, part })));
    if (read.changed || await editedAfterPosting(comment.body ?? '', listed)) edited.push(part);
  }
  // Whoever can edit issues can delete a comment: a part missing is said, not passed over.
  if (marker.parts !== undefined && part < marker.parts && comments.length >= count) {
    const missing = marker.parts - part;
    notes.push(
      `it was posted in ${marker.parts} parts and ${part} are here: the changes of the ${
        missing === 1 ? 'other' : `other ${missing}`
      } (a comment deleted, or a run stopped between parts) are not in this evidence`,
    );
  }

  let ticks = new Map<number, Tick>();
  if (taskLines(body).some((line) => line.ticked)) {
    history ??= await bodyHistory(octokit, repository, issue.number, limits.historyPages);
    if (!history.complete) notes.push(`only the newest ${history.revisions.length} revisions of its edit history were read`);
    const posted = edited.includes(1) ? await postedRevision(history.revisions, marker) : body;
    if (posted === undefined) {
      notes.push('its body was edited and the body as posted is not in its edit history: no tick can be told apart');
    } else {
      ticks = tickSignOffs({
        posted: taskLines(posted).map((line) => line.text),
        tasks: marker.tasks,
        revisions: history.revisions,
        complete: history.complete,
        current: body,
        identity: trust.identity,
      });
    }
    const unattributed = [...ticks].filter(([, tick]) => tick === 'unattributed').map(([id]) => id);
    if (unattributed.length) {
      notes.push(`the ticks of ${unattributed.join(', ')} are in no revision GitHub still gives in full: not accepted`);
    }
  }
  const listed = new Set(changes.map((change) => change.id));
  const { signOffs, setAside } = commentSignOffs(comments, listed, trust.identity);
  return { issue, account: marker.account, changes, edited, ticks, comments: signOffs, setAside, notes, commentList: comments };
}
