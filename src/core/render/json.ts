/**
 * JSON output: the records as Zendesk returned them, each with `created_at_local`.
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog } from '../types.ts';
import type { Sensitivity } from '../review/sensitive.ts';
import { addedFields, localize, localizeReviewed, withAdded } from './localize.ts';
import { escapeUnsafeInJson } from './unsafe.ts';

/** Options of `renderJson` and `renderNdjson`. */
export interface JsonOptions {
  /** The zone of `created_at_local`. */
  clock: ZoneClock;
  /** With it, each record also gets `sensitive`, `change_from` and `change_to` after `created_at_local`. */
  sensitivity?: Sensitivity;
}

function output(record: AuditLog, options: JsonOptions): AuditLog {
  return options.sensitivity ? localizeReviewed(record, options.clock, options.sensitivity) : localize(record, options.clock);
}

const INDENT = '  ';

/**
 * `JSON.stringify` leaves DEL, C1 controls and bidi overrides raw, and those still act
 * on the terminal that `cat` or `jq` prints to: written as `\uXXXX` instead.
 */
function stringify(value: unknown, indent?: string): string {
  return escapeUnsafeInJson(JSON.stringify(value, null, indent));
}

/**
 * One pretty JSON array (2-space indent, as `JSON.stringify(array, null, 2)`, plus a
 * final line end), yielded a record at a time so a large export needs constant memory.
 * `[]` when there are no records.
 */
export async function* renderJson(records: AsyncIterable<AuditLog>, options: JsonOptions): AsyncGenerator<string> {
  let first = true;
  for await (const record of records) {
    // JSON text holds no raw line breaks inside strings, so indenting every line is safe.
    const element = INDENT + stringify(output(record, options), INDENT).replaceAll('\n', `\n${INDENT}`);
    yield `${first ? '[\n' : ',\n'}${element}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * `stringify(output(record))` without the copy of the record: the added fields are
 * written after the record's own JSON, the same text (they are the last keys either
 * way). A record that already carries one of them takes the long way, where that key
 * moves to the end.
 */
function ndjsonLine(record: AuditLog, options: JsonOptions): string {
  const added = addedFields(record, options.clock, options.sensitivity);
  if (Object.keys(added).some((key) => key in record)) return stringify(withAdded(record, added));
  const own = JSON.stringify(record);
  const tail = JSON.stringify(added).slice(1, -1);
  return escapeUnsafeInJson(`${own.slice(0, -1)},${tail}}`);
}

/** Newline-delimited JSON: one compact localized record per line, yielded as each arrives. */
export async function* renderNdjson(records: AsyncIterable<AuditLog>, options: JsonOptions): AsyncGenerator<string> {
  for await (const record of records) {
    yield `${ndjsonLine(record, options)}\n`;
  }
}
