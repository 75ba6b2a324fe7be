import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILT_IN_RULES } from '../src/core/review/built-in-rules.ts';
import { detectAll } from '../src/core/review/detector.ts';
import { compileRules } from '../src/core/review/match.ts';
import { parseRulesFile } from '../src/core/review/rules-file.ts';
import { record } from './core/render/fixtures.ts';
import { blocksCheckedBy } from './helpers/readme.ts';
import { readmeTable, ruleTable } from './helpers/rule-table.ts';

test("README's rule table is the built-in rules' (node --import tsx test/helpers/rule-table.ts --write makes it)", () => {
  const table = readmeTable();
  assert.ok(table, 'README.md holds the rule table between its markers');
  assert.is(table, ruleTable());
});

test('the rule table names every built-in rule once', () => {
  const table = ruleTable();
  for (const rule of BUILT_IN_RULES) assert.is(table.split(`\`${rule.id}\``).length, 2, rule.id);
});

test("README's rules file example is a good rules file that does what its comments say", async () => {
  const [block] = blocksCheckedBy('test/readme-rules.test.ts');
  assert.is(block?.heading, 'Rules file');
  const yaml = block!.body;
  const user = await parseRulesFile(yaml, 'rules.yml');
  const rules = compileRules({ user });
  const off = record({ source_id: 1, source_label: 'Tickets: Customers can attach files', change_description: 'Turned off' });
  const on = record({ source_id: 2, source_label: 'Tickets: Customers can attach files', change_description: 'Turned on' });
  const [weakened, strengthened] = detectAll([off, on], { rules });
  assert.equal(weakened!.detections.map((detection) => [detection.rule, detection.severity]), [['acme.attachments-off', 'medium']]);
  assert.equal(strengthened!.detections.map((detection) => detection.rule), []);
  const billing = record({ source_type: 'group', source_label: 'Billing escalations', change_description: 'Name changed' });
  assert.equal(rules.detect(billing).map((detection) => detection.rule), ['acme.billing-admins']);
  const deleted = record({ source_type: 'api_token', action: 'destroy', change_description: 'Deleted' });
  assert.equal(rules.detect(deleted).map((detection) => detection.severity), ['medium']);
  assert.is(rules.window('working-hours'), undefined);
});

test("README's rules file error is the one the code gives", async () => {
  const shown = blocksCheckedBy('test/readme-rules.test.ts')[1]?.body.trim().replace(/^error: /, '');
  const file = 'rules:\n  - id: acme.x\n    title: X\n    severity: critical\n    match:\n      label: x\n';
  try {
    await parseRulesFile(file, 'rules.yml');
    assert.unreachable('a severity of critical is refused');
  } catch (error) {
    assert.is((error as Error).message, shown);
  }
});

test.run();
