import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { localize } from '../../../src/core/render/localize.ts';
import { BERLIN, KOLKATA, LOS_ANGELES, record, SEED_RECORD, UTC } from './fixtures.ts';

test('localize keeps every field and its order, and appends created_at_local last', () => {
  const localized = localize(SEED_RECORD, LOS_ANGELES);
  assert.equal(Object.keys(localized), [...Object.keys(SEED_RECORD), 'created_at_local']);
  assert.equal({ ...localized, created_at_local: undefined }, { ...SEED_RECORD, created_at_local: undefined });
  assert.is(localized.created_at_local, '2024-05-21T15:34:33-07:00[America/Los_Angeles]');
});

test('localize writes Temporal ZonedDateTime text in the clock zone', () => {
  assert.is(localize(SEED_RECORD, BERLIN).created_at_local, '2024-05-22T00:34:33+02:00[Europe/Berlin]');
  assert.is(localize(SEED_RECORD, KOLKATA).created_at_local, '2024-05-22T04:04:33+05:30[Asia/Kolkata]');
  assert.is(localize(SEED_RECORD, UTC).created_at_local, '2024-05-21T22:34:33+00:00[UTC]');
});

test('localize keeps fields the types do not know, and leaves the input untouched', () => {
  const input = record({ extra: { nested: [1, 2] } });
  const before = JSON.stringify(input);
  const localized = localize(input, UTC);
  assert.equal(localized.extra, { nested: [1, 2] });
  assert.is(JSON.stringify(input), before);
});

test('localize moves a stale created_at_local to the end with the new value', () => {
  const localized = localize(record({ created_at_local: 'stale', id: 7 }), UTC);
  assert.is(Object.keys(localized).at(-1), 'created_at_local');
  assert.is(localized.created_at_local, '2024-05-21T22:34:33+00:00[UTC]');
});

test.run();
