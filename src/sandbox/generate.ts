/**
 * The generated account: its team, and its audit-log records, each made by {@link eventRecord}: the history (shaped like
 * real use: sessions that often open with a sign-in, idle gaps between them), the episodes, and the records tests add.
 */
import type { AuditLog, AuditLogFields, User } from '../core/types.ts';
import { ACTION_LABELS, API_TOKENS, PEOPLE, REQUIRED_ADMIN_ZONES, RULE_UPDATES, RULES, type RuleType } from './catalog.ts';
import { SETTINGS, SIGN_IN_METHODS, USER_UPDATES } from './catalog.ts';
import { exponential, integerBetween, pick, type Random, randomStream, shuffled, weightedIndex } from './random.ts';
import { FOUR_DIGIT_YEARS, isoSeconds, type StoredRecord } from './audit-log.ts';

/** The fields of an event's record: all but `id` and `url`. */
export type EventFields = Omit<AuditLogFields, 'url' | 'id'>;
type Mix = Readonly<Record<string, number>>;
/** Relative weights of source types when `mix` is not given; its keys are the source types `mix` accepts. */
export const DEFAULT_MIX: Mix = { account_setting: 5, user: 3, trigger: 0.8, macro: 0.7, view: 0.5, apitoken: 0.3 };
export const SOURCE_TYPES: readonly string[] = Object.keys(DEFAULT_MIX);
/** Ids start above this: 14 digits, like Zendesk's. */
export const FIRST_RECORD_ID = 12_000_000_000_000;

/** The kinds of event generated, each with its share of its source type's weight; only admins change things but macros. */
const EVENT_KINDS = ([
  ['account_setting', 'update', 1],
  ['user', 'login', 0.8],
  ['user', 'update', 0.2],
  ...['trigger', 'macro', 'view'].flatMap((type) => [[type, 'create', 0.2], [type, 'update', 0.7], [type, 'destroy', 0.1]] as const),
  ['apitoken', 'create', 0.7],
  ['apitoken', 'destroy', 0.3],
] as const).map(([sourceType, action, share]) => ({ sourceType, action, share, adminsOnly: action !== 'login' && sourceType !== 'macro' }));
const LOGIN = EVENT_KINDS.findIndex((kind) => kind.action === 'login');

const [ADMIN_COUNT, AGENT_COUNT, DAY] = [8, 12, 86_400];
/** Who Zendesk names as the actor of automatic changes: no user record, no IP address. */
export const SYSTEM_ACTOR = { id: -1, name: 'Zendesk' } as const;
/** The team: `members` ascending by id (= by creation), the first the account owner, and the `admins` among them. */
export type Staff = ReturnType<typeof generateStaff>;
/** One team member, times in epoch seconds; the first of `addresses` is where they usually work from. */
export type StaffMember = Staff['members'][number];

/** The team of a seed: the owner an admin with the credentials' email, an admin in each of {@link REQUIRED_ADMIN_ZONES}. */
export function generateStaff(seed: number, nowSeconds: number, subdomain: string, ownerEmail: string) {
  const random = randomStream(seed, 'staff');
  const people = choosePeople(random);
  const someId = () => integerBetween(random, 1_500_000_000_000, 1_599_999_999_999);
  const groupIds = Array.from({ length: 4 }, someId);
  const roleIds = Array.from({ length: 3 }, someId);
  const ownerCreatedAt = nowSeconds - integerBetween(random, 4 * 365 * DAY, 6 * 365 * DAY);
  const suspendedAgent = integerBetween(random, ADMIN_COUNT, people.length - 1);
  const taken = new Set<string>();
  const [owner, ...others] = people.map((person, index) => {
    const role = index < ADMIN_COUNT ? 'admin' as const : 'agent' as const;
    return {
      id: 0,
      name: person.name,
      email: index === 0 ? ownerEmail : `${emailLocalPart(person.name)}@${subdomain}.example`,
      role,
      person,
      createdAt: index === 0 ? ownerCreatedAt : integerBetween(random, ownerCreatedAt + DAY, nowSeconds - 120 * DAY),
      lastLoginAt: nowSeconds - integerBetween(random, 100 * DAY, 400 * DAY),
      twoFactor: pick(random, [true, true, false, null]),
      suspended: index === suspendedAgent,
      customRoleId: role === 'admin' ? roleIds[0]! : pick(random, roleIds.slice(1)),
      defaultGroupId: pick(random, groupIds),
      addresses: addressesFor(random, taken),
    };
  });
  // Zendesk ids grow with creation time: number the team in the order they joined.
  const members = [owner!, ...others.sort((a, b) => a.createdAt - b.createdAt)];
  let id = integerBetween(random, 1_500_000_000_000, 1_510_000_000_000);
  for (const member of members) {
    member.id = id;
    id += integerBetween(random, 1_000_000, 900_000_000);
  }
  return { members, admins: members.filter((member) => member.role === 'admin'), organizationId: someId() };
}

/**
 * A member as `GET /api/v2/users/{id}` shows them, with the fields of the example in
 * https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs
 */
export function userJson(staff: Staff, member: StaffMember, origin: string): User {
  const admin = member.role === 'admin';
  return {
    id: member.id,
    url: `${origin}/api/v2/users/${member.id}.json`,
    name: member.name,
    email: member.email,
    created_at: isoSeconds(member.createdAt),
    updated_at: isoSeconds(Math.max(member.createdAt, member.lastLoginAt)),
    time_zone: member.person.zone,
    iana_time_zone: member.person.iana,
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: member.person.localeId,
    locale: member.person.locale,
    organization_id: staff.organizationId,
    role: member.role,
    verified: true,
    external_id: null,
    tags: [],
    alias: null,
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: isoSeconds(member.lastLoginAt),
    two_factor_auth_enabled: member.twoFactor,
    signature: null,
    details: null,
    notes: null,
    role_type: admin ? 4 : 0,
    custom_role_id: member.customRoleId,
    moderator: admin,
    ticket_restriction: null,
    only_private_comments: false,
    restricted_agent: false,
    suspended: member.suspended,
    default_group_id: member.defaultGroupId,
    report_csv: admin,
    user_fields: { social_messaging_user_info: null, whatsapp: null },
  };
}

function choosePeople(random: Random): (typeof PEOPLE)[number][] {
  const pool = shuffled(random, PEOPLE);
  const chosen: (typeof PEOPLE)[number][] = [];
  for (const zone of REQUIRED_ADMIN_ZONES) {
    const person = pool.find((candidate) => candidate.zone === zone && !chosen.includes(candidate));
    if (person) chosen.push(person);
  }
  for (const person of pool) if (chosen.length < ADMIN_COUNT + AGENT_COUNT && !chosen.includes(person)) chosen.push(person);
  // The owner (first) and the other admins come from the required zones first, in random order.
  return [...shuffled(random, chosen.slice(0, ADMIN_COUNT)), ...chosen.slice(ADMIN_COUNT)];
}

/** One to three addresses, none `taken` by someone else, from the documentation ranges (RFC 5737, RFC 3849). */
function addressesFor(random: Random, taken: Set<string>): string[] {
  const count = random() < 0.5 ? 1 : 2;
  const addresses: string[] = [];
  while (addresses.length < count) {
    const address = `${pick(random, ['192.0.2', '198.51.100', '203.0.113'])}.${integerBetween(random, 1, 254)}`;
    if (taken.has(address)) continue;
    taken.add(address);
    addresses.push(address);
  }
  if (random() < 0.2) {
    const hextet = () => integerBetween(random, 1, 0xffff).toString(16);
    addresses.push(`2001:db8:${hextet()}:${hextet()}::${hextet()}`);
  }
  return addresses;
}

const emailLocalPart = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f']/g, '').toLowerCase().split(/\s+/).join('.');

/** Mean pause inside a working session: a sign-in, then a few changes minutes apart. */
const SESSION_GAP_SECONDS = 90;
const SESSION_CONTINUES = 0.45;
/** Sessions may take at most this share of the time span; idle gaps fill the rest. */
const MAX_SESSION_SHARE = 0.5;

/** What records are about besides the team, and each setting's current value, so that changes chain (10 → 30, then 30 → 60). */
export type EventContext = ReturnType<typeof createEventContext>;

export function createEventContext(seed: number, staff: Staff, subdomain: string) {
  const random = randomStream(seed, 'sources');
  const ids = (count: number) => Array.from({ length: count }, () => sourceId(random));
  return {
    staff,
    subdomain,
    settingIds: ids(SETTINGS.length),
    ruleIds: { trigger: ids(RULES.trigger.length), macro: ids(RULES.macro.length), view: ids(RULES.view.length) },
    tokenIds: ids(API_TOKENS.length),
    settingValues: SETTINGS.map((setting) => integerBetween(random, 0, valueCount(setting.values) - 1)),
  };
}

/** What an event is about: its source and what changed. */
export type About = [source_id: number, source_label: string, change_description: string];
/** `actor` undefined is the system; `about` is drawn when not given. */
export type Event = { sourceType: string; action: string; actor: StaffMember | undefined; seconds: number; about?: About };

/**
 * An event's record without id and url, its fields in the order of the example in
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/
 */
export function eventRecord(context: EventContext, random: Random, event: Event): EventFields {
  const { sourceType, action, actor } = event;
  const [source_id, source_label, change_description] = event.about ?? aboutEvent(context, random, sourceType, action, actor);
  return {
    action_label: ACTION_LABELS[action] ?? capitalise(action),
    actor_id: actor?.id ?? SYSTEM_ACTOR.id,
    source_id,
    source_type: sourceType,
    source_label,
    action,
    change_description,
    ip_address: actor?.addresses[0] ?? null,
    created_at: isoSeconds(event.seconds),
    actor_name: actor?.name ?? SYSTEM_ACTOR.name,
  };
}

/** Draws what an event of a generated kind is about: which setting and its new value, whose account, which rule or token. */
function aboutEvent(context: EventContext, random: Random, sourceType: string, action: string, actor: StaffMember | undefined): About {
  const { members } = context.staff;
  switch (sourceType) {
    case 'account_setting': {
      const setting = Math.floor(random() * SETTINGS.length);
      const count = valueCount(SETTINGS[setting]!.values);
      return settingChange(context, setting, (context.settingValues[setting]! + 1 + Math.floor(random() * (count - 1))) % count);
    }
    case 'user': {
      if (action === 'login') {
        const how = `using ${pick(random, SIGN_IN_METHODS)} from https://${context.subdomain}.zendesk.com/access/login`;
        return [actor?.id ?? SYSTEM_ACTOR.id, `Team member: ${actor?.name ?? SYSTEM_ACTOR.name}`, `Successful sign-in ${how}`];
      }
      let target = Math.floor(random() * members.length);
      if (members[target] === actor) target = (target + 1) % members.length;
      return [members[target]!.id, `Team member: ${members[target]!.name}`, pick(random, USER_UPDATES)];
    }
    case 'apitoken': {
      const token = Math.floor(random() * API_TOKENS.length);
      return [context.tokenIds[token]!, `API token: ${API_TOKENS[token]}`, lifecycleText(action)];
    }
    default: {
      const type = sourceType as RuleType;
      const rule = Math.floor(random() * RULES[type].length);
      const [label, update] = [`${capitalise(type)}: ${RULES[type][rule]}`, pick(random, RULE_UPDATES)];
      return [context.ruleIds[type][rule]!, label, action === 'update' ? update : lifecycleText(action)];
    }
  }
}

/** The change of a setting (an index into SETTINGS) from its current value to value `to`, which becomes current. */
export function settingChange(context: EventContext, setting: number, to: number): About {
  const { label, values } = SETTINGS[setting]!;
  const from = context.settingValues[setting]!;
  context.settingValues[setting] = to;
  const change = values === 'boolean' ? (to === 1 ? 'Turned on' : 'Turned off') : `Changed from ${values[from]} to ${values[to]}`;
  return [context.settingIds[setting]!, label, change];
}

/** `count` records spread over [start, end] (epoch seconds), ascending by (created_at, id); `mix` weighs the source types. */
export function generateAuditLogs(context: EventContext, seed: number, count: number, mix: Mix, start: number, end: number) {
  const random = randomStream(seed, 'records');
  const { offsets, newSession } = spreadOverTime(random, count, end - start);
  const { kindWeights, totalWeight, signInChance } = sessionWeights(mix);
  const { members, admins } = context.staff;
  let id = integerBetween(random, FIRST_RECORD_ID, 20_000_000_000_000);
  let sessionActor = members[0]!;
  let signInFirst = false;
  const generated: StoredRecord[] = [];
  for (let row = 0; row < count; row++) {
    if (newSession[row]) {
      sessionActor = random() < 0.6 ? pick(random, admins) : pick(random, members);
      signInFirst = random() < signInChance;
    }
    const kind = EVENT_KINDS[signInFirst ? LOGIN : weightedIndex(random, kindWeights, totalWeight)]!;
    signInFirst = false;
    const actor = chooseActor(random, kind, sessionActor, admins);
    const seconds = Math.floor(start + offsets[row]!);
    id += integerBetween(random, 1, 1 << 20);
    const event = { sourceType: kind.sourceType, action: kind.action, actor, seconds };
    const record: StoredRecord = { id, ...eventRecord(context, random, event) };
    // People mostly work from one place.
    if (actor && random() >= 0.85) record.ip_address = pick(random, actor.addresses);
    generated.push(record);
    if (kind.action === 'login') actor!.lastLoginAt = seconds;
  }
  return generated;
}

/** Sessions often open with a sign-in; so that sign-ins keep their share, `kindWeights` draws only those not made so. */
function sessionWeights(mix: Mix): { kindWeights: number[]; totalWeight: number; signInChance: number } {
  const kindWeights = EVENT_KINDS.map((kind) => (mix[kind.sourceType] ?? 0) * kind.share);
  const total = kindWeights.reduce((sum, weight) => sum + weight, 0);
  const loginShare = kindWeights[LOGIN]! / total;
  const sessionShare = 1 - SESSION_CONTINUES;
  const signInChance = Math.min(1, loginShare / sessionShare);
  const forcedShare = sessionShare * signInChance;
  const others = total - kindWeights[LOGIN]!;
  // Sign-ins still owed after the forced ones, as a weight among the other draws.
  const owed = (loginShare - forcedShare) / (1 - forcedShare);
  kindWeights[LOGIN] = owed <= 0 ? 0 : others === 0 ? 1 : (owed * others) / (1 - owed);
  return { kindWeights, totalWeight: kindWeights.reduce((sum, weight) => sum + weight, 0), signInChance };
}

/** Increasing offsets from the start of the span (the last a little before its end), and where sessions start. */
function spreadOverTime(random: Random, count: number, spanSeconds: number): { offsets: Float64Array; newSession: Uint8Array } {
  // Raw gaps first: session pauses in seconds, idle gaps in units scaled afterwards to fill what is left.
  const offsets = new Float64Array(count);
  const newSession = new Uint8Array(count);
  let [sessionTotal, idleTotal] = [0, 0];
  for (let row = 0; row < count; row++) {
    const inSession = row > 0 && random() < SESSION_CONTINUES;
    const gap = exponential(random, inSession ? SESSION_GAP_SECONDS : 1);
    offsets[row] = gap;
    newSession[row] = inSession ? 0 : 1;
    if (inSession) sessionTotal += gap;
    else idleTotal += gap;
  }
  idleTotal += exponential(random, 1); // the quiet time between the last record and now
  const sessionScale = Math.min(1, (spanSeconds * MAX_SESSION_SHARE) / sessionTotal);
  const idleScale = (spanSeconds - sessionTotal * sessionScale) / idleTotal;
  let offset = 0;
  for (let row = 0; row < count; row++) {
    offset += offsets[row]! * (newSession[row] ? idleScale : sessionScale);
    offsets[row] = Math.min(offset, spanSeconds - 1);
  }
  return { offsets, newSession };
}

function chooseActor(random: Random, kind: (typeof EVENT_KINDS)[number], sessionActor: StaffMember, admins: StaffMember[]) {
  // Automatic changes: suspensions by policy, tokens that expire.
  if (kind.sourceType === 'user' && kind.action === 'update' && random() < 0.05) return undefined;
  if (kind.sourceType === 'apitoken' && kind.action === 'destroy' && random() < 0.25) return undefined;
  return !kind.adminsOnly || sessionActor.role === 'admin' ? sessionActor : pick(random, admins);
}

/** Completes a record a test adds as generated ones are made (`now`, epoch seconds, by default); given fields win, in place. */
export function completeRecord(context: EventContext, random: Random, partial: Partial<AuditLog>, id: number, now: number): StoredRecord {
  const seconds = partial.created_at === undefined ? Math.floor(now) : parseCreatedAt(partial.created_at);
  const sourceType = partial.source_type ?? 'account_setting';
  // Unless told: a user's record is a sign-in, a token's its creation, anything else an update.
  const action = partial.action ?? ({ user: 'login', apitoken: 'create' } as Record<string, string>)[sourceType] ?? 'update';
  const { members, admins } = context.staff;
  const { actor_id: actorId } = partial;
  const actor = actorId === undefined ? pick(random, action === 'login' ? members : admins) : members.find((one) => one.id === actorId);
  const generated = EVENT_KINDS.some((kind) => kind.sourceType === sourceType && kind.action === action);
  const label = capitalise(sourceType.replace(/[_/]/g, ' '));
  const about: About | undefined = generated ? undefined : [sourceId(random), label, lifecycleText(action)];
  const fields = eventRecord(context, random, { sourceType, action, actor, seconds, about });
  // Someone the account does not know: keep the id given, name them plainly.
  if (!actor && actorId !== undefined && actorId !== SYSTEM_ACTOR.id) fields.actor_name = 'Unknown user';
  const given = Object.entries(partial).filter(([field, value]) => value !== undefined && field !== 'id' && field !== 'created_at');
  const record: StoredRecord = { id, ...fields, ...Object.fromEntries(given) };
  if ('ip_address' in partial) record.ip_address = partial.ip_address ?? null;
  if (action === 'login' && actor && seconds > actor.lastLoginAt) actor.lastLoginAt = seconds;
  return record;
}

function parseCreatedAt(text: string): number {
  const seconds = Math.floor(Date.parse(text) / 1000);
  if (typeof text === 'string' && seconds >= FOUR_DIGIT_YEARS[0] && seconds <= FOUR_DIGIT_YEARS[1]) return seconds;
  throw new TypeError(`created_at must be an ISO 8601 time such as 2024-05-21T22:34:33Z, not ${JSON.stringify(text)}`);
}

/** The description of a create or destroy, where there is no old and new value to show. */
const lifecycleText = (action: string) => action === 'create' ? 'Created' : action === 'destroy' ? 'Deleted' : 'Updated';
const sourceId = (random: Random) => integerBetween(random, 10_000_000_000_000, 29_999_999_999_999);
const valueCount = (values: readonly string[] | 'boolean') => values === 'boolean' ? 2 : values.length;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
