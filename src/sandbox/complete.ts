/**
 * Turns the partial records a test adds into complete, realistic ones: the fields it
 * leaves out are made up the way generated records are.
 */
import type { AuditLog } from '../core/types.ts';
import { ACTION_LABELS } from './catalog.ts';
import {
  chooseDetail,
  EVENT_KINDS,
  type EventContext,
  type EventFields,
  eventFields,
  eventRecord,
  lifecycleText,
  SYSTEM_ACTOR_INDEX,
} from './events.ts';
import { integerBetween, type Random } from './random.ts';
import { SYSTEM_ACTOR } from './staff.ts';
import type { StoredRecord } from './store.ts';

/** The action a record of a source type gets when none is given. */
const DEFAULT_ACTIONS: Readonly<Record<string, string>> = { user: 'login', apitoken: 'create' };

export interface Completion {
  record: StoredRecord;
  seconds: number;
}

/**
 * Completes `partial`. `id` is the id to use when none is given; `nowSeconds` the default
 * `created_at`. Throws `TypeError` for a `created_at` that is not a date.
 */
export function completeRecord(
  context: EventContext,
  random: Random,
  partial: Partial<AuditLog>,
  id: number,
  nowSeconds: number,
): Completion {
  const seconds = partial.created_at === undefined ? Math.floor(nowSeconds) : parseCreatedAt(partial.created_at);
  const sourceType = partial.source_type ?? 'account_setting';
  const action = partial.action ?? DEFAULT_ACTIONS[sourceType] ?? 'update';
  const { staff } = context;
  const actor = chooseActor(context, random, partial.actor_id, action);
  const member = staff.members[actor];
  const kind = EVENT_KINDS.findIndex((candidate) => candidate.sourceType === sourceType && candidate.action === action);

  let fields: EventFields;
  if (kind >= 0) {
    const address = member ? (member.ipIndexes[0] ?? 0) : 0;
    fields = eventFields(context, kind, actor, chooseDetail(context, random, kind, actor), address);
  } else {
    fields = {
      action_label: ACTION_LABELS[action] ?? capitalise(action),
      actor_id: member?.id ?? SYSTEM_ACTOR.id,
      source_id: integerBetween(random, 10_000_000_000_000, 29_999_999_999_999),
      source_type: sourceType,
      source_label: capitalise(sourceType.replace(/[_/]/g, ' ')),
      action,
      change_description: lifecycleText(action),
      ip_address: member ? (staff.ipAddresses[member.ipIndexes[0] ?? 0] ?? null) : null,
      actor_name: member?.name ?? SYSTEM_ACTOR.name,
    };
  }
  if (partial.actor_id !== undefined && actor < 0) {
    // Someone the account does not know: keep what was given, name them plainly.
    fields.actor_id = partial.actor_id;
    fields.actor_name = 'Unknown user';
    fields.ip_address = null;
  }
  if (partial.action !== undefined && partial.action_label === undefined) {
    fields.action_label = ACTION_LABELS[partial.action] ?? capitalise(partial.action);
  }

  // Given fields win, in the place a response has them; fields of its own come last.
  const given = Object.entries(partial).filter(([key, value]) => value !== undefined && !['id', 'created_at', 'actor_id'].includes(key));
  const record: StoredRecord = {
    id,
    ...eventRecord(fields, seconds),
    ...Object.fromEntries(given),
    ...('ip_address' in partial ? { ip_address: partial.ip_address ?? null } : {}),
  };
  if (action === 'login' && member && seconds > member.lastLoginAt) member.lastLoginAt = seconds;
  return { record, seconds };
}

/** A staff index, {@link SYSTEM_ACTOR_INDEX}, or -1 for an id nobody has. */
function chooseActor(context: EventContext, random: Random, actorId: number | undefined, action: string): number {
  const { staff } = context;
  if (actorId === SYSTEM_ACTOR.id) return SYSTEM_ACTOR_INDEX;
  if (actorId !== undefined) return staff.indexById.get(actorId) ?? -1;
  const candidates = action === 'login' ? staff.members.map((_, index) => index) : staff.admins;
  return candidates[Math.floor(random() * candidates.length)] ?? 0;
}

function parseCreatedAt(text: string): number {
  const milliseconds = Date.parse(text);
  if (typeof text !== 'string' || Number.isNaN(milliseconds)) {
    throw new TypeError(`created_at must be an ISO 8601 time such as 2024-05-21T22:34:33Z, not ${JSON.stringify(text)}`);
  }
  return Math.floor(milliseconds / 1000);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
