import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { VERSION } from '../../src/core/version.ts';
import { ROOT, runScript } from '../helpers/run-script.ts';

test('--version prints the version of package.json', async () => {
  const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
  assert.is(VERSION, version);
  for (const script of ['settings-changes', 'user-activity'] as const) {
    const result = await runScript(script, ['--version']);
    assert.is(result.stdout, `${version}\n`);
    assert.is(result.code, 0);
  }
});

test('--help shows usage, every flag with an example, and exit codes, on stdout', async () => {
  const flags = {
    'settings-changes': [
      '--start',
      '--end',
      '--since',
      '--source-type',
      '--action',
      '--actor',
      '--ip',
      '--format',
      '--order',
      '--tz',
      '--demo',
      '--subdomain',
      '--base-url',
      '--timeout',
      '--max-attempts',
      '--max-wait',
      '--concurrency',
      '--rate-reserve',
      '--checkpoint',
      '--lag',
      'ocsf',
      'ecs',
      '--debug',
      '--help',
      '--version',
    ],
    'user-activity': [
      '--user',
      '--limit',
      '--format',
      'ocsf',
      'ecs',
      '--tz',
      '--demo',
      '--subdomain',
      '--base-url',
      '--debug',
      '--help',
      '--version',
    ],
  };
  for (const [script, names] of Object.entries(flags) as [keyof typeof flags, string[]][]) {
    const result = await runScript(script, ['--help']);
    assert.is(result.code, 0);
    assert.match(result.stdout, new RegExp(`^Usage: node scripts/${script}\\.js`));
    assert.match(result.stdout, /\nExamples:\n/);
    assert.match(result.stdout, /Exit codes: 0 success/);
    for (const name of names) assert.ok(result.stdout.includes(name), `${script} --help lacks ${name}`);
    assert.is(result.stderr, '');
  }
});

test.run();
