/**
 * Audit-log source types. Zendesk lists no closed set ("Possible values vary based on
 * the system where the change was initiated", https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/),
 * and a filter on a type no record has answers an empty list, not an error: so a
 * mistyped type would report "nothing found" for ever. The known types pass; a near
 * miss of one is refused; anything else is sent, with a warning.
 */
import { InputError } from '../errors.ts';
import { closestMatch } from '../suggest.ts';

/**
 * Source types seen in Zendesk's API reference and help centre (`user`, `rule` in the
 * filter's description; `account_setting`, `apitoken`, `ticket`, `zendesk/app_market/app`
 * in its examples) and in records quoted by public integrations.
 */
export const KNOWN_SOURCE_TYPES = [
  'account_setting',
  'apitoken',
  'brand',
  'group',
  'macro',
  'permission_set',
  'rule',
  'ticket',
  'ticket_form',
  'trigger',
  'user',
  'view',
  'zendesk/app_market/app',
] as const;

/**
 * Checks source types as a user typed them: undefined for known ones, a warning for an
 * unknown one that is no near miss, an InputError (with a suggestion) for a near miss.
 *
 * @example checkSourceTypes(['account_settings']) // throws: source type "account_settings" is not known: did you mean account_setting?
 */
export function checkSourceTypes(types: readonly string[]): string | undefined {
  const unknown: string[] = [];
  for (const type of types) {
    if ((KNOWN_SOURCE_TYPES as readonly string[]).includes(type)) continue;
    const suggestion = closestMatch(type, KNOWN_SOURCE_TYPES);
    if (suggestion) throw new InputError(`source type ${JSON.stringify(type)} is not known: did you mean ${suggestion}?`);
    unknown.push(type);
  }
  if (unknown.length === 0) return undefined;
  const names = unknown.map((type) => JSON.stringify(type)).join(', ');
  return `source type ${names} is not one Zendesk is known to log (${
    KNOWN_SOURCE_TYPES.join(', ')
  }): if nothing is found, check the spelling`;
}
