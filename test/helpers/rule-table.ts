/**
 * The README's table of built-in detection rules, made from the rules themselves
 * (`src/core/review/built-in-rules.ts`): `test/readme-rules.test.ts` checks that the
 * README holds it. After changing a rule, write it into the README with
 * `node --import tsx test/helpers/rule-table.ts --write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../../src/core/review/built-in-rules.ts';
import { SEVERITIES } from '../../src/core/review/rule.ts';

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const BEGIN = '<!-- rule table: made from src/core/review/built-in-rules.ts by test/helpers/rule-table.ts -->';
const END = '<!-- end of rule table -->';

/** A cell: no pipe or line break can end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The table, highest severity first, each severity in the rules' order, with its markers. */
export function ruleTable(): string {
  const rows = SEVERITIES.flatMap((severity) =>
    BUILT_IN_RULES.filter((rule) => rule.severity === severity).map((rule) =>
      `| ${severity} | ${cell(rule.title)} | ${cell(rule.reason)} | \`${rule.id}\` |`
    )
  );
  return [BEGIN, '', '| severity | rule | why it matters | id |', '|---|---|---|---|', ...rows, '', END].join('\n');
}

/** The table as the README holds it now, markers included; undefined when the markers are missing. */
export function readmeTable(readme = readFileSync(README, 'utf8')): string | undefined {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start, end + END.length);
}

if (process.argv.includes('--write')) {
  const readme = readFileSync(README, 'utf8');
  const current = readmeTable(readme);
  if (current === undefined) throw new Error(`README.md has no ${BEGIN} ... ${END}: add the markers where the table goes`);
  writeFileSync(README, readme.replace(current, ruleTable()));
}
