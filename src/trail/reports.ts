/**
 * Finding this account's earlier reports: the listing a run makes before it reports.
 *
 * What a run reads of GitHub grows with its own reports in the window, never with what
 * others post. The labelled issues are listed whole (100 to a request), but comments are
 * read only under a report of ours, which the list entry alone tells: written by the
 * Action's identity and ending with a marker that verifies (`reportClaim`). Labelled
 * issues by anyone else, or by another workflow posting as `github-actions[bot]`, cost
 * one request per hundred, however many comments they carry.
 */
import type { TimeWindow } from '../core/mod.ts';
import { listComments, type Listing, listLabelled, type Octokit } from './github.ts';
import type { Repository } from './repository.ts';
import { type IssueSummary, reportClaim, type ReportIds, reportIdsOf, type Trust } from './reported.ts';

/** What a run's first listing saw: which issues, and when (GitHub's time). */
export interface FirstListing {
  at: Date;
  /** Every issue the listing returned. */
  numbers: ReadonlySet<number>;
}

export interface EarlierReports {
  /** The reports of ours among the listed issues, with what they list (bodies that failed to verify included, with no ids). */
  reports: ReportIds[];
  listing: FirstListing;
}

/** The reports of ours among `issues`, with the comments of those that have any. */
export async function readReports(
  octokit: Octokit,
  repository: Repository,
  issues: readonly IssueSummary[],
  trust: Trust,
): Promise<ReportIds[]> {
  const reports: ReportIds[] = [];
  for (const issue of issues) {
    const claim = await reportClaim(issue, trust);
    if (!claim) continue;
    const comments = claim !== 'rejected' && (issue.comments ?? 0) > 0 ? await listComments(octokit, repository, issue.number) : [];
    reports.push(await reportIdsOf({ issue, comments }, trust));
  }
  return reports;
}

/** The issues labelled `label` updated at or after `since` (open and closed), and the reports of ours among them. */
export async function findReports(
  octokit: Octokit,
  repository: Repository,
  label: string,
  since: Date,
  trust: Trust,
): Promise<EarlierReports> {
  const listing: Listing = await listLabelled(octokit, repository, { label, since }, `list the issues labelled ${JSON.stringify(label)}`);
  return {
    reports: await readReports(octokit, repository, listing.issues, trust),
    listing: { at: listing.at, numbers: new Set(listing.issues.map((issue) => issue.number)) },
  };
}

/**
 * Pages the labels hint reads at most, over all the other labels: it is a hint, and a
 * flood of issues under another label must not cost a request per hundred of them.
 */
export const HINT_PAGES = 3;

/**
 * The first of `labels` under which a report of ours (its body's marker verifies) was
 * updated since `since`, and how many such reports the pages read hold; undefined when
 * none is found within `HINT_PAGES` pages, newest first.
 */
export async function otherLabelWithReports(
  octokit: Octokit,
  repository: Repository,
  labels: readonly string[],
  since: Date,
  trust: Trust,
): Promise<{ label: string; reports: number } | undefined> {
  let budget = HINT_PAGES;
  for (const label of labels) {
    if (budget <= 0) return undefined;
    const listing = await listLabelled(
      octokit,
      repository,
      { label, since, pages: budget },
      `list the issues labelled ${JSON.stringify(label)}`,
    );
    budget -= listing.pages;
    let reports = 0;
    for (const issue of listing.issues) {
      const claim = await reportClaim(issue, trust);
      if (claim && claim !== 'rejected') reports++;
    }
    if (reports > 0) return { label, reports };
  }
  return undefined;
}

/** Reports are looked for from this long before a window's start: GitHub's and Zendesk's clocks differ. */
const SINCE_MARGIN_MS = 24 * 3600_000;

/** The `since` of the issues list for a window (of an audit, or an evidence period): its start less a day. */
export function reportsSince(window: TimeWindow): Date {
  return new Date(window.start.epochMilliseconds - SINCE_MARGIN_MS);
}
