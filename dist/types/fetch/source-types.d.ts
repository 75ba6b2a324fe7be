/**
 * Source types seen in Zendesk's API reference and help centre (`user`, `rule` in the
 * filter's description; `account_setting`, `apitoken`, `ticket`, `zendesk/app_market/app`
 * in its examples) and in records quoted by public integrations.
 */
export declare const KNOWN_SOURCE_TYPES: readonly ['account_setting', 'apitoken', 'brand', 'group', 'macro', 'permission_set', 'rule', 'ticket', 'ticket_form', 'trigger', 'user', 'view', 'zendesk/app_market/app'];
/**
 * Checks source types as a user typed them: undefined for known ones, a warning for an
 * unknown one that is no near miss, an InputError (with a suggestion) for a near miss.
 *
 * @example checkSourceTypes(['account_settings']) // throws: source type "account_settings" is not known: did you mean account_setting?
 */
export declare function checkSourceTypes(types: readonly string[]): string | undefined;
