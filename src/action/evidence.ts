/**
 * `mode: evidence`: the Action draws up the review evidence of the last `evidence-period`
 * (`draw-evidence.ts`) for this account, writes it to a file for a job artifact (output
 * `evidence-file`), opens one evidence issue with its summary and table (continued in
 * comments when long), and puts the summary in the job summary. A report edited after
 * posting is named in a warning.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import * as core from '@actions/core';
import { Temporal } from 'temporal-polyfill';
import { windowEndingAt, ZoneClock } from '../core/mod.ts';
import { drawEvidence } from '../trail/draw-evidence.ts';
import {
  type Evidence,
  EVIDENCE_TABLE_HEAD,
  type EvidenceFormat,
  evidenceMarkdownHead,
  evidenceMarkdownRow,
  renderEvidence,
} from '../trail/evidence-render.ts';
import type { EvidenceRow } from '../trail/evidence.ts';
import type { Octokit } from '../trail/github.ts';
import type { Trust } from '../trail/reported.ts';
import type { ActionInputs } from './inputs.ts';
import { type OpenedIssue, openReport } from './issues.ts';
import { type Body, splitBody } from './split.ts';
import { MAX_SUMMARY_ROWS } from './summary.ts';

const EXTENSIONS: Readonly<Record<EvidenceFormat, string>> = { csv: 'csv', json: 'json', markdown: 'md' };

/** The evidence issue's bodies: the summary and the first rows, then the rest in parts of GitHub's size. */
export function evidenceBodies(evidence: Evidence, clock: ZoneClock, limit?: number): Body[] {
  const head = evidenceMarkdownHead(evidence, clock);
  const bodies = splitBody<EvidenceRow>(evidence.rows, {
    header: (part) =>
      part && part.index > 1
        ? `## Zendesk audit evidence, continued (part ${part.index} of ${part.total})\n\n${EVIDENCE_TABLE_HEAD}\n`
        : `${head}${EVIDENCE_TABLE_HEAD}\n`,
    row: (row) => evidenceMarkdownRow(row, clock),
    id: (row) => row.id,
    // An evidence issue lists what the reports hold: it carries no marker, so nothing reads it as a report.
    marker: () => '',
    markerCost: () => 0,
    ...(limit ? { limit } : {}),
  });
  return bodies.length ? bodies : [{ text: `${head}No change of this account was reported in the period.\n`, ids: [] }];
}

/** The evidence issue's title: how many changes, over which days. */
function evidenceTitle(evidence: Evidence, clock: ZoneClock): string {
  const day = (instant: Temporal.Instant) => clock.text(instant.epochMilliseconds).slice(0, 10);
  const count = evidence.rows.length;
  const overdue = evidence.rows.filter((row) => row.status === 'overdue').length;
  return `Zendesk audit evidence: ${count} change${count === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}, ${
    day(evidence.period.start)
  } to ${day(evidence.period.end)}`;
}

/** What `mode: evidence` needs of the run. */
export interface EvidenceRun {
  octokit: Octokit;
  trust: Trust;
  actorEmails?(ids: readonly number[]): Promise<Map<number, string>>;
  writeSummary(text: string): Promise<void>;
}

/** Draws up, writes and posts the evidence (see the module comment). */
export async function runEvidenceMode(inputs: ActionInputs, run: EvidenceRun): Promise<void> {
  const clock = new ZoneClock(inputs.zone);
  const period = windowEndingAt(Temporal.Now.instant(), inputs.evidencePeriod, inputs.zone);
  const drawn = await drawEvidence(run.octokit, inputs.repository, {
    label: inputs.labels[0]!,
    period,
    reviewWithin: inputs.reviewWithin,
    reviewers: inputs.reviewers,
    trust: run.trust,
    ...(run.actorEmails ? { actorEmails: run.actorEmails } : {}),
  });
  for (const note of drawn.notes) core.warning(`evidence: ${note}`);
  const evidence: Evidence = {
    repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
    author: run.trust.identity.login,
    period,
    generatedAt: drawn.at,
    reviewWithin: inputs.reviewWithinText,
    rows: drawn.rows,
    notes: drawn.notes,
  };
  const day = new Date(drawn.at).toISOString().slice(0, 10);
  const file = join(process.env.RUNNER_TEMP || tmpdir(), `zendesk-audit-evidence-${day}.${EXTENSIONS[inputs.evidenceFormat]}`);
  writeFileSync(file, renderEvidence(evidence, inputs.evidenceFormat, clock));
  core.info(`Evidence of ${drawn.rows.length} change(s) written to ${file}`);
  core.setOutput('evidence-file', file);
  core.setOutput('changes-count', String(drawn.rows.length));
  core.setOutput('high-count', String(drawn.rows.filter((row) => row.severity === 'high').length));
  core.setOutput('medium-count', String(drawn.rows.filter((row) => row.severity === 'medium').length));
  core.setOutput('overdue-count', String(drawn.rows.filter((row) => row.status === 'overdue').length));

  let issue: OpenedIssue | undefined;
  if (!inputs.dryRun) {
    issue = await openReport(run.octokit, inputs.repository, {
      title: evidenceTitle(evidence, clock),
      bodies: evidenceBodies(evidence, clock),
      labels: inputs.labels,
      assignees: inputs.assignees,
      identity: run.trust.identity,
      warn: (message) => core.warning(message),
    });
    core.info(`Opened the evidence issue #${issue.number}: ${issue.url}`);
  }
  core.setOutput('issue-number', issue ? String(issue.number) : '');
  core.setOutput('issue-url', issue?.url ?? '');
  const shown = drawn.rows.slice(0, MAX_SUMMARY_ROWS).map((row) => evidenceMarkdownRow(row, clock));
  const cut = drawn.rows.length > shown.length
    ? `\n_The first ${shown.length} of ${drawn.rows.length} changes are shown here; the file and the issue list them all._\n`
    : '';
  const where = issue ? `- **Issue:** [#${issue.number}](${issue.url})` : '- **Issue:** none opened (dry run)';
  await run.writeSummary(`${evidenceMarkdownHead(evidence, clock, [where])}${EVIDENCE_TABLE_HEAD}\n${shown.join('\n')}\n${cut}`);
}
