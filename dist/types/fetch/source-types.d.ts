import type { AuditLog } from '../types.ts';
import type { ZendeskClient } from './client.ts';
/**
 * The types Zendesk's API reference names (`user`, `rule` in the filter's description;
 * `account_setting`, `apitoken`, `ticket`, `zendesk/app_market/app` in its examples). A
 * fresh account may not have logged one yet: such a type is never refused, only noted.
 */
export declare const DOCUMENTED_SOURCE_TYPES: readonly ['account_setting', 'apitoken', 'rule', 'ticket', 'user', 'zendesk/app_market/app'];
/**
 * Every type seen in Zendesk's reference and help centre and in records quoted by public
 * integrations (Panther's Zendesk rules: `api_token`, `account`, `user_setting`): the
 * suggestions for a type an account has never logged.
 */
export declare const KNOWN_SOURCE_TYPES: readonly ["account_setting", "apitoken", "rule", "ticket", "user", "zendesk/app_market/app", "account", "api_token", "brand", "group", "macro", "oauth_client", "permission_set", "ticket_form", "trigger", "user_setting", "view"];
/**
 * Whether the account has ever logged a record of `type`: one request for the newest such
 * record, with no time filter (`GET /api/v2/audit_logs?filter[source_type]=X&page[size]=1`).
 */
export declare function hasLogged(client: ZendeskClient, type: string, signal?: AbortSignal): Promise<boolean>;
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
export declare function checkedSourceTypes(records: AsyncIterable<AuditLog>, check: SourceTypeCheck): AsyncGenerator<AuditLog>;
