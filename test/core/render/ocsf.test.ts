import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detectAll, OCSF_VERSION, ocsfEvent, renderOcsf, VERSION } from '../../../src/core/mod.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import { collect, record, stream } from './fixtures.ts';
import { ocsfProblems as problemsOf } from './ocsf-check.ts';
import { OCSF_SCHEMA_VERSION } from './ocsf-required.ts';
import { BY_SEVERITY, CASES, ndjson, realisticRecords, throughJson } from './siem-fixtures.ts';

type Json = Record<string, unknown>;

const detected = (records: AuditLog[]) => detectAll(records);
/** The event of one record as a SIEM reads it. */
const eventOf = (one: AuditLog, account?: string) => throughJson(ocsfEvent(detected([one])[0]!, { account }));
/** The events of `records`, written as NDJSON and parsed back line by line. */
const rendered = (records: AuditLog[], account?: string) => ndjson(renderOcsf(stream(detected(records)), { account }));

test('the schema read is the one the events claim', () => {
  assert.is(OCSF_VERSION, OCSF_SCHEMA_VERSION);
});

test('each kind of record becomes its class and activity, and a valid event of it', async () => {
  const events = await rendered(CASES.map((entry) => entry.record));
  CASES.forEach((entry, index) => {
    const event = events[index]!;
    assert.equal([event.class_uid, event.activity_id], entry.ocsf, entry.what);
    assert.equal(problemsOf(event), [], entry.what);
  });
});

test('every realistic record renders as one line that parses into a valid event of its class', async () => {
  const records = realisticRecords();
  const events = await rendered(records);
  assert.is(events.length, records.length);
  const classes = new Set<unknown>();
  events.forEach((event, index) => {
    classes.add(event.class_uid);
    assert.equal(problemsOf(event), [], `record ${records[index]!.id}: ${JSON.stringify(event)}`);
  });
  assert.equal([...classes].sort(), [3001, 3002, 3004]);
});

test('the checks catch an event that lacks what its class requires', () => {
  const event = eventOf(record()) as Json;
  assert.equal(problemsOf(event), []);
  const { entity: _entity, ...withoutEntity } = event;
  assert.ok(problemsOf(withoutEntity).some((problem) => problem.startsWith('entity is required')));
  const noProduct = { ...event, metadata: { ...(event.metadata as Json), product: undefined } };
  assert.ok(problemsOf(JSON.parse(JSON.stringify(noProduct))).some((problem) => problem.startsWith('metadata.product is required')));
  assert.ok(problemsOf({ ...event, activity_id: 14 }).some((problem) => problem.includes('activity_id 14 is not one of its values')));
  assert.ok(problemsOf({ ...event, type_uid: 300404 }).some((problem) => problem.startsWith('type_uid')));
  assert.ok(problemsOf({ ...event, entity: {} }).some((problem) => problem.startsWith('entity needs one of name, uid')));
  assert.ok(problemsOf({ ...event, src_endpoint: { ip: 'not an address' } }).some((problem) => problem.startsWith('src_endpoint.ip')));
  assert.ok(problemsOf({ ...event, zendesk_id: 1 }).some((problem) => problem.startsWith('zendesk_id is no attribute')));
  const signIn = eventOf(CASES.at(-1)!.record) as Json;
  const { service: _service, ...nowhere } = signIn;
  assert.ok(problemsOf(nowhere).some((problem) => problem.startsWith('the event needs one of service, dst_endpoint')));
});

test('a setting change is an Entity Management update of that setting, by its actor, from their address', () => {
  const event = eventOf(record(), 'acme');
  assert.equal(event.entity, {
    uid: '23639740139415',
    name: 'Security: Session expiration',
    type: 'account_setting',
    type_id: 99,
  });
  assert.equal(event.actor, { user: { uid: '1509756491122', name: 'Joe Agent' } });
  assert.equal(event.src_endpoint, { ip: '52.40.123.85' });
  assert.is(event.comment, 'Changed from 10 minutes to 30 minutes');
  assert.is(event.message, "Joe Agent updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes");
  assert.is(event.time, Date.parse('2024-05-21T22:34:33Z'));
  assert.is(event.type_uid, 300403);
});

test('metadata names Zendesk, the audit-log id, the account, and this tool with its version', () => {
  const { metadata } = eventOf(record(), 'acme');
  assert.equal(metadata, {
    version: '1.8.0',
    product: { name: 'Zendesk', vendor_name: 'Zendesk', feature: { name: 'Audit log' } },
    uid: '23649114690839',
    original_event_uid: '23649114690839',
    original_time: '2024-05-21T22:34:33Z',
    tenant_uid: 'acme',
    loggers: [{ name: 'zendesk-audit', version: VERSION, product: { name: 'zendesk-audit', version: VERSION } }],
  });
});

test('severity_id is the highest detection, and unmapped carries the detections beside the record as Zendesk sent it', async () => {
  const events = await rendered(BY_SEVERITY);
  assert.equal(events.map((event) => [event.severity_id, event.severity]), [[4, 'High'], [3, 'Medium'], [2, 'Low'], [1, 'Informational']]);
  const zendesk = (events[0]!.unmapped as { zendesk: Json }).zendesk;
  assert.equal(zendesk.audit_log, BY_SEVERITY[0]);
  assert.is(zendesk.severity, 'high');
  assert.equal((zendesk.detections as Json[]).map((detection) => detection.rule), ['zendesk.api-token-created']);
  assert.equal((events[3]!.unmapped as { zendesk: Json }).zendesk.detections, []);
  const values = (events[1]!.unmapped as { zendesk: Json }).zendesk;
  assert.equal([values.change_from, values.change_to], ['10 minutes', '30 minutes']);
});

test("an account change is about the person the record names, and a sign-in about who signed in, to the account's Zendesk", () => {
  const role = eventOf(CASES.find((entry) => entry.what === "the sandbox's role change")!.record);
  assert.equal(role.user, { uid: '1509756499999', name: 'Emily Chen' });
  assert.is(role.activity_name, 'Role Change');
  assert.is(role.type_name, 'Account Change: Other');
  const suspended = eventOf(CASES.find((entry) => entry.what.startsWith("Panther's suspension"))!.record);
  assert.equal(suspended.user, { uid: '1509756499999', name: 'Bob Cat' });
  const signIn = eventOf(CASES.at(-1)!.record, 'acme');
  assert.equal(signIn.user, { uid: '1509756491122', name: 'Joe Agent' });
  assert.equal(signIn.service, { name: 'Zendesk', uid: 'acme' });
  assert.equal([signIn.status_id, signIn.status], [1, 'Success']);
  const failed = eventOf(record({ action: 'login', source_type: 'user', change_description: 'Failed sign-in using Zendesk password' }));
  assert.equal([failed.status_id, failed.status], [2, 'Failure']);
});

test("a person's other changes are Entity Management of a User entity", () => {
  const event = eventOf(CASES.find((entry) => entry.what === "a team member's groups changed")!.record);
  assert.equal(event.entity, {
    uid: '1509756499999',
    name: 'Team member: Emily Chen',
    type: 'User',
    type_id: 2,
    user: { uid: '1509756499999', name: 'Emily Chen' },
  });
});

test('Zendesk acting alone is a System user with no endpoint; an address that is none is left in the record only', () => {
  const system = eventOf(record({ actor_id: -1, actor_name: 'Zendesk', ip_address: null }));
  assert.equal(system.actor, { user: { uid: '-1', name: 'Zendesk', type_id: 3, type: 'System' } });
  assert.is(system.src_endpoint, undefined);
  const odd = eventOf(record({ ip_address: 'unknown' }));
  assert.is(odd.src_endpoint, undefined);
  assert.is((odd.unmapped.zendesk.audit_log as AuditLog).ip_address, 'unknown');
  assert.equal(eventOf(record({ ip_address: '2001:db8::1' })).src_endpoint, { ip: '2001:db8::1' });
});

test('hostile text stays inside its JSON string on one line, terminal controls escaped', async () => {
  const text = await collect(renderOcsf(stream(detected([record({ actor_name: 'Eve\u001b[2J\u202e', change_description: 'a\nb\r\nc' })]))));
  assert.is(text.split('\n').length, 2);
  assert.ok(!text.includes('\u001b') && !text.includes('\u202e'), 'no raw ESC or bidi override');
  const event = JSON.parse(text) as Json;
  assert.is((event.actor as { user: Json }).user.name, 'Eve\u001b[2J\u202e');
  assert.is(event.comment, 'a\nb\r\nc');
});

test.run();
