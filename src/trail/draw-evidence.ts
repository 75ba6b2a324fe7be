/**
 * Drawing up the evidence of a period from GitHub: the reports of ours that can list a
 * change of the period, each one's review (`review-state.ts`), and the rows
 * (`evidence.ts`), with the notes a reader must see. What the evidence command and the
 * Action's `mode: evidence` both run.
 *
 * What it costs: the labelled issues the trusted identity opened (REST's `creator`:
 * what others open costs nothing) updated since the period's start (less a day), 100 to a
 * request; then, per report of ours created since then (a report is created after
 * every change it lists, so an older one lists none of the period), its comments and,
 * when a box is ticked, its edit history (`review-state.ts`); and, for an issue of ours
 * whose body ends with no marker that verifies (an evidence issue, or a report whose
 * marker someone removed), the edit history's first page (`posted-marker.ts`). Issues
 * anyone else opens cost nothing.
 */
import { Temporal } from 'temporal-polyfill';
import { type TimeWindow, windowEndingAt } from '../core/mod.ts';
import { type EvidenceRow, evidenceRowsWithEmails } from './evidence.ts';
import { listLabelled, type Octokit } from './github.ts';
import { postedMarker } from './posted-marker.ts';
import type { ParsedMarker } from './marker.ts';
import type { IssueSummary, Trust } from './reported.ts';
import type { Repository } from './repository.ts';
import { reportsSince } from './reports.ts';
import { readReview, type ReportReview, type ReviewLimits } from './review-state.ts';
import type { Reviewers } from './reviewers.ts';

/**
 * The reports withdrawn as duplicates whose changes no other report read lists, each
 * reduced to those changes. A withdrawal is an unsigned note in an edit by the Action's
 * identity, which any workflow of the repository can make: it sets a report aside only
 * where the report it names (or any other) lists the same changes.
 */
async function unlistedWithdrawn(
  withdrawn: readonly { issue: IssueSummary; of: number; marker: ParsedMarker }[],
  reviews: readonly ReportReview[],
  notes: string[],
  read: (issue: IssueSummary, marker: ParsedMarker) => Promise<ReportReview>,
): Promise<ReportReview[]> {
  const listed = new Set(reviews.flatMap((review) => review.changes.map((change) => change.id)));
  const kept: ReportReview[] = [];
  for (const { issue, of, marker } of withdrawn) {
    const missing = new Set(marker.ids.filter((id) => !listed.has(id)));
    if (missing.size === 0) continue;
    notes.push(
      `#${issue.number}: its marker was withdrawn as a duplicate of #${of}, but no report lists ${missing.size} of its changes: they are read from the body as posted`,
    );
    const review = await read(issue, marker);
    kept.push({ ...review, changes: review.changes.filter((change) => missing.has(change.id)) });
  }
  return kept;
}

/** Whether `issue` carries `label` (GitHub compares labels without regard to case). */
function hasLabel(issue: IssueSummary, label: string): boolean {
  return (issue.labels ?? []).some((each) => (typeof each === 'string' ? each : each.name ?? '').toLowerCase() === label.toLowerCase());
}

/** The most an evidence run reads of one report: 500 revisions of its body, 2,000 comments. */
export const EVIDENCE_LIMITS: ReviewLimits = { historyPages: 25, commentPages: 20 };

/** Options of `drawEvidence`. */
export interface DrawOptions {
  /** The label that finds the reports (the Action's first label). */
  label: string;
  /** Changes made in this window. */
  period: TimeWindow;
  /** A high or medium change reported longer ago than this and not signed off is overdue. */
  reviewWithin: Temporal.Duration;
  reviewers: Reviewers;
  /** Who wrote the reports, their key(s), and the account (any when left out). */
  trust: Trust;
  /** The emails of Zendesk users, by id: asked only when a reviewer is mapped by email. */
  actorEmails?(ids: readonly number[]): Promise<Map<number, string>>;
  limits?: ReviewLimits;
}

/** The rows, the notes for a reader, and when GitHub drew them (its clock). */
export interface Drawn {
  rows: EvidenceRow[];
  notes: string[];
  /** GitHub's time when it answered the listing (epoch ms). */
  at: number;
  /** The reports read. */
  reports: ReportReview[];
}

/** Lines for a reader about what the review of `review` could not take at face value. */
export function reviewNotes(review: ReportReview): string[] {
  const number = `#${review.issue.number}`;
  const notes = review.edited.map((part) =>
    `${number}${
      part === 1 ? '' : ` part ${part}`
    }: edited after posting (it no longer matches what the Action signed, ticks aside): see its edit history on GitHub`
  );
  notes.push(...review.notes.map((note) => `${number}: ${note}`));
  notes.push(
    ...review.setAside.map((aside) => `${number}: a /reviewed comment by ${aside.login} (${aside.at}) is set aside: ${aside.why}`),
  );
  return notes;
}

/** The evidence of `options.period` in `repository` (see the module comment). */
export async function drawEvidence(octokit: Octokit, repository: Repository, options: DrawOptions): Promise<Drawn> {
  const from = reportsSince(options.period).getTime();
  const listing = await listLabelled(
    octokit,
    repository,
    // Every issue the Action opened, not only the labelled ones: whoever can triage can take
    // a label off a report, which must not take its changes out of the evidence.
    { since: new Date(from), creator: options.trust.identity.login },
    `list the issues ${options.trust.identity.login} opened`,
  );
  const reviews: ReportReview[] = [];
  const notes: string[] = [];
  const limits = options.limits ?? EVIDENCE_LIMITS;
  const withdrawn: { issue: IssueSummary; of: number; marker: ParsedMarker }[] = [];
  for (const issue of listing.issues) {
    if (Date.parse(issue.created_at ?? '') < from) continue;
    // What it was posted with, not what it says now: an edit can remove, break or replace its marker.
    const posted = await postedMarker(octokit, repository, issue, options.trust, limits.historyPages);
    if (posted.kind === 'none') continue;
    if (posted.kind === 'withdrawn') {
      withdrawn.push({ issue, of: posted.of, marker: posted.marker });
      continue;
    }
    if (posted.kind === 'lost') {
      notes.push(
        `#${issue.number}: its marker does not verify (edited, or signed with another key) and the body as posted is not in its edit history: the changes it lists are not in this evidence`,
      );
      continue;
    }
    if (!hasLabel(issue, options.label)) {
      notes.push(
        `#${issue.number}: a report without the label ${JSON.stringify(options.label)} (taken off after posting?): read all the same`,
      );
    }
    if (posted.changed) {
      notes.push(`#${issue.number}: its marker was removed or changed after posting: its changes are read from the body as posted`);
    }
    if (posted.unchecked) {
      notes.push(`#${issue.number}: its edit history is longer than was read: its marker could not be checked against the body as posted`);
    }
    reviews.push(await readReview(octokit, repository, issue, posted.marker, options.trust, limits, posted.history));
  }
  reviews.push(
    ...await unlistedWithdrawn(
      withdrawn,
      reviews,
      notes,
      (issue, marker) => readReview(octokit, repository, issue, marker, options.trust, limits),
    ),
  );
  const at = listing.at.getTime();
  const overdueBefore = windowEndingAt(Temporal.Instant.fromEpochMilliseconds(at), options.reviewWithin, 'UTC').start.epochMilliseconds;
  const rows = await evidenceRowsWithEmails(reviews, {
    start: options.period.start.epochMilliseconds,
    end: options.period.end.epochMilliseconds,
    overdueBefore,
    reviewers: options.reviewers,
  }, options.actorEmails);
  for (const review of reviews) notes.push(...reviewNotes(review));
  return { rows, notes, at, reports: reviews };
}
