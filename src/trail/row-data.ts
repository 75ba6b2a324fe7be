/**
 * What a report says of each change it lists, in a form the evidence reads back: when
 * the change was made, by whom, on what, and how severe the rules found it; and, for a
 * report's first body, which change each "Needs attention" task stands for. It travels
 * inside the body's signed marker (`data=`), so nobody who can only edit issues can
 * change a row's actor or severity in the evidence: an edited marker fails to verify.
 *
 * Written as JSON, then base64url (RFC 4648, section 5): Zendesk text inside an HTML
 * comment could otherwise end it (`-->`), mention someone or reference an issue.
 */
import { type DetectedRecord, epochMs, type Severity } from '../core/mod.ts';
import { base64url, fromBase64url } from './mac.ts';

/** One change as its report lists it. */
export interface RowData {
  /** When the change was made: whole seconds since 1970 (UTC), or null when the record did not say. */
  createdAt: number | null;
  /** The Zendesk user who made it, or null when the record names none. */
  actorId: number | null;
  /** The highest severity a rule found, or null. */
  severity: Severity | null;
  /** The setting (`source_label`), cut to `LABEL_LENGTH` code points. */
  label: string;
}

/** What a body's marker says besides its ids. */
export interface ReportData {
  /** One per id of the marker, in its order. */
  rows: RowData[];
  /** The first body's "Needs attention" task-list items, in order, as the audit-log ids they stand for; empty elsewhere. */
  tasks: number[];
  /**
   * In a report's first body, how many bodies it was posted in (itself and the comments
   * that continue it): a part deleted later shows as one missing. Left out elsewhere.
   */
  parts?: number;
}

/** A label is cut to this many code points: enough to name the setting, the report has it in full. */
export const LABEL_LENGTH = 120;
const CUT = '…';

const SEVERITY_CODES: Readonly<Record<Severity, string>> = { high: 'h', medium: 'm', low: 'l' };
const SEVERITY_OF: Readonly<Record<string, Severity | null>> = { h: 'high', m: 'medium', l: 'low', '': null };

/** `text` cut to `LABEL_LENGTH` code points, marked with `…` when cut. */
function cutLabel(text: string): string {
  const points = Array.from(text);
  return points.length <= LABEL_LENGTH ? text : `${points.slice(0, LABEL_LENGTH).join('')}${CUT}`;
}

/** What a report keeps of `detected`. */
export function rowDataOf(detected: DetectedRecord): RowData {
  const { record, severity } = detected;
  let createdAt: number | null = null;
  try {
    const ms = typeof record.created_at === 'string' ? epochMs(record.created_at) : Number.NaN;
    if (Number.isFinite(ms)) createdAt = Math.floor(ms / 1000);
  } catch {
    createdAt = null;
  }
  const actorId = Number.isSafeInteger(record.actor_id) ? record.actor_id : null;
  return { createdAt, actorId, severity, label: cutLabel(typeof record.source_label === 'string' ? record.source_label : '') };
}

type WireRow = [number | null, number | null, string, string];

function wireRow(row: RowData): WireRow {
  return [row.createdAt, row.actorId, row.severity ? SEVERITY_CODES[row.severity] : '', row.label];
}

function utf8Base64url(json: string): string {
  return base64url(new TextEncoder().encode(json));
}

/** `data` as a marker carries it: base64url of `{"r": [[created, actor, severity, label], ...], "t": [ids], "p": parts}`. */
export function encodeData(data: ReportData): string {
  return utf8Base64url(JSON.stringify({ r: data.rows.map(wireRow), t: data.tasks, ...(data.parts ? { p: data.parts } : {}) }));
}

/**
 * About how many characters `row` adds to an encoded `data=`: its JSON and a comma, in
 * base64 (4 characters for every 3 bytes), rounded up. A body's rows are packed by it
 * (`splitBody`); a few characters off only change where a part ends.
 */
export function dataCost(row: RowData): number {
  return Math.ceil(((new TextEncoder().encode(JSON.stringify(wireRow(row))).length + 1) * 4) / 3) + 1;
}

const isNullableWhole = (value: unknown): value is number | null => value === null || Number.isSafeInteger(value);

/** The data `text` encodes, or undefined when it is not what `encodeData` writes. */
export function decodeData(text: string): ReportData | undefined {
  const bytes = fromBase64url(text);
  if (!bytes) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  const { r, t, p } = (parsed ?? {}) as { r?: unknown; t?: unknown; p?: unknown };
  if (!Array.isArray(r) || !Array.isArray(t) || !t.every((id) => Number.isSafeInteger(id) && id > 0)) return undefined;
  if (p !== undefined && !(Number.isSafeInteger(p) && (p as number) > 0)) return undefined;
  const rows: RowData[] = [];
  for (const entry of r) {
    if (!Array.isArray(entry) || entry.length !== 4) return undefined;
    const [createdAt, actorId, code, label] = entry as unknown[];
    if (!isNullableWhole(createdAt) || !isNullableWhole(actorId) || typeof label !== 'string') return undefined;
    if (typeof code !== 'string' || !(code in SEVERITY_OF)) return undefined;
    rows.push({ createdAt, actorId, severity: SEVERITY_OF[code]!, label });
  }
  return { rows, tasks: t as number[], ...(p === undefined ? {} : { parts: p as number }) };
}
