/**
 * Which audit-log ids earlier runs already reported, read from the id markers of
 * earlier report issues and of their follow-up comments.
 */
import { readIdMarkers } from '../core/mod.ts';

/** The fields of a GitHub issue (from the REST list) that this reads. */
export interface IssueSummary {
  number: number;
  body?: string | null;
  user?: { login: string } | null;
  /** How many comments the issue has. */
  comments?: number;
  /** Present on pull requests, which the issues list also returns. */
  pull_request?: unknown;
}

/** The fields of an issue comment that this reads. */
export interface CommentSummary {
  body?: string | null;
  user?: { login: string } | null;
}

/** An earlier report: the issue and its comments (empty when it has none). */
export interface EarlierReport {
  issue: IssueSummary;
  comments: readonly CommentSummary[];
}

/** The issues REST list returns pull requests too; they are never reports. */
export function isPullRequest(issue: IssueSummary): boolean {
  return issue.pull_request !== undefined && issue.pull_request !== null;
}

/**
 * Every id carried by the markers of `reports`: in each issue body, and in the
 * comments written by the issue's own author (the Action posts its follow-up parts
 * as the account that opened the issue). A marker pasted into someone else's comment
 * cannot hide a change. Open and closed reports count alike.
 */
export function reportedIds(reports: Iterable<EarlierReport>): Set<number> {
  const ids = new Set<number>();
  for (const { issue, comments } of reports) {
    if (isPullRequest(issue)) continue;
    for (const id of readIdMarkers(issue.body ?? '')) ids.add(id);
    const author = issue.user?.login;
    if (!author) continue;
    for (const comment of comments) {
      if (comment.user?.login !== author) continue;
      for (const id of readIdMarkers(comment.body ?? '')) ids.add(id);
    }
  }
  return ids;
}
