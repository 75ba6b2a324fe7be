/**
 * The evidence: one row per reported change of a period, with who signed it off and
 * when, for an auditor who samples changes and asks for the approver and the time
 * (SOC 2 CC8.1), and whether its report was edited after posting (ISO 27001 A.8.15).
 *
 * Every field comes from what nobody who can only edit issues can change: the row's
 * time, actor, setting and severity from the signed marker of the body that lists it;
 * the report's number, URL and time from GitHub; the sign-offs from GitHub's edit
 * history and comment authors (`sign-offs.ts`); the edit flag from the signed digest.
 *
 * Status, for each change (when several reports list it, their sign-offs together; its
 * report is the first):
 *
 * - `reviewed`: signed off by someone who is not its actor (the earliest such sign-off
 *   standing is the reviewer);
 * - `self-reviewed`: signed off only by the GitHub login mapped to its own Zendesk actor
 *   (`reviewers.ts`): shown, not accepted;
 * - `overdue`: a high or medium change not signed off, reported longer ago than
 *   `review-within`;
 * - `waiting`: the rest (a low or unranked change is never overdue: nobody is asked to
 *   review it, though a `/reviewed` comment may sign it off).
 */
import { isSensitive, SEVERITIES, type Severity } from '../core/mod.ts';
import type { ReportReview } from './review-state.ts';
import { isSelf, type Reviewers, usesEmails } from './reviewers.ts';
import type { SignOff } from './sign-offs.ts';

export const STATUSES = ['reviewed', 'self-reviewed', 'waiting', 'overdue'] as const;
export type Status = (typeof STATUSES)[number];

/** One reported change, as the evidence lists it. */
export interface EvidenceRow {
  id: number;
  account: string;
  /** When the change was made (UTC, ISO 8601), or null when its report did not say. */
  created_at: string | null;
  actor_id: number | null;
  source_label: string;
  severity: Severity | null;
  /** High or medium. */
  sensitive: boolean;
  report: { number: number; url: string };
  status: Status;
  /** Who signed it off (for `self-reviewed`, its own actor's login), or null. */
  reviewer: string | null;
  reviewed_at: string | null;
  /** Hours from the report to the sign-off, to a tenth, for `reviewed`; else null. */
  hours_to_review: number | null;
  /** Whether the body that lists it, or the report's first body with its review items, was edited after posting (ticks aside). */
  edited_after_posting: boolean;
}

/** Options of `evidenceRows`. */
export interface EvidenceOptions {
  /** The period: changes made from `start` to `end` (epoch milliseconds, both inclusive). */
  start: number;
  end: number;
  /** A waiting high or medium change whose report was opened before this (epoch ms) is overdue. */
  overdueBefore: number;
  reviewers: Reviewers;
  /** Actors' emails, by Zendesk user id, when a reviewer is mapped by email. */
  actorEmails?: ReadonlyMap<number, string>;
}

/** One change and the reports that list it. */
interface Listed {
  account: string;
  id: number;
  reviews: ReportReview[];
}

const byTime = (a: SignOff, b: SignOff) => Date.parse(a.at) - Date.parse(b.at) || a.login.localeCompare(b.login);

const iso = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'));

function reportedAt(review: ReportReview): number {
  return Date.parse(review.issue.created_at ?? '');
}

/** The standing sign-offs of change `id` in `review`: its ticked box's, and its `/reviewed` comments'. */
function signOffsIn(review: ReportReview, id: number): SignOff[] {
  const tick = review.ticks.get(id);
  return [...(tick && tick !== 'unattributed' ? [tick] : []), ...(review.comments.get(id) ?? [])];
}

/** The evidence rows of `reviews`, for the changes made in the period, oldest first. */
export function evidenceRows(reviews: readonly ReportReview[], options: EvidenceOptions): EvidenceRow[] {
  const changes = new Map<string, Listed>();
  const ordered = [...reviews].sort((a, b) => reportedAt(a) - reportedAt(b) || a.issue.number - b.issue.number);
  for (const review of ordered) {
    for (const change of review.changes) {
      const key = `${review.account} ${change.id}`;
      const listed = changes.get(key) ?? { account: review.account, id: change.id, reviews: [] };
      if (!listed.reviews.includes(review)) listed.reviews.push(review);
      changes.set(key, listed);
    }
  }
  const rows: EvidenceRow[] = [];
  for (const { account, id, reviews: listing } of changes.values()) {
    const first = listing[0]!;
    const { row } = first.changes.find((change) => change.id === id)!;
    const made = row.createdAt === null ? Number.NaN : row.createdAt * 1000;
    if (!(made >= options.start && made <= options.end)) continue;
    const signOffs = listing.flatMap((review) => signOffsIn(review, id)).sort(byTime);
    const email = row.actorId === null ? undefined : options.actorEmails?.get(row.actorId);
    const self = (signOff: SignOff) => isSelf(options.reviewers, signOff.login, row.actorId, email);
    const accepted = signOffs.find((signOff) => !self(signOff));
    const own = signOffs.find(self);
    const sensitive = isSensitive(row.severity);
    const since = reportedAt(first);
    const status: Status = accepted
      ? 'reviewed'
      : own
      ? 'self-reviewed'
      : sensitive && since < options.overdueBefore
      ? 'overdue'
      : 'waiting';
    const shown = accepted ?? own;
    const edited = listing.some((review) => {
      const part = review.changes.find((change) => change.id === id)!.part;
      return review.edited.includes(part) || review.edited.includes(1);
    });
    rows.push({
      id,
      account,
      created_at: iso(row.createdAt),
      actor_id: row.actorId,
      source_label: row.label,
      severity: row.severity,
      sensitive,
      report: { number: first.issue.number, url: first.issue.html_url ?? '' },
      status,
      reviewer: shown?.login ?? null,
      reviewed_at: shown?.at ?? null,
      hours_to_review: accepted ? Math.max(0, Math.round((Date.parse(accepted.at) - since) / 360_000) / 10) : null,
      edited_after_posting: edited,
    });
  }
  return rows.sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id - b.id);
}

/** What the evidence's summary counts. */
export interface EvidenceSummary {
  total: number;
  byStatus: Record<Status, number>;
  /** Per severity (and `none` for a change no rule ranked), per status. */
  bySeverity: Record<Severity | 'none', Record<Status, number>>;
  /** The median of `hours_to_review` over the reviewed changes, or null when none is. */
  medianHours: number | null;
  /** The reports edited after posting, by number. */
  editedReports: number[];
}

const zeroes = (): Record<Status, number> => ({ reviewed: 0, 'self-reviewed': 0, waiting: 0, overdue: 0 });

/** Counts by status and severity, the median time to review, and the edited reports. */
export function summarise(rows: readonly EvidenceRow[]): EvidenceSummary {
  const byStatus = zeroes();
  const bySeverity = Object.fromEntries([...SEVERITIES, 'none'].map((severity) => [severity, zeroes()])) as EvidenceSummary['bySeverity'];
  const hours: number[] = [];
  const edited = new Set<number>();
  for (const row of rows) {
    byStatus[row.status]++;
    bySeverity[row.severity ?? 'none'][row.status]++;
    if (row.hours_to_review !== null) hours.push(row.hours_to_review);
    if (row.edited_after_posting) edited.add(row.report.number);
  }
  hours.sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  const medianHours = hours.length === 0
    ? null
    : hours.length % 2
    ? hours[middle]!
    : Math.round(((hours[middle - 1]! + hours[middle]!) / 2) * 10) / 10;
  return { total: rows.length, byStatus, bySeverity, medianHours, editedReports: [...edited].sort((a, b) => a - b) };
}

/**
 * `evidenceRows`, with the emails of the actors whose changes were signed off asked of
 * Zendesk (`emailsOf`) when the mapping names anyone by email: a sign-off by the login
 * mapped to the actor's email is a self-review. Nothing is asked otherwise.
 */
export async function evidenceRowsWithEmails(
  reviews: readonly ReportReview[],
  options: Omit<EvidenceOptions, 'actorEmails'>,
  emailsOf?: (ids: readonly number[]) => Promise<ReadonlyMap<number, string>>,
): Promise<EvidenceRow[]> {
  const rows = evidenceRows(reviews, options);
  if (!emailsOf || !usesEmails(options.reviewers)) return rows;
  const actors = [...new Set(rows.filter((row) => row.reviewer !== null).map((row) => row.actor_id))];
  const ids = actors.filter((id): id is number => id !== null);
  return ids.length === 0 ? rows : evidenceRows(reviews, { ...options, actorEmails: await emailsOf(ids) });
}
