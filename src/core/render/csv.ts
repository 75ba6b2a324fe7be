/**
 * CSV output: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180), safe to open in a spreadsheet.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog } from '../types.ts';
import { changeOf } from '../review/change.ts';
import type { DetectedRecord } from '../review/detector.ts';
import { createdAtMs } from '../review/fields.ts';
import { isSensitive } from '../review/rule.ts';
import { breakCommandsAfterLineStart, breakWorkflowCommands, escapeUnsafe } from './unsafe.ts';

/** The record's columns, in order; the header row names them exactly so. */
export const CSV_COLUMNS = [
  'id',
  'created_at',
  'created_at_local',
  'actor_id',
  'actor_name',
  'source_type',
  'source_id',
  'source_label',
  'action',
  'action_label',
  'change_description',
  'ip_address',
] as const;

/**
 * `CSV_COLUMNS`, then what review adds: `sensitive` (true or false), `change_from` and
 * `change_to`, `severity` (the highest detection's, empty when none) and `rules` (the ids
 * of the rules that matched, highest severity first, separated by spaces).
 */
export const REVIEWED_CSV_COLUMNS = [...CSV_COLUMNS, 'sensitive', 'change_from', 'change_to', 'severity', 'rules'] as const;

/** Options of `renderCsv`. */
export interface CsvOptions {
  /** The zone of `created_at_local`. */
  clock: ZoneClock;
}

const DELIMITER = ',';
/** RFC 4180 section 2: records end in CRLF. */
const LINE_END = '\r\n';
const QUOTE = '"';
/** A field holding any of these must be quoted (RFC 4180 section 2, rules 5 and 6). */
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * A cell whose first visible character is one of these is read as a formula by Excel,
 * LibreOffice and Google Sheets (OWASP "CSV Injection"): `=HYPERLINK(...)`, `@SUM(...)`,
 * `-2+3`. Spreadsheets trim leading blanks as they read a cell, so the trigger counts
 * after any spaces, tabs, line breaks, no-break and other Unicode spaces (`\s`), and
 * zero-width characters; its full-width (`＝＋－＠`, which East Asian input methods type)
 * and small (`﹦﹢﹣﹫`) forms count as well. A tab or CR first is itself a trigger.
 */
const FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r]/;
/** Characters a quoted cell holds as they are (RFC 4180 section 2, rule 6). */
const CSV_KEPT = '\r\n\t';
/** Spreadsheets show a leading apostrophe as "this is text" and hide it. */
const FORMULA_GUARD = "'";

/** One cell: numbers as numbers, null as empty, text neutralised and quoted as needed. `first`: the cell starts its row. */
function csvCell(value: unknown, first: boolean): string {
  if (value === null || value === undefined) return '';
  // Numbers cannot start a formula: a negative number stays a number.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // ESC, C1 controls and bidi overrides act on the terminal that `cat` prints to, and
  // reorder what a spreadsheet shows: written as `\u001b`. Line breaks and tabs stay (quoted).
  let text = escapeUnsafe(typeof value === 'string' ? value : JSON.stringify(value), CSV_KEPT);
  // For a script run in a GitHub Actions step: what the runner would read as a command.
  // A row's first cell starts a line; any cell may hold line breaks.
  text = first ? breakWorkflowCommands(text) : breakCommandsAfterLineStart(text);
  if (FORMULA_START.test(text)) text = FORMULA_GUARD + text;
  return NEEDS_QUOTES.test(text) ? QUOTE + text.replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE : text;
}

/**
 * One CSV record of `values`, ending in CRLF: numbers and booleans as written, null as
 * empty, text neutralised (formulas, control characters, workflow commands) and quoted
 * as needed. What every CSV of this project is made of.
 */
export function csvRow(values: readonly unknown[]): string {
  return values.map((value, index) => csvCell(value, index === 0)).join(DELIMITER) + LINE_END;
}

/** The cells of one row: the record's fields, then what localizing and review add. */
function csvValues(detected: DetectedRecord, clock: ZoneClock): unknown[] {
  const { record, detections, severity } = detected;
  const values: unknown[] = CSV_COLUMNS.map((column) =>
    column === 'created_at_local' ? clock.iso(createdAtMs(record)) : record[column as keyof AuditLog]
  );
  const { change_from, change_to } = changeOf(record);
  values.push(isSensitive(severity), change_from, change_to, severity, detections.map((detection) => detection.rule).join(' '));
  return values;
}

/** A header row, then one row per record, yielded as the records arrive. */
export async function* renderCsv(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: CsvOptions,
): AsyncGenerator<string> {
  yield csvRow(REVIEWED_CSV_COLUMNS);
  for await (const detected of records) yield csvRow(csvValues(detected, options.clock));
}
