/**
 * The Deno / JSR entry: deno.json's exports, run with `deno` from a local path (what
 * `jsr:@owner/zendesk-audit` resolves to once published), against the sandbox over HTTP.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS, DEMO_OAUTH_CLIENT, type Sandbox } from '../../src/sandbox/mod.ts';
import { blocksCheckedBy } from '../helpers/readme.ts';
import { ROOT, startSandbox } from '../helpers/run-script.ts';

const DENO = join(ROOT, 'node_modules', '.bin', 'deno');
const config = JSON.parse(readFileSync(join(ROOT, 'deno.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string>;
};

/** Runs deno with `args` in the repository, leaving this process's event loop free for the sandbox. */
function deno(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(DENO, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const entry = suite<{ sandbox: Sandbox; dir: string }>("deno.json's exports under Deno");

entry.before(async (context) => {
  context.sandbox = await startSandbox({ records: 180 });
  context.dir = mkdtempSync(join(tmpdir(), 'zendesk-audit-deno-'));
});

entry.after(async (context) => {
  await context.sandbox.close();
  rmSync(context.dir, { recursive: true, force: true });
});

entry("deno.json names the package's version and exports the core and both scripts", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.is(config.version, version);
  assert.match(config.name, /^@[a-z0-9-]+\/zendesk-audit$/);
  assert.equal(Object.keys(config.exports), ['.', './settings-changes', './user-activity']);
});

entry('the core, imported from the "." export, iterates the account', async ({ sandbox, dir }) => {
  const core = pathToFileURL(join(ROOT, config.exports['.']!)).href;
  const file = join(dir, 'count.ts');
  writeFileSync(
    file,
    `import { auditLogs, createClient } from ${JSON.stringify(core)};
const client = createClient({
  baseUrl: new URL(Deno.env.get('ZENDESK_BASE_URL')!),
  credentials: { email: Deno.env.get('ZENDESK_USER_EMAIL')!, apiToken: Deno.env.get('ZENDESK_API_TOKEN')! },
});
let count = 0;
for await (const log of auditLogs(client, { order: 'asc' })) if (typeof log.id === 'number') count++;
console.log(count);
`,
  );
  // The package's own import map, as JSR applies it to the package's modules.
  const result = await deno(['run', '--config', join(ROOT, 'deno.json'), '--allow-net', '--allow-env', '--no-prompt', file], {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_USER_EMAIL: DEMO_CREDENTIALS.email,
    ZENDESK_API_TOKEN: DEMO_CREDENTIALS.apiToken,
  });
  assert.is(result.status, 0, result.stderr);
  assert.is(result.stdout, '180\n');
});

entry("the scripts' exports run with network and environment access only", async () => {
  const settings = await deno([
    'run',
    '--allow-net',
    '--allow-env',
    '--no-prompt',
    config.exports['./settings-changes']!,
    '--demo',
    '--since',
    '30d',
  ]);
  assert.is(settings.status, 0, settings.stderr);
  for (const line of settings.stdout.trim().split('\n')) assert.match(line, /^ID: \d+, At .* UTC User: .+ with id: \d+ \w+ '.+': .+$/);
  const user = await deno([
    'run',
    '--allow-net',
    '--allow-env',
    '--no-prompt',
    config.exports['./user-activity']!,
    '--demo',
    '--user',
    '1504640086770',
  ]);
  assert.is(user.status, 0, user.stderr);
  assert.match(user.stdout, /^User Details:\n {2}Name: {7}Mei Lin Tan\n/);
});

entry("the README's example of the core type-checks, says what to set when nothing is, and reads the account", async ({ sandbox, dir }) => {
  const [example] = blocksCheckedBy('test/package/deno.test.ts');
  assert.ok(example, 'README.md shows the core under Deno');
  const file = join(dir, 'readme.ts');
  // The example imports the core from a clone's root; here that is the repository.
  writeFileSync(
    file,
    example!.body.replace("'./src/core/mod.ts'", JSON.stringify(pathToFileURL(join(ROOT, 'src', 'core', 'mod.ts')).href)),
  );
  const config = ['--config', join(ROOT, 'deno.json')];
  const check = await deno(['check', ...config, file]);
  assert.is(check.status, 0, check.stderr);
  const unset = await deno(['run', ...config, '--allow-net', '--allow-env', '--no-prompt', file]);
  assert.is(unset.status, 2, unset.stderr);
  assert.is(unset.stderr, 'set ZENDESK_SUBDOMAIN, ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (an OAuth client of kind Confidential)\n');
  const read = await deno(['run', ...config, '--allow-net', '--allow-env', '--no-prompt', file], {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_CLIENT_ID: DEMO_OAUTH_CLIENT.identifier,
    ZENDESK_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
  });
  assert.is(read.status, 0, read.stderr);
  assert.is(read.stdout.trim().split('\n').length, sandbox.auditLogs().filter((log) => log.source_type === 'account_setting').length);
});

entry('without --allow-env a script says so in one line, and its --help names deno run', async () => {
  const script = config.exports['./settings-changes']!;
  const denied = await deno(['run', '--allow-net', '--no-prompt', script, '--demo', '--since', '30d']);
  assert.is(denied.status, 2);
  assert.is(
    denied.stderr,
    'error: Deno did not allow env access: run with --allow-net --allow-env, e.g. deno run --allow-net --allow-env scripts/settings-changes.js --demo\n',
  );
  const help = await deno(['run', '--allow-net', '--allow-env', '--no-prompt', script, '--help']);
  assert.is(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: deno run --allow-net --allow-env scripts\/settings-changes\.js \[options\]\n/);
  assert.match(help.stdout, /\nExamples:\n {2}deno run --allow-net --allow-env scripts\/settings-changes\.js --demo --since 30d\n/);
});

entry('deno publish --dry-run accepts the package, with no warning, and leaves out the Action and the tests', async () => {
  const result = await deno(['publish', '--dry-run', '--allow-dirty']);
  assert.is(result.status, 0, result.stderr);
  const output = result.stdout + result.stderr;
  assert.not.match(output, /warning/i);
  assert.match(output, /Simulating publish of @[a-z0-9-]+\/zendesk-audit@\d+\.\d+\.\d+ with files:/);
  assert.match(output, /src\/core\/mod\.ts/);
  assert.not.match(output, /\/(test|src\/action|src\/sandbox)\/|dist\/index\.js/);
});

entry.run();
