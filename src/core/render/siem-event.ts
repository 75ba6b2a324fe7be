/**
 * What an audit-log record is to a SIEM, read once for both security schemas (OCSF in
 * `ocsf.ts`, ECS in `ecs.ts`): a sign-in, a change to a person's account (created,
 * deleted, suspended or restored, a password, a second factor, a role), or a change to
 * another object of the account (a setting, a rule, an app, a token, a group); with who
 * did it, from which address, to whom, and what happened in a sentence.
 *
 * Shapes read: Zendesk's activity types Created, Updated, Deleted, Exported and Signed in
 * (https://support.zendesk.com/hc/en-us/articles/4408828001434); user changes as the
 * sandbox writes them (`Role: Changed from Agent to Administrator`, `Suspended: Turned
 * on`, `Two-factor authentication: Turned off`, labels `Team member: Emily Chen`) and as
 * the records in Panther's Zendesk rules do (https://github.com/panther-labs/panther-analysis,
 * rules/zendesk_rules: source type `user_setting`, `Role changed from End User to
 * Administrator`, `Suspended`, `Unsuspended`, label `Suspension state: Bob Cat`).
 */
import { isIpAddress } from '../ip-address.ts';
import type { AuditLog } from '../types.ts';
import { changeOf, decodeEntities } from '../review/change.ts';
import { quantity } from '../review/direction.ts';
import { textOf } from '../review/fields.ts';
import type { Severity } from '../review/rule.ts';
import { isSignIn } from '../review/sign-in-baseline.ts';
import { verbOf } from './text.ts';

/** What happened to a person's account. */
export type AccountActivity =
  | 'create'
  | 'delete'
  | 'enable'
  | 'disable'
  | 'password-change'
  | 'password-reset'
  | 'mfa-enable'
  | 'mfa-disable'
  | 'role-change';

/**
 * The kind of object a change is to: a person (a change none of the account activities
 * names, such as their groups or email), an agent group, a way into the account that is
 * no person (API tokens, OAuth clients, roles), or anything else the account is
 * configured with (settings, rules, apps, forms, brands, tickets).
 */
export type ObjectKind = 'user' | 'group' | 'access' | 'configuration';

/** What the record's `action` did to its object: `exported` reads it. */
export type Lifecycle = 'create' | 'read' | 'update' | 'delete' | 'other';

/** A person as the record names them; either may be missing. */
export interface Party {
  /** The Zendesk user id, as text. */
  id?: string;
  name?: string;
  /** Zendesk itself (no positive user id), not a person. */
  system?: boolean;
}

/** The object a record is about, as it names it. */
export interface Source {
  /** `source_id`, as text. */
  id?: string;
  /** `source_label`. */
  name?: string;
  /** `source_type`, as Zendesk wrote it (`account_setting`, `zendesk/app_market/app`). */
  type: string;
}

interface Common {
  lifecycle: Lifecycle;
  source: Source;
  /** Who acted. */
  actor: Party;
  /** The address the actor came from, when the record holds a valid one. */
  ip?: string;
  /** `Joe Agent updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes`. */
  message: string;
}

/** A record read for a SIEM. */
export type SiemEvent =
  & Common
  & (
    | { kind: 'sign-in'; user: Party; failed: boolean }
    | { kind: 'account'; activity: AccountActivity; user: Party }
    | { kind: 'object'; object: ObjectKind; user?: Party }
  );

/** Source types of people and their settings, compared without case or separators (`user_setting` is `usersetting`). */
const USER_TYPES = new Set(['user', 'usersetting']);
const GROUP_TYPES = new Set(['group']);
/**
 * Ways into the account: `apitoken` (Zendesk's reference) and `api_token` (Panther's
 * records); OAuth clients and tokens, custom roles and permission sets, named as Zendesk's
 * API calls them (`/api/v2/oauth/clients`, `/api/v2/oauth/tokens`, `/api/v2/custom_roles`).
 */
const ACCESS_TYPES = new Set(['apitoken', 'oauthclient', 'oauthtoken', 'oauthglobalclient', 'customrole', 'permissionset', 'role']);

const SUSPENSION = /suspen/i;
const UNSUSPENDED = /\bunsuspend/i;
const TWO_FACTOR = /\b(?:two[\s_-]*(?:factor|step)|2fa|multi[\s_-]*factor|mfa)\b/i;
const PASSWORD = /\bpassword/i;
const RESET = /\breset/i;
const ROLE = /\broles?\b/i;
const FAILED = /\b(?:fail|unsuccessful|denied|blocked|rejected)/i;
/** What precedes a person's name in a user record's label (`Team member: Emily Chen`, `Suspension state: Bob Cat`). */
const PERSON_LABEL = /^(?:team member|staff member|agent|admin|administrator|end user|user|suspension state)\s*:\s*/i;

const LIFECYCLES: Readonly<Record<string, Lifecycle>> = { create: 'create', exported: 'read', update: 'update', destroy: 'delete' };

/** A source type as compared: lower case, no `_`, `-` or spaces. */
function typeKey(value: unknown): string {
  return textOf(value).toLowerCase().replace(/[\s_-]+/g, '');
}

/** An id as text: a number written out, or non-empty text; undefined otherwise. */
function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function nameText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function actorOf(record: AuditLog): Party {
  const actor: unknown = record.actor_id;
  const party: Party = { id: idText(actor), name: nameText(record.actor_name) };
  if (typeof actor === 'number' && actor <= 0) party.system = true;
  return party;
}

/** The person a user record is about: its source, named by its label without the words before the name. */
function subjectOf(source: Source): Party {
  return { id: source.id, name: source.name?.replace(PERSON_LABEL, '') || source.name };
}

/** What a user record did to a person's account, or undefined for a change none of these name (groups, email). */
function accountActivity(record: AuditLog): AccountActivity | undefined {
  const description = decodeEntities(textOf(record.change_description));
  const to = changeOf(record).change_to;
  const switched = to === null ? undefined : quantity(to);
  if (SUSPENSION.test(description)) return UNSUSPENDED.test(description) || switched === 0 ? 'enable' : 'disable';
  if (TWO_FACTOR.test(description) && (switched === 0 || switched === 1)) return switched === 1 ? 'mfa-enable' : 'mfa-disable';
  if (PASSWORD.test(description)) return RESET.test(description) ? 'password-reset' : 'password-change';
  if (ROLE.test(description)) return 'role-change';
  if (record.action === 'create') return 'create';
  if (record.action === 'destroy') return 'delete';
  return undefined;
}

/** The seed's sentence without its id and time: `Joe Agent updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes`. */
function messageOf(record: AuditLog): string {
  const description = textOf(record.change_description);
  const who = textOf(record.actor_name) || `user ${textOf(record.actor_id) || 'unknown'}`;
  return `${who} ${verbOf(record)} '${textOf(record.source_label)}'${description ? `: ${description}` : ''}`;
}

/**
 * What `record` is to a SIEM.
 *
 * @example siemEvent({ ...record, source_type: 'user', change_description: 'Suspended: Turned on' })
 *   // { kind: 'account', activity: 'disable', user: { id: '1509756499999', name: 'Emily Chen' }, ... }
 */
export function siemEvent(record: AuditLog): SiemEvent {
  const address = typeof record.ip_address === 'string' ? record.ip_address.trim() : '';
  const common: Common = {
    lifecycle: LIFECYCLES[textOf(record.action)] ?? 'other',
    source: { id: idText(record.source_id), name: nameText(record.source_label), type: textOf(record.source_type) },
    actor: actorOf(record),
    message: messageOf(record),
    ...(isIpAddress(address) ? { ip: address } : {}),
  };
  if (isSignIn(record)) {
    // The person signing in is the actor (a sign-in's source is the same user).
    return { ...common, kind: 'sign-in', user: common.actor, failed: FAILED.test(textOf(record.change_description)) };
  }
  const type = typeKey(record.source_type);
  if (USER_TYPES.has(type)) {
    const activity = accountActivity(record);
    const user = subjectOf(common.source);
    return activity ? { ...common, kind: 'account', activity, user } : { ...common, kind: 'object', object: 'user', user };
  }
  const object: ObjectKind = GROUP_TYPES.has(type) ? 'group' : ACCESS_TYPES.has(type) ? 'access' : 'configuration';
  return { ...common, kind: 'object', object };
}

const SEVERITY_LEVELS: Readonly<Record<Severity, 2 | 3 | 4>> = { low: 2, medium: 3, high: 4 };

/**
 * A record's highest detection as a number, one scale for both formats: 4 high, 3
 * medium, 2 low, 1 none; OCSF's `severity_id` values High, Medium, Low and Informational
 * (the base event's `severity_id`, https://schema.ocsf.io/1.8.0/base_event).
 */
export function severityLevel(severity: Severity | null): 1 | 2 | 3 | 4 {
  return severity === null ? 1 : SEVERITY_LEVELS[severity];
}
