/**
 * The npm package as a user gets it: `npm pack`, the tarball installed into an empty
 * project, then its command run with npx and its core imported and type-checked there.
 * Installing fetches the one dependency (temporal-polyfill) from the npm registry, or
 * npm's cache.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS, DEMO_OAUTH_CLIENT, type Sandbox } from '../../src/sandbox/mod.ts';
import { blocksCheckedBy } from '../helpers/readme.ts';
import { ROOT, startSandbox } from '../helpers/run-script.ts';

interface Context {
  dir: string;
  project: string;
  tarball: string;
  files: string[];
  sandbox: Sandbox;
}

const pack = suite<Context>('the packed npm package, installed in an empty project');

/** Runs `command` in `cwd`; its output, or a failure with stderr. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...env } });
}

/** `run` that leaves the event loop free, for a child that talks to the sandbox in this process. */
function runAsync(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, TZ: 'UTC', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

pack.before(async (context) => {
  context.dir = mkdtempSync(join(tmpdir(), 'zendesk-audit-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', context.dir], { cwd: ROOT, encoding: 'utf8' }),
  ) as {
    filename: string;
    files: { path: string }[];
  }[];
  context.tarball = join(context.dir, packed!.filename);
  context.files = packed!.files.map((file) => file.path);
  context.project = join(context.dir, 'project');
  execFileSync('mkdir', [context.project]);
  writeFileSync(join(context.project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', context.tarball], context.project);
  assert.is(installed.status, 0, installed.stderr);
  context.sandbox = await startSandbox({ records: 250 });
});

pack.after(async (context) => {
  await context.sandbox.close();
  rmSync(context.dir, { recursive: true, force: true });
});

pack('the tarball holds what runs and nothing else', ({ files }) => {
  for (
    const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'scripts/zendesk-audit.js',
      'scripts/settings-changes.js',
      'scripts/user-activity.js',
      'dist/zendesk-audit.js',
      'dist/core.js',
      'dist/types/mod.d.ts',
    ]
  ) {
    assert.ok(files.includes(needed), `the tarball lacks ${needed}`);
  }
  const stray = files.filter((file) =>
    /^(src|test|bench|\.ci|\.github)\//.test(file) || file === 'dist/index.js' || file === 'scripts/build.mjs'
  );
  assert.equal(stray, [], 'sources, tests, CI and the Action bundle stay out');
});

pack('the package holds one Temporal, its dependency, and no fetch ponyfill', ({ project }) => {
  const installed = join(project, 'node_modules', 'zendesk-audit', 'dist');
  const code = readdirSync(installed, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file, readFileSync(join(installed, file), 'utf8')] as const);
  // temporal-polyfill's own first line; the scripts import the installed package instead.
  assert.equal(code.filter(([, text]) => text.includes('NativeTemporal = globalThis.Temporal')).map(([file]) => file), []);
  // Every runtime the package supports has a global fetch.
  assert.equal(code.filter(([, text]) => /node-fetch|whatwg-url/.test(text)).map(([file]) => file), []);
  assert.ok(existsSync(join(project, 'node_modules', 'temporal-polyfill', 'package.json')), 'the dependency is installed');
});

pack('npx zendesk-audit settings-changes --demo --since 30d prints the seed-shaped lines', ({ project }) => {
  const result = run('npx', ['--no', 'zendesk-audit', 'settings-changes', '--demo', '--since', '30d'], project);
  assert.is(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.ok(lines.length > 3);
  for (const line of lines) assert.match(line, /^ID: \d+, At \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC User: .+ with id: \d+ \w+ '.+': .+$/);
  assert.match(result.stderr, /^Window: /m);
});

pack('npx zendesk-audit user-activity shows a demo user', ({ project }) => {
  const result = run('npx', ['--no', 'zendesk-audit', 'user-activity', '--demo', '--user', '1504640086770'], project);
  assert.is(result.status, 0, result.stderr);
  assert.match(result.stdout, /^User Details:\n {2}Name: {7}Mei Lin Tan\n/);
  assert.match(result.stdout, /\nUser Activities \(last 20\):\nID: \d+/);
});

pack('the core imports from the package name and iterates the account', async ({ project, sandbox }) => {
  writeFileSync(
    join(project, 'count.mjs'),
    `import { auditLogs, createClient } from 'zendesk-audit';
const client = createClient({
  baseUrl: new URL(process.env.ZENDESK_BASE_URL),
  credentials: { email: process.env.ZENDESK_USER_EMAIL, apiToken: process.env.ZENDESK_API_TOKEN },
});
let count = 0;
for await (const log of auditLogs(client, {})) if (typeof log.id === 'number') count++;
console.log(count);
`,
  );
  const result = await runAsync('node', ['count.mjs'], project, {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_USER_EMAIL: DEMO_CREDENTIALS.email,
    ZENDESK_API_TOKEN: DEMO_CREDENTIALS.apiToken,
  });
  assert.is(result.status, 0, result.stderr);
  assert.is(result.stdout, '250\n');
});

/** A strict tsconfig for one file of the consumer project, as a TypeScript user of the package writes it; `types` none unless given. */
function tsconfig(file: string, options: Record<string, unknown> = {}): string {
  return JSON.stringify({
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      strict: true,
      noEmit: true,
      lib: ['es2023', 'dom'],
      types: [],
      ...options,
    },
    files: [file],
  });
}

pack('the type declarations describe the core to a TypeScript user', ({ project }) => {
  const config = (file: string) => tsconfig(file);
  writeFileSync(join(project, 'tsconfig.good.json'), config('good.ts'));
  writeFileSync(join(project, 'tsconfig.bad.json'), config('bad.ts'));
  writeFileSync(
    join(project, 'good.ts'),
    `import { auditLogs, createClient, type AuditLog } from 'zendesk-audit';
const client = createClient({ baseUrl: new URL('https://acme.zendesk.com'), credentials: { oauthToken: 'x' } });
export async function first(): Promise<AuditLog | undefined> {
  for await (const log of auditLogs(client, { sourceType: 'account_setting', order: 'asc' })) return log;
  return undefined;
}
`,
  );
  writeFileSync(join(project, 'bad.ts'), `import { auditLogs } from 'zendesk-audit';\nauditLogs('not a client', {});\n`);
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  const good = run(tsc, ['-p', 'tsconfig.good.json', '--pretty', 'false'], project);
  assert.is(good.status, 0, good.stdout + good.stderr);
  // A wrong argument is caught: the declarations carry real types, not \`any\`.
  const bad = run(tsc, ['-p', 'tsconfig.bad.json', '--pretty', 'false'], project);
  assert.is.not(bad.status, 0);
  assert.match(bad.stdout, /bad\.ts\(2,11\): error TS2345/);
});

pack(
  "the README's library example type-checks in strict TypeScript, says what to set when nothing is, and reads the account",
  async ({ project, sandbox }) => {
    const [example] = blocksCheckedBy('test/package/pack.test.ts');
    assert.ok(example, 'README.md shows a library example');
    writeFileSync(join(project, 'readme.mjs'), example!.body);
    writeFileSync(join(project, 'readme.ts'), example!.body);
    // The example reads process.env: Node's types, as a TypeScript user of Node has them.
    const nodeTypes = { typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['node'] };
    writeFileSync(join(project, 'tsconfig.readme.json'), tsconfig('readme.ts', nodeTypes));
    const tsc = run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.readme.json', '--pretty', 'false'], project);
    assert.is(tsc.status, 0, tsc.stdout + tsc.stderr);
    const unset = await runAsync('node', ['readme.mjs'], project, {
      ZENDESK_CLIENT_ID: '',
      ZENDESK_CLIENT_SECRET: '',
      ZENDESK_SUBDOMAIN: '',
    });
    assert.is(unset.status, 2, unset.stderr);
    assert.is(unset.stderr, 'set ZENDESK_SUBDOMAIN, ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (an OAuth client of kind Confidential)\n');
    const read = await runAsync('node', ['readme.mjs'], project, {
      ZENDESK_BASE_URL: sandbox.url,
      ZENDESK_CLIENT_ID: DEMO_OAUTH_CLIENT.identifier,
      ZENDESK_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
    });
    assert.is(read.status, 0, read.stderr);
    const settings = sandbox.auditLogs().filter((log) => log.source_type === 'account_setting');
    assert.is(read.stdout, settings.toReversed().map((log) => `${log.id} ${log.source_label}\n`).join(''));
  },
);

pack.run();
