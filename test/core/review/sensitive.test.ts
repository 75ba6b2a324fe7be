import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sensitivity } from '../../../src/core/review/sensitive.ts';
import { record } from '../render/fixtures.ts';
import { LOOK_ALIKES, MATCHING } from './corpus.ts';
import { BUILT_IN_RULES } from '../../../src/core/review/built-in-rules.ts';

const builtIn = sensitivity();
const severityOf = (id: string) => BUILT_IN_RULES.find((rule) => rule.id === id)!.severity;
const setting = (source_label: string, change_description = 'Turned on') => record({ source_label, change_description });

test('a record is sensitive when a high or medium rule matches it, not a low one', () => {
  for (const entry of MATCHING) {
    const expected = entry.rules.some((id) => severityOf(id) !== 'low');
    assert.is(builtIn.record(entry.record), expected, entry.what);
  }
  assert.ok(MATCHING.some((entry) => !builtIn.record(entry.record)), 'the strengthening changes are not sensitive');
});

test('look-alikes are not sensitive', () => {
  for (const entry of LOOK_ALIKES) assert.not.ok(builtIn.record(entry.record), entry.what);
});

test('each extra pattern is a medium rule: case-insensitive, from a word start, separators alike, * for any text', () => {
  const extra = sensitivity(['customers can*files', 'agent_aliases']);
  assert.ok(extra.record(setting('Tickets: Customers can attach files')));
  assert.ok(extra.record(setting('AGENTS: ENABLE AGENT-ALIASES')));
  assert.not.ok(builtIn.record(setting('Tickets: Customers can attach files')));
  assert.equal(extra.detect(setting('Tickets: Customers can attach files')).map(({ rule, severity }) => [rule, severity]), [[
    'sensitive-1',
    'medium',
  ]]);
  assert.ok(
    extra.record(setting('Security: Session expiration', 'Changed from 10 minutes to 30 minutes')),
    'the built-in ones still count',
  );
});

test('a pattern matches from the start of a word, not inside one', () => {
  const extra = sensitivity(['mail']);
  assert.ok(extra.record(setting('Email: mail forwarding')));
  assert.not.ok(extra.record(setting('Email: Personalized email replies')));
});

test('a pattern that matches everything is refused, naming it; blank ones are ignored', () => {
  assert.throws(() => sensitivity(['*']), /sensitive pattern "\*" matches every setting/);
  assert.throws(() => sensitivity([' - ']), /matches every setting/);
  assert.is(sensitivity(['', '  ']).rules.length, builtIn.rules.length);
});

test('regular-expression characters in a pattern are literal', () => {
  const extra = sensitivity(['(beta) a+b']);
  assert.ok(extra.record(setting('Labs: (beta) a+b mode')));
  assert.not.ok(extra.record(setting('Labs: beta aab mode')));
});

test.run();
