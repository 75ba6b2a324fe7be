import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type Checkpoint,
  CHECKPOINT_VERSION,
  exportScope,
  parseCheckpoint,
  scopeDifference,
  serializeCheckpoint,
} from '../../../src/core/mod.ts';
import { refusal } from '../../helpers/refusal.ts';

const at = (text: string) => Temporal.Instant.from(text);
const second = (text: string) => Date.parse(text) / 1000;

const CHECKPOINT: Checkpoint = {
  scope: exportScope('acme', { sourceType: 'account_setting' }),
  runStartedAt: at('2024-06-01T12:00:00Z'),
  readThrough: at('2024-06-01T11:59:59Z'),
  resumeFrom: at('2024-06-01T11:54:59Z'),
  written: new Map([
    [23649114690840, second('2024-06-01T11:55:03Z')],
    [23649114690839, second('2024-06-01T11:55:03Z')],
    [23649114691102, second('2024-06-01T11:58:41Z')],
  ]),
};

const FILE_TEXT = `{
  "format": "zendesk-audit checkpoint",
  "version": 1,
  "account": "acme",
  "filters": {"source_type":["account_setting"]},
  "run_started_at": "2024-06-01T12:00:00Z",
  "read_through": "2024-06-01T11:59:59Z",
  "resume_from": "2024-06-01T11:54:59Z",
  "written": {
    "2024-06-01T11:55:03Z": [23649114690839,23649114690840],
    "2024-06-01T11:58:41Z": [23649114691102]
  }
}
`;

test('a checkpoint is written as its documented JSON: one line per second of ids, oldest first', () => {
  assert.is(serializeCheckpoint(CHECKPOINT), FILE_TEXT);
  assert.is(CHECKPOINT_VERSION, 1);
});

test('what is written reads back as it was', () => {
  const read = parseCheckpoint(serializeCheckpoint(CHECKPOINT), 'export.checkpoint');
  assert.equal(read.scope, CHECKPOINT.scope);
  assert.equal([read.runStartedAt, read.readThrough, read.resumeFrom].map(String), [
    '2024-06-01T12:00:00Z',
    '2024-06-01T11:59:59Z',
    '2024-06-01T11:54:59Z',
  ]);
  assert.equal([...read.written].sort(), [...CHECKPOINT.written].sort());
  assert.is(serializeCheckpoint(read), FILE_TEXT);
});

test('a checkpoint with nothing written yet reads back empty', () => {
  const empty = { ...CHECKPOINT, written: new Map() };
  assert.match(serializeCheckpoint(empty), /"written": \{\}\n\}\n$/);
  assert.is(parseCheckpoint(serializeCheckpoint(empty), 'f').written.size, 0);
});

test('anything but a checkpoint is refused in one line that names the file and the field', () => {
  const edit = (change: (json: Record<string, unknown>) => void) => {
    const json = JSON.parse(FILE_TEXT) as Record<string, unknown>;
    change(json);
    return JSON.stringify(json);
  };
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /it is not JSON/],
    ['another file', '{"name": "zendesk-audit"}', /does not say "format": "zendesk-audit checkpoint"/],
    ['no version', edit((json) => delete json.version), /its version is not 1/],
    ['no account', edit((json) => (json.account = '')), /account is not a name/],
    ['filters not lists', edit((json) => (json.filters = { source_type: 'user' })), /filters\.source_type is not a list of text/],
    ['a time not in seconds', edit((json) => (json.resume_from = '2024-06-01T11:54:59.5Z')), /resume_from is not a time/],
    ['an impossible time', edit((json) => (json.read_through = '2024-02-30T00:00:00Z')), /read_through is not a time/],
    ['ids as text', edit((json) => (json.written = { '2024-06-01T11:55:03Z': ['1'] })), /is not a list of audit-log ids/],
    ['an id too large', edit((json) => (json.written = { '2024-06-01T11:55:03Z': [2 ** 53] })), /is not a list of audit-log ids/],
    ['an id twice', edit((json) => (json.written = { '2024-06-01T11:55:03Z': [1], '2024-06-01T11:55:04Z': [1] })), /holds id 1 twice/],
    ['ids before resume_from', edit((json) => (json.written = { '2024-06-01T11:50:00Z': [1] })), /before resume_from/],
  ];
  for (const [what, text, expected] of cases) {
    const message = refusal(() => parseCheckpoint(text, 'export.checkpoint'));
    assert.match(message, /^export\.checkpoint is not a checkpoint this release can resume from: /, what);
    assert.match(message, expected, what);
    assert.not.match(message, /\n/, what);
  }
});

test("a later version's checkpoint asks for an upgrade instead of being misread", () => {
  const message = refusal(() => parseCheckpoint(FILE_TEXT.replace('"version": 1', '"version": 2'), 'export.checkpoint'));
  assert.is(
    message,
    'export.checkpoint was written by a later zendesk-audit (checkpoint version 2): upgrade zendesk-audit to resume from it',
  );
});

test('a scope is the account and the filters Zendesk is sent, in any order or spelling, and the ones the caller adds', () => {
  const scope = exportScope('acme', { sourceType: ['user', 'account_setting'], action: 'update', actorId: 15 }, { min_severity: 'medium' });
  assert.equal(scope, {
    account: 'acme',
    filters: { action: ['update'], actor_id: ['15'], min_severity: ['medium'], source_type: ['account_setting', 'user'] },
  });
  assert.equal(
    exportScope('acme', { sourceType: ['account_setting', 'user'], actorId: [15], action: ['update'] }, { min_severity: ['medium'] }),
    scope,
  );
  assert.equal(exportScope('acme', {}).filters, {});
  assert.throws(() => exportScope('acme', { sourceType: 'user' }, { source_type: 'rule' }), /is one Zendesk is sent/);
});

test('scopes that differ say how, account first', () => {
  const acme = exportScope('acme', { sourceType: 'account_setting' });
  assert.is(scopeDifference(acme, exportScope('acme', { sourceType: 'account_setting' })), undefined);
  assert.is(scopeDifference(acme, exportScope('beta', { sourceType: 'account_setting' })), 'account "acme", not "beta"');
  assert.is(scopeDifference(acme, exportScope('acme', { sourceType: 'user' })), 'source type account_setting, not source type user');
  assert.is(scopeDifference(acme, exportScope('acme', {})), 'source type account_setting, not every source type');
  assert.is(
    scopeDifference(acme, exportScope('acme', { sourceType: 'account_setting', action: ['create', 'update'] })),
    'no other filter, not action=create|update',
  );
  assert.is(
    scopeDifference(exportScope('acme', {}, { min_severity: 'high' }), exportScope('acme', {}, { min_severity: 'low' })),
    'min_severity=high, not min_severity=low',
  );
});

test.run();
