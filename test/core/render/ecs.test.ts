/**
 * The ECS documents, checked against ECS's own field definitions: `@elastic/ecs`, Elastic's
 * package generated from the ECS repository's `ecs_flat.yml`, ships every field with its
 * type, normalization, allowed values and, per `event.category`, the `event.type` values
 * it expects (https://www.elastic.co/docs/reference/ecs/ecs-field-reference,
 * https://www.elastic.co/docs/reference/ecs/ecs-allowed-values-event-category).
 */
import { EcsVersion } from '@elastic/ecs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detectAll, ECS_VERSION, ecsDocument, renderEcs } from '../../../src/core/mod.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import { collect, record, stream } from './fixtures.ts';
import { ecsProblems as problemsOf } from './ecs-check.ts';
import { BY_SEVERITY, CASES, ndjson, realisticRecords, throughJson } from './siem-fixtures.ts';

type Json = Record<string, unknown>;

/** The document of one record as a SIEM reads it. */
const documentOf = (one: AuditLog, account?: string) => throughJson(ecsDocument(detectAll([one])[0]!, { account }));
/** The documents of `records`, written as NDJSON and parsed back line by line. */
const rendered = (records: AuditLog[], account?: string) => ndjson(renderEcs(stream(detectAll(records)), { account }));

test('the documents claim the ECS release whose definitions they are checked against', () => {
  assert.is(ECS_VERSION, EcsVersion);
});

test('each kind of record gets its category and types, in a valid document', async () => {
  const documents = await rendered(CASES.map((entry) => entry.record));
  CASES.forEach((entry, index) => {
    const event = documents[index]!.event as Json;
    assert.equal([event.category, event.type], entry.ecs, entry.what);
    assert.equal(problemsOf(documents[index]!), [], entry.what);
  });
});

test('every realistic record renders as one line that parses into a valid document', async () => {
  const records = realisticRecords();
  const documents = await rendered(records, 'acme');
  assert.is(documents.length, records.length);
  const categories = new Set<string>();
  documents.forEach((document, index) => {
    categories.add(String((document.event as Json).category));
    assert.equal(problemsOf(document), [], `record ${records[index]!.id}: ${JSON.stringify(document)}`);
  });
  assert.equal([...categories].sort(), ['authentication', 'configuration', 'iam']);
});

test('the checks catch a document ECS would not take', () => {
  const document = documentOf(record()) as unknown as Json;
  assert.equal(problemsOf(document), []);
  const { ecs: _ecs, ...unversioned } = document;
  assert.ok(problemsOf(unversioned).includes('ecs.version is required'));
  const event = document.event as Json;
  assert.ok(problemsOf({ ...document, event: { ...event, category: ['settings'] } }).some((problem) => problem.includes('settings')));
  assert.ok(
    problemsOf({ ...document, event: { ...event, type: ['user'] } }).includes('event.type user is not expected in category configuration'),
  );
  assert.ok(problemsOf({ ...document, event: { ...event, category: 'iam' } }).includes('event.category should be an array'));
  assert.ok(problemsOf({ ...document, source: { ip: 'unknown' } }).some((problem) => problem.startsWith('source.ip')));
  assert.ok(problemsOf({ ...document, actor_name: 'x' }).some((problem) => problem.startsWith('actor_name is no ECS field')));
});

test('a setting change: when, what, who, from where, the sentence, and the rest of the record under zendesk.audit', () => {
  const document = documentOf(record(), 'acme');
  assert.equal(document, {
    '@timestamp': '2024-05-21T22:34:33.000Z',
    ecs: { version: '9.4.0' },
    event: {
      kind: 'event',
      module: 'zendesk',
      dataset: 'zendesk.audit',
      id: '23649114690839',
      action: 'update',
      category: ['configuration'],
      type: ['change'],
      outcome: 'success',
      severity: 3,
    },
    message: "Joe Agent updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes",
    user: { id: '1509756491122', name: 'Joe Agent' },
    source: { ip: '52.40.123.85' },
    related: { ip: ['52.40.123.85'], user: ['Joe Agent', '1509756491122'] },
    organization: { id: 'acme' },
    zendesk: {
      audit: {
        url: 'https://abc.zendesk.com/api/v2/audit_logs/23649114690839.json',
        action_label: 'Updated',
        source_id: 23639740139415,
        source_type: 'account_setting',
        source_label: 'Security: Session expiration',
        change_description: 'Changed from 10 minutes to 30 minutes',
        detections: [{
          rule: 'zendesk.session-lengthened',
          severity: 'medium',
          reason: 'A longer session keeps a forgotten or stolen browser session signed in longer.',
        }],
        severity: 'medium',
        change_from: '10 minutes',
        change_to: '30 minutes',
      },
    },
  });
});

test('event.severity is the highest detection on the scale OCSF uses', async () => {
  const documents = await rendered(BY_SEVERITY);
  assert.equal(documents.map((document) => (document.event as Json).severity), [4, 3, 2, 1]);
});

test('a change to a person names the actor as user and the person as user.target', () => {
  const document = documentOf(CASES.find((entry) => entry.what === "the sandbox's role change")!.record);
  assert.equal(document.user, { id: '1509756491122', name: 'Joe Agent', target: { id: '1509756499999', name: 'Emily Chen' } });
  assert.equal(document.related, { ip: ['52.40.123.85'], user: ['Joe Agent', '1509756491122', 'Emily Chen', '1509756499999'] });
});

test('a failed sign-in is an authentication start that failed', () => {
  const document = documentOf(
    record({ action: 'login', source_type: 'user', change_description: 'Failed sign-in using Zendesk password' }),
  );
  assert.equal([document.event.category, document.event.type, document.event.outcome], [['authentication'], ['start'], 'failure']);
});

test('an address that is none stays in zendesk.audit, out of source.ip; no address leaves no source', () => {
  const odd = documentOf(record({ ip_address: 'unknown' }));
  assert.is(odd.source, undefined);
  assert.is(odd.zendesk.audit.ip_address, 'unknown');
  const system = documentOf(record({ actor_id: -1, actor_name: 'Zendesk', ip_address: null }));
  assert.is(system.source, undefined);
  assert.equal(system.user, { id: '-1', name: 'Zendesk' });
  assert.is(system.zendesk.audit.ip_address, null);
});

test('hostile text stays inside its JSON string on one line, terminal controls escaped', async () => {
  const text = await collect(renderEcs(stream(detectAll([record({ actor_name: 'Eve\u001b[2J\u202e', change_description: 'a\nb' })]))));
  assert.is(text.split('\n').length, 2);
  assert.ok(!text.includes('\u001b') && !text.includes('\u202e'), 'no raw ESC or bidi override');
  assert.is(((JSON.parse(text) as Json).user as Json).name, 'Eve\u001b[2J\u202e');
});

test.run();
