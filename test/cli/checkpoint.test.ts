/**
 * `--checkpoint FILE`: the real script, run as cron runs it, against the sandbox over HTTP,
 * with records added between runs, during them (once the sandbox has received the run's
 * first listing request) and late (a `created_at` already read past, shown only now).
 *
 * The kill between output and checkpoint is found on the filesystem, not by a hook: the
 * run writes its new checkpoint to `FILE.tmp-PID` before renaming it over FILE, and the
 * test puts a FIFO at that name as soon as the process exists. Opening a FIFO to write
 * blocks until a reader comes, so the run stops exactly there, with its output written
 * and flushed and its lock held, for as long as the test wants.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/mod.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { ecsProblems } from '../core/render/ecs-check.ts';
import { ocsfProblems } from '../core/render/ocsf-check.ts';
import { runScript, type ScriptResult, startSandbox, startScript, tokenEnv } from '../helpers/run-script.ts';

interface Context {
  sandbox: Sandbox;
  directory: string;
}

const checkpoint = suite<Context>('--checkpoint: every record written once, across runs, kills and locks');
checkpoint.before(async (context) => {
  // Slow answers, so a record added once the first request arrives lands while the run is reading.
  context.sandbox = await startSandbox({ records: 300, days: 2, mix: { account_setting: 3, user: 1 }, latencyMs: 20 });
  context.directory = mkdtempSync(join(tmpdir(), 'zendesk-audit-checkpoint-'));
});
checkpoint.after((context) => {
  rmSync(context.directory, { recursive: true, force: true });
  return context.sandbox.close();
});

/** The ids of an NDJSON export, every line parsed. */
function idsOf(stdout: string): number[] {
  assert.ok(stdout === '' || stdout.endsWith('\n'), 'the last line is whole');
  return stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as AuditLog).id);
}

const exportArgs = (file: string, extra: string[] = [], sourceType = 'all') => [
  '--format',
  'ndjson',
  '--source-type',
  sourceType,
  '--checkpoint',
  file,
  '--since',
  '3d',
  ...extra,
];

/** One run of the export, to its end. */
function exportOnce(sandbox: Sandbox, file: string, extra: string[] = []): Promise<ScriptResult> {
  return runScript('settings-changes', exportArgs(file, extra), tokenEnv(sandbox));
}

/** A record of now and one of `late` seconds ago (a record Zendesk shows late), added to the sandbox. */
function addRecords(sandbox: Sandbox, late = 90): AuditLog[] {
  const past = new Date(Date.now() - late * 1000).toISOString();
  return sandbox.addRecords([{ source_type: 'account_setting' }, { source_type: 'user', action: 'login', created_at: past }]);
}

/** Listing requests the sandbox has received. */
const listings = (sandbox: Sandbox) => sandbox.requests.filter((request) => request.url.startsWith('/api/v2/audit_logs')).length;

/** A run of the export during which a record is added, once the sandbox has received the run's first listing request. */
async function exportWhileAdding(sandbox: Sandbox, file: string): Promise<{ result: ScriptResult; added: AuditLog[] }> {
  const before = listings(sandbox);
  const { result } = startScript('settings-changes', exportArgs(file), tokenEnv(sandbox));
  const added: AuditLog[] = [];
  const poll = setInterval(() => {
    if (listings(sandbox) > before && added.length === 0) added.push(...sandbox.addRecords([{ source_type: 'account_setting' }]));
  }, 2);
  try {
    return { result: await result, added };
  } finally {
    clearInterval(poll);
  }
}

checkpoint('ten runs with records added between, during and late write every record exactly once', async ({ sandbox, directory }) => {
  const file = join(directory, 'ten.checkpoint');
  const since = Date.now() / 1000 - 3 * 86_400;
  const written: number[] = [];
  const expected = new Set(
    sandbox.auditLogs().filter((record) => Date.parse(record.created_at) / 1000 >= since).map((record) => record.id),
  );
  let addedDuring = 0;
  for (let run = 1; run <= 10; run++) {
    if (run > 1) { for (const record of addRecords(sandbox)) expected.add(record.id); }
    const { result, added } = await exportWhileAdding(sandbox, file);
    assert.is(result.code, 0, result.stderr);
    for (const record of added) expected.add(record.id);
    addedDuring += added.length;
    written.push(...idsOf(result.stdout));
    assert.match(result.stderr, run === 1 ? /^Window: .*\d UTC\n/m : /^Window: .* \(resumed from .*ten\.checkpoint\)$/m);
    if (run > 1) assert.match(result.stderr, /^note: --since 3d is for the first run: .* resumes from \d{4}-/m);
    assert.match(result.stderr, /^Checkpoint: .*ten\.checkpoint saved \(\d+ new\); the next run resumes from /m);
  }
  // The records added during the tenth run, when it did not see them, are the next run's.
  const last = await exportOnce(sandbox, file);
  written.push(...idsOf(last.stdout));
  assert.ok(addedDuring >= 5, `records were added during the runs (${addedDuring})`);
  assert.equal([...written].sort(), [...new Set(written)].sort(), 'no record written twice');
  assert.equal(new Set(written), expected, 'every record written, late ones included');
  // A second run at once writes nothing.
  const again = await exportOnce(sandbox, file);
  assert.is(again.code, 0, again.stderr);
  assert.is(again.stdout, '');
  assert.not.ok(existsSync(`${file}.lock`), 'the lock is removed');
});

checkpoint(
  'a run killed after its output, before its checkpoint: a second run is refused meanwhile, and the next clears the stale lock and repeats only its records',
  async ({ sandbox, directory }) => {
    const file = join(directory, 'killed.checkpoint');
    assert.is((await exportOnce(sandbox, file)).code, 0);
    const added = addRecords(sandbox);
    const saved = readFileSync(file, 'utf8');

    const { child, result } = startScript('settings-changes', exportArgs(file), tokenEnv(sandbox));
    const fifo = `${file}.tmp-${child.pid}`;
    execFileSync('mkfifo', [fifo]);
    try {
      let stdout = '';
      const reached = new Promise<void>((resolve) => {
        child.stdout!.on('data', (chunk: string) => {
          stdout += chunk;
          // A chunk may end inside a line: only whole lines count.
          if (idsOf(stdout.slice(0, stdout.lastIndexOf('\n') + 1)).length >= added.length) resolve();
        });
      });
      // A run that ends before writing them (an error), or blocks at the FIFO without them, fails the
      // check below instead of waiting for ever (a guard against a hang, not a measure of speed).
      let guard: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([reached, result, new Promise<void>((resolve) => (guard = setTimeout(resolve, 60_000)))]);
      clearTimeout(guard);
      assert.equal(new Set(idsOf(stdout)), new Set(added.map((record) => record.id)), 'the killed run wrote the new records');

      // While it holds the lock, a second run is refused in one line and writes nothing.
      const second = await exportOnce(sandbox, file);
      assert.is(second.code, 1);
      assert.is(second.stdout, '');
      assert.match(
        second.stderr,
        new RegExp(
          `^error: another export is using .*killed\\.checkpoint \\(.*\\.lock: process ${child.pid} on .* since .*\\); if none is running, remove .*\\.lock\\n$`,
          'm',
        ),
      );

      child.kill('SIGKILL');
      assert.is((await result).code, null);
      assert.is(readFileSync(file, 'utf8'), saved, 'the checkpoint is the one before the killed run');
      assert.ok(existsSync(`${file}.lock`), 'the killed run left its lock');

      const next = await exportOnce(sandbox, file);
      assert.is(next.code, 0, next.stderr);
      assert.match(next.stderr, new RegExp(`^note: cleared a stale lock on .*: process ${child.pid} on .*, which no longer runs`, 'm'));
      assert.equal(idsOf(next.stdout).sort(), idsOf(stdout).sort(), 'the next run writes again exactly what the killed run wrote');
      assert.is.not(readFileSync(file, 'utf8'), saved);
      assert.is((await exportOnce(sandbox, file)).stdout, '');
    } finally {
      // A failed check leaves no process blocked on the FIFO.
      child.kill('SIGKILL');
      rmSync(fifo, { force: true });
    }
  },
);

checkpoint('a lock held by a live process is not taken, whatever its age', async ({ sandbox, directory }) => {
  const file = join(directory, 'held.checkpoint');
  // This test's own process: alive, on this host.
  const { hostname } = await import('node:os');
  writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: '2020-01-01T00:00:00Z' }));
  const result = await exportOnce(sandbox, file);
  assert.is(result.code, 1);
  assert.match(result.stderr, /another export is using .* since 2020-01-01T00:00:00Z\)/);
  assert.ok(existsSync(`${file}.lock`));
  assert.not.ok(existsSync(file));
  // A lock of another host is not judged by its process id either.
  writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 30, host: 'elsewhere.example', since: '2020-01-01T00:00:00Z' }));
  assert.is((await exportOnce(sandbox, file)).code, 1);
  rmSync(`${file}.lock`);
});

checkpoint('a checkpoint of another account, source type or filter set is refused in one line', async ({ sandbox, directory }) => {
  const file = join(directory, 'scope.checkpoint');
  assert.is((await exportOnce(sandbox, file)).code, 0);
  const saved = readFileSync(file, 'utf8');
  const other = await startSandbox({ records: 10 });
  try {
    const refusals: [string[], Record<string, string>, RegExp][] = [
      [exportArgs(file), tokenEnv(other), /is the checkpoint of account "http:\/\/127\.0\.0\.1:\d+", not "http:\/\/127\.0\.0\.1:\d+"/],
      [
        exportArgs(file, [], 'account_setting'),
        tokenEnv(sandbox),
        /is the checkpoint of every source type, not source type account_setting/,
      ],
      [exportArgs(file, ['--action', 'update']), tokenEnv(sandbox), /is the checkpoint of no other filter, not action=update/],
    ];
    for (const [args, env, message] of refusals) {
      const result = await runScript('settings-changes', args, env);
      assert.is(result.code, 2, result.stderr);
      assert.is(result.stdout, '');
      assert.match(result.stderr, message);
      assert.is(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, /give each account, source type and filter set a checkpoint file of its own\n$/);
      assert.is(readFileSync(file, 'utf8'), saved);
      assert.not.ok(existsSync(`${file}.lock`));
    }
  } finally {
    await other.close();
  }
});

checkpoint(
  'a change undone in the next run is marked so: the detector sees the records of the overlap a run reads again',
  async ({ sandbox, directory }) => {
    const file = join(directory, 'revert.checkpoint');
    assert.is((await exportOnce(sandbox, file)).code, 0);
    const setting = { source_type: 'account_setting', source_id: 987654, source_label: 'Security: Password policy' };
    const [lowered] = sandbox.addRecords([{
      ...setting,
      change_description: 'Changed from High to Low',
      created_at: new Date(Date.now() - 120_000).toISOString(),
    }]);
    const first = await exportOnce(sandbox, file);
    assert.equal(idsOf(first.stdout), [lowered!.id]);
    // Within the lag: the next run reads the first change again, writes only the second, and pairs them.
    const [restored] = sandbox.addRecords([{
      ...setting,
      change_description: 'Changed from Low to High',
      created_at: new Date(Date.now() - 60_000).toISOString(),
    }]);
    const second = await exportOnce(sandbox, file);
    assert.is(second.code, 0, second.stderr);
    const lines = second.stdout.split('\n').filter(Boolean).map((line) =>
      JSON.parse(line) as { id: number; detections: { rule: string }[] }
    );
    assert.equal(lines.map((line) => line.id), [restored!.id], 'the first change is not written twice');
    assert.ok(lines[0]!.detections.some((detection) => detection.rule === 'zendesk.change-reverted'), JSON.stringify(lines[0]));
  },
);

checkpoint('--demo: the checkpoint names the demo account, not the sandbox port of one run', async ({ directory }) => {
  const file = join(directory, 'demo.checkpoint');
  const args = ['--demo', '--since', '2d', '--format', 'ecs', '--checkpoint', file];
  const first = await runScript('settings-changes', args);
  assert.is(first.code, 0, first.stderr);
  assert.ok(idsOf(first.stdout).length > 0);
  assert.is(JSON.parse(readFileSync(file, 'utf8')).account, 'demo');
  // Another sandbox, on another port: the same account, so the same records are not written again.
  const second = await runScript('settings-changes', args);
  assert.is(second.code, 0, second.stderr);
  assert.is(second.stdout, '');
});

checkpoint('flags: --lag needs --checkpoint; a bad --lag, and user-activity --checkpoint --limit, are refused', async () => {
  const cases: [string, string[], RegExp][] = [
    ['settings-changes', ['--demo', '--lag', '5m'], /^error: --lag is for --checkpoint FILE/],
    ['settings-changes', ['--demo', '--checkpoint', 'x', '--lag', 'soon'], /^error: --lag: lag "soon" is not a duration/],
    ['settings-changes', ['--demo', '--checkpoint', 'x', '--lag', '2d'], /^error: --lag: lag "2d" is not a duration/],
    ['user-activity', ['--demo', '--user', '1', '--limit', '5', '--checkpoint', 'x'], /^error: --checkpoint is settings-changes'/],
    // A change written by one run can become severe when a later one arrives: filtering by severity is the SIEM's.
    [
      'settings-changes',
      ['--demo', '--checkpoint', 'x', '--min-severity', 'high'],
      /^error: --min-severity and --sensitive-only do not go with --checkpoint/,
    ],
    [
      'settings-changes',
      ['--demo', '--checkpoint', 'x', '--sensitive-only'],
      /^error: --min-severity and --sensitive-only do not go with --checkpoint/,
    ],
  ];
  for (const [script, args, message] of cases) {
    const result = await runScript(script as 'settings-changes', args);
    assert.is(result.code, 2, result.stderr);
    assert.match(result.stderr, message);
  }
});

const interrupt = suite('--checkpoint and Ctrl-C');

interrupt('Ctrl-C: exit 130, the checkpoint not written, and the next run writes the whole window', async () => {
  const sandbox = await startSandbox({ records: 3000, days: 5, mix: { account_setting: 1 }, latencyMs: 40 });
  const directory = mkdtempSync(join(tmpdir(), 'zendesk-audit-checkpoint-'));
  try {
    const file = join(directory, 'interrupted.checkpoint');
    const args = ['--format', 'ndjson', '--since', '6d', '--concurrency', '1', '--checkpoint', file];
    const { child, result } = startScript('settings-changes', args, tokenEnv(sandbox));
    const poll = setInterval(() => {
      if (listings(sandbox) >= 4) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 2);
    const stopped = await result;
    clearInterval(poll);
    assert.is(stopped.code, 130, stopped.stderr);
    assert.match(stopped.stderr, /interrupted: the output is partial/);
    assert.match(
      stopped.stderr,
      /interrupted\.checkpoint was not moved: the next run resumes where this one did and writes these records again\n$/,
    );
    assert.not.match(stopped.stderr, /To fetch the rest/);
    assert.ok(idsOf(stopped.stdout).length < 3000, 'the run was stopped mid-walk');
    assert.not.ok(existsSync(file));
    assert.not.ok(existsSync(`${file}.lock`));
    const next = await runScript('settings-changes', args, tokenEnv(sandbox));
    assert.is(next.code, 0, next.stderr);
    assert.equal(new Set(idsOf(next.stdout)), new Set(sandbox.auditLogs().map((record) => record.id)));
  } finally {
    rmSync(directory, { recursive: true, force: true });
    await sandbox.close();
  }
});

const formats = suite('--format ocsf and ecs over HTTP');

formats('every line parses; every OCSF event has its class requirements, every ECS document fits ECS', async () => {
  const sandbox = await startSandbox({ records: 400, days: 30, episodes: true });
  try {
    const count = sandbox.auditLogs().filter((record) => Date.parse(record.created_at) >= Date.now() - 31 * 86_400_000).length;
    for (const [format, problems] of [['ocsf', ocsfProblems], ['ecs', ecsProblems]] as const) {
      for (const script of ['settings-changes', 'zendesk-audit'] as const) {
        const args = [
          ...(script === 'zendesk-audit' ? ['settings-changes'] : []),
          '--since',
          '31d',
          '--source-type',
          'all',
          '--format',
          format,
        ];
        const result = await runScript(script, args, tokenEnv(sandbox));
        assert.is(result.code, 0, result.stderr);
        const lines = result.stdout.split('\n');
        assert.is(lines.pop(), '', 'the last line is whole');
        assert.is(lines.length, count);
        for (const line of lines) {
          const event = JSON.parse(line) as Record<string, unknown>;
          assert.equal(problems(event), [], line);
        }
        const classes = new Set(lines.map((line) => (JSON.parse(line) as { class_uid?: number }).class_uid));
        if (format === 'ocsf') assert.equal([...classes].sort(), [3001, 3002, 3004], 'every class is written');
      }
    }
    // user-activity writes the user's records in the same shapes.
    const user = sandbox.auditLogs().findLast((record) => record.actor_id > 0)!.actor_id;
    for (const [format, problems] of [['ocsf', ocsfProblems], ['ecs', ecsProblems]] as const) {
      const result = await runScript('user-activity', ['--user', String(user), '--limit', '30', '--format', format], tokenEnv(sandbox));
      assert.is(result.code, 0, result.stderr);
      const lines = result.stdout.split('\n').filter(Boolean);
      assert.ok(lines.length > 0);
      for (const line of lines) assert.equal(problems(JSON.parse(line) as Record<string, unknown>), [], line);
    }
  } finally {
    await sandbox.close();
  }
});

checkpoint.run();
interrupt.run();
formats.run();
