/**
 * The evidence as a person or a program reads it: Markdown (a summary, then the table),
 * CSV (RFC 4180, safe in a spreadsheet: the core's `csvRow`) and JSON. Zendesk text (the
 * setting) is untrusted in each: neutralised in Markdown, formula-guarded in CSV,
 * escaped in JSON. Logins are written without `@`, so the evidence mentions nobody.
 */
import {
  csvRow,
  describeWindow,
  escapeUnsafeInJson,
  neutralise,
  SEVERITIES,
  type Severity,
  type TimeWindow,
  type ZoneClock,
} from '../core/mod.ts';
import { type EvidenceRow, type EvidenceSummary, STATUSES, summarise } from './evidence.ts';

export const EVIDENCE_FORMATS = ['markdown', 'csv', 'json'] as const;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

/** The evidence of one run: what it covers and its rows. */
export interface Evidence {
  /** `owner/repo`. */
  repository: string;
  /** Whose reports count (`github-actions[bot]`). */
  author: string;
  /** The changes made in this window. */
  period: TimeWindow;
  /** When the evidence was drawn up (epoch ms). */
  generatedAt: number;
  /** `review-within` as given (`7d`). */
  reviewWithin: string;
  rows: EvidenceRow[];
  /** What a reader must know: reports edited after posting, histories not read in full, comments set aside. */
  notes: string[];
}

/** The CSV columns, in order; the header row names them exactly so. */
export const EVIDENCE_COLUMNS = [
  'id',
  'account',
  'created_at',
  'actor_id',
  'source_label',
  'severity',
  'sensitive',
  'report_number',
  'report_url',
  'status',
  'reviewer',
  'reviewed_at',
  'hours_to_review',
  'edited_after_posting',
] as const;

const isoMs = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The evidence as CSV: a header row, then a row per change. */
export function evidenceCsv(evidence: Evidence): string {
  const rows = evidence.rows.map((row) =>
    csvRow([
      row.id,
      row.account,
      row.created_at,
      row.actor_id,
      row.source_label,
      row.severity,
      row.sensitive,
      row.report.number,
      row.report.url,
      row.status,
      row.reviewer,
      row.reviewed_at,
      row.hours_to_review,
      row.edited_after_posting,
    ])
  );
  return [csvRow(EVIDENCE_COLUMNS), ...rows].join('');
}

function summaryJson(summary: EvidenceSummary) {
  return {
    total: summary.total,
    by_status: summary.byStatus,
    by_severity: summary.bySeverity,
    median_hours_to_review: summary.medianHours,
    edited_reports: summary.editedReports,
  };
}

/** The evidence as one JSON document: what it covers, its summary, its notes and its rows. */
export function evidenceJson(evidence: Evidence): string {
  const document = {
    repository: evidence.repository,
    author: evidence.author,
    period: { start: isoMs(evidence.period.start.epochMilliseconds), end: isoMs(evidence.period.end.epochMilliseconds) },
    generated_at: isoMs(evidence.generatedAt),
    review_within: evidence.reviewWithin,
    summary: summaryJson(summarise(evidence.rows)),
    notes: evidence.notes,
    rows: evidence.rows,
  };
  return `${escapeUnsafeInJson(JSON.stringify(document, null, 2))}\n`;
}

const STATUS_HEADINGS = ['Reviewed', 'Self-reviewed', 'Waiting', 'Overdue'];

function countsTable(summary: EvidenceSummary): string[] {
  const line = (label: string, counts: Record<(typeof STATUSES)[number], number>) => {
    const cells = STATUSES.map((status) => counts[status]);
    return `| ${label} | ${cells.join(' | ')} | ${cells.reduce((sum, count) => sum + count, 0)} |`;
  };
  const severities: (Severity | 'none')[] = [...SEVERITIES, 'none'];
  return [
    `| Severity | ${STATUS_HEADINGS.join(' | ')} | Total |`,
    `| --- | ${STATUS_HEADINGS.map(() => '---:').join(' | ')} | ---: |`,
    ...severities.filter((severity) => STATUSES.some((status) => summary.bySeverity[severity][status] > 0)).map((severity) =>
      line(severity === 'none' ? 'no rule' : severity, summary.bySeverity[severity])
    ),
    line('**all**', summary.byStatus),
  ];
}

/** The Markdown table's head. */
export const EVIDENCE_TABLE_HEAD = [
  '| Audit log | Account | Made | Actor | Setting | Severity | Report | Status | Reviewer | Reviewed | Hours | Edited |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---: | --- |',
].join('\n');

/** One change as a row of the Markdown table, times in `clock`'s zone. */
export function evidenceMarkdownRow(row: EvidenceRow, clock: ZoneClock): string {
  const time = (text: string | null) => (text === null ? '—' : clock.text(Date.parse(text)));
  const report = row.report.url ? `[#${row.report.number}](${row.report.url})` : `#${row.report.number}`;
  return `| ${
    [
      row.id,
      neutralise(row.account),
      time(row.created_at),
      row.actor_id ?? '—',
      neutralise(row.source_label) || '—',
      row.severity ?? '—',
      report,
      row.status,
      row.reviewer === null ? '—' : neutralise(row.reviewer),
      time(row.reviewed_at),
      row.hours_to_review ?? '—',
      row.edited_after_posting ? '**yes**' : 'no',
    ].join(' | ')
  } |`;
}

/**
 * The Markdown above the table: what the evidence covers (and the `facts` a caller adds,
 * Markdown list items), its counts, its median time to review and its notes.
 */
export function evidenceMarkdownHead(evidence: Evidence, clock: ZoneClock, facts: readonly string[] = []): string {
  const summary = summarise(evidence.rows);
  const median = summary.medianHours === null
    ? 'none reviewed'
    : `${summary.medianHours} hours (of ${summary.byStatus.reviewed} reviewed change${summary.byStatus.reviewed === 1 ? '' : 's'})`;
  const notes = evidence.notes.length ? ['', '### Notes', '', ...evidence.notes.map((note) => `- ${neutralise(note, 2000)}`)] : [];
  return [
    `## Zendesk audit evidence: ${summary.total} change${summary.total === 1 ? '' : 's'}`,
    '',
    `- **Repository:** \`${neutralise(evidence.repository)}\`, reports by \`${neutralise(evidence.author)}\``,
    `- **Period:** changes made from ${describeWindow(evidence.period, clock.zone)}`,
    `- **Drawn up:** ${clock.text(evidence.generatedAt)}`,
    `- **Review within:** ${neutralise(evidence.reviewWithin)}: a high or medium change not signed off by then is overdue`,
    `- **Median time to review:** ${median}`,
    ...facts,
    '',
    ...countsTable(summary),
    ...notes,
    '',
    '### Changes',
    '',
  ].join('\n');
}

/** The whole evidence in Markdown: the summary, then a row per change. */
export function evidenceMarkdown(evidence: Evidence, clock: ZoneClock): string {
  const rows = evidence.rows.map((row) => evidenceMarkdownRow(row, clock));
  return `${evidenceMarkdownHead(evidence, clock)}${EVIDENCE_TABLE_HEAD}\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
}

/** The evidence in `format`. */
export function renderEvidence(evidence: Evidence, format: EvidenceFormat, clock: ZoneClock): string {
  switch (format) {
    case 'csv':
      return evidenceCsv(evidence);
    case 'json':
      return evidenceJson(evidence);
    case 'markdown':
      return evidenceMarkdown(evidence, clock);
  }
}
