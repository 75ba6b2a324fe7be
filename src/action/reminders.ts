/**
 * Reminders: each run of the audit also looks at the open reports older than
 * `review-within` that hold high or medium changes, and comments once per report per
 * period listing those not signed off (a self-review is no sign-off), mentioning only
 * the `sensitive-assignees`, and never any Zendesk text: audit-log ids, severities and
 * times are all a reminder says. The job summary lists the overdue reviews; the output
 * `overdue-count` counts their changes.
 *
 * Once per period: a reminder ends with a signed marker (`reminder-marker.ts`) with its
 * time; a report gets another only when the last reminder that counts is a period old.
 * Times are GitHub's (its `Date` header and the comments' times), not the runner's.
 *
 * What it costs, against `GITHUB_TOKEN`'s 1,000 requests an hour: one request per
 * hundred open labelled issues the Action's identity opened (REST's `creator` filter:
 * what others open costs nothing,
 * https://docs.github.com/en/rest/issues/issues#list-repository-issues); then, for at most `MAX_REPORTS` reports of ours that are old enough
 * and rank a change high or medium, their comments (at most `LIMITS.commentPages`
 * pages) and, when a box is ticked, the edit history (at most `LIMITS.historyPages`
 * GraphQL queries); and one comment per report due. More reports than that are taken
 * from a random place in the list, so every one comes up within a few runs.
 */
import * as core from '@actions/core';
import { Temporal } from 'temporal-polyfill';
import { neutralise, plural, type Severity, windowEndingAt, ZoneClock } from '../core/mod.ts';
import { type EvidenceRow, evidenceRowsWithEmails } from '../trail/evidence.ts';
import { call, listLabelled, type Octokit } from '../trail/github.ts';
import { postedMarker } from '../trail/posted-marker.ts';
import { reportClaim, type Trust, writtenBy } from '../trail/reported.ts';
import type { Repository } from '../trail/repository.ts';
import { readReview, type ReportReview, type ReviewLimits } from '../trail/review-state.ts';
import type { Reviewers } from '../trail/reviewers.ts';
import type { Connections } from './connections.ts';
import type { ActionInputs } from './inputs.ts';
import { CLOCK_SKEW_MS, reminderMarker, verifiedReminder } from './reminder-marker.ts';

/** Most reports one run looks into. */
export const MAX_REPORTS = 25;
/** What one report may cost a run: 100 revisions of its body, 1,000 comments. */
export const LIMITS: ReviewLimits = { historyPages: 5, commentPages: 10 };
/** Most ids a reminder lists; the rest are counted. */
const MAX_IDS_SHOWN = 50;

/** One report with reviews overdue. */
export interface OverdueReport {
  number: number;
  url: string;
  /** When it was reported (epoch ms). */
  reported: number;
  /** Its high and medium changes not signed off (self-reviews among them). */
  waiting: EvidenceRow[];
  /** When it was reminded: now (`posted`), earlier (`at`, epoch ms), or not now in a dry run. */
  reminder: { kind: 'posted' } | { kind: 'earlier'; at: number } | { kind: 'dry-run' };
}

export interface Reminders {
  overdue: OverdueReport[];
  /** Reports of ours old enough that hold high or medium changes, and how many of them were looked into. */
  candidates: number;
  examined: number;
}

/** What a run of reminders needs. */
export interface ReminderOptions {
  repository: Repository;
  label: string;
  trust: Trust;
  reviewWithin: Temporal.Duration;
  /** `review-within` as written, for the reminder's text. */
  reviewWithinText: string;
  reviewers: Reviewers;
  /** Users a reminder mentions. */
  mention: readonly string[];
  dryRun: boolean;
  clock: ZoneClock;
  actorEmails?(ids: readonly number[]): Promise<Map<number, string>>;
  /** Stands in for Math.random (tests). */
  random?(): number;
}

/**
 * `max` of `items`, in order, from a random place (wrapping round), so that a run that
 * cannot look at every report still comes to each within a few runs.
 */
export function rotation<T>(items: readonly T[], max: number, random: () => number = Math.random): T[] {
  if (items.length <= max) return [...items];
  const start = Math.floor(random() * items.length) % items.length;
  return Array.from({ length: max }, (_, index) => items[(start + index) % items.length]!);
}

/** When the last reminder that counts was posted on `review`'s issue (epoch ms), if any. */
async function lastReminder(review: ReportReview, trust: Trust): Promise<number | undefined> {
  const keys = [trust.key, ...(trust.formerKeys ?? [])];
  let last: number | undefined;
  for (const comment of review.commentList) {
    if (!writtenBy(comment, trust.identity)) continue;
    const claim = await verifiedReminder(comment.body ?? '', keys);
    const posted = Date.parse(comment.created_at ?? '');
    if (!claim || claim.issue !== review.issue.number || claim.account !== review.account) continue;
    if (!(Math.abs(claim.at * 1000 - posted) <= CLOCK_SKEW_MS)) continue;
    last = Math.max(last ?? posted, posted);
  }
  return last;
}

function severityCount(rows: readonly EvidenceRow[]): string {
  const count = (severity: Severity) => rows.filter((row) => row.severity === severity).length;
  return [['high', count('high')], ['medium', count('medium')]].filter(([, n]) => n).map(([name, n]) => `${n} ${name}`).join(' and ');
}

/** The text of a reminder: ids, severities and times only (no Zendesk text), the mentions, and the signed marker. */
export function reminderText(
  report: { reported: number; waiting: readonly EvidenceRow[]; parts: ReadonlyMap<number, number> },
  options: Pick<ReminderOptions, 'reviewWithinText' | 'mention' | 'clock'>,
  marker: string,
): string {
  const shown = report.waiting.slice(0, MAX_IDS_SHOWN).map((row) => {
    const part = report.parts.get(row.id) ?? 1;
    const self = row.status === 'self-reviewed' ? ' (self-reviewed by its actor: not accepted)' : '';
    return `- ${row.severity}: audit log ${row.id}${part > 1 ? ` (row in part ${part})` : ''}${self}`;
  });
  if (report.waiting.length > shown.length) shown.push(`- …and ${plural(report.waiting.length - shown.length, 'more')}`);
  const mentions = options.mention.length ? `\n\ncc ${options.mention.map((login) => `@${login}`).join(' ')}` : '';
  return [
    '### ⏰ Review overdue',
    '',
    `${severityCount(report.waiting)} change${report.waiting.length === 1 ? '' : 's'} of this report wait${
      report.waiting.length === 1 ? 's' : ''
    } for a sign-off, ${neutralise(options.reviewWithinText)} after ${options.clock.text(report.reported)}:`,
    '',
    ...shown,
    '',
    `Tick a change's item under "Needs attention", or comment \`/reviewed ID [ID…] [note]\`; a sign-off by the change's own actor does not count.${mentions}`,
    '',
    marker,
    '',
  ].join('\n');
}

/**
 * Looks at the open reports of ours older than `review-within` (see the module comment),
 * reminds those due, and says what is overdue.
 */
export async function remindOverdue(octokit: Octokit, options: ReminderOptions): Promise<Reminders> {
  const { repository, trust } = options;
  const listing = await listLabelled(
    octokit,
    repository,
    { label: options.label, state: 'open', direction: 'asc', creator: trust.identity.login },
    `list the open issues labelled ${JSON.stringify(options.label)}`,
  );
  const now = listing.at.getTime();
  const cutoff = windowEndingAt(Temporal.Instant.fromEpochMilliseconds(now), options.reviewWithin, 'UTC').start.epochMilliseconds;
  const candidates = [];
  for (const issue of listing.issues) {
    if (!(Date.parse(issue.created_at ?? '') <= cutoff)) continue;
    const marker = await reportClaim(issue, trust);
    // A report with a high or medium change lists it under "Needs attention": its first body's marker names the tasks.
    // One whose marker was removed or broken is a candidate too: an edit must not silence its reminders.
    if (marker === undefined || marker === 'rejected' || marker.tasks.length > 0) candidates.push(issue);
  }
  const chosen = rotation(candidates, MAX_REPORTS, options.random);
  const overdue: OverdueReport[] = [];
  for (const issue of chosen) {
    // What it was posted with, as the evidence reads it (`posted-marker.ts`).
    const posted = await postedMarker(octokit, repository, issue, trust, LIMITS.historyPages);
    if (posted.kind !== 'posted' || posted.marker.tasks.length === 0) continue;
    const review = await readReview(octokit, repository, issue, posted.marker, trust, LIMITS, posted.history);
    const rows = await evidenceRowsWithEmails([review], {
      start: -Infinity,
      end: Infinity,
      overdueBefore: cutoff,
      reviewers: options.reviewers,
    }, options.actorEmails);
    const waiting = rows.filter((row) => row.sensitive && (row.status === 'overdue' || row.status === 'self-reviewed'));
    if (waiting.length === 0) continue;
    const reported = Date.parse(issue.created_at ?? '');
    const last = await lastReminder(review, trust);
    const entry = { number: issue.number, url: issue.html_url ?? '', reported, waiting };
    if (last !== undefined && last > cutoff) {
      overdue.push({ ...entry, reminder: { kind: 'earlier', at: last } });
      continue;
    }
    if (options.dryRun) {
      overdue.push({ ...entry, reminder: { kind: 'dry-run' } });
      continue;
    }
    const signed = await reminderMarker(trust.key, { account: review.account, issue: issue.number, at: Math.floor(now / 1000) });
    const parts = new Map(review.changes.map((change) => [change.id, change.part]));
    const body = reminderText({ reported, waiting, parts }, options, signed);
    await call(
      `post a review reminder on issue #${issue.number}`,
      repository,
      () => octokit.rest.issues.createComment({ ...repository, issue_number: issue.number, body }),
    );
    overdue.push({ ...entry, reminder: { kind: 'posted' } });
  }
  return { overdue, candidates: candidates.length, examined: chosen.length };
}

/** The job summary's section on overdue reviews; '' when none is. */
export function overdueSection(reminders: Reminders, clock: ZoneClock): string {
  if (reminders.overdue.length === 0) return '';
  const lines = reminders.overdue.map((report) => {
    const when = report.reminder.kind === 'posted'
      ? 'reminded now'
      : report.reminder.kind === 'dry-run'
      ? 'a reminder is due (dry run: none posted)'
      : `reminded ${clock.text(report.reminder.at)}`;
    return `- [#${report.number}](${report.url}): ${severityCount(report.waiting)} not signed off since ${
      clock.text(report.reported)
    }; ${when}`;
  });
  const unread = reminders.candidates - reminders.examined;
  const more = unread > 0 ? [`- ${plural(unread, 'more open report')} not looked at this run (at most ${MAX_REPORTS} a run)`] : [];
  const count = reminders.overdue.reduce((sum, report) => sum + report.waiting.length, 0);
  return ['', `### ⏰ Reviews overdue: ${plural(count, 'change')}`, '', ...lines, ...more, ''].join('\n');
}

/** The reminders of an audit run: looks, reminds, sets `overdue-count` and adds the overdue reviews to the job summary. */
export async function runReminders(
  inputs: ActionInputs,
  connections: Connections,
  writeSummary: (text: string) => Promise<void>,
): Promise<void> {
  const clock = new ZoneClock(inputs.zone);
  const reminders = await remindOverdue(connections.octokit, {
    repository: inputs.repository,
    label: inputs.labels[0]!,
    trust: await connections.trust(),
    reviewWithin: inputs.reviewWithin,
    reviewWithinText: inputs.reviewWithinText,
    reviewers: inputs.reviewers,
    mention: inputs.sensitiveAssignees,
    dryRun: inputs.dryRun,
    clock,
    ...(connections.actorEmails ? { actorEmails: connections.actorEmails } : {}),
  });
  const count = reminders.overdue.reduce((sum, report) => sum + report.waiting.length, 0);
  core.setOutput('overdue-count', String(count));
  const posted = reminders.overdue.filter((report) => report.reminder.kind === 'posted');
  core.info(
    `Reviews: ${count} high or medium change(s) of ${reminders.overdue.length} open report(s) not signed off within ${inputs.reviewWithinText}; ${
      posted.length ? `reminded ${posted.map((report) => `#${report.number}`).join(', ')}` : 'no reminder due'
    }`,
  );
  const section = overdueSection(reminders, clock);
  if (section) await writeSummary(section);
}
