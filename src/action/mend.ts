/**
 * Mending a race. Two runs of one account at once (no `concurrency` group) can both see a
 * change as new and both report it; then the report with the higher number is closed as
 * a duplicate of the lower one, and what the lower one lacks is reported by the next run.
 *
 * Which reports race. A run lists the earlier reports at GitHub's time T (the first
 * listing; every marker it writes signs T as `listed`) and opens its report R after.
 * Another report of ours can list a change R lists only if it was not there, with a
 * marker that verifies, when the first listing was read: it was created after T. So a
 * report L races R when L is ours, for this account, open, numbered lower than R,
 * created at or after T (less `RACE_MARGIN_MS` for GitHub's clocks and whole seconds),
 * and lists any id R lists. A report that existed at the first listing is never a racer,
 * whatever its marker says later: an edit that breaks a report's marker before a run and
 * restores it after the run's create makes that run report the report's changes again
 * (at worst a duplicate), never withdraw its own new ones.
 *
 * Who mends. The run itself, right after posting (`mendRace`): it lists again, newest
 * first, only down to the first issue its first listing returned or created before T,
 * and reads comments only of new reports of ours, so the second listing costs a request
 * or two whatever else the repository holds.
 * Should that run be stopped before its commit point (`closeAsDuplicate`), both reports
 * stay open; the next run finds them in its own listing and, from the signed `listed`
 * of R's marker (which nobody without the key can change), takes the same decision
 * (`mendUnfinished`). Either way each change ends up in exactly one open report, or is
 * reported again by the next run.
 */
import { listLabelled, type Octokit } from '../trail/github.ts';
import type { Repository } from '../trail/repository.ts';
import { closeAsDuplicate, type OpenedIssue } from './issues.ts';
import { type IssueSummary, type ReportIds, type Trust, withdrawMarker, withdrawnNote } from '../trail/reported.ts';
import { type FirstListing, readReports } from '../trail/reports.ts';

/**
 * How much earlier than the first listing a racing report may seem created: GitHub's
 * times are whole seconds, come from more than one server, and the `Date` header of the
 * first page is written after the page was read. Too small a margin would miss a racer
 * (a duplicate report, never a lost change); too large a one would let a report created
 * just before the run pass for a racer, so it stays a few seconds.
 */
export const RACE_MARGIN_MS = 10_000;

/** A listing time as markers sign it: whole seconds. */
export function listedSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** What is known of a report when looking for what raced it. */
export interface Raced {
  number: number;
  /** Its run's first listing (`listedSeconds`). */
  listed: number;
  ids: ReadonlySet<number>;
}

/** The earliest moment a report racing one whose run listed at `listed` can have been created. */
function racersFrom(listed: number): number {
  return listed * 1000 - RACE_MARGIN_MS;
}

/** Whether `other` raced `report` (see the module comment). */
export function races(report: Raced, other: ReportIds): boolean {
  const created = Date.parse(other.issue.created_at ?? '');
  return other.issue.number < report.number && other.issue.state !== 'closed' && created >= racersFrom(report.listed) &&
    other.signed.some((id) => report.ids.has(id));
}

/** The lowest-numbered of `reports` that raced `report`, if any. */
export function lowestRacer(report: Raced, reports: Iterable<ReportIds>): ReportIds | undefined {
  let lowest: ReportIds | undefined;
  for (const other of reports) {
    if (races(report, other) && (!lowest || other.issue.number < lowest.issue.number)) lowest = other;
  }
  return lowest;
}

function openedOf(issue: IssueSummary): OpenedIssue {
  return { number: issue.number, url: issue.html_url ?? '', ...(issue.id === undefined ? {} : { id: issue.id }) };
}

async function close(octokit: Octokit, repository: Repository, issue: OpenedIssue, of: OpenedIssue, trust: Trust): Promise<void> {
  await closeAsDuplicate(octokit, repository, issue, of, {
    identity: trust.identity,
    withdraw: (body) => withdrawMarker(body, withdrawnNote(of.number)),
  });
}

/**
 * After opening `issue` with `ids`: when a report of ours created since `first` (this
 * run's first listing) and numbered lower lists any of the same changes, another run
 * raced this one; then `issue` is closed as a duplicate of the lowest such report,
 * which is returned.
 */
export async function mendRace(
  octokit: Octokit,
  repository: Repository,
  options: { issue: OpenedIssue; ids: readonly number[]; trust: Trust; label: string; first: FirstListing },
): Promise<OpenedIssue | undefined> {
  const listed = listedSeconds(options.first.at);
  const from = racersFrom(listed);
  // Newest first, down to the first issue that the first listing returned or that is
  // older than any racer can be: everything after it existed before this run listed.
  const seen = options.first.numbers;
  const { issues } = await listLabelled(
    octokit,
    repository,
    {
      label: options.label,
      since: new Date(from),
      until: (issue) => seen.has(issue.number) || !(Date.parse(issue.created_at ?? '') >= from),
    },
    `list the reports opened since #${options.issue.number}'s run began`,
  );
  const newcomers = issues.filter((issue) => issue.number < options.issue.number && issue.state !== 'closed');
  const reports = await readReports(octokit, repository, newcomers, options.trust);
  const racer = lowestRacer({ number: options.issue.number, listed, ids: new Set(options.ids) }, reports);
  if (!racer) return undefined;
  const of = openedOf(racer.issue);
  await close(octokit, repository, options.issue, of, options.trust);
  return of;
}

/**
 * The mends that runs stopped before their commit point left undone, among `reports`
 * (this run's listing): each open report that another one raced is closed as its
 * duplicate, lowest first, and told to `onMended`. Returns the reports that still count.
 */
export async function mendUnfinished(
  octokit: Octokit,
  repository: Repository,
  reports: readonly ReportIds[],
  trust: Trust,
  onMended: (closed: OpenedIssue, of: OpenedIssue) => void,
): Promise<ReportIds[]> {
  const counting = [...reports].sort((a, b) => a.issue.number - b.issue.number);
  for (const report of [...counting]) {
    if (report.listed === undefined || report.issue.state === 'closed') continue;
    const racer = lowestRacer({ number: report.issue.number, listed: report.listed, ids: new Set(report.signed) }, counting);
    if (!racer) continue;
    const closed = openedOf(report.issue);
    const of = openedOf(racer.issue);
    await close(octokit, repository, closed, of, trust);
    counting.splice(counting.indexOf(report), 1);
    onMended(closed, of);
  }
  return counting;
}
