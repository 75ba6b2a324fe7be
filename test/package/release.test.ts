/** What a release needs: its notes in CHANGELOG.md, and workflows that pin what they run. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../helpers/run-script.ts';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function notes(tag: string) {
  return spawnSync(process.execPath, ['scripts/release-notes.mjs', tag], { cwd: ROOT, encoding: 'utf8' });
}

test("the release notes of the package's version come from its CHANGELOG.md section, and only that one", () => {
  const result = notes(`v${version}`);
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /^### Added\n/);
  assert.match(result.stdout, 'npx zendesk-audit settings-changes');
  assert.not.match(result.stdout, /^## /m, 'no other release');
  const first = notes('0.1.0');
  assert.is(first.status, 0);
  assert.match(first.stdout, /^The first release\./);
});

test('a version with no notes stops the release with one line', () => {
  const result = notes('v9.9.9');
  assert.is(result.status, 1);
  assert.is(result.stderr, 'error: CHANGELOG.md has no section "## 9.9.9": add the release\'s notes there first\n');
});

test('every workflow pins third-party actions by commit SHA, with the version in a comment', () => {
  const dir = join(ROOT, '.github', 'workflows');
  const uses = readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => /^\s*-?\s*uses:/.test(line))
      .map((line) => ({ file, ref: line.replace(/^\s*-?\s*uses:\s*/, '') }))
  );
  assert.ok(uses.length >= 5);
  for (const { file, ref } of uses) {
    if (ref === './') continue;
    assert.match(ref, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/, `${file}: ${ref}`);
  }
});

test('the release checklist claims the names the package, JSR and the README use: the GitHub organisation, the npm name, the JSR scope', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    homepage: string;
    repository: { url: string };
    bugs: { url: string };
  };
  const deno = JSON.parse(readFileSync(join(ROOT, 'deno.json'), 'utf8')) as { name: string };
  const repository = /^git\+https:\/\/github\.com\/([\w-]+)\/([\w-]+)\.git$/.exec(pkg.repository.url);
  assert.ok(repository, pkg.repository.url);
  const [, org, repo] = repository!;
  assert.is(pkg.homepage, `https://github.com/${org}/${repo}#readme`);
  assert.is(pkg.bugs.url, `https://github.com/${org}/${repo}/issues`);
  const scope = deno.name.split('/')[0]!;
  assert.is(deno.name, `${scope}/${pkg.name}`);
  const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replaceAll('`', '');
  for (const [where, text] of [['release.yml', workflow], ['README.md', readme]] as const) {
    assert.match(text, `GitHub organisation ${org}`, where);
    assert.match(text, `${org}/${repo}`, where);
    assert.match(text, `npm package name ${pkg.name}`, where);
    assert.match(text, `JSR scope ${scope}`, where);
  }
});

test('the release workflow runs on version tags, runs CI, and moves the major tag', () => {
  const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
  assert.match(workflow, /^on:\n {2}push:\n {4}tags: \['v\*\.\*\.\*'\]$/m);
  assert.match(workflow, /^permissions:\n {2}contents: write$/m);
  assert.match(workflow, /- run: bash \.ci\/run\n/);
  assert.match(workflow, /node scripts\/release-notes\.mjs "\$GITHUB_REF_NAME"/);
  assert.match(workflow, /gh release create "\$GITHUB_REF_NAME" --verify-tag/);
  assert.match(workflow, /git push --force origin "refs\/tags\/\$major"/);
});

test('what engines claims, CI tests: a Node binary for each maintained line from the floor up', () => {
  const { engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.is(engines.node, '>=22');
  const run = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  for (const major of [22, 24]) {
    const ci = JSON.parse(readFileSync(join(ROOT, '.ci', `node${major}`, 'package.json'), 'utf8')) as { devDependencies: { node: string } };
    assert.match(ci.devDependencies.node, new RegExp(`^${major}\\.\\d+\\.\\d+$`));
    assert.match(run, new RegExp(`^(?:stage|background) node${major} under_node ${major}$`, 'm'));
  }
});

test.run();
