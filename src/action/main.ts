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
 *    the changes in that body, and only those, with the Zendesk account, the source
 *    types and the time of the run's listing (step 2), signed with a key derived from a
 *    secret the run has (`signedMarker`).
 * 2. Before opening an issue we list the repository's issues with the first label,
 *    open and closed, through the REST list (strongly consistent, unlike search), and
 *    collect the ids of the markers that verify, in bodies our own identity wrote (learned
 *    from GitHub for the token) and that name this account (`reports.ts`, `reportedIds`).
 *    A window's change not among them is new. A forged or edited marker can only make a
 *    change be reported again, never hide one. Comments are read only under our own
 *    reports, so what others post costs one request per hundred issues.
 * 3. Because each body carries only its own ids, a run that dies between posting the
 *    issue and posting a follow-up part leaves exactly the posted changes marked: the
 *    next run, whose window overlaps, reports the rest. Nothing twice, nothing lost.
 * 4. The issues list is filtered with `since` (updated at or after). A report is
 *    created after every change it lists, so any report holding a change of this
 *    window was updated at or after the window's start; a day's margin absorbs clock
 *    differences between Zendesk and GitHub. Old reports are not read again.
 * 5. The workflow's `concurrency` group keeps two runs from racing between steps 2
 *    and 3; POSTs are never retried, since a POST that timed out may have succeeded
 *    (it is looked for instead). Should two runs race anyway, each looks for reports
 *    opened since its listing after opening its own: the one with the higher number
 *    closes itself as a duplicate of the lower and, in the same request, withdraws its
 *    body's marker and with it every part's (`mend.ts`), so each change ends up in one
 *    open report, and what the lower one lacks comes with the next run. A mend that a
 *    stopped run left undone, the next run does.
 *
 * Nothing is posted until every record of the window has been fetched, so a Zendesk
 * failure opens no issue.
 */
import process from 'node:process';
import * as core from '@actions/core';
import { Temporal } from 'temporal-polyfill';
import {
  API_TOKEN_END,
  breakWorkflowCommands,
  credentialDestinationWarning,
  describeWindow,
  type DetectedRecord,
  failureText,
  isApiToken,
  Redactor,
  secretForms,
  SEVERITIES,
  type Severity,
  severityTally,
  type TimeWindow,
  windowEndingAt,
  ZoneClock,
} from '../core/mod.ts';
import { auditedRecords } from './alerts.ts';
import { connect, type Connections } from './connections.ts';
import { runEvidenceMode } from './evidence.ts';
import { GitHubError, type Octokit } from '../trail/github.ts';
import { type OpenedIssue, openReport } from './issues.ts';
import { type ActionInputs, readInputs, SECRET_INPUTS } from './inputs.ts';
import { markerDraft, markerSourceTypes, signDraft } from '../trail/marker.ts';
import { listedSeconds, mendRace, mendUnfinished } from './mend.ts';
import { buildReport } from './report.ts';
import { reportedIds, type Trust } from '../trail/reported.ts';
import { findReports, type FirstListing, otherLabelWithReports, reportsSince } from '../trail/reports.ts';
import { runReminders } from './reminders.ts';
import { failureSummaryText, type Outcome, summaryText } from './summary.ts';

/**
 * The labels and assignees of a report with changes of these highest `severities`: the
 * `sensitive-` ones join only when one is sensitive (high or medium), the
 * `severity-labels` of a severity only when a change has it. The first label stays first
 * (it finds earlier reports).
 */
export function reportPeople(
  inputs: Pick<ActionInputs, 'labels' | 'assignees' | 'sensitiveLabels' | 'sensitiveAssignees' | 'severityLabels'>,
  severities: Readonly<Record<Severity, number>>,
): { labels: string[]; assignees: string[] } {
  const sensitive = severities.high + severities.medium > 0;
  const bySeverity = SEVERITIES.flatMap((severity) => (severities[severity] > 0 ? inputs.severityLabels[severity] ?? [] : []));
  return {
    labels: [...new Set([...inputs.labels, ...(sensitive ? inputs.sensitiveLabels : []), ...bySeverity])],
    assignees: [...new Set([...inputs.assignees, ...(sensitive ? inputs.sensitiveAssignees : [])])],
  };
}

/** The records of `records` that no earlier report lists, oldest first. */
export function newChanges<T extends DetectedRecord>(records: readonly T[], reported: ReadonlySet<number>): T[] {
  return records
    .filter(({ record }) => !reported.has(record.id))
    .sort(({ record: a }, { record: b }) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
}

/** The line the step fails with: the same one the scripts print for Zendesk and input errors. */
export function failureMessage(error: unknown, opened?: OpenedIssue): string {
  let message = failureText(error, [GitHubError]);
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
  /** New changes to report, and how many of them are on GitHub so far. */
  fresh?: number;
  posted?: number;
}

/** Server text made harmless for the runner's log (`breakWorkflowCommands`). */
export function logSafe(text: string): string {
  return breakWorkflowCommands(text);
}

/**
 * When the first label finds no report of ours but another of the labels does, the
 * labels were likely reordered: earlier reports are then not found, and their changes
 * would be reported again. Says so, naming both.
 */
async function warnOfOtherLabels(octokit: Octokit, inputs: ActionInputs, since: Date, trust: Trust): Promise<void> {
  const found = await otherLabelWithReports(octokit, inputs.repository, inputs.labels.slice(1), since, trust);
  if (!found) return;
  core.warning(
    logSafe(
      `no earlier report carries the label ${
        JSON.stringify(inputs.labels[0])
      }, which finds them (the first of labels), but ${found.reports} carr${found.reports === 1 ? 'ies' : 'y'} ${
        JSON.stringify(found.label)
      }: put the label the reports carry first, or their changes are reported again`,
    ),
  );
}

/** What earlier reports tell a run: the changes of `records` not yet reported, and the listing that told it. */
interface Known {
  fresh: DetectedRecord[];
  trust: Trust;
  first: FirstListing;
}

/**
 * Reads the earlier reports (mending what a stopped run left unmended, unless this is a
 * dry run), says what it found, and returns the changes of `records` that are new.
 */
async function knownChanges(
  octokit: Octokit,
  inputs: ActionInputs,
  records: readonly DetectedRecord[],
  trust: Trust,
  since: Date,
): Promise<Known> {
  const earlier = await findReports(octokit, inputs.repository, inputs.labels[0]!, since, trust);
  const reports = inputs.dryRun ? earlier.reports : await mendUnfinished(
    octokit,
    inputs.repository,
    earlier.reports,
    trust,
    (closed, of) =>
      core.warning(
        `#${closed.number} and #${of.number} were opened by two runs at the same time and list the same changes, and the run that should have mended it stopped: closed #${closed.number} as a duplicate of #${of.number}; what #${of.number} lacks is reported now`,
      ),
  );
  const reported = reportedIds(reports);
  const fresh = newChanges(records, reported.ids);
  core.info(
    `Found ${records.length} ${inputs.sourceTypes.join(', ')} change(s) in the window: ${
      records.length - fresh.length
    } already reported in ${reported.reports.length} earlier report(s) by ${trust.identity.login}, ${fresh.length} new`,
  );
  if (reported.rejected > 0) {
    core.warning(
      `${reported.rejected} id marker(s) in earlier reports did not verify (edited, forged, or signed with another key) and were ignored: their changes count as not yet reported`,
    );
  }
  if (reported.reports.length === 0 && inputs.labels.length > 1) await warnOfOtherLabels(octokit, inputs, since, trust);
  return { fresh, trust, first: earlier.listing };
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

/** The outputs: how many changes (and of them, how many high and medium) the run reported, and its issue. */
function setOutputs(reported: readonly DetectedRecord[], issue: OpenedIssue | undefined): void {
  const severities = severityTally(reported);
  core.setOutput('changes-count', String(reported.length));
  core.setOutput('high-count', String(severities.high));
  core.setOutput('medium-count', String(severities.medium));
  core.setOutput('issue-number', issue ? String(issue.number) : '');
  core.setOutput('issue-url', issue?.url ?? '');
}

/** The warning of a run on an API token: when it stops working, and the way to move. */
export const API_TOKEN_WARNING =
  `Zendesk switches off API tokens on ${API_TOKEN_END} (and earlier after 30 days unused): create an OAuth client of kind ` +
  'Confidential, store its Identifier and secret as repository secrets, and pass them as zendesk-client-id and ' +
  'zendesk-client-secret instead of zendesk-email and zendesk-api-token (README, "Credentials")';

/**
 * One audit: fetch, compare with earlier reports, report what is new. `protect` masks
 * a secret in the log; each access token minted from client credentials goes through
 * it before its first use.
 */
async function audit(inputs: ActionInputs, progress: Progress, connections: Connections): Promise<void> {
  if (isApiToken(inputs.credentials)) core.warning(API_TOKEN_WARNING);
  const clock = new ZoneClock(inputs.zone);
  const window = windowEndingAt(Temporal.Now.instant(), inputs.lookback, inputs.zone);
  progress.window = { window, clock };
  const sourceType = inputs.sourceTypes.join(', ');
  core.info(`Window: the last ${inputs.lookbackText}, ${describeWindow(window, inputs.zone)}`);

  const { client, octokit, key } = connections;
  const account = inputs.account.host;
  const since = reportsSince(window);
  const { records, isAlert } = await auditedRecords(client, inputs, window, (message) => core.info(message), core.warning);
  progress.found = records.length;

  let known: Known | undefined;
  if (records.length > 0) {
    known = await knownChanges(octokit, inputs, records, await connections.trust(), since);
  } else {
    core.info(`Found no ${sourceType} changes in the window`);
  }
  const fresh = known?.fresh ?? [];

  const summary = { window, clock, sourceType, account: inputs.account, found: records.length, fresh };
  let outcome: Outcome;
  if (fresh.length === 0) {
    outcome = { kind: 'nothing-new' };
    core.info('No new changes: no issue opened');
    setOutputs([], undefined);
  } else if (inputs.dryRun) {
    outcome = { kind: 'dry-run' };
    core.info(`Dry run: ${fresh.length} change(s) would be reported; no issue opened`);
    setOutputs(fresh, undefined);
  } else {
    const sourceTypes = markerSourceTypes(inputs.sourceTypes, fresh.filter(({ record }) => isAlert(record)));
    const report = buildReport(fresh, {
      window,
      clock,
      sourceType,
      account: inputs.account,
      isAlert,
      ...(inputs.alertSeverity === 'none' ? {} : { alertSeverity: inputs.alertSeverity }),
      marker: (content) => markerDraft({ account, sourceTypes, listed: listedSeconds(known!.first.at), ...content }),
    });
    const bodies = await Promise.all(report.bodies.map(async (body) => ({ ...body, text: await signDraft(key, body.text) })));
    progress.fresh = fresh.length;
    const issue = await openReport(octokit, inputs.repository, {
      title: report.title,
      bodies,
      ...reportPeople(inputs, report.severities),
      identity: known!.trust.identity,
      warn: (message) => core.warning(logSafe(connections.redact(message))),
      onOpened: (opened) => {
        progress.opened = opened;
        core.info(logSafe(`Opened issue #${opened.number}: ${opened.url}`));
      },
      onPosted: (opened, ids) => {
        progress.posted = ids.length;
        // Set as each part lands: should a follow-up part fail, the outputs count what was posted.
        const posted = new Set(ids);
        setOutputs(fresh.filter(({ record }) => posted.has(record.id)), opened);
      },
    });
    if (report.bodies.length > 1) core.info(`Posted parts 2 to ${report.bodies.length} as comments on #${issue.number}`);
    // Another run without the workflow's concurrency group may have opened a report of the same changes meanwhile.
    const original = await mendRace(octokit, inputs.repository, {
      issue,
      ids: fresh.map(({ record }) => record.id),
      trust: known!.trust,
      label: inputs.labels[0]!,
      first: known!.first,
    });
    if (original) {
      core.warning(
        `another run opened #${original.number} with the same changes at the same time: closed #${issue.number} as its duplicate; any change #${original.number} lacks is reported by the next run (give the workflow a concurrency group)`,
      );
      setOutputs([], undefined);
      outcome = { kind: 'duplicate', issue, of: original };
    } else {
      outcome = { kind: 'opened', issue, parts: report.bodies.length };
    }
  }
  await writeSummary(summaryText({ ...summary, outcome }));
}

/**
 * The Action's entry: reads and checks the inputs, registers every secret with the
 * runner, runs one audit and its reminders (or, in `mode: evidence`, draws up the
 * evidence), and fails the step with one readable line on any error.
 */
export async function run(): Promise<void> {
  const secrets: string[] = [];
  // '***', as the runner writes the secrets it masks; every encoding of each secret (redact.ts).
  const redactor = new Redactor([], '***');
  const protect = (value: string) => {
    if (!value || secrets.includes(value)) return;
    core.setSecret(value);
    secrets.push(value);
    redactor.add(value);
  };
  const redact = (text: string) => redactor.redact(text);
  const progress: Progress = {};
  try {
    // Raw secret inputs first, so even a refused input cannot echo one.
    for (const name of SECRET_INPUTS) protect(core.getInput(name));
    const inputs = readInputs((name) => core.getInput(name), process.env);
    // The Authorization header's forms too: `Basic base64(email/token:token)` would otherwise show unmasked.
    for (const form of secretForms(inputs.credentials)) protect(form);
    const warning = credentialDestinationWarning(inputs.baseUrl);
    if (warning) core.warning(warning);
    const connections = await connect(inputs, redact, protect);
    if (inputs.mode === 'evidence') {
      await runEvidenceMode(inputs, { ...connections, trust: await connections.trust(), writeSummary });
    } else {
      await audit(inputs, progress, connections);
      await runReminders(inputs, connections, writeSummary);
    }
  } catch (error) {
    const message = redact(failureMessage(error, progress.opened));
    core.setFailed(logSafe(message));
    if (core.isDebug() && error instanceof Error) core.debug(logSafe(redact(error.stack ?? '')));
    await writeSummary(failureSummaryText(message, progress));
  }
}
