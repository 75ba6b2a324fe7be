import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeEntities, parseChange } from '../../../src/core/review/change.ts';

test('Changed from X to Y gives both values', () => {
  assert.equal(parseChange('Changed from 10 minutes to 30 minutes'), { change_from: '10 minutes', change_to: '30 minutes' });
  assert.equal(parseChange('Changed from (GMT-08:00) Pacific Time (US & Canada) to (GMT+00:00) UTC'), {
    change_from: '(GMT-08:00) Pacific Time (US & Canada)',
    change_to: '(GMT+00:00) UTC',
  });
});

test('a prefix before "changed from" is allowed, as in role and owner changes', () => {
  assert.equal(parseChange('Role changed from Administrator to End User'), { change_from: 'Administrator', change_to: 'End User' });
  assert.equal(parseChange('Owner changed from Bob Cat to Mountain Lion'), { change_from: 'Bob Cat', change_to: 'Mountain Lion' });
  assert.equal(parseChange('Role: Changed from Agent to Administrator'), { change_from: 'Agent', change_to: 'Administrator' });
});

test('Turned on/off and Enabled/Disabled are switches', () => {
  assert.equal(parseChange('Turned on'), { change_from: 'off', change_to: 'on' });
  assert.equal(parseChange('Turned off'), { change_from: 'on', change_to: 'off' });
  assert.equal(parseChange('Suspended: Turned on'), { change_from: 'off', change_to: 'on' });
  assert.equal(parseChange('Enabled'), { change_from: 'disabled', change_to: 'enabled' });
  assert.equal(parseChange('Disabled'), { change_from: 'enabled', change_to: 'disabled' });
});

test('descriptions without a from/to shape give nulls', () => {
  for (
    const text of [
      'Changed',
      'Conditions: Changed',
      'Created',
      'Deleted',
      '',
      'Successful sign-in using Zendesk password from https://abc.zendesk.com/access/login',
    ]
  ) {
    assert.equal(parseChange(text), { change_from: null, change_to: null }, text);
  }
  assert.equal(parseChange(null), { change_from: null, change_to: null });
  assert.equal(parseChange(42), { change_from: null, change_to: null });
});

test('multi-line values are kept whole and the first " to " splits', () => {
  assert.equal(parseChange('Changed from line one\nline two to three\nfour'), {
    change_from: 'line one\nline two',
    change_to: 'three\nfour',
  });
});

test('HTML entities are decoded once, and the values stay plain text', () => {
  assert.equal(parseChange('Changed from &quot;a&quot; to &lt;b&gt; =&gt; &#39;c&#x27;'), { change_from: '"a"', change_to: "<b> => 'c'" });
  assert.is(decodeEntities('&amp;quot;'), '&quot;');
  assert.is(decodeEntities('&#0; &#xD800; &bogus;'), '&#0; &#xD800; &bogus;');
});

test.run();
