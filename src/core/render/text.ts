/**
 * Plain-text output for a terminal, in the seed program's shape:
 * `ID: 23649114690839, At 2024-05-21 15:34:33 PDT User: Joe Agent with id: 1509756491122 updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes`
 */
import { epochMs } from '../time/time.ts';
import type { ZoneClock } from '../time/zone-clock.ts';
import type { AuditLog, User } from '../types.ts';
import type { DetectedRecord } from '../review/detector.ts';
import { createdAtMs, textOf } from '../review/fields.ts';
import { breakCommandsAfterLineStart, replaceUnsafe, unicodeEscape } from './unsafe.ts';

/** What `renderText` prints when there are no records, as the seed does. */
export const NO_SETTING_UPDATES = 'No account setting updates found.';

/** Short escapes a reader recognises; everything else unsafe is shown as `\uXXXX`. */
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Untrusted text made safe for a terminal: control characters (an ESC starts a
 * terminal command sequence) and bidi overrides are shown as visible escapes instead,
 * and what a GitHub Actions runner would read as a command is broken up, for a script
 * run in a workflow step. Every line starts with our own label, never with this text.
 */
function terminalText(value: unknown): string {
  return breakCommandsAfterLineStart(replaceUnsafe(textOf(value), (character) => NAMED_ESCAPES[character] ?? unicodeEscape(character)));
}

/** The verb of a change: `action_label` lower-cased (`Signed in` → `signed in`), else `action`. */
export function verbOf(record: AuditLog): string {
  return textOf(record.action_label || record.action).toLowerCase();
}

/**
 * One change as one line (no line end), its time in the clock's zone with the zone's abbreviation.
 *
 * @example changeLine(record, new ZoneClock('America/Los_Angeles'))
 *   // "ID: 23649114690839, At 2024-05-21 15:34:33 PDT User: Joe Agent with id: 1509756491122 updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes"
 */
export function changeLine(record: AuditLog, clock: ZoneClock): string {
  const at = clock.text(createdAtMs(record));
  return (
    `ID: ${terminalText(record.id)}, At ${at} User: ${terminalText(record.actor_name)} with id: ${terminalText(record.actor_id)} ` +
    `${terminalText(verbOf(record))} '${terminalText(record.source_label)}': ${terminalText(record.change_description)}`
  );
}

/** Options of `renderText`. */
export interface TextOptions {
  /** The zone the times are shown in. */
  clock: ZoneClock;
  /** The line printed when there are no records (`''`: none); default `No account setting updates found.` */
  empty?: string;
}

/**
 * What ends the line of a change with a detection: the highest one's severity and title,
 * ` [high: API token created]` (easy to grep for: `grep '\[high:'`); '' when there is none.
 */
export function detectionMark(detected: DetectedRecord): string {
  const highest = detected.detections[0];
  return highest ? ` [${highest.severity}: ${terminalText(highest.title)}]` : '';
}

/** One line per change, each ending in `\n`, yielded as the records arrive; the `empty` line when there are none. */
export async function* renderText(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: TextOptions,
): AsyncGenerator<string> {
  let count = 0;
  for await (const detected of records) {
    count += 1;
    yield `${changeLine(detected.record, options.clock)}${detectionMark(detected)}\n`;
  }
  // An empty `empty` says nothing at all: an export appended to a file adds no line.
  if (count === 0 && options.empty !== '') yield `${options.empty ?? NO_SETTING_UPDATES}\n`;
}

/** `America/Los_Angeles (Pacific Time (US & Canada))`: the IANA id people can look up, and the name Zendesk shows. */
function zoneOf(user: User): string {
  const iana = terminalText(user.iana_time_zone);
  const rails = terminalText(user.time_zone);
  if (iana && rails && iana !== rails) return `${iana} (${rails})`;
  return iana || rails || 'unknown';
}

function lastLoginOf(user: User, clock: ZoneClock): string {
  const lastLogin: unknown = user.last_login_at;
  if (typeof lastLogin !== 'string' || !lastLogin) return 'never';
  try {
    return clock.text(epochMs(lastLogin));
  } catch {
    return terminalText(lastLogin);
  }
}

function yesNo(value: unknown, yes: string, no: string): string {
  if (value === true) return yes;
  if (value === false) return no;
  return 'unknown';
}

/**
 * A user's details, one `Label: value` line each (indented, no heading, no final line
 * end): name, email, role, time zone, last login in the clock's zone, 2FA, suspended.
 * Zendesk sends `two_factor_auth_enabled: null` when the account enforces no 2FA
 * policy: shown as `unknown`, not as off.
 */
export function userDetails(user: User, clock: ZoneClock): string {
  const rows: [string, string][] = [
    ['Name', terminalText(user.name) || '(none)'],
    ['Email', terminalText(user.email) || '(none)'],
    ['Role', terminalText(user.role) || 'unknown'],
    ['Time zone', zoneOf(user)],
    ['Last login', lastLoginOf(user, clock)],
    ['2FA', yesNo(user.two_factor_auth_enabled, 'on', 'off')],
    ['Suspended', yesNo(user.suspended, 'yes', 'no')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`).join('\n');
}
