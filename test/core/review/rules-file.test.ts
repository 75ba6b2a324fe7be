import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../../src/core/errors.ts';
import { compileRules } from '../../../src/core/review/match.ts';
import { parseRulesFile } from '../../../src/core/review/rules-file.ts';
import { record } from '../render/fixtures.ts';

const ATTACH = record({ source_label: 'Tickets: Customers can attach files', change_description: 'Turned off' });
const DELETED_TOKEN = record({
  source_type: 'apitoken',
  action: 'destroy',
  source_label: 'API token: Slack bot',
  change_description: 'Deleted',
});

const YAML_RULES = `# Rules of our own
rules:
  - id: acme.attachments-off
    title: Customers can no longer attach files
    severity: medium
    reason: Support needs screenshots to work.
    runbook: Turn attachments back on in Admin Center.
    match:
      source_type: account_setting
      label: customers can attach files
      sense: protects
      direction: weakening
  - id: zendesk.api-token-deleted
    severity: medium
  - id: zendesk.session-lengthened
    enabled: false
`;

test('a YAML rules file adds a rule, changes a built-in severity and turns one off', async () => {
  const user = await parseRulesFile(YAML_RULES, 'rules.yml');
  const rules = compileRules({ user });
  assert.equal(rules.detect(ATTACH).map(({ rule, severity, reason }) => ({ rule, severity, reason })), [
    { rule: 'acme.attachments-off', severity: 'medium', reason: 'Support needs screenshots to work.' },
  ]);
  assert.equal(rules.detect({ ...ATTACH, change_description: 'Turned on' }), [], 'the direction counts');
  assert.equal(rules.detect(DELETED_TOKEN).map((found) => found.severity), ['medium']);
  assert.equal(rules.detect(record({})), [], 'session lengthened is off');
  assert.not.ok(rules.rules.some((rule) => rule.id === 'zendesk.session-lengthened'));
  assert.equal(compileRules().detect(record({})).map((found) => found.rule), ['zendesk.session-lengthened'], 'built-ins unchanged');
});

test('JSON is read as it is', async () => {
  const json = JSON.stringify({
    rules: [{ id: 'acme.macro-deleted', title: 'Macro deleted', severity: 'low', match: [{ source_type: 'macro', action: 'destroy' }] }],
  });
  const rules = compileRules({ user: await parseRulesFile(json, 'rules.json') });
  const deleted = record({ source_type: 'macro', action: 'destroy', source_label: 'Macro: Take it!', change_description: 'Deleted' });
  assert.equal(rules.detect(deleted).map(({ rule, reason }) => [rule, reason]), [['acme.macro-deleted', 'Macro deleted']]);
});

/** The one-line error for `text`. */
async function refusal(text: string, file = 'rules.yml'): Promise<string> {
  try {
    await parseRulesFile(text, file);
  } catch (error) {
    assert.instance(error, InputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

const rule = (lines: string) => `rules:\n  - id: acme.x\n    title: X\n${lines}`;

test('each error names the file, the line and the field, in one line', async () => {
  const cases: [string, string][] = [
    [
      rule('    severity: critical\n    match: {label: attach}\n'),
      'rules.yml:4: rules[0].severity: "critical" is not a severity: write high, medium or low',
    ],
    [rule('    severity: high\n    match:\n      labl: attach\n'), 'rules.yml:6: rules[0].match.labl: unknown field (did you mean label?)'],
    [
      rule('    severity: high\n    match:\n      label: [ok, "*"]\n'),
      'rules.yml:6: rules[0].match.label[1]: the pattern "*" matches everything: give some text',
    ],
    [
      rule('    severity: high\n    match: {}\n'),
      'rules.yml:5: rules[0].match: a match with no condition would match every record: give at least one',
    ],
    [rule('    severity: high\n'), 'rules.yml:2: rules[0]: rule acme.x needs match'],
    [
      rule('    severity: high\n    match:\n      label: attach\n      direction: weakening\n'),
      'rules.yml:7: rules[0].match.direction: a direction is read in a sense: add sense (protects, opens, ip-ranges or levels)',
    ],
    [
      rule('    severity: high\n    match:\n      label: attach\n      sense: protects\n      direction: [weakening, sideways]\n'),
      'rules.yml:8: rules[0].match.direction[1]: "sideways" is not a direction: write weakening, strengthening or unknown',
    ],
    [
      'rules:\n  - id: zendesk.api-token-deleted\n    severity: medium\n    match: {label: x}\n',
      'rules.yml:4: rules[0].match: unknown field: a built-in rule takes only severity and enabled; to match other records, write a rule with an id of your own',
    ],
    [
      'rules:\n  - id: zendesk.api-tokn-deleted\n    severity: medium\n',
      'rules.yml:2: rules[0].id: no built-in rule is called zendesk.api-tokn-deleted (did you mean zendesk.api-token-deleted?); ids of your own rules must not start with zendesk.',
    ],
    ['rules:\n  - id: zendesk.burst\n', 'rules.yml:2: rules[0]: give zendesk.burst a severity or enabled: false'],
    ['rules:\n  - id: zendesk.burst\n    enabled: "no"\n', 'rules.yml:3: rules[0].enabled: write true or false'],
    [
      'rules:\n  - id: acme.x\n    title: X\n    severity: low\n    match: {action: destroy}\n  - id: acme.x\n    title: Y\n    severity: low\n    match: {action: create}\n',
      'rules.yml:6: rules[1].id: acme.x is given twice',
    ],
    [
      'rules:\n  - id: has space\n',
      "rules.yml:2: rules[0].id: \"has space\" is not an id: letters, digits, '.', '-' and '_', e.g. acme.attachments-off",
    ],
    ['rule:\n  - id: acme.x\n', 'rules.yml:1: rule: unknown field (did you mean rules?)'],
    ['', 'rules.yml:1: the file is empty: write rules: followed by a list of rules'],
    ['rules: none\n', 'rules.yml:1: rules: write a list of rules, each starting with - id:'],
    [
      '{"rules": [{"id": "acme.x", "title": "X", "severity": "high", "match": {"self": "yes"}}]}',
      'rules.json:1: rules[0].match.self: write true or false',
    ],
  ];
  for (const [text, message] of cases) {
    const file = text.startsWith('{') ? 'rules.json' : 'rules.yml';
    assert.is(await refusal(text, file), message);
    assert.not.match(message, '\n');
  }
});

test('YAML syntax errors name the line and column, in one line', async () => {
  assert.match(await refusal('rules:\n  - id: acme.x\n   title: X\n'), /^rules\.yml:3:\d+: not valid YAML or JSON: [^\n]+$/);
  assert.is(await refusal('rules:\n  - id: a\n    id: b\n'), 'rules.yml:3:5: not valid YAML or JSON: Map keys must be unique');
  assert.match(await refusal('{"rules": [', 'rules.json'), /^rules\.json:1:\d+: not valid YAML or JSON: [^\n]+$/);
});

test('levels are a sense of their own: the most open first', async () => {
  const user = await parseRulesFile(
    rule(`    severity: medium
    match:
      label: ticket visibility
      sense:
        levels: [[all tickets], [group tickets], [own tickets]]
      direction: weakening
`),
    'rules.yml',
  );
  const rules = compileRules({ user });
  const widened = record({ source_label: 'Agents: Ticket visibility', change_description: 'Changed from Own tickets to All tickets' });
  assert.equal(rules.detect(widened).map((found) => found.rule), ['acme.x']);
  assert.equal(rules.detect({ ...widened, change_description: 'Changed from All tickets to Own tickets' }), []);
});

test('YAML aliases cannot blow up: more than a hundred are refused', async () => {
  const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: &c [${
    Array(10).fill('*b').join(', ')
  }]\nrules: [${Array(10).fill('*c').join(', ')}]\n`;
  assert.match(await refusal(bomb), /^rules\.yml: /);
});

test.run();
