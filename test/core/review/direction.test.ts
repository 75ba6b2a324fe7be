import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { changeDirection, quantity } from '../../../src/core/review/direction.ts';

test('quantity reads switches, durations as Zendesk words them, and numbers', () => {
  assert.is(quantity('on'), 1);
  assert.is(quantity('Disabled'), 0);
  assert.is(quantity('10 minutes'), 600_000);
  assert.is(quantity('1 hour'), 3_600_000);
  assert.is(quantity('8 hours'), 8 * 3_600_000);
  assert.is(quantity('One week'), 7 * 86_400_000);
  assert.is(quantity('Indefinitely'), Infinity);
  assert.is(quantity('5'), 5);
  assert.is(quantity('Medium'), undefined);
  assert.is(quantity('(GMT+01:00) Berlin'), undefined);
});

test('protects: turning off weakens, turning on strengthens', () => {
  assert.is(changeDirection('on', 'off', 'protects'), 'weakening');
  assert.is(changeDirection('disabled', 'enabled', 'protects'), 'strengthening');
  assert.is(changeDirection('on', 'on', 'protects'), null);
});

test('opens: turning on, or longer, weakens', () => {
  assert.is(changeDirection('off', 'on', 'opens'), 'weakening');
  assert.is(changeDirection('10 minutes', '30 minutes', 'opens'), 'weakening');
  assert.is(changeDirection('2 hours', '30 minutes', 'opens'), 'strengthening');
  assert.is(changeDirection('One day', 'Indefinitely', 'opens'), 'weakening');
  assert.is(changeDirection('Off', 'One week', 'opens'), 'weakening');
});

test('levels: later is stronger; a level not listed is unknown', () => {
  const sense = { levels: [['low'], ['medium'], ['high'], ['recommended']] };
  assert.is(changeDirection('High', 'Low', sense), 'weakening');
  assert.is(changeDirection('Low', 'Recommended', sense), 'strengthening');
  assert.is(changeDirection('High', 'Custom', sense), 'unknown');
  assert.is(changeDirection('Custom', 'custom', sense), null);
});

test('ip-ranges: none is anyone; adding a range widens, removing one narrows', () => {
  assert.is(changeDirection('None', '198.51.100.0/24', 'ip-ranges'), 'strengthening');
  assert.is(changeDirection('198.51.100.0/24', 'None', 'ip-ranges'), 'weakening');
  assert.is(changeDirection('198.51.100.0/24', '', 'ip-ranges'), 'weakening');
  assert.is(changeDirection('198.51.100.0/24', '198.51.100.0/24 203.0.113.0/24', 'ip-ranges'), 'weakening');
  assert.is(changeDirection('198.51.100.0/24 203.0.113.0/24', '203.0.113.0/24', 'ip-ranges'), 'strengthening');
  assert.is(changeDirection('192.168.1.0/25', '192.*.*.*', 'ip-ranges'), 'weakening');
  assert.is(changeDirection('192.*.*.*', '192.168.1.0/25', 'ip-ranges'), 'strengthening');
  assert.is(changeDirection('198.51.100.0/24', '203.0.113.0/24', 'ip-ranges'), 'weakening', 'another range lets others in');
  assert.is(changeDirection('198.51.100.7', '198.51.100.7/32', 'ip-ranges'), null);
  assert.is(changeDirection('2001:db8::/32', '2001:db8::/32 2001:db8:1::/48', 'ip-ranges'), 'weakening', 'IPv6 compared as text');
  assert.is(changeDirection('on', 'off', 'ip-ranges'), 'weakening', 'the restriction switched off');
});

test('a missing or unreadable value is unknown, never a direction it does not show', () => {
  assert.is(changeDirection(null, null, 'protects'), 'unknown');
  assert.is(changeDirection('Bob Cat', 'Mountain Lion', 'opens'), 'unknown');
});

test.run();
