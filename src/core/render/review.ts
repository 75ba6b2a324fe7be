/**
 * The review sections of a Markdown report, above the full table: "Needs attention"
 * (each sensitive change as a task-list item, which a reviewer ticks off:
 * https://github.github.com/gfm/#task-list-items-extension-, grouped by severity, with
 * what its rules say: why it matters and what to do), "At a glance" (changes per
 * severity, per actor and per setting area) and "Changed more than once" (net effect
 * per setting, and changes undone within the window). Every piece of Zendesk text, and
 * of a user's rules, goes through `neutralise`; each section has a bounded size, so a
 * report of thousands of changes still leaves room for its table.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { NetEffect, Review, ReviewedChange, Tally } from '../review/review.ts';
import { type Detection, SEVERITIES, type Severity } from '../review/rule.ts';
import { plural } from '../plural.ts';
import { spanText } from '../time/span.ts';
import { textOf } from '../review/fields.ts';
import { neutralise } from './neutralise.ts';

export { spanText };

/** Most task-list items in "Needs attention"; the rest are counted (all are marked in the table). */
export const MAX_ATTENTION_ITEMS = 100;
/** Most actors and areas named in "At a glance"; the rest are summed up. */
export const MAX_GLANCE_NAMES = 10;
/** Most settings in "Changed more than once". */
export const MAX_REPEATED_SETTINGS = 50;
/** Zendesk text in the sections is cut to this many characters: the table has it in full. */
const SECTION_TEXT_LENGTH = 120;
/** Names in "At a glance" are cut shorter: it is read at a glance. */
const GLANCE_TEXT_LENGTH = 40;
/**
 * Shares of a report's characters each section may take at most (escaped hostile text
 * grows up to 8 times): 40% together, the table keeps the rest.
 */
export const SECTION_SHARES = { attention: 0.2, glance: 0.1, repeated: 0.1 } as const;
/** The report size (in UTF-16 code units) the shares apply to when the caller gives none: 64 Ki. */
const DEFAULT_REPORT_SIZE = 65_536;
/**
 * Room kept for the end of each "Needs attention" item when choosing which items fit:
 * more than the longest default end (`audit log 9007199254740991`, 26), so an `ItemEnd`
 * of up to this many characters picks the same items and the section stays in its share.
 */
export const ITEM_END_ROOM = 28;
/** Most reverts spelled out per setting. */
const MAX_REVERTS_SHOWN = 3;
/** Most detections spelled out under a "Needs attention" item (the table's Severity cell counts the rest). */
const MAX_DETECTIONS_SHOWN = 3;
/** A rule's reason and runbook are cut to this many characters: they are ours or the user's, and a line of advice. */
const ADVICE_LENGTH = 300;

/** The mark of a sensitive change in the table's setting cell and in text output. */
export const SENSITIVE_MARK = '⚠';
const ARROW = '→';
const SEPARATOR = ' · ';

function inert(value: unknown, length = SECTION_TEXT_LENGTH): string {
  return neutralise(textOf(value), length);
}

/** How many of `lengths` (lines without their line end) fit in `budget` characters from the start, each with its line end. */
function fitting(lengths: readonly number[], budget: number): number {
  let used = 0;
  let count = 0;
  for (const length of lengths) {
    used += length + 1;
    if (used > budget) break;
    count += 1;
  }
  return count;
}

function lengths(lines: readonly string[]): number[] {
  return lines.map((line) => line.length);
}

/** `on → off`, or the description itself when it has no from/to shape. */
function changeText(change: ReviewedChange): string {
  if (change.change_from !== null && change.change_to !== null) {
    return `${inert(change.change_from) || '(empty)'} ${ARROW} ${inert(change.change_to) || '(empty)'}`;
  }
  return inert(change.record.change_description) || '—';
}

/**
 * The text that ends the "Needs attention" item of the change with audit-log id `id`,
 * at most `ITEM_END_ROOM` characters; undefined for the default, `audit log <id>`.
 */
export type ItemEnd = (id: number) => string | undefined;

/** Options of `attentionSection` and `reviewSections`. */
export interface SectionOptions {
  /** How each item ends; by default with the change's audit-log id. */
  itemEnd?: ItemEnd;
  /** Most characters of the report the sections open; they take at most 40% of it. Default 65,536. */
  size?: number;
}

/**
 * A runbook line as Markdown: its text linked to the help page it ends with (an https
 * URL, percent-encoded where Markdown would read a character), or its text alone. The
 * text is inert; the link's destination is the rule's own, written by us or by whoever
 * wrote the rules file, never by Zendesk.
 *
 * @example runbookMarkdown('Turn it back on: https://support.zendesk.com/hc/en-us/articles/4408822124314')
 *   // '[Turn it back on](https://support.zendesk.com/hc/en-us/articles/4408822124314)'
 */
export function runbookMarkdown(runbook: string): string {
  const line = runbook.trim();
  const start = line.lastIndexOf(' ') + 1;
  let url: URL | undefined;
  try {
    url = new URL(line.slice(start));
  } catch {
    // No URL at its end: the whole line is text.
  }
  if (url?.protocol !== 'https:') return inert(line, ADVICE_LENGTH);
  const text = line.slice(0, start).trim().replace(/:$/, '');
  // `URL` encodes spaces, quotes and angle brackets; parentheses and backslashes would end or escape the destination.
  const destination = url.href.replace(/[()\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${inert(text, ADVICE_LENGTH) || 'runbook'}](${destination})`;
}

/** One detection under its item: title, severity, reason and runbook. */
function detectionLine(detection: Detection): string {
  const runbook = detection.runbook.trim() ? ` ${runbookMarkdown(detection.runbook)}` : '';
  return `  - **${inert(detection.title)}** (${detection.severity}): ${inert(detection.reason, ADVICE_LENGTH)}${runbook}`;
}

/** A change's task-list item, its first line ending in `end`, then a line for each of its detections. */
function attentionItem(change: ReviewedChange, clock: ZoneClock, end: string): string {
  const { record } = change;
  const actor = inert(record.actor_name) || `user ${inert(record.actor_id)}`;
  const fields = [clock.text(change.at), actor, inert(record.source_label) || '—', changeText(change), end];
  const shown = change.detections.slice(0, MAX_DETECTIONS_SHOWN).map(detectionLine);
  if (change.detections.length > shown.length) shown.push(`  - ${plural(change.detections.length - shown.length, 'more rule')}`);
  return [`- [ ] ${fields.join(SEPARATOR)}`, ...shown].join('\n');
}

/** `2 high, 11 medium`: the counts of the severities given, those with none left out. */
export function severityCounts(counts: Readonly<Record<Severity, number>>, severities: readonly Severity[] = SEVERITIES): string {
  return severities.filter((severity) => counts[severity] > 0).map((severity) => `${counts[severity]} ${severity}`).join(', ');
}

const SENSITIVE_SEVERITIES: readonly Severity[] = ['high', 'medium'];
const GROUP_HEADINGS: Readonly<Record<Severity, string>> = { high: '#### High', medium: '#### Medium', low: '#### Low' };

function itemEndText(change: ReviewedChange, itemEnd: ItemEnd | undefined): string {
  const id = change.record.id;
  return itemEnd?.(id) ?? `audit log ${String(id)}`;
}

/** The changes "Needs attention" lists, in order: as many of the first `MAX_ATTENTION_ITEMS` as fit its share of `size`. */
function shownItems(review: Review, clock: ZoneClock, size = DEFAULT_REPORT_SIZE): readonly ReviewedChange[] {
  // Which items fit is decided with the room for their ends, so it does not depend on what the ends say;
  // each item's room includes a group heading, which at most two of them carry.
  const candidates = review.sensitive.slice(0, MAX_ATTENTION_ITEMS);
  const longest = candidates.map((change) => attentionItem(change, clock, '').length + ITEM_END_ROOM);
  return candidates.slice(0, fitting(longest, size * SECTION_SHARES.attention - 250));
}

/**
 * The audit-log ids of the task-list items "Needs attention" shows (`attentionSection`
 * with the same `size`), in order: which change each task stands for, whatever its item
 * ends with.
 */
export function attentionIds(review: Review, clock: ZoneClock, options: Pick<SectionOptions, 'size'> = {}): number[] {
  return shownItems(review, clock, options.size).map((change) => change.record.id);
}

/**
 * "Needs attention": a task per sensitive change (high or medium), grouped by severity,
 * highest first, each group oldest first, at most `MAX_ATTENTION_ITEMS`; under each, its
 * rules' titles, reasons and runbooks; '' when there are none. Each item's first line
 * ends with `options.itemEnd` (by default the change's audit-log id).
 */
export function attentionSection(review: Review, clock: ZoneClock, options: SectionOptions = {}): string {
  const { sensitive } = review;
  if (sensitive.length === 0) return '';
  const shown = shownItems(review, clock, options.size);
  const lines = [`### ${SENSITIVE_MARK} Needs attention: ${severityCounts(review.severities, SENSITIVE_SEVERITIES)}`];
  let group: Severity | null = null;
  for (const change of shown) {
    if (change.severity !== group) lines.push('', GROUP_HEADINGS[group = change.severity!], '');
    lines.push(attentionItem(change, clock, itemEndText(change, options.itemEnd)));
  }
  if (shown.length < sensitive.length) {
    lines.push('', `_…and ${plural(sensitive.length - shown.length, 'more sensitive change')}, marked ${SENSITIVE_MARK} in the table._`);
  }
  return `${lines.join('\n')}\n`;
}

function tallyLine(label: string, tallies: readonly Tally[], budget: number): string {
  const candidates = tallies.slice(0, MAX_GLANCE_NAMES).map((entry) => `${inert(entry.name, GLANCE_TEXT_LENGTH) || '—'} (${entry.count})`);
  const named = candidates.slice(0, fitting(lengths(candidates), budget - 100));
  const rest = tallies.slice(named.length);
  if (rest.length) {
    const changes = rest.reduce((sum, entry) => sum + entry.count, 0);
    named.push(`${plural(rest.length, 'other')} (${changes})`);
  }
  return `- **${label}:** ${named.join(', ')}`;
}

/** "At a glance": changes per highest severity (when any has one), per actor and per setting area, most first; '' for fewer than two changes. */
export function glanceSection(review: Review, size = DEFAULT_REPORT_SIZE): string {
  if (review.changes.length < 2) return '';
  const budget = (size * SECTION_SHARES.glance) / 2;
  const severities = severityCounts(review.severities);
  return [
    '### At a glance',
    '',
    ...(severities ? [`- **By severity:** ${severities}`] : []),
    tallyLine('By actor', review.byActor, budget),
    tallyLine('By area', review.byArea, budget),
    '',
  ].join('\n');
}

/** `turned off, then on again 12 minutes later`; `changed from A to B, then back 5 minutes later`. */
function revertText(effect: NetEffect['reverts'][number]): string {
  const { change, stoodMs } = effect;
  const later = spanText(stoodMs);
  const from = change.change_from ?? '';
  const to = change.change_to ?? '';
  if ((from === 'on' || from === 'enabled') && (to === 'off' || to === 'disabled')) {
    return `turned ${to}, then ${from} again ${later} later`;
  }
  if ((from === 'off' || from === 'disabled') && (to === 'on' || to === 'enabled')) {
    return `turned ${to}, then ${from} again ${later} later`;
  }
  return `changed from ${inert(from) || '(empty)'} to ${inert(to) || '(empty)'}, then back ${later} later`;
}

function repeatedItem(effect: NetEffect): string {
  const mark = effect.sensitive ? `${SENSITIVE_MARK} ` : '';
  const net = effect.from !== null && effect.to !== null
    ? `${inert(effect.from) || '(empty)'} ${ARROW} ${inert(effect.to) || '(empty)'}, `
    : '';
  const back = effect.from !== null && effect.from === effect.to ? ' (back where it started)' : '';
  const shown = effect.reverts.slice(0, MAX_REVERTS_SHOWN);
  let reverts = shown.map((revert) => `; reverted: ${revertText(revert)}`).join('');
  if (shown.length < effect.reverts.length) reverts += `; ${plural(effect.reverts.length - shown.length, 'more revert')}`;
  return `- ${mark}${inert(effect.label) || '—'}: ${net}changed ${effect.changes.length} times${back}${reverts}`;
}

/** "Changed more than once": each such setting's first old and last new value, its count and its reverts; '' when none. */
export function repeatedSection(review: Review, size = DEFAULT_REPORT_SIZE): string {
  const { repeated } = review;
  if (repeated.length === 0) return '';
  const items = repeated.slice(0, MAX_REPEATED_SETTINGS).map(repeatedItem);
  const shown = items.slice(0, fitting(lengths(items), size * SECTION_SHARES.repeated - 200));
  const lines = ['### Changed more than once', '', ...shown];
  if (shown.length < repeated.length) {
    lines.push('', `_…and ${plural(repeated.length - shown.length, 'more setting')} changed more than once._`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The three sections, each followed by a blank line, then the heading of the full
 * table; '' when there is nothing to put above the table (a single ordinary change).
 * Together they take at most 40% of `options.size` (the report's most characters) and
 * a few hundred more for headings and notes.
 */
export function reviewSections(review: Review, clock: ZoneClock, options: SectionOptions = {}): string {
  const sections = [attentionSection(review, clock, options), glanceSection(review, options.size), repeatedSection(review, options.size)]
    .filter(Boolean);
  if (sections.length === 0) return '';
  return `${sections.join('\n')}\n### All changes\n\n`;
}
