/**
 * Records for the SIEM formats' tests (OCSF, ECS), each with the class and activity and
 * the ECS categorization it must get; and the realistic records every event is checked
 * on. Not a test file itself.
 */
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/types.ts';
import { createSandbox } from '../../../src/sandbox/mod.ts';
import { LOOK_ALIKES, MATCHING } from '../review/corpus.ts';
import { collect, HOSTILE, record } from './fixtures.ts';

export interface SiemCase {
  what: string;
  record: AuditLog;
  /** OCSF `class_uid` and `activity_id`. */
  ocsf: [classUid: number, activityId: number];
  /** ECS `event.category` and `event.type`. */
  ecs: [category: string[], type: string[]];
}

const ACTOR = { actor_id: 1509756491122, actor_name: 'Joe Agent' };
const person = (change_description: string, extra: Partial<AuditLog> = {}) =>
  record({
    ...ACTOR,
    source_type: 'user',
    action: 'update',
    action_label: 'Updated',
    source_id: 1509756499999,
    source_label: 'Team member: Emily Chen',
    change_description,
    ...extra,
  });
const object = (source_type: string, action: string, source_label: string, change_description: string) =>
  record({ ...ACTOR, source_type, action, action_label: action === 'destroy' ? 'Deleted' : 'Updated', source_label, change_description });

export const CASES: SiemCase[] = [
  {
    what: "the seed article's session expiration change",
    record: record(),
    ocsf: [3004, 3],
    ecs: [['configuration'], ['change']],
  },
  {
    what: 'a trigger created',
    record: object('trigger', 'create', 'Trigger: Notify requester', 'Created'),
    ocsf: [3004, 1],
    ecs: [['configuration'], ['creation']],
  },
  {
    what: 'an app removed',
    record: object('zendesk/app_market/app', 'destroy', 'Slack', 'Deleted'),
    ocsf: [3004, 4],
    ecs: [['configuration'], ['deletion']],
  },
  {
    what: 'tickets exported',
    record: object('ticket', 'exported', 'Ticket export', 'Exported'),
    ocsf: [3004, 2],
    ecs: [['configuration'], ['access']],
  },
  {
    what: 'an action Zendesk has not documented',
    record: object('ticket', 'merge', 'Ticket #1', 'Merged'),
    ocsf: [3004, 99],
    ecs: [['configuration'], ['info']],
  },
  {
    what: "an API token created (Zendesk's apitoken)",
    record: object('apitoken', 'create', 'API token: Zapier integration', 'Created'),
    ocsf: [3004, 1],
    ecs: [['iam'], ['admin', 'creation']],
  },
  {
    what: "an API token removed (Panther's api_token)",
    record: object('api_token', 'destroy', 'API token', ''),
    ocsf: [3004, 4],
    ecs: [['iam'], ['admin', 'deletion']],
  },
  {
    what: 'an agent group renamed',
    record: object('group', 'update', 'Tier 2', 'Name: Changed from Tier 2 to Escalations'),
    ocsf: [3004, 3],
    ecs: [['iam'], ['group', 'change']],
  },
  {
    what: "a team member's groups changed",
    record: person('Groups: Added to Billing'),
    ocsf: [3004, 3],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "the sandbox's role change",
    record: person('Role: Changed from Agent to Administrator'),
    ocsf: [3001, 99],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "Panther's role change",
    record: person('Role changed from End User to Administrator', { source_label: 'Bob Cat' }),
    ocsf: [3001, 99],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "the sandbox's suspension",
    record: person('Suspended: Turned on'),
    ocsf: [3001, 5],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "Panther's suspension (user_setting, created)",
    record: person('Suspended', { source_type: 'user_setting', action: 'create', source_label: 'Suspension state: Bob Cat' }),
    ocsf: [3001, 5],
    ecs: [['iam'], ['user', 'creation']],
  },
  {
    what: "the sandbox's unsuspension",
    record: person('Suspended: Turned off'),
    ocsf: [3001, 2],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "Panther's unsuspension",
    record: person('Unsuspended', { source_type: 'user_setting', source_label: 'Suspension state: Bob Cat' }),
    ocsf: [3001, 2],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "a team member's two-factor turned off",
    record: person('Two-factor authentication: Turned off'),
    ocsf: [3001, 11],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: "a team member's two-factor turned on",
    record: person('Two-factor authentication: Turned on'),
    ocsf: [3001, 10],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: 'a password changed',
    record: person('Password: Changed'),
    ocsf: [3001, 3],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: 'a password reset',
    record: person('Password reset requested'),
    ocsf: [3001, 4],
    ecs: [['iam'], ['user', 'change']],
  },
  {
    what: 'a team member added',
    record: person('Created', { action: 'create', action_label: 'Created' }),
    ocsf: [3001, 1],
    ecs: [['iam'], ['user', 'creation']],
  },
  {
    what: 'a team member deleted',
    record: person('Deleted', { action: 'destroy', action_label: 'Deleted' }),
    ocsf: [3001, 6],
    ecs: [['iam'], ['user', 'deletion']],
  },
  {
    what: "the developer article's sign-in",
    record: person('Successful sign-in using Zendesk password from https://acme.zendesk.com/access/login', {
      action: 'login',
      action_label: 'Signed in',
      source_id: ACTOR.actor_id,
      source_label: 'Team member: Joe Agent',
    }),
    ocsf: [3002, 1],
    ecs: [['authentication'], ['start']],
  },
];

/** Records whose highest detection is high, medium, low, and none, in that order. */
export const BY_SEVERITY: AuditLog[] = [
  object('apitoken', 'create', 'API token: Zapier', 'Created'),
  // A session made longer.
  record({ id: 2 }),
  // Another setting's record (source id), so that this and the one above are no revert.
  record({ id: 3, source_id: 1, change_description: 'Changed from 30 minutes to 10 minutes' }),
  object('macro', 'update', 'Macro: Close and thank', 'Updated'),
].map((one, index) => ({ ...one, id: index + 1 }));

/** The moment the sandbox's data is dated from. */
const NOW = Date.parse('2024-06-01T12:00:00Z');

/**
 * Records as real accounts hold them: the sandbox's generated history with its scripted
 * episodes (every source type it knows, sign-ins, system changes without an address),
 * the detection corpus (Panther's and Zendesk's shapes), the cases above, and records
 * whose text tries every trick.
 */
export function realisticRecords(): AuditLog[] {
  const sandbox = createSandbox({ now: NOW, records: 600, episodes: true });
  return [
    ...sandbox.auditLogs(),
    ...[...MATCHING, ...LOOK_ALIKES].map((entry) => entry.record),
    ...CASES.map((entry) => entry.record),
    ...HOSTILE,
  ];
}

/** NDJSON output read back as a SIEM reads it: every line ended, each a JSON object. */
export async function ndjson(chunks: AsyncIterable<string>): Promise<Record<string, unknown>[]> {
  const text = await collect(chunks);
  if (text === '') return [];
  assert.ok(text.endsWith('\n'), 'NDJSON ends every line');
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** `value` as it reads after a trip through JSON: what a SIEM gets (undefined attributes left out). */
export function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
