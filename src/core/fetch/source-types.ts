/**
 * Audit-log source types, asked of the account rather than checked against a list.
 * Zendesk lists no closed set ("Possible values vary based on your account's Zendesk
 * products and activity",
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/),
 * and integrations meet others than its examples (Panther's rules match `api_token` where
 * the reference writes `apitoken`). A filter on a type no record has answers an empty
 * list, not an error: a mistyped type would report "nothing found" for ever. So when a
 * type finds nothing in the window, one request asks whether the account has ever logged
 * it; a type it has logged runs, whatever any list says.
 */
import { InputError } from '../errors.ts';
import { closestMatch } from '../suggest.ts';
import type { AuditLog } from '../types.ts';
import type { ZendeskClient } from './client.ts';
import { auditLogParams } from './query.ts';

/**
 * The types Zendesk's API reference names (`user`, `rule` in the filter's description;
 * `account_setting`, `apitoken`, `ticket`, `zendesk/app_market/app` in its examples). A
 * fresh account may not have logged one yet: such a type is never refused, only noted.
 */
export const DOCUMENTED_SOURCE_TYPES = ['account_setting', 'apitoken', 'rule', 'ticket', 'user', 'zendesk/app_market/app'] as const;

/**
 * Every type seen in Zendesk's reference and help centre and in records quoted by public
 * integrations (Panther's Zendesk rules: `api_token`, `account`, `user_setting`): the
 * suggestions for a type an account has never logged.
 */
export const KNOWN_SOURCE_TYPES = [
  ...DOCUMENTED_SOURCE_TYPES,
  'account',
  'api_token',
  'brand',
  'group',
  'macro',
  'oauth_client',
  'permission_set',
  'ticket_form',
  'trigger',
  'user_setting',
  'view',
] as const;

/** Not a type: the Action's and the scripts' word for "every type" (no filter). */
const EVERY_TYPE = 'all';

/**
 * Whether the account has ever logged a record of `type`: one request for the newest such
 * record, with no time filter (`GET /api/v2/audit_logs?filter[source_type]=X&page[size]=1`).
 */
export async function hasLogged(client: ZendeskClient, type: string, signal?: AbortSignal): Promise<boolean> {
  const { body } = await client.get<{ audit_logs?: unknown[] }>('/api/v2/audit_logs', auditLogParams({ sourceType: type }, 1), { signal });
  return Array.isArray(body.audit_logs) && body.audit_logs.length > 0;
}

/** The known type nearest to `type` (one it is a typo of), if any. */
function nearestKnown(type: string): string | undefined {
  return closestMatch(type, KNOWN_SOURCE_TYPES.filter((known) => known !== type));
}

export interface SourceTypeCheck {
  client: ZendeskClient;
  /** The types the records were asked for (`all`, or none: no filter, nothing to check). */
  sourceTypes: readonly string[];
  signal?: AbortSignal;
  /** Told about a documented type the account has never logged (a fresh account): the run goes on. */
  onWarning?: (warning: string) => void;
  /** Where the types were given, to begin the messages with (the Action's `source-type`). */
  setting?: string;
}

/**
 * `records`, passed on as they come; when they end, each asked-for type that brought none
 * is looked up once in the whole log. A type the account has never logged ends the
 * records with an `InputError` that suggests the nearest known type (before a renderer
 * writes "nothing found"), unless Zendesk documents it: then a warning says so.
 *
 * @example for await (const log of checkedSourceTypes(auditLogs(client, query), { client, sourceTypes: ['api_tokn'] })) ...
 * // throws, if the account has never logged api_tokn: source type "api_tokn": this account has never logged one: did you mean api_token?
 */
export async function* checkedSourceTypes(records: AsyncIterable<AuditLog>, check: SourceTypeCheck): AsyncGenerator<AuditLog> {
  const unseen = new Set(check.sourceTypes.filter((type) => type !== EVERY_TYPE));
  for await (const record of records) {
    if (unseen.size > 0) unseen.delete(record.source_type);
    yield record;
  }
  for (const type of unseen) {
    if (await hasLogged(check.client, type, check.signal)) continue;
    const what = `${check.setting ? `${check.setting}: ` : ''}source type ${JSON.stringify(type)}: this account has never logged one`;
    const nearest = nearestKnown(type);
    if ((DOCUMENTED_SOURCE_TYPES as readonly string[]).includes(type)) {
      check.onWarning?.(`${what}, so nothing can be found yet${nearest ? ` (did you mean ${nearest}?)` : ''}`);
    } else {
      const hint = nearest ? `did you mean ${nearest}?` : `check the spelling (Zendesk documents ${DOCUMENTED_SOURCE_TYPES.join(', ')})`;
      throw new InputError(`${what}: ${hint}`);
    }
  }
}
