/**
 * What people type for a time zone that is no IANA name, and the IANA names they mean:
 * the abbreviations of everyday speech (`PST`, `CEST`, `IST`), a name with spaces or a
 * typo (`America/Los Angeles`, `Europe/Berln`). Suggestions only: an abbreviation names
 * an offset, not a zone's rules, and several are ambiguous, so none is accepted in place
 * of a name. Abbreviations the zone database itself holds as zones (`EST`, `MST`, `HST`,
 * `CET`, `EET`, `WET`) are accepted as they are and never reach this table.
 * https://data.iana.org/time-zones/theory.html ("Time zone abbreviations")
 */
import { closestMatch } from '../suggest.ts';

/** The IANA names an abbreviation most often stands for, the likeliest first. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  PT: ['America/Los_Angeles'],
  MDT: ['America/Denver'],
  MT: ['America/Denver'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  CT: ['America/Chicago'],
  EDT: ['America/New_York'],
  ET: ['America/New_York'],
  AKST: ['America/Anchorage'],
  AKDT: ['America/Anchorage'],
  BRT: ['America/Sao_Paulo'],
  BST: ['Europe/London'],
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CEST: ['Europe/Berlin', 'Europe/Paris'],
  EEST: ['Europe/Athens', 'Europe/Helsinki'],
  WEST: ['Europe/Lisbon'],
  MSK: ['Europe/Moscow'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  AEST: ['Australia/Sydney', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney'],
  ACST: ['Australia/Adelaide', 'Australia/Darwin'],
  ACDT: ['Australia/Adelaide'],
  AWST: ['Australia/Perth'],
  NZST: ['Pacific/Auckland'],
  NZDT: ['Pacific/Auckland'],
  Z: ['UTC'],
};

/** The runtime's zone names (418 or so in current ICU), for "did you mean"; none where Intl cannot list them. */
function knownZones(): readonly string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  try {
    return supported ? [...supported('timeZone'), 'UTC'] : ['UTC'];
  } catch {
    return ['UTC'];
  }
}

/**
 * The IANA names `typed` likely means, or none.
 *
 * @example zoneSuggestions('pst') // ['America/Los_Angeles']
 * @example zoneSuggestions('America/Los Angeles') // ['America/Los_Angeles']
 * @example zoneSuggestions('Europe/Berln') // ['Europe/Berlin']
 */
export function zoneSuggestions(typed: string): readonly string[] {
  const text = typed.trim();
  const abbreviated = ABBREVIATIONS[text.toUpperCase()];
  if (abbreviated) return abbreviated;
  // A space for an underscore is one edit, like any typo.
  const nearest = closestMatch(text, knownZones());
  return nearest ? [nearest] : [];
}
