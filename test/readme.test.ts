/**
 * README.md holds on a fresh clone: every fenced block is run, compared or checked as its
 * marker says (test/helpers/readme.ts lists the markers), and a block that is neither run
 * nor marked fails here. The commands run in a copy of what a clone holds (no
 * node_modules: dist/ is committed), with no Zendesk variables set.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import type { AuditLog } from '../src/core/types.ts';
import { createSandbox, DEMO_OAUTH_CLIENT, type Sandbox } from '../src/sandbox/mod.ts';
import { actionInputs } from './action/run-action.ts';
import { normalise, type ReadmeBlock, readmeBlocks } from './helpers/readme.ts';
import { ROOT, startSandbox } from './helpers/run-script.ts';

interface Run {
  command: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Context {
  /** A copy of the files a clone holds. */
  clone: string;
  /** Holds the records the README shows from a real account. */
  sandbox: Sandbox;
  professional: Sandbox;
  closed: string;
  env: Record<string, string>;
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};

/** The fields of a record as Zendesk returns it (and the sandbox serves it); the README's JSON sample adds the others. */
const ZENDESK_FIELDS = Object.keys(createSandbox({ records: 1 }).auditLogs()[0]!);

/** The lines of a text, without the newline at its end. */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** Lines the scripts write on stderr: the window, the demo's banner, warnings and errors. */
const DIAGNOSTIC = /^(Window|Demo|warning|error): /;

/** The commands of a `sh` block, comments and blank lines aside. */
function commandsOf(block: ReadmeBlock): string[] {
  return linesOf(block.body)
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Longest a README command may take: the examples finish in seconds; one that serves or waits was not meant to run. */
const COMMAND_TIMEOUT_MS = 60_000;

/** Runs `command` with bash in the clone; never throws. */
function run(command: string, { clone, env }: Context, extra: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout stops whatever it started too.
    const child = spawn('bash', ['-c', command], { cwd: clone, env: { ...env, ...extra }, detached: true });
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), COMMAND_TIMEOUT_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ command, code, stdout, stderr });
    });
  });
}

/** `where: ` and what ran, for failure messages. */
function shown(runs: Run[]): string {
  return runs.map((one) => `$ ${one.command}\n(exit ${one.code})\n${one.stdout}${one.stderr}`).join('\n');
}

/**
 * The sample against what `runs` printed: its data lines are stdout (all of it, or its start
 * when the sample ends in `...`; unchecked when it shows none), its diagnostic lines appear
 * on stderr in that order.
 */
function assertSample(block: ReadmeBlock, runs: Run[]): void {
  const where = `README.md:${block.line} (${block.heading})`;
  if (block.lang === 'json') {
    assert.equal(JSON.parse(runs.map((one) => one.stdout).join('')), JSON.parse(block.body), `${where}\n${shown(runs)}`);
    return;
  }
  const sample = linesOf(block.body).map(normalise);
  const truncated = sample.at(-1) === '...';
  const lines = truncated ? sample.slice(0, -1) : sample;
  const stdout = runs.flatMap((one) => linesOf(one.stdout)).map(normalise);
  const stderr = runs.flatMap((one) => linesOf(one.stderr)).map(normalise);
  const data = lines.filter((line) => !DIAGNOSTIC.test(line));
  // A sample of diagnostics alone says nothing of the data.
  if (data.length > 0) {
    assert.equal(truncated ? stdout.slice(0, data.length) : stdout, data, `${where}: the sample's data lines drifted\n${shown(runs)}`);
  }
  let from = 0;
  for (const line of lines.filter((line) => DIAGNOSTIC.test(line))) {
    const found = stderr.indexOf(line, from);
    assert.ok(found >= 0, `${where}: "${line}" is not on stderr (in this order)\n${shown(runs)}`);
    from = found + 1;
  }
}

/** A loopback URL where nothing listens. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * The records the README's real-account samples show: those of its replayed JSON samples,
 * as Zendesk returned them, and the earlier change the first sample lists beside them.
 */
function readmeRecords(blocks: ReadmeBlock[]): Partial<AuditLog>[] {
  const shownRecords = blocks
    .filter((block) => block.lang === 'json' && block.marker?.includes('replays'))
    .flatMap((block) => JSON.parse(block.body) as Record<string, unknown>[])
    .map((record) => Object.fromEntries(ZENDESK_FIELDS.map((field) => [field, record[field]])) as unknown as AuditLog);
  assert.ok(shownRecords.length > 0, 'a replayed JSON sample shows the records');
  const later = shownRecords[0]!;
  const earlierId = 23639756399639;
  const earlier = {
    ...later,
    id: earlierId,
    url: later.url.replace(String(later.id), String(earlierId)),
    created_at: '2024-05-21T17:36:03Z',
    change_description: 'Changed from 0 minutes to 10 minutes',
  };
  return [earlier, ...shownRecords];
}

const readme = suite<Context>('README.md holds on a fresh clone', {} as Context);

readme.before(async (context) => {
  context.clone = mkdtempSync(join(tmpdir(), 'zendesk-audit-clone-'));
  // What a commit of this tree holds: tracked files and new ones not ignored, none deleted.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(context.clone, file)), { recursive: true });
    cpSync(join(ROOT, file), join(context.clone, file));
  }
  context.sandbox = await startSandbox({ records: 0 });
  context.sandbox.addRecords(readmeRecords(readmeBlocks()));
  context.professional = await startSandbox({ plan: 'professional', records: 0 });
  context.closed = await closedUrl();
  context.env = {
    // deno comes with the dev dependencies; nothing else of node_modules is on the clone's path.
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? context.clone,
    TZ: 'UTC',
    NO_COLOR: '1',
    SANDBOX: context.sandbox.url,
    SANDBOX_PROFESSIONAL: context.professional.url,
    CLOSED: context.closed,
  };
});

readme.after(async (context) => {
  await Promise.all([context.sandbox.close(), context.professional.close()]);
  rmSync(context.clone, { recursive: true, force: true });
});

readme('every block is run, compared, checked or marked, and what is run works as shown', async (context) => {
  const blocks = readmeBlocks();
  /** What each run `sh` block printed, for the sample that follows it. */
  const printed = new Map<ReadmeBlock, Run[]>();
  for (const block of blocks) {
    const where = `README.md:${block.line} (${block.heading})`;
    const marker = block.marker ?? '';
    const isCommands = block.lang === 'sh';
    if (marker.startsWith('not run:')) continue;

    if (marker.startsWith('checked by ')) {
      const file = join(ROOT, marker.slice('checked by '.length));
      assert.ok(existsSync(file) && readFileSync(file, 'utf8').includes('blocksCheckedBy('), `${where}: ${marker}, which reads no block`);
      continue;
    }

    if (marker.startsWith('output of:')) {
      assert.ok(!isCommands, `${where}: "output of" marks a sample`);
      const commands = linesOf(marker.slice('output of:'.length).trim()).map((line) => line.trim()).filter(Boolean);
      const runs: Run[] = [];
      for (const command of commands) runs.push(await run(command, context));
      assertSample(block, runs);
      continue;
    }

    if (marker.startsWith('needs a real account')) {
      const replays = marker.includes('replays');
      if (isCommands) {
        const runs: Run[] = [];
        for (const command of commandsOf(block).filter((line) => /^(node|deno) /.test(line))) {
          if (replays) {
            const replay = await run(command, context, {
              ZENDESK_BASE_URL: context.sandbox.url,
              ZENDESK_CLIENT_ID: DEMO_OAUTH_CLIENT.identifier,
              ZENDESK_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
            });
            assert.is(replay.code, 0, `${where}: the replay failed\n${shown([replay])}`);
            runs.push(replay);
          } else {
            // Not run as shown, but every flag it uses must still be one the script knows.
            const help = await run(`${command.split(/\s[|>]\s/)[0]} --help`, context);
            assert.is(help.code, 0, `${where}: the flags drifted\n${shown([help])}`);
          }
        }
        printed.set(block, runs);
      } else if (replays) {
        const runs = block.previous && printed.get(block.previous);
        assert.ok(runs?.length === 1, `${where}: a replayed sample follows the one replayed command it shows`);
        assertSample(block, runs!);
      }
      continue;
    }

    assert.is(marker, '', `${where}: unknown marker "${marker}"`);
    if (isCommands) {
      const runs: Run[] = [];
      for (const line of commandsOf(block)) {
        // The clone itself is the copy this test made: the URL must be the project's home.
        const clone = /^git clone (\S+) && cd zendesk-audit && (.+)$/.exec(line);
        if (clone) assert.is(`git+${clone[1]}`, packageJson.repository.url, `${where}: the clone URL`);
        const result = await run(clone ? clone[2]! : line, context);
        assert.is(
          result.code,
          0,
          `${where}: a command that needs an account must be marked <!-- needs a real account -->\n${shown([result])}`,
        );
        runs.push(result);
      }
      printed.set(block, runs);
    } else if (block.lang === 'yaml') {
      assertWorkflow(block, where);
    } else if (['text', 'json', 'markdown', ''].includes(block.lang)) {
      const runs = block.previous && printed.get(block.previous);
      assert.ok(
        runs?.length === 1,
        `${where}: a sample follows the one command it shows, or is marked (<!-- output of: ... -->, <!-- not run: ... -->)`,
      );
      assertSample(block, runs!);
    } else {
      assert.unreachable(
        `${where}: a ${block.lang} block is run or checked somewhere: mark it <!-- checked by FILE --> or <!-- not run: ... -->`,
      );
    }
  }
});

/** A workflow parses, and its steps of this action use the release tag (or a SHA) and only inputs action.yml declares. */
function assertWorkflow(block: ReadmeBlock, where: string): void {
  const workflow = parse(block.body) as { jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
  assert.ok(workflow?.jobs, `${where}: a workflow with jobs`);
  const declared = actionInputs();
  const major = `v${packageJson.version.split('.')[0]}`;
  const steps = Object.values(workflow.jobs!).flatMap((job) => job.steps ?? []).filter((step) =>
    /^zendesk-audit\/zendesk-audit@|^\.\/$/.test(step.uses ?? '')
  );
  assert.ok(steps.length > 0, `${where}: uses zendesk-audit/zendesk-audit`);
  for (const step of steps) {
    const ref = step.uses!.split('@')[1];
    if (ref !== undefined) {
      assert.ok(ref === major || /^[0-9a-f]{40}$/.test(ref), `${where}: @${ref}: releases move ${major}, or pin a SHA`);
    }
    for (const input of Object.keys(step.with ?? {})) assert.ok(declared.has(input), `${where}: action.yml declares no input ${input}`);
  }
}

readme('the workflow this repository runs on a schedule skips with a notice when its secrets are not set', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'zendesk-audit.yml'), 'utf8')) as {
    jobs: { audit: { env: Record<string, string>; steps: { if?: string; run?: string; uses?: string }[] } };
  };
  const { env, steps } = workflow.jobs.audit;
  for (const name of ['ZENDESK_SUBDOMAIN', 'ZENDESK_CLIENT_ID', 'ZENDESK_CLIENT_SECRET']) {
    assert.match(env.ZENDESK_SECRETS_SET!, `secrets.${name} != ''`);
  }
  const [notice, ...rest] = steps;
  assert.is(notice!.if, "env.ZENDESK_SECRETS_SET != 'true'");
  assert.match(notice!.run!, /^echo "::notice title=Zendesk audit skipped::/);
  for (const step of rest) assert.match(step.if ?? '', /^env\.ZENDESK_SECRETS_SET == 'true'/, JSON.stringify(step));
});

readme.run();
