/**
 * Which way a change moves a setting, read from the values it went from and to in the
 * setting's sense (`Sense` in `rule.ts`): two-factor turned off weakens, a session made
 * shorter strengthens, an allowed IP range added widens access.
 *
 * Values are what `change.ts` reads from Zendesk's descriptions: switches (`on`/`off`,
 * `enabled`/`disabled`), durations (`10 minutes`, `8 hours`, `One week`, `Indefinitely`:
 * Zendesk's account-assumption durations, https://support.zendesk.com/hc/en-us/articles/4408824477082),
 * levels (`Low`, `Medium`, `High`, `Recommended`: the password security levels,
 * https://support.zendesk.com/hc/en-us/articles/4408822149018) and IP ranges
 * (`192.168.1.0/25`, `192.*.*.*`, several separated by spaces:
 * https://support.zendesk.com/hc/en-us/articles/4408894156186).
 */
import type { Direction, Sense } from './rule.ts';

const ON = new Set(['on', 'enabled', 'enable', 'true', 'yes', 'required', 'active', 'activated', 'allowed', 'checked']);
const OFF = new Set(['off', 'disabled', 'disable', 'false', 'no', 'not required', 'inactive', 'deactivated', 'not allowed', 'unchecked']);
const ENDLESS = new Set(['indefinitely', 'indefinite', 'forever', 'unlimited', 'always', 'no limit']);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const MINUTE = 60_000;
const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  m: MINUTE,
  min: MINUTE,
  minute: MINUTE,
  h: 60 * MINUTE,
  hr: 60 * MINUTE,
  hour: 60 * MINUTE,
  d: 1440 * MINUTE,
  day: 1440 * MINUTE,
  w: 7 * 1440 * MINUTE,
  week: 7 * 1440 * MINUTE,
  month: 30 * 1440 * MINUTE,
  year: 365 * 1440 * MINUTE,
};
const QUANTITY = /^(\d+(?:\.\d+)?|[a-z]+)\s*([a-z]+?)s?$/;

/** A value as lower-case words: `End-user` and `end_user` read `end user`. */
export function normalizeValue(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/**
 * How much of something a value holds, comparable within one setting: a switch is 0
 * or 1, a duration its milliseconds (`Indefinitely` endless, `off` none), a bare number
 * itself; undefined when the value is none of these.
 */
export function quantity(value: string): number | undefined {
  const text = normalizeValue(value);
  if (ON.has(text)) return 1;
  if (OFF.has(text) || text === 'none') return 0;
  if (ENDLESS.has(text)) return Infinity;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const count = /^\d/.test(match[1]!) ? Number(match[1]) : NUMBER_WORDS[match[1]!];
  const unit = UNIT_MS[match[2]!];
  return count === undefined || unit === undefined ? undefined : count * unit;
}

/** More of it, the later value against the earlier; null when equal, undefined when either is unreadable. */
function compareQuantities(from: string, to: string): number | null | undefined {
  const [before, after] = [quantity(from), quantity(to)];
  if (before === undefined || after === undefined) return undefined;
  return after === before ? null : after > before ? 1 : -1;
}

function levelOf(levels: readonly (readonly string[])[], value: string): number {
  const text = normalizeValue(value);
  return levels.findIndex((names) => names.some((name) => normalizeValue(name) === text));
}

/** An IPv4 range as its first address and size, from `a.b.c.d`, `a.b.c.d/n` or `a.*.*.*`. */
interface Range {
  start: number;
  size: number;
}

function ipv4Range(token: string): Range | undefined {
  const [address, bits] = token.split('/');
  const parts = address!.split('.');
  if (parts.length !== 4) return undefined;
  let start = 0;
  let wildcards = 0;
  for (const part of parts) {
    if (part === '*') {
      wildcards++;
      start = start * 256;
      continue;
    }
    // A number after a wildcard (192.*.0.1) is no range Zendesk describes.
    if (wildcards > 0 || !/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    start = start * 256 + Number(part);
  }
  let prefix = 32 - 8 * wildcards;
  if (bits !== undefined) {
    if (wildcards > 0 || !/^\d{1,2}$/.test(bits) || Number(bits) > 32) return undefined;
    prefix = Number(bits);
  }
  const size = 2 ** (32 - prefix);
  return { start: start - (start % size), size };
}

/** The ranges a value allows, or null when it allows every address (no restriction). */
function allowedRanges(value: string): { ranges: Range[]; others: Set<string> } | null {
  const tokens = value.trim().toLowerCase().split(/[\s,;]+/).filter(Boolean);
  if (tokens.length === 0 || (tokens.length === 1 && ['none', '-', 'any', 'all', '(none)', 'empty'].includes(tokens[0]!))) return null;
  const ranges: Range[] = [];
  // Addresses we do not parse (IPv6, host names) compare as text.
  const others = new Set<string>();
  for (const token of tokens) {
    const range = ipv4Range(token);
    if (range) ranges.push(range);
    else others.add(token);
  }
  return { ranges, others };
}

/** Whether every address `inner` allows, `outer` allows too. */
function within(inner: NonNullable<ReturnType<typeof allowedRanges>>, outer: NonNullable<ReturnType<typeof allowedRanges>>): boolean {
  for (const other of inner.others) if (!outer.others.has(other)) return false;
  return inner.ranges.every((range) =>
    outer.ranges.some((wider) => range.start >= wider.start && range.start + range.size <= wider.start + wider.size)
  );
}

function ipRangesDirection(from: string, to: string): Direction | null {
  // `IP restrictions: Turned off` is a switch: on restricts.
  const switched = compareSwitch(from, to);
  if (switched !== undefined) return switched === null ? null : switched > 0 ? 'strengthening' : 'weakening';
  const [before, after] = [allowedRanges(from), allowedRanges(to)];
  if (before === null && after === null) return null;
  if (before === null) return 'strengthening';
  if (after === null) return 'weakening';
  const narrower = within(after, before);
  const wider = within(before, after);
  if (narrower && wider) return null;
  return narrower ? 'strengthening' : 'weakening';
}

/** +1 when switched on, -1 off, null unchanged, undefined when either value is no switch. */
function compareSwitch(from: string, to: string): number | null | undefined {
  const read = (value: string) => (ON.has(normalizeValue(value)) ? 1 : OFF.has(normalizeValue(value)) ? 0 : undefined);
  const [before, after] = [read(from), read(to)];
  if (before === undefined || after === undefined) return undefined;
  return before === after ? null : after - before;
}

/**
 * The direction of a change from `from` to `to` in `sense`: null when the values are
 * the same in that sense, `unknown` when either is missing or unreadable.
 *
 * @example changeDirection('on', 'off', 'protects') // 'weakening'
 * @example changeDirection('4 hours', '8 hours', 'opens') // 'weakening'
 * @example changeDirection('None', '198.51.100.0/24', 'ip-ranges') // 'strengthening'
 */
export function changeDirection(from: string | null, to: string | null, sense: Sense): Direction | null {
  if (from === null || to === null) return 'unknown';
  if (sense === 'ip-ranges') return ipRangesDirection(from, to);
  if (typeof sense === 'object') {
    const [before, after] = [levelOf(sense.levels, from), levelOf(sense.levels, to)];
    if (before < 0 || after < 0) return normalizeValue(from) === normalizeValue(to) ? null : 'unknown';
    return before === after ? null : after > before ? 'strengthening' : 'weakening';
  }
  const more = compareQuantities(from, to);
  if (more === undefined) return normalizeValue(from) === normalizeValue(to) ? null : 'unknown';
  if (more === null) return null;
  return (more > 0) === (sense === 'opens') ? 'weakening' : 'strengthening';
}
