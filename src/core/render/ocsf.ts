/**
 * OCSF output: one event per line (NDJSON) in the Open Cybersecurity Schema Framework
 * 1.8.0, its latest release (https://schema.ocsf.io/1.8.0/), the shape Amazon Security
 * Lake stores and Splunk, Sentinel and Panther read. Every record becomes an event of
 * the Identity & Access Management category (3); `siem-event.ts` reads which:
 *
 * | record | class | activity_id |
 * |---|---|---|
 * | a sign-in (`action: login`) | Authentication 3002 | 1 Logon |
 * | a person (`user`, `user_setting`) created or deleted | Account Change 3001 | 1 Create, 6 Delete |
 * | ... suspended or unsuspended | Account Change 3001 | 5 Disable, 2 Enable |
 * | ... password changed or reset | Account Change 3001 | 3 Password Change, 4 Password Reset |
 * | ... two-factor turned on or off | Account Change 3001 | 10 MFA Factor Enable, 11 MFA Factor Disable |
 * | ... role changed | Account Change 3001 | 99 Other, named `Role Change` |
 * | anything else: settings, rules, apps, tokens, groups, a person's other fields | Entity Management 3004 | 1 Create, 2 Read (`exported`), 3 Update, 4 Delete, 99 Other |
 *
 * `type_uid` is `class_uid * 100 + activity_id`; `time` is `created_at` in epoch
 * milliseconds; `severity_id` the record's highest detection (4 High, 3 Medium, 2 Low,
 * 1 Informational for none); `metadata.uid` and `metadata.original_event_uid` the
 * audit-log id (since 1.7.0 the first names the OCSF event, the second the source's
 * record: one record makes one event, so both hold it); `metadata.product` Zendesk;
 * `metadata.loggers` this tool and its version (the product that carried the event
 * between Zendesk and the SIEM); `unmapped.zendesk` the record as Zendesk returned it
 * (`audit_log`), its detections, its highest severity and the values it changed from and to.
 *
 * Every event carries each attribute its class requires, the base event's included, and
 * the required attributes and constraints of each object it holds
 * (https://schema.ocsf.io/1.8.0/classes/entity_management, .../account_change,
 * .../authentication): `test/core/render/ocsf-required.ts` lists them as read from the
 * schema's JSON, and the tests check every event against that list.
 */
import type { AuditLog } from '../types.ts';
import { VERSION } from '../version.ts';
import { createdAtMs, textOf } from '../review/fields.ts';
import { changeOf } from '../review/change.ts';
import { type DetectedRecord, detectionFields } from '../review/detector.ts';
import { type AccountActivity, type Lifecycle, type Party, severityLevel, type SiemEvent, siemEvent } from './siem-event.ts';
import { escapeUnsafeInJson } from './unsafe.ts';

/** The OCSF release the events follow (`metadata.version`). */
export const OCSF_VERSION = '1.8.0';

export interface OcsfOptions {
  /** The Zendesk account (its subdomain): `metadata.tenant_uid`, and the `service` signed in to. */
  account?: string;
}

/** An OCSF event: the classification and the attributes below, and others its class allows. */
export interface OcsfEvent {
  category_uid: 3;
  class_uid: 3001 | 3002 | 3004;
  activity_id: number;
  type_uid: number;
  severity_id: 1 | 2 | 3 | 4;
  time: number;
  metadata: Record<string, unknown>;
  unmapped: { zendesk: Record<string, unknown> };
  [attribute: string]: unknown;
}

const CATEGORY = { uid: 3, name: 'Identity & Access Management' } as const;
const ENTITY_MANAGEMENT = { uid: 3004, name: 'Entity Management' } as const;
const ACCOUNT_CHANGE = { uid: 3001, name: 'Account Change' } as const;
const AUTHENTICATION = { uid: 3002, name: 'Authentication' } as const;

/** An activity: its id, its caption in the schema, and the name the event gives it (the caption, but for Other). */
type Activity = readonly [id: number, caption: string, name?: string];

const OTHER = 99;
const ENTITY_ACTIVITIES: Readonly<Record<Lifecycle, Activity>> = {
  create: [1, 'Create'],
  read: [2, 'Read'],
  update: [3, 'Update'],
  delete: [4, 'Delete'],
  other: [OTHER, 'Other'],
};
const ACCOUNT_ACTIVITIES: Readonly<Record<AccountActivity, Activity>> = {
  create: [1, 'Create'],
  enable: [2, 'Enable'],
  'password-change': [3, 'Password Change'],
  'password-reset': [4, 'Password Reset'],
  disable: [5, 'Disable'],
  delete: [6, 'Delete'],
  'mfa-enable': [10, 'MFA Factor Enable'],
  'mfa-disable': [11, 'MFA Factor Disable'],
  // The schema has no role change; Other's name is the source's to give.
  'role-change': [OTHER, 'Other', 'Role Change'],
};
const LOGON: Activity = [1, 'Logon'];
const SEVERITY_CAPTIONS = { 1: 'Informational', 2: 'Low', 3: 'Medium', 4: 'High' } as const;
/** `user.type_id` 3: Zendesk acting on its own. */
const SYSTEM_USER = { type_id: 3, type: 'System' } as const;
const MANAGED_USER = 2;
const MANAGED_GROUP = 3;

/** An OCSF user; a person the record names by neither id nor name is `unknown` (the object needs one of them). */
function userObject(party: Party): Record<string, unknown> {
  return {
    uid: party.id,
    name: party.name ?? (party.id === undefined ? 'unknown' : undefined),
    ...(party.system ? SYSTEM_USER : {}),
  };
}

/** The managed entity: a user or a group as the schema types them, anything else `Other` with its source type. */
function entityOf(event: SiemEvent): Record<string, unknown> {
  const { id: uid, name, type } = event.source;
  // At least one of name and uid: a record naming neither is known by its type.
  const named = { uid, name: name ?? (uid === undefined ? type || 'unknown' : undefined) };
  if (event.kind === 'object' && event.object === 'user') {
    return { ...named, type: 'User', type_id: MANAGED_USER, user: userObject(event.user ?? {}) };
  }
  if (event.kind === 'object' && event.object === 'group') return { ...named, type: 'Group', type_id: MANAGED_GROUP, group: named };
  return { ...named, type: type || undefined, type_id: OTHER };
}

/** The class, activity and class attributes of an event. */
function classOf(event: SiemEvent, record: AuditLog, options: OcsfOptions) {
  if (event.kind === 'sign-in') {
    return {
      kind: AUTHENTICATION,
      activity: LOGON,
      // Authentication needs a service or a destination: the Zendesk account signed in to.
      attributes: { user: userObject(event.user), service: { name: 'Zendesk', uid: options.account } },
    };
  }
  if (event.kind === 'account') {
    return { kind: ACCOUNT_CHANGE, activity: ACCOUNT_ACTIVITIES[event.activity], attributes: { user: userObject(event.user) } };
  }
  const activity = ENTITY_ACTIVITIES[event.lifecycle];
  const description = textOf(record.change_description);
  return {
    kind: ENTITY_MANAGEMENT,
    activity: activity[0] === OTHER ? [OTHER, 'Other', textOf(record.action_label || record.action) || 'Other'] as const : activity,
    attributes: { entity: entityOf(event), comment: description || undefined },
  };
}

/**
 * The OCSF event of a record with its detections. Attributes the record cannot fill are
 * left undefined, which JSON leaves out.
 *
 * @example ocsfEvent({ record, detections: [], severity: null }).type_uid // 300403 for a setting's update
 */
export function ocsfEvent(detected: DetectedRecord, options: OcsfOptions = {}): OcsfEvent {
  const { record } = detected;
  const event = siemEvent(record);
  const { kind, activity: [activityId, caption, name = caption], attributes } = classOf(event, record, options);
  const severityId = severityLevel(detected.severity);
  const id = textOf(record.id);
  const failed = event.kind === 'sign-in' && event.failed;
  return {
    category_uid: CATEGORY.uid,
    category_name: CATEGORY.name,
    class_uid: kind.uid,
    class_name: kind.name,
    activity_id: activityId,
    activity_name: name,
    type_uid: kind.uid * 100 + activityId,
    type_name: `${kind.name}: ${caption}`,
    severity_id: severityId,
    severity: SEVERITY_CAPTIONS[severityId],
    // The audit log records what was done; a sign-in's description says when it failed.
    status_id: failed ? 2 : 1,
    status: failed ? 'Failure' : 'Success',
    time: createdAtMs(record),
    timezone_offset: 0,
    message: event.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'Zendesk', vendor_name: 'Zendesk', feature: { name: 'Audit log' } },
      uid: id,
      original_event_uid: id,
      original_time: textOf(record.created_at),
      tenant_uid: options.account,
      loggers: [{ name: 'zendesk-audit', version: VERSION, product: { name: 'zendesk-audit', version: VERSION } }],
    },
    actor: event.actor.id === undefined && event.actor.name === undefined ? undefined : { user: userObject(event.actor) },
    src_endpoint: event.ip === undefined ? undefined : { ip: event.ip },
    ...attributes,
    unmapped: { zendesk: { audit_log: record, ...detectionFields(detected), ...changeOf(record) } },
  };
}

/** OCSF events as NDJSON, one line per record, yielded as each arrives. */
export async function* renderOcsf(
  records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>,
  options: OcsfOptions = {},
): AsyncGenerator<string> {
  for await (const detected of records) {
    // Zendesk's text is in JSON strings; controls and bidi overrides are escaped for the terminal that may show it.
    yield `${escapeUnsafeInJson(JSON.stringify(ocsfEvent(detected, options)))}\n`;
  }
}
