/**
 * The job summary (GitHub Flavored Markdown on the run's page): the window, what was
 * found, what happened, and a table of the new changes.
 */
import {
  attentionSection,
  describeWindow,
  type DetectedRecord,
  neutralise,
  plural,
  reportHeader,
  reportRow,
  reviewChanges,
  type TimeWindow,
  type ZoneClock,
} from '../core/mod.ts';
import type { OpenedIssue } from './issues.ts';

/**
 * Rows shown in the summary's table. GitHub refuses a step summary over 1 MiB
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits);
 * the issue lists every change, the summary only needs to show what they look like.
 */
export const MAX_SUMMARY_ROWS = 300;
/** The table stops before this many UTF-16 units even with fewer rows (long texts): well under 1 MiB of UTF-8. */
export const MAX_SUMMARY_TABLE_LENGTH = 300_000;

export type Outcome =
  | { kind: 'opened'; issue: OpenedIssue; parts: number }
  | { kind: 'duplicate'; issue: OpenedIssue; of: OpenedIssue }
  | { kind: 'nothing-new' }
  | { kind: 'dry-run' };

export interface SummaryOptions {
  window: TimeWindow;
  clock: ZoneClock;
  sourceType: string;
  account: URL;
  /** How many changes the window holds. */
  found: number;
  /** The changes no earlier report lists, with their detections, oldest first. */
  fresh: readonly DetectedRecord[];
  outcome: Outcome;
  maxRows?: number;
}

function outcomeLine(options: SummaryOptions): string {
  const { outcome, fresh } = options;
  switch (outcome.kind) {
    case 'opened': {
      const parts = outcome.parts > 1 ? ` (in ${outcome.parts} parts: the issue and ${plural(outcome.parts - 1, 'comment')})` : '';
      const what = fresh.length === 1 ? 'the new change' : `the ${fresh.length} new changes`;
      return `- **Issue:** [#${outcome.issue.number}](${outcome.issue.url}) lists ${what}${parts}`;
    }
    case 'dry-run':
      return `- **Issue:** none opened: dry run${
        fresh.length ? ` (${plural(fresh.length, 'change')} would be reported)` : ', and no new changes'
      }`;
    case 'nothing-new':
      return '- **Issue:** none opened: no new changes in this window';
    case 'duplicate':
      return `- **Issue:** [#${outcome.issue.number}](${outcome.issue.url}) was opened and closed as a duplicate of [#${outcome.of.number}](${outcome.of.url}), which another run opened with the same changes at the same time; any change #${outcome.of.number} lacks is reported by the next run`;
  }
}

/** The table of new changes, cut at `maxRows` rows or `MAX_SUMMARY_TABLE_LENGTH` with a note. */
function table(options: SummaryOptions): string {
  const { fresh, window, clock, sourceType, account } = options;
  if (fresh.length === 0) return '';
  const maxRows = options.maxRows ?? MAX_SUMMARY_ROWS;
  // The header's last two lines are the table's head and delimiter row.
  const header = reportHeader({ count: fresh.length, window, zone: clock.zone, sourceType, account });
  const head = header.trimEnd().split('\n').slice(-2).join('\n');
  let text = `${head}\n`;
  let shown = 0;
  for (const detected of fresh) {
    if (shown >= maxRows) break;
    const row = `${reportRow(detected, { clock, account })}\n`;
    if (text.length + row.length > MAX_SUMMARY_TABLE_LENGTH) break;
    text += row;
    shown += 1;
  }
  const note = shown < fresh.length
    ? `\n_The first ${shown} of ${fresh.length} new changes are shown here; ${
      options.outcome.kind === 'opened' ? 'the issue lists them all' : 'all are counted above'
    }._\n`
    : '';
  return `\n${text}${note}`;
}

/**
 * The summary of a run that got as far as the changes: the window, what was found and
 * what happened, then the new changes' "Needs attention" list (as in the issue, every
 * id shown: the summary is one page) and their table.
 */
export function summaryText(options: SummaryOptions): string {
  const { found, fresh, window, clock } = options;
  const earlier = found - fresh.length;
  const attention = attentionSection(reviewChanges(fresh), clock);
  return [
    `## Zendesk audit: ${neutralise(options.sourceType)}`,
    '',
    `- **Window:** ${describeWindow(window, clock.zone)}`,
    `- **Found:** ${plural(found, 'change')} in the window, ${fresh.length} new${earlier ? ` (${earlier} reported earlier)` : ''}`,
    outcomeLine(options),
    ...(attention ? ['', attention.trimEnd()] : []),
    table(options),
  ].join('\n');
}

/** The summary of a run that failed, with as much as was known when it did. */
export function failureSummaryText(
  message: string,
  progress: { window?: { window: TimeWindow; clock: ZoneClock }; found?: number; opened?: OpenedIssue; fresh?: number; posted?: number } =
    {},
): string {
  const { window, found, opened } = progress;
  const posted = progress.posted !== undefined && progress.fresh !== undefined
    ? ` and lists ${progress.posted} of the ${progress.fresh} new changes`
    : '';
  return [
    '## Zendesk audit: failed',
    '',
    ...(window ? [`- **Window:** ${describeWindow(window.window, window.clock.zone)}`] : []),
    ...(found === undefined ? [] : [`- **Found:** ${plural(found, 'change')} in the window`]),
    `- **Error:** ${neutralise(message)}`,
    opened ? `- **Issue:** [#${opened.number}](${opened.url}) was opened${posted}; not every part was posted` : '- **Issue:** none opened',
    '',
  ].join('\n');
}
