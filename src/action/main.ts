/**
 * The GitHub Action: fetches the audit-log changes of a look-back window, drops those
 * an earlier run already reported, and opens one issue listing the rest.
 *
 * ## Exactly once
 *
 * A change must be reported in one issue, ever, although runs overlap on purpose
 * (`lookback` is longer than the schedule's interval, so a late or skipped run loses
 * nothing) and a job may be re-run. No state is kept anywhere but in the issues:
 *
 * 1. Every issue or comment body we post ends with a hidden marker listing the ids of
 *    the changes in that body, and only those (`idMarker`).
 * 2. Before opening an issue we list the repository's issues with the first label,
 *    open and closed, through the REST list (strongly consistent, unlike search), and
 *    collect the ids in their markers and in the markers of comments by the issue's
 *    author (our follow-up parts). A window's change not among them is new.
 * 3. Because each body carries only its own ids, a run that dies between posting the
 *    issue and posting a follow-up part leaves exactly the posted changes marked: the
 *    next run, whose window overlaps, reports the rest. Nothing twice, nothing lost.
 * 4. The issues list is filtered with `since` (updated at or after). A report is
 *    created after every change it lists, so any report holding a change of this
 *    window was updated at or after the window's start; a day's margin absorbs clock
 *    differences between Zendesk and GitHub. Old reports are not read again.
 * 5. The workflow's `concurrency` group keeps two runs from racing between steps 2
 *    and 3; POSTs are never retried, since a POST that timed out may have succeeded.
 *
 * Nothing is posted until every record of the window has been fetched, so a Zendesk
 * failure opens no issue.
 */
import process from 'node:process';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { Temporal } from 'temporal-polyfill';
import {
  type AuditLog,
  auditLogs,
  createClient,
  describeWindow,
  InputError,
  redactor,
  secretForms,
  type TimeWindow,
  toArray,
  windowEndingAt,
  ZendeskError,
  ZoneClock,
} from '../core/mod.ts';
import { VERSION } from '../cli/version.ts';
import { findReports, GitHubError, type OpenedIssue, openReport } from './github.ts';
import { type ActionInputs, readInputs, SECRET_INPUTS } from './inputs.ts';
import { buildReport } from './report.ts';
import { reportedIds } from './reported.ts';
import { failureSummaryText, type Outcome, summaryText } from './summary.ts';

/** Earlier reports are looked for from this long before the window's start (clock differences). */
export const SINCE_MARGIN = Temporal.Duration.from({ hours: 24 });

const USER_AGENT = `zendesk-audit-action/${VERSION}`;

/** The `since` of the issues list for a window: its start minus `SINCE_MARGIN`. */
export function reportsSince(window: TimeWindow): Date {
  return new Date(window.start.subtract(SINCE_MARGIN).epochMilliseconds);
}

/** The changes of `records` that no earlier report lists, oldest first. */
export function newChanges(records: readonly AuditLog[], reported: ReadonlySet<number>): AuditLog[] {
  return records
    .filter((record) => !reported.has(record.id))
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
}

/**
 * `records` without those whose actor is one of `actors`. On our side: the audit-log list
 * can only include actors (`filter[actor_id]`), not leave them out.
 */
export function withoutActors(records: readonly AuditLog[], actors: readonly number[]): AuditLog[] {
  if (actors.length === 0) return [...records];
  const excluded = new Set(actors);
  return records.filter((record) => !excluded.has(record.actor_id));
}

/** The line the step fails with: the same one the scripts print for Zendesk and input errors. */
export function failureMessage(error: unknown, opened?: OpenedIssue): string {
  let message: string;
  if (error instanceof InputError || error instanceof ZendeskError || error instanceof GitHubError) message = error.message;
  else if (error instanceof Error) message = `unexpected ${error.name}: ${error.message}`;
  else message = `unexpected failure: ${String(error)}`;
  // A follow-up part failed: what was posted is marked, the next run reports the rest.
  if (opened) message += ` (issue #${opened.number} lists the parts posted before this; the next run reports the rest)`;
  return message;
}

/** How far a run got, for the summary of a failure. */
interface Progress {
  window?: { window: TimeWindow; clock: ZoneClock };
  /** Changes in the window, once fetched. */
  found?: number;
  opened?: OpenedIssue;
}

async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('(no job summary: GITHUB_STEP_SUMMARY is not set outside GitHub Actions)');
    return;
  }
  try {
    await core.summary.addRaw(text, true).write({ overwrite: false });
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}

function setOutputs(count: number, issue: OpenedIssue | undefined): void {
  core.setOutput('changes-count', String(count));
  core.setOutput('issue-number', issue ? String(issue.number) : '');
  core.setOutput('issue-url', issue?.url ?? '');
}

/** One audit: fetch, compare with earlier reports, report what is new. */
async function audit(inputs: ActionInputs, progress: Progress): Promise<void> {
  const clock = new ZoneClock(inputs.zone);
  const window = windowEndingAt(Temporal.Now.instant(), inputs.lookback, inputs.zone);
  progress.window = { window, clock };
  const sourceType = inputs.sourceTypes.join(', ');
  if (inputs.sourceTypeWarning) core.warning(`source-type: ${inputs.sourceTypeWarning}`);
  core.info(`Window: the last ${inputs.lookbackText}, ${describeWindow(window, inputs.zone)}`);

  const client = createClient({
    baseUrl: inputs.baseUrl,
    credentials: inputs.credentials,
    userAgent: USER_AGENT,
    onEvent: (event) => {
      if (event.type === 'retry') core.info(`Zendesk: ${event.error.message}; trying again in ${Math.ceil(event.delayMs / 1000)} s`);
    },
  });
  const octokit = getOctokit(inputs.githubToken, { userAgent: USER_AGENT });
  // All of the window before anything is posted: a Zendesk failure opens no issue.
  const fetched = await toArray(auditLogs(client, { sourceType: inputs.sourceTypes, createdAt: window, order: 'asc' }));
  const records = withoutActors(fetched, inputs.excludeActors);
  if (records.length < fetched.length) {
    core.info(`Ignored ${fetched.length - records.length} change(s) by the actors of exclude-actors`);
  }
  progress.found = records.length;

  let fresh: AuditLog[] = [];
  if (records.length > 0) {
    const reports = await findReports(octokit, inputs.repository, inputs.labels[0]!, reportsSince(window));
    fresh = newChanges(records, reportedIds(reports));
    core.info(
      `Found ${records.length} ${sourceType} change(s) in the window: ${records.length - fresh.length} already reported in ${reports.length} earlier report(s), ${fresh.length} new`,
    );
  } else {
    core.info(`Found no ${sourceType} changes in the window`);
  }

  const summary = { window, clock, sourceType, account: inputs.account, found: records.length, fresh };
  let outcome: Outcome;
  if (fresh.length === 0) {
    outcome = { kind: 'nothing-new' };
    core.info('No new changes: no issue opened');
    setOutputs(0, undefined);
  } else if (inputs.dryRun) {
    outcome = { kind: 'dry-run' };
    core.info(`Dry run: ${fresh.length} change(s) would be reported; no issue opened`);
    setOutputs(fresh.length, undefined);
  } else {
    const report = buildReport(fresh, { window, clock, sourceType, account: inputs.account });
    const issue = await openReport(octokit, inputs.repository, {
      title: report.title,
      bodies: report.bodies,
      labels: inputs.labels,
      assignees: inputs.assignees,
      warn: (message) => core.warning(message),
      onOpened: (opened) => {
        progress.opened = opened;
        // Set at once: should a follow-up part fail, the outputs still name the issue.
        setOutputs(fresh.length, opened);
        core.info(`Opened issue #${opened.number}: ${opened.url}`);
      },
    });
    if (report.bodies.length > 1) core.info(`Posted parts 2 to ${report.bodies.length} as comments on #${issue.number}`);
    outcome = { kind: 'opened', issue, parts: report.bodies.length };
  }
  await writeSummary(summaryText({ ...summary, outcome }));
}

/**
 * The Action's entry: reads and checks the inputs, registers every secret with the
 * runner, runs one audit, and fails the step with one readable line on any error.
 */
export async function run(): Promise<void> {
  const secrets: string[] = [];
  const protect = (value: string) => {
    if (!value || secrets.includes(value)) return;
    core.setSecret(value);
    secrets.push(value);
  };
  // '***', as the runner writes the secrets it masks; built per call, as secrets join while inputs are read.
  const redact = (text: string) => redactor(secrets, '***')(text);
  const progress: Progress = {};
  try {
    // Raw secret inputs first, so even a refused input cannot echo one.
    for (const name of SECRET_INPUTS) protect(core.getInput(name));
    const inputs = readInputs((name) => core.getInput(name), process.env);
    // The Authorization header's forms too: `Basic base64(email/token:token)` would otherwise show unmasked.
    for (const form of secretForms(inputs.credentials)) protect(form);
    await audit(inputs, progress);
  } catch (error) {
    const message = redact(failureMessage(error, progress.opened));
    core.setFailed(message);
    if (core.isDebug() && error instanceof Error) core.debug(redact(error.stack ?? ''));
    await writeSummary(failureSummaryText(message, progress));
  }
}
