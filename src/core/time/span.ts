/**
 * How long something lasted, as a person says it: what a revert's reason and the
 * review sections both print.
 */
import { plural } from '../plural.ts';

/** `12 minutes`, `3 hours`, `2 days`: a span rounded down, at least `under a minute`. */
export function spanText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
}
