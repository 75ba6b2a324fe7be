/**
 * Generates the account's audit-log history, ascending by (created_at, id), shaped like
 * real use: working sessions that often open with a sign-in, idle gaps between them.
 */
import { chooseDetail, EVENT_KINDS, type EventContext, eventFields, eventRecord, LOGIN_KIND, SYSTEM_ACTOR_INDEX } from './events.ts';
import { exponential, integerBetween, type Random, randomStream, weightedIndex } from './random.ts';
import type { StoredRecord } from './store.ts';

export interface GenerateOptions {
  seed: number;
  records: number;
  startSeconds: number;
  endSeconds: number;
  /** Weight per source type. */
  mix: Readonly<Record<string, number>>;
  context: EventContext;
}

/** Ids start above this: 14 digits, like Zendesk's. */
export const FIRST_RECORD_ID = 12_000_000_000_000;

/** Mean pause inside a working session: a sign-in, then a few changes minutes apart. */
const SESSION_GAP_SECONDS = 90;
const SESSION_CONTINUES = 0.45;
/** Sessions may take at most this share of the time span; idle gaps fill the rest. */
const MAX_SESSION_SHARE = 0.5;

/** The records with their `created_at` in epoch seconds. */
export function generateAuditLogs(options: GenerateOptions): { record: StoredRecord; seconds: number }[] {
  const { records, context } = options;
  const random = randomStream(options.seed, 'records');
  const newSession = new Uint8Array(records);
  const offsets = spreadOverTime(random, new Float64Array(records), newSession, options.endSeconds - options.startSeconds);

  const { kindWeights, totalWeight, signInChance } = sessionWeights(options.mix);
  const { members, admins } = context.staff;
  let id = integerBetween(random, FIRST_RECORD_ID, 20_000_000_000_000);
  let sessionActor = 0;
  let signInFirst = false;
  const generated: { record: StoredRecord; seconds: number }[] = [];
  for (let row = 0; row < records; row++) {
    if (newSession[row] === 1) {
      sessionActor = random() < 0.6 ? pickFrom(random, admins) : Math.floor(random() * members.length);
      signInFirst = random() < signInChance;
    }
    const kind = signInFirst ? LOGIN_KIND : weightedIndex(random, kindWeights, totalWeight);
    signInFirst = false;
    const actor = chooseActor(random, kind, sessionActor, admins);
    const seconds = Math.floor(options.startSeconds + (offsets[row] as number));
    id += integerBetween(random, 1, 1 << 20);
    const detail = chooseDetail(context, random, kind, actor);
    const ip = actor === SYSTEM_ACTOR_INDEX ? 0 : chooseAddress(random, members[actor]?.ipIndexes ?? [0]);
    if (kind === LOGIN_KIND) (members[actor] as { lastLoginAt: number }).lastLoginAt = seconds;
    generated.push({ record: { id, ...eventRecord(eventFields(context, kind, actor, detail, ip), seconds) }, seconds });
  }
  return generated;
}

/**
 * Sessions often open with a sign-in. So that sign-ins still make up their share of the
 * mix, they happen at session starts first (with `signInChance`), and `kindWeights` only
 * draws the rest.
 */
function sessionWeights(mix: Readonly<Record<string, number>>): { kindWeights: number[]; totalWeight: number; signInChance: number } {
  const kindWeights = EVENT_KINDS.map((kind) => (mix[kind.sourceType] ?? 0) * kind.share);
  const total = kindWeights.reduce((sum, weight) => sum + weight, 0);
  const loginShare = (kindWeights[LOGIN_KIND] as number) / total;
  const sessionShare = 1 - SESSION_CONTINUES;
  const signInChance = Math.min(1, loginShare / sessionShare);
  const forcedShare = sessionShare * signInChance;
  const others = total - (kindWeights[LOGIN_KIND] as number);
  // Sign-ins still owed after the forced ones, as a weight among the other draws.
  const owed = (loginShare - forcedShare) / (1 - forcedShare);
  kindWeights[LOGIN_KIND] = owed <= 0 ? 0 : others === 0 ? 1 : (owed * others) / (1 - owed);
  return { kindWeights, totalWeight: kindWeights.reduce((sum, weight) => sum + weight, 0), signInChance };
}

/**
 * Fills `offsets` with increasing offsets (seconds from the start of the span) shaped
 * like real use: short pauses inside sessions, long idle gaps between them, the last
 * record a little before the end. Marks where sessions start. Returns `offsets`.
 */
function spreadOverTime(random: Random, offsets: Float64Array, newSession: Uint8Array, spanSeconds: number): Float64Array {
  // First pass: raw gaps. Session pauses are in seconds (stored negated to tell them
  // apart), idle gaps in relative units scaled afterwards to fill what is left.
  let sessionTotal = 0;
  let idleTotal = 0;
  for (let row = 0; row < offsets.length; row++) {
    if (row > 0 && random() < SESSION_CONTINUES) {
      const gap = exponential(random, SESSION_GAP_SECONDS);
      offsets[row] = -gap;
      sessionTotal += gap;
    } else {
      const gap = exponential(random, 1);
      offsets[row] = gap;
      idleTotal += gap;
      newSession[row] = 1;
    }
  }
  idleTotal += exponential(random, 1); // the quiet time between the last record and now

  let sessionScale = 1;
  if (sessionTotal > spanSeconds * MAX_SESSION_SHARE) sessionScale = (spanSeconds * MAX_SESSION_SHARE) / sessionTotal;
  const idleScale = (spanSeconds - sessionTotal * sessionScale) / idleTotal;
  let offset = 0;
  for (let row = 0; row < offsets.length; row++) {
    const gap = offsets[row] as number;
    offset += gap < 0 ? -gap * sessionScale : gap * idleScale;
    offsets[row] = Math.min(offset, spanSeconds - 1);
  }
  return offsets;
}

function chooseActor(random: Random, kind: number, sessionActor: number, admins: number[]): number {
  const { sourceType, action, adminsOnly } = EVENT_KINDS[kind]!;
  // Automatic changes: suspensions by policy, tokens that expire.
  if (sourceType === 'user' && action === 'update' && random() < 0.05) return SYSTEM_ACTOR_INDEX;
  if (sourceType === 'apitoken' && action === 'destroy' && random() < 0.25) return SYSTEM_ACTOR_INDEX;
  if (!adminsOnly || admins.includes(sessionActor)) return sessionActor;
  return pickFrom(random, admins);
}

function chooseAddress(random: Random, addresses: number[]): number {
  // People mostly work from one place.
  return (random() < 0.85 ? addresses[0] : addresses[Math.floor(random() * addresses.length)]) ?? 0;
}

function pickFrom(random: Random, items: number[]): number {
  return items[Math.floor(random() * items.length)] ?? 0;
}
