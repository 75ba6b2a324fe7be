import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../../src/core/errors.ts';
import { auditLogParams, parseId } from '../../../src/core/fetch/query.ts';

const createdAt = { start: Temporal.Instant.from('2024-05-01T07:00:00Z'), end: Temporal.Instant.from('2024-06-01T06:59:59.999Z') };

test('auditLogParams sends filter[created_at][] twice, start then end, to the second', () => {
  const params = auditLogParams({ sourceType: 'account_setting', createdAt });
  assert.equal(params.getAll('filter[created_at][]'), ['2024-05-01T07:00:00Z', '2024-06-01T06:59:59Z']);
  assert.is(params.get('filter[source_type]'), 'account_setting');
  assert.is(params.get('page[size]'), '100');
  assert.is(params.get('sort'), '-created_at');
});

test('auditLogParams repeats filter[x][] for several values', () => {
  const params = auditLogParams({ action: ['create', 'update'], actorId: [1, 2], ipAddress: '52.40.123.85', order: 'asc' });
  assert.equal(params.getAll('filter[action][]'), ['create', 'update']);
  assert.equal(params.getAll('filter[actor_id][]'), ['1', '2']);
  assert.is(params.get('filter[ip_address]'), '52.40.123.85');
  assert.is(params.get('sort'), 'created_at');
});

test('auditLogParams filters on actor_id, never on the unknown user_id', () => {
  const params = auditLogParams({ actorId: 1509756491122 });
  assert.is(params.get('filter[actor_id]'), '1509756491122');
  assert.is([...params.keys()].some((key) => key.includes('user_id')), false);
});

test('auditLogParams uses cursor pagination, never offset parameters', () => {
  const keys = [...auditLogParams({}).keys()];
  assert.ok(keys.includes('page[size]'));
  for (const offset of ['page', 'per_page', 'sort_by', 'sort_order']) assert.not.ok(keys.includes(offset), offset);
});

test('auditLogParams refuses bad filters before anything is sent', () => {
  assert.throws(() => auditLogParams({ action: ['delete' as 'create'] }), /not one of create, destroy, exported, login, update/);
  assert.throws(() => auditLogParams({ sourceType: 'account setting' }), (error: Error) => error instanceof InputError);
  assert.throws(() => auditLogParams({ ipAddress: 'evil.com/x' }), (error: Error) => error instanceof InputError);
  assert.throws(() => auditLogParams({ sourceId: 5 }), /needs a source type/);
});

test('parseId accepts positive whole numbers below 2^53 only', () => {
  assert.is(parseId('1509756491122', 'user id'), 1509756491122);
  for (const bad of ['0', '-5', 'abc', '1.5', '', '9007199254740993', '1e3']) {
    assert.throws(
      () => parseId(bad, 'user id'),
      (error: Error) => error instanceof InputError && /positive whole number/.test(error.message),
      bad,
    );
  }
});

test.run();
