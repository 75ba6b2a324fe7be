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
/** A value as lower-case words: `End-user` and `end_user` read `end user`. */
export declare function normalizeValue(value: string): string;
/**
 * How much of something a value holds, comparable within one setting: a switch is 0
 * or 1, a duration its milliseconds (`Indefinitely` endless, `off` none), a bare number
 * itself; undefined when the value is none of these.
 */
export declare function quantity(value: string): number | undefined;
/**
 * The direction of a change from `from` to `to` in `sense`: null when the values are
 * the same in that sense, `unknown` when either is missing or unreadable.
 *
 * @example changeDirection('on', 'off', 'protects') // 'weakening'
 * @example changeDirection('4 hours', '8 hours', 'opens') // 'weakening'
 * @example changeDirection('None', '198.51.100.0/24', 'ip-ranges') // 'strengthening'
 */
export declare function changeDirection(from: string | null, to: string | null, sense: Sense): Direction | null;
