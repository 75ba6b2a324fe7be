/**
 * JSON output: the records as Zendesk returned them, each followed by `created_at_local`
 * and what review adds (`localize.ts`: `sensitive`, `change_from`, `change_to`,
 * `severity`, `detections`).
 */
import type { ZoneClock } from '../time/zone-clock.ts';
import { changeOf } from '../review/change.ts';
import type { DetectedRecord } from '../review/detector.ts';
import { createdAtMs } from '../review/fields.ts';
import { type Detection, isSensitive } from '../review/rule.ts';
import { addedFields, localizeReviewed, REVIEW_FIELDS, withAdded } from './localize.ts';
import { escapeUnsafeInJson } from './unsafe.ts';

/** Options of `renderJson` and `renderNdjson`. */
export interface JsonOptions {
  /** The zone of `created_at_local`. */
  clock: ZoneClock;
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
export async function* renderJson(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: JsonOptions,
): AsyncGenerator<string> {
  let first = true;
  for await (const detected of records) {
    // JSON text holds no raw line breaks inside strings, so indenting every line is safe.
    const element = INDENT + stringify(localizeReviewed(detected, options.clock), INDENT).replaceAll('\n', `\n${INDENT}`);
    yield `${first ? '[\n' : ',\n'}${element}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * `{"rule":...,"severity":...,"reason":...}`, as `detectionFields` gives it, written as
 * text: cheaper than remembering it per detection (a revert's reason varies, and a
 * WeakMap's first look at each object costs more than the text).
 */
function detectionJson({ rule, severity, reason }: Detection): string {
  return `{"rule":${JSON.stringify(rule)},"severity":${JSON.stringify(severity)},"reason":${JSON.stringify(reason)}}`;
}

/** The keys localizing adds: a record that already carries one takes the long way. */
const ADDED_KEYS = ['created_at_local', ...REVIEW_FIELDS];

/**
 * `stringify(localizeReviewed(detected))` without the copy of the record: the added
 * fields are written after the record's own JSON, the same text (they are the last keys
 * either way), the constant parts as they are. A record that already carries one of
 * them takes the long way, where that key moves to the end.
 */
function ndjsonLine(detected: DetectedRecord, clock: ZoneClock): string {
  const { record, severity, detections } = detected;
  for (const key of ADDED_KEYS) if (key in record) return stringify(withAdded(record, addedFields(detected, clock)));
  const { change_from, change_to } = changeOf(record);
  const own = JSON.stringify(record);
  const list = detections.length === 0
    ? '[]'
    : detections.length === 1
    ? `[${detectionJson(detections[0]!)}]`
    : `[${detections.map(detectionJson).join(',')}]`;
  return escapeUnsafeInJson(
    `${own.slice(0, -1)},"created_at_local":${JSON.stringify(clock.iso(createdAtMs(record)))},"sensitive":${isSensitive(severity)},` +
      `"change_from":${JSON.stringify(change_from)},"change_to":${JSON.stringify(change_to)},` +
      `"severity":${severity === null ? 'null' : JSON.stringify(severity)},"detections":${list}}`,
  );
}

/** Newline-delimited JSON: one compact localized record per line, yielded as each arrives. */
export async function* renderNdjson(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: JsonOptions,
): AsyncGenerator<string> {
  for await (const detected of records) {
    yield `${ndjsonLine(detected, options.clock)}\n`;
  }
}
