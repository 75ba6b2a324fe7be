/**
 * ECS output: one document per line (NDJSON) in the Elastic Common Schema 9.4.0
 * (https://www.elastic.co/docs/reference/ecs), for Elasticsearch, Elastic Security and
 * the pipelines that speak ECS (Filebeat, Logstash, Fluent Bit). `siem-event.ts` reads
 * what each record is; the categorization fields take only values ECS allows, and only
 * the types ECS expects for the category
 * (https://www.elastic.co/docs/reference/ecs/ecs-allowed-values-event-category):
 *
 * | record | event.category | event.type |
 * |---|---|---|
 * | a sign-in (`action: login`) | authentication | start |
 * | a person (`user`, `user_setting`) | iam | user, and creation, change or deletion |
 * | an agent group | iam | group, and creation, change or deletion |
 * | API tokens, OAuth clients, roles | iam | admin, and creation, change or deletion |
 * | anything else: settings, rules, apps, forms | configuration | creation, change or deletion |
 *
 * An export (`exported`) is `access` in configuration and `info` in iam; an action
 * Zendesk has not documented is `info`. `event.action` is Zendesk's `action` (`update`,
 * `login`, ...); `event.severity` the record's highest detection on OCSF's scale (4 high,
 * 3 medium, 2 low, 1 none), its detections in `zendesk.audit.detections`; `user.*` is
 * who acted and `user.target.*` the person a user record is about; `source.ip` only a
 * valid address (Elasticsearch refuses a whole document whose `ip` field is not one), the
 * record's own `ip_address` otherwise kept in `zendesk.audit`. `zendesk.audit.*` holds
 * the rest of the record under Zendesk's names, with the values it changed from and to.
 *
 * The tests check every document against ECS's own field definitions (`@elastic/ecs`).
 */
import type { AuditLog } from '../types.ts';
import { changeOf } from '../review/change.ts';
import { type DetectedRecord, detectionFields } from '../review/detector.ts';
import { createdAtMs, textOf } from '../review/fields.ts';
import { type Lifecycle, type Party, severityLevel, type SiemEvent, siemEvent } from './siem-event.ts';
import { escapeUnsafeInJson } from './unsafe.ts';

/** The ECS release the documents follow (`ecs.version`). */
export const ECS_VERSION = '9.4.0';

export interface EcsOptions {
  /** The Zendesk account (its subdomain): `organization.id`. */
  account?: string;
}

/** An ECS document: the fields below and the rest of the record under `zendesk.audit`. */
export interface EcsDocument {
  '@timestamp': string;
  ecs: { version: string };
  event: {
    kind: 'event';
    module: 'zendesk';
    dataset: 'zendesk.audit';
    id: string;
    action: string;
    category: string[];
    type: string[];
    outcome: 'success' | 'failure';
    severity: number;
  };
  message: string;
  zendesk: { audit: Record<string, unknown> };
  [field: string]: unknown;
}

/** The record's fields that ECS fields hold; `ip_address` only when `source.ip` does. */
const MAPPED = new Set(['id', 'action', 'actor_id', 'actor_name', 'created_at']);

/** `event.type` of a change in iam (beside user, group or admin) and in configuration. */
const IAM_TYPES: Readonly<Record<Lifecycle, string>> = {
  create: 'creation',
  read: 'info',
  update: 'change',
  delete: 'deletion',
  other: 'info',
};
const CONFIGURATION_TYPES: Readonly<Record<Lifecycle, string>> = { ...IAM_TYPES, read: 'access' };
const IAM_SUBJECTS = { user: 'user', group: 'group', access: 'admin' } as const;

function categorization(event: SiemEvent): { category: string[]; type: string[] } {
  if (event.kind === 'sign-in') return { category: ['authentication'], type: ['start'] };
  const object = event.kind === 'account' ? 'user' : event.object;
  if (object === 'configuration') return { category: ['configuration'], type: [CONFIGURATION_TYPES[event.lifecycle]] };
  return { category: ['iam'], type: [IAM_SUBJECTS[object], IAM_TYPES[event.lifecycle]] };
}

/** ECS `user` fields of a person: `id` and `name` when known. */
function userFields(party: Party): Record<string, string> | undefined {
  if (party.id === undefined && party.name === undefined) return undefined;
  return { ...(party.id === undefined ? {} : { id: party.id }), ...(party.name === undefined ? {} : { name: party.name }) };
}

/** Values without repeats or gaps, or undefined when none is left. */
function distinct(values: readonly (string | undefined)[]): string[] | undefined {
  const present = [...new Set(values.filter((value): value is string => value !== undefined))];
  return present.length ? present : undefined;
}

/** `related.ip` and `related.user` (names and ids of everyone the record names), for pivoting; undefined when empty. */
function relatedFields(event: SiemEvent, target: Record<string, string> | undefined): Record<string, string[]> | undefined {
  const ip = distinct([event.ip]);
  const user = distinct([event.actor.name, event.actor.id, target?.name, target?.id]);
  return ip || user ? { ...(ip ? { ip } : {}), ...(user ? { user } : {}) } : undefined;
}

/** The record less the fields ECS fields hold. */
function rest(record: AuditLog, ipMapped: boolean): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!MAPPED.has(key) && !(ipMapped && key === 'ip_address')) kept[key] = value;
  }
  return kept;
}

/**
 * The ECS document of a record with its detections.
 *
 * @example ecsDocument({ record, detections: [], severity: null }).event.category // ['configuration'] for a setting's update
 */
export function ecsDocument(detected: DetectedRecord, options: EcsOptions = {}): EcsDocument {
  const { record } = detected;
  const event = siemEvent(record);
  const target = event.kind === 'sign-in' ? undefined : event.user && userFields(event.user);
  const actor = userFields(event.actor);
  return {
    '@timestamp': new Date(createdAtMs(record)).toISOString(),
    ecs: { version: ECS_VERSION },
    event: {
      kind: 'event',
      module: 'zendesk',
      dataset: 'zendesk.audit',
      id: textOf(record.id),
      action: textOf(record.action),
      ...categorization(event),
      outcome: event.kind === 'sign-in' && event.failed ? 'failure' : 'success',
      severity: severityLevel(detected.severity),
    },
    message: event.message,
    user: actor || target ? { ...actor, ...(target ? { target } : {}) } : undefined,
    source: event.ip === undefined ? undefined : { ip: event.ip },
    related: relatedFields(event, target),
    organization: options.account === undefined ? undefined : { id: options.account },
    zendesk: { audit: { ...rest(record, event.ip !== undefined), ...detectionFields(detected), ...changeOf(record) } },
  };
}

/** ECS documents as NDJSON, one line per record, yielded as each arrives. */
export async function* renderEcs(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: EcsOptions = {},
): AsyncGenerator<string> {
  for await (const detected of records) {
    // Zendesk's text is in JSON strings; controls and bidi overrides are escaped for the terminal that may show it.
    yield `${escapeUnsafeInJson(JSON.stringify(ecsDocument(detected, options)))}\n`;
  }
}
