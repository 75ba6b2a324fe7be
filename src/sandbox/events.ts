/**
 * The kinds of audit-log events the sandbox generates, and how a compact event (kind,
 * actor, detail number) becomes the fields of a Zendesk audit-log record.
 */
import type { AuditLogFields } from '../core/types.ts';
import {
  ACTION_LABELS,
  API_TOKENS,
  RULE_TITLES,
  RULE_UPDATES,
  RULES,
  type RuleType,
  SETTINGS,
  SIGN_IN_METHODS,
  USER_UPDATES,
} from './catalog.ts';
import { integerBetween, type Random, randomStream } from './random.ts';
import { type Staff, type StaffMember, SYSTEM_ACTOR } from './staff.ts';
import { isoSeconds } from './time.ts';

/** One kind of event: a source type and an action, with its share of that source type. */
export interface EventKind {
  sourceType: string;
  action: string;
  share: number;
  adminsOnly: boolean;
}

export const EVENT_KINDS: readonly EventKind[] = [
  { sourceType: 'account_setting', action: 'update', share: 1, adminsOnly: true },
  { sourceType: 'user', action: 'login', share: 0.8, adminsOnly: false },
  { sourceType: 'user', action: 'update', share: 0.2, adminsOnly: true },
  ...(['trigger', 'macro', 'view'] as const).flatMap((sourceType) => [
    { sourceType, action: 'create', share: 0.2, adminsOnly: sourceType !== 'macro' },
    { sourceType, action: 'update', share: 0.7, adminsOnly: sourceType !== 'macro' },
    { sourceType, action: 'destroy', share: 0.1, adminsOnly: sourceType !== 'macro' },
  ]),
  { sourceType: 'apitoken', action: 'create', share: 0.7, adminsOnly: true },
  { sourceType: 'apitoken', action: 'destroy', share: 0.3, adminsOnly: true },
];

export const LOGIN_KIND = EVENT_KINDS.findIndex((kind) => kind.action === 'login');

/** Relative weights of source types when `mix` is not given. */
export const DEFAULT_MIX: Readonly<Record<string, number>> = {
  account_setting: 5,
  user: 3,
  trigger: 0.8,
  macro: 0.7,
  view: 0.5,
  apitoken: 0.3,
};

/** The source types `mix` accepts. */
export const SOURCE_TYPES: readonly string[] = Object.keys(DEFAULT_MIX);

/** Stands for the system actor where a staff index is expected (staff indexes stay far below). */
export const SYSTEM_ACTOR_INDEX = 255;

/** Everything a generated record's text depends on besides the event itself. */
export interface EventContext {
  staff: Staff;
  subdomain: string;
  settingIds: number[];
  ruleIds: Record<RuleType, number[]>;
  tokenIds: number[];
  /** Current value index of each setting, so consecutive changes chain (10 → 30, then 30 → 60). */
  settingValues: number[];
}

/** The fields of a record that the event determines (all but url, id and created_at). */
export type EventFields = Omit<AuditLogFields, 'url' | 'id' | 'created_at'>;

export function createEventContext(seed: number, staff: Staff, subdomain: string): EventContext {
  const random = randomStream(seed, 'sources');
  const ids = (count: number) => Array.from({ length: count }, () => integerBetween(random, 10_000_000_000_000, 29_999_999_999_999));
  return {
    staff,
    subdomain,
    settingIds: ids(SETTINGS.length),
    ruleIds: { trigger: ids(RULES.trigger.length), macro: ids(RULES.macro.length), view: ids(RULES.view.length) },
    tokenIds: ids(API_TOKENS.length),
    settingValues: SETTINGS.map((setting) => integerBetween(random, 0, valueCount(setting.values) - 1)),
  };
}

/**
 * Picks what an event of `kind` by `actor` is about, as one number: which setting and
 * its old and new values, whose account, which rule, which token. Advances setting state.
 */
export function chooseDetail(context: EventContext, random: Random, kind: number, actor: number): number {
  const { sourceType, action } = EVENT_KINDS[kind] as EventKind;
  switch (sourceType) {
    case 'account_setting': {
      const setting = Math.floor(random() * SETTINGS.length);
      const count = valueCount((SETTINGS[setting] as (typeof SETTINGS)[number]).values);
      const from = context.settingValues[setting] as number;
      const to = (from + 1 + Math.floor(random() * (count - 1))) % count;
      context.settingValues[setting] = to;
      return (setting << 16) | (from << 8) | to;
    }
    case 'user': {
      if (action === 'login') return Math.floor(random() * SIGN_IN_METHODS.length);
      const members = context.staff.members.length;
      let target = Math.floor(random() * members);
      if (target === actor) target = (target + 1) % members;
      return (target << 8) | Math.floor(random() * USER_UPDATES.length);
    }
    case 'apitoken':
      return Math.floor(random() * API_TOKENS.length);
    default: {
      const rules = RULES[sourceType as RuleType];
      return (Math.floor(random() * rules.length) << 8) | Math.floor(random() * RULE_UPDATES.length);
    }
  }
}

/** The `source_id` of an event: the setting, person, rule or token it is about. */
function sourceIdOf(context: EventContext, kind: number, actor: number, detail: number): number {
  const { sourceType, action } = EVENT_KINDS[kind] as EventKind;
  switch (sourceType) {
    case 'account_setting':
      return context.settingIds[detail >>> 16] as number;
    case 'user': {
      const member = action === 'login' ? actor : detail >>> 8;
      return context.staff.members[member]?.id ?? SYSTEM_ACTOR.id;
    }
    case 'apitoken':
      return context.tokenIds[detail] as number;
    default:
      return context.ruleIds[sourceType as RuleType][detail >>> 8] as number;
  }
}

/** The record fields of one generated event. */
export function eventFields(context: EventContext, kind: number, actor: number, detail: number, ip: number): EventFields {
  const { sourceType, action } = EVENT_KINDS[kind] as EventKind;
  const member: StaffMember | undefined = context.staff.members[actor];
  return {
    action_label: ACTION_LABELS[action] as string,
    actor_id: member?.id ?? SYSTEM_ACTOR.id,
    source_id: sourceIdOf(context, kind, actor, detail),
    source_type: sourceType,
    ...describe(context, sourceType, action, member, detail),
    action,
    ip_address: context.staff.ipAddresses[ip] ?? null,
    actor_name: member?.name ?? SYSTEM_ACTOR.name,
  };
}

/**
 * An event's record without its id, in the field order of a real response (the example
 * in Zendesk's docs), `url` aside: the store adds it when serving.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/
 */
export function eventRecord(fields: EventFields, seconds: number): Omit<AuditLogFields, 'url' | 'id'> {
  return {
    action_label: fields.action_label,
    actor_id: fields.actor_id,
    source_id: fields.source_id,
    source_type: fields.source_type,
    source_label: fields.source_label,
    action: fields.action,
    change_description: fields.change_description,
    ip_address: fields.ip_address,
    created_at: isoSeconds(seconds),
    actor_name: fields.actor_name,
  };
}

function describe(
  context: EventContext,
  sourceType: string,
  action: string,
  actor: StaffMember | undefined,
  detail: number,
): { source_label: string; change_description: string } {
  switch (sourceType) {
    case 'account_setting': {
      const setting = SETTINGS[detail >>> 16] as (typeof SETTINGS)[number];
      const from = (detail >>> 8) & 0xff;
      const to = detail & 0xff;
      const change_description = setting.values === 'boolean'
        ? to === 1 ? 'Turned on' : 'Turned off'
        : `Changed from ${setting.values[from]} to ${setting.values[to]}`;
      return { source_label: setting.label, change_description };
    }
    case 'user': {
      if (action === 'login') {
        const method = SIGN_IN_METHODS[detail] as string;
        return {
          source_label: `Team member: ${actor?.name ?? SYSTEM_ACTOR.name}`,
          change_description: `Successful sign-in using ${method} from https://${context.subdomain}.zendesk.com/access/login`,
        };
      }
      const target = context.staff.members[detail >>> 8];
      return {
        source_label: `Team member: ${target?.name ?? 'Unknown'}`,
        change_description: USER_UPDATES[detail & 0xff] as string,
      };
    }
    case 'apitoken':
      return { source_label: `API token: ${API_TOKENS[detail]}`, change_description: lifecycleText(action) };
    default: {
      const type = sourceType as RuleType;
      return {
        source_label: `${RULE_TITLES[type]}: ${RULES[type][detail >>> 8]}`,
        change_description: action === 'update' ? (RULE_UPDATES[detail & 0xff] as string) : lifecycleText(action),
      };
    }
  }
}

/** The description of a create or destroy, where there is no old and new value to show. */
export function lifecycleText(action: string): string {
  return action === 'create' ? 'Created' : action === 'destroy' ? 'Deleted' : 'Updated';
}

function valueCount(values: readonly string[] | 'boolean'): number {
  return values === 'boolean' ? 2 : values.length;
}
