// Prints the notes of one release from CHANGELOG.md: the body of its `## VERSION ...`
// section. The release workflow gives them to `gh release create`.
//   node scripts/release-notes.mjs 0.2.0
import { readFileSync } from 'node:fs';
import process from 'node:process';

const version = process.argv[2]?.replace(/^v/, '');
if (!version) {
  process.stderr.write('usage: node scripts/release-notes.mjs VERSION\n');
  process.exit(2);
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n');
// `## 0.2.0 - 2026-12-01` or `## [0.2.0] - 2026-12-01`.
const heading = new RegExp(`^## \\[?${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]?(?:\\s|$)`);
const start = lines.findIndex((line) => heading.test(line));
if (start < 0) {
  process.stderr.write(`error: CHANGELOG.md has no section "## ${version}": add the release's notes there first\n`);
  process.exit(1);
}
const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
const notes = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
if (!notes) {
  process.stderr.write(`error: the section "## ${version}" of CHANGELOG.md is empty\n`);
  process.exit(1);
}
process.stdout.write(`${notes}\n`);
