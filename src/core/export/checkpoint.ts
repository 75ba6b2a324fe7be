/**
 * The checkpoint file of an incremental export (`--checkpoint FILE`): where the next run
 * resumes, and which records near that point were already written. `incremental.ts`
 * says how runs use it; this module is its format, read and written without I/O.
 *
 * Version 1, JSON, times as Zendesk writes them (UTC, to the second):
 *
 * ```json
 * {
 *   "format": "zendesk-audit checkpoint",
 *   "version": 1,
 *   "account": "acme",
 *   "filters": {"source_type":["account_setting"]},
 *   "run_started_at": "2024-06-01T12:00:00Z",
 *   "read_through": "2024-06-01T11:59:59Z",
 *   "resume_from": "2024-06-01T11:54:59Z",
 *   "written": {
 *     "2024-06-01T11:55:03Z": [23649114690839,23649114690840],
 *     "2024-06-01T11:58:41Z": [23649114691102]
 *   }
 * }
 * ```
 *
 * `account` and `filters` are the export's scope (`scope.ts`); `run_started_at` when the
 * run that wrote it began reading; `read_through` the last second that run read
 * completely; `resume_from` the first second the next run reads; `written` the ids of
 * the records already written whose `created_at` is `resume_from` or later, by second
 * (only those: the file stays as small as the lag horizon). A reader refuses any other
 * shape in one line naming the field, and a later version by name, so an old release
 * never misreads a new file.
 */
import { Temporal } from 'temporal-polyfill';
import { InputError } from '../errors.ts';
import { utcSecond } from '../time/time.ts';
import { isZendeskId } from '../whole-number.ts';
import type { ExportScope } from './scope.ts';

/** What `format` says in every checkpoint file. */
export const CHECKPOINT_FORMAT = 'zendesk-audit checkpoint';
/** The version this release writes and reads. */
export const CHECKPOINT_VERSION = 1;

/** A checkpoint, read or about to be written. */
export interface Checkpoint {
  scope: ExportScope;
  /** When the run that wrote it began reading. */
  runStartedAt: Temporal.Instant;
  /** The last second that run read completely. */
  readThrough: Temporal.Instant;
  /** The first second the next run reads. */
  resumeFrom: Temporal.Instant;
  /** The records written whose `created_at` is `resumeFrom` or later: id to `created_at` in epoch seconds. */
  written: ReadonlyMap<number, number>;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the only form a checkpoint's times take. */
const SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The checkpoint as JSON text, ending in a line break; `written` one line per second, oldest first. */
export function serializeCheckpoint(checkpoint: Checkpoint): string {
  const bySecond = new Map<number, number[]>();
  for (const [id, second] of checkpoint.written) {
    let ids = bySecond.get(second);
    if (!ids) bySecond.set(second, ids = []);
    ids.push(id);
  }
  const seconds = [...bySecond.keys()].sort((a, b) => a - b);
  const written = seconds.map((second) => {
    const ids = bySecond.get(second)!.sort((a, b) => a - b);
    return `    ${JSON.stringify(utcSecond(Temporal.Instant.fromEpochMilliseconds(second * 1000)))}: ${JSON.stringify(ids)}`;
  });
  const head = {
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    account: checkpoint.scope.account,
    filters: checkpoint.scope.filters,
    run_started_at: utcSecond(checkpoint.runStartedAt),
    read_through: utcSecond(checkpoint.readThrough),
    resume_from: utcSecond(checkpoint.resumeFrom),
  };
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  lines.push(written.length ? `  "written": {\n${written.join(',\n')}\n  }` : '  "written": {}');
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** A checkpoint that cannot be read: one line naming the file, what is wrong, and the way out. */
function unreadable(file: string, problem: string): InputError {
  return new InputError(
    `${file} is not a checkpoint this release can resume from: ${problem}; restore it, or remove it and give the range to export`,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A time field: exactly `YYYY-MM-DDTHH:MM:SSZ`, a real instant. */
function instantOf(file: string, field: string, value: unknown): Temporal.Instant {
  if (typeof value === 'string' && SECOND.test(value)) {
    try {
      return Temporal.Instant.from(value);
    } catch {
      // Falls through to the error below (e.g. 2024-02-30T00:00:00Z).
    }
  }
  throw unreadable(file, `${field} is not a time such as 2024-06-01T12:00:00Z`);
}

function scopeOf(file: string, parsed: Record<string, unknown>): ExportScope {
  const { account, filters } = parsed;
  if (typeof account !== 'string' || !account) throw unreadable(file, 'account is not a name');
  if (!isPlainObject(filters)) throw unreadable(file, 'filters is not an object');
  const checked: Record<string, readonly string[]> = {};
  for (const name of Object.keys(filters).sort()) {
    const values = filters[name];
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
      throw unreadable(file, `filters.${name} is not a list of text`);
    }
    checked[name] = [...values as string[]].sort();
  }
  return { account, filters: checked };
}

function writtenOf(file: string, value: unknown, resumeFrom: Temporal.Instant): Map<number, number> {
  if (!isPlainObject(value)) throw unreadable(file, 'written is not an object');
  const written = new Map<number, number>();
  const from = resumeFrom.epochMilliseconds / 1000;
  for (const [time, ids] of Object.entries(value)) {
    const second = instantOf(file, `written's key ${JSON.stringify(time)}`, time).epochMilliseconds / 1000;
    if (second < from) throw unreadable(file, `written holds ${time}, before resume_from`);
    if (!Array.isArray(ids) || !ids.every(isZendeskId)) throw unreadable(file, `written's ${time} is not a list of audit-log ids`);
    for (const id of ids) {
      if (written.has(id)) throw unreadable(file, `written holds id ${id} twice`);
      written.set(id, second);
    }
  }
  return written;
}

/**
 * The checkpoint in `text`, checked; `file` names it in messages. Throws an `InputError`
 * of one line for anything else: not JSON, not a checkpoint, a field of the wrong shape,
 * or a checkpoint of a later version.
 */
export function parseCheckpoint(text: string, file: string): Checkpoint {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message quotes the text; what a file holds is not echoed.
    throw unreadable(file, 'it is not JSON');
  }
  if (!isPlainObject(parsed) || parsed.format !== CHECKPOINT_FORMAT) {
    throw unreadable(file, `it does not say "format": "${CHECKPOINT_FORMAT}"`);
  }
  const { version } = parsed;
  if (typeof version === 'number' && Number.isInteger(version) && version > CHECKPOINT_VERSION) {
    throw new InputError(
      `${file} was written by a later zendesk-audit (checkpoint version ${version}): upgrade zendesk-audit to resume from it`,
    );
  }
  if (version !== CHECKPOINT_VERSION) throw unreadable(file, `its version is not ${CHECKPOINT_VERSION}`);
  const resumeFrom = instantOf(file, 'resume_from', parsed.resume_from);
  return {
    scope: scopeOf(file, parsed),
    runStartedAt: instantOf(file, 'run_started_at', parsed.run_started_at),
    readThrough: instantOf(file, 'read_through', parsed.read_through),
    resumeFrom,
    written: writtenOf(file, parsed.written, resumeFrom),
  };
}
