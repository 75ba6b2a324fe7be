// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
/**
 * Behaviour that only shows at a terminal: the seed-style prompts and the progress
 * line. `script` (util-linux) gives the child a pseudo-terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { auditLogRequests, ROOT, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Ctrl-C as the terminal sends it: the pseudo-terminal turns it into SIGINT for the foreground program. */
const CTRL_C = '\x03';

/** Runs a command line in a pseudo-terminal, answering each prompt when it appears (CTRL_C is typed as is). */
function inTerminal(
  command: string,
  answers: [RegExp, string][],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TERM: 'dumb', ...env },
    });
    let output = '';
    const pending = [...answers];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (pending[0] && pending[0][0].test(output)) {
        const answer = pending.shift()![1];
        child.stdin.write(answer === CTRL_C ? answer : `${answer}\n`);
      }
    });
    // A prompt that never comes would hang the run: give up on the child instead (the test then fails on its exit code).
    const stuck = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(stuck);
      resolve({ code, output: output.replace(/\r/g, '') });
    });
  });
}

const terminal = suite('at a terminal');
const node = JSON.stringify(process.execPath);

terminal('settings-changes asks for the dates like the seed when no range is given', async () => {
  if (!hasScript) return console.warn('skipped: no `script` command');
  const { code, output } = await inTerminal(`${node} scripts/settings-changes.js --demo --tz America/Los_Angeles`, [
    [/Enter the start date \(YYYY-MM-DD\): /, '2024-05-01'],
    [/Enter the end date \(YYYY-MM-DD, empty for now\): /, '2024-05-31'],
  ]);
  assert.is(code, 0, output);
  assert.match(output, /Window: 2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT \(2024-05-01 07:00:00 UTC to 2024-06-01 06:59:59 UTC\)/);
});

terminal('a wrong date at the prompt is explained and asked again; an empty end date means now', async () => {
  if (!hasScript) return;
  const { code, output } = await inTerminal(`${node} scripts/settings-changes.js --demo --tz UTC`, [
    [/Enter the start date \(YYYY-MM-DD\): /, '2024-02-30'],
    [/"2024-02-30" is not a date[^\n]*try again\r?\n[^]*Enter the start date \(YYYY-MM-DD\): /, '2024-05-01'],
    [/Enter the end date \(YYYY-MM-DD, empty for now\): /, '2024-04-01'],
    [/is before the start[^\n]*try again\r?\n[^]*Enter the end date \(YYYY-MM-DD, empty for now\): /, ''],
  ]);
  assert.is(code, 0, output);
  const today = new Date().toISOString().slice(0, 10);
  assert.match(output, new RegExp(`Window: 2024-05-01 00:00:00 UTC to ${today} \\d\\d:\\d\\d:\\d\\d UTC`));
  assert.is(output.match(/Enter the start date/g)?.length, 2);
  assert.is(output.match(/Enter the end date/g)?.length, 2);
});

terminal('Ctrl-C at a prompt ends its line and exits 130', async () => {
  if (!hasScript) return;
  const { code, output } = await inTerminal(`${node} scripts/settings-changes.js --demo`, [[
    /Enter the start date \(YYYY-MM-DD\): /,
    CTRL_C,
  ]]);
  assert.is(code, 130, output);
  assert.match(output, /\nerror: interrupted\n$/);
});

terminal('user-activity asks for the user id like the seed, again when the answer is no id', async () => {
  if (!hasScript) return;
  const sandbox = await startSandbox({ records: 100 });
  try {
    const user = sandbox.users()[0]!;
    const { code, output } = await inTerminal(`${node} scripts/user-activity.js`, [
      [/Enter the user id: /, 'Mei'],
      [/is not an id[^\n]*try again\r?\n[^]*Enter the user id: /, String(user.id)],
    ], tokenEnv(sandbox));
    assert.is(code, 0, output);
    assert.ok(output.includes(user.name));
  } finally {
    await sandbox.close();
  }
});

terminal('a slow fetch into a file shows a bar with the total, rate and time left, and a closing line', async () => {
  if (!hasScript) return;
  const sandbox = await startSandbox({ records: 1500, mix: { account_setting: 1 }, latencyMs: 150 });
  try {
    sandbox.injectFaults([{ kind: '429', retryAfter: 1 }]);
    const { code, output } = await inTerminal(
      `${node} scripts/settings-changes.js --since 90d --format csv --concurrency 1 > /dev/null`,
      [],
      tokenEnv(sandbox),
    );
    assert.is(code, 0, output);
    assert.match(output, /\[[#-]{20}\] \d+% [\d,]+ of 1,500 records/);
    assert.match(output, /\[[#-]{20}\] \d+% [\d,]+ of 1,500 records, [\d,]+\/s, [\d.]+ s left/);
    // After the bar is erased (`ESC [2K`), on a line of its own.
    assert.match(output, /\x1b\[2K1,500 records in [\d.]+ s\n/);
    // The bar's total comes from one count request, made for the bar although --concurrency 1 needs none
    // (sent again after the injected 429, which the first request of the run receives).
    assert.is(auditLogRequests(sandbox).filter((params) => params.get('per_page') === '1').length, 1 + (sandbox.stats.byStatus[429] ?? 0));
  } finally {
    await sandbox.close();
  }
});

terminal('Ctrl-C stops the export, keeps what was written whole, says it is partial, and exits 130', async () => {
  if (!hasScript) return;
  const sandbox = await startSandbox({ records: 3000, mix: { account_setting: 1 }, latencyMs: 100 });
  const dir = mkdtempSync(join(tmpdir(), 'zendesk-audit-interrupt-'));
  try {
    const file = join(dir, 'out.json');
    const { code, output } = await inTerminal(
      `${node} scripts/settings-changes.js --since 90d --format json --concurrency 1 > ${JSON.stringify(file)}`,
      // As soon as the bar shows: a third of the way at most, with 100 ms a page.
      [[/ of [\d,]+ records/, CTRL_C]],
      tokenEnv(sandbox),
    );
    assert.is(code, 130, output);
    const written = Number(/interrupted: the output is partial, ([\d,]+) records? written/.exec(output)?.[1]?.replace(/,/g, ''));
    const total = Number(/ of ([\d,]+) records/.exec(output)![1]!.replace(/,/g, ''));
    assert.ok(written > 0 && written < total, output);
    // A JSON array, closed, with exactly the records it says.
    const records = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    assert.is(records.length, written);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await sandbox.close();
  }
});

terminal("a wait for the account's rate limit counts down on the progress line", async () => {
  if (!hasScript) return;
  // Ten requests every two seconds: the walks spend the budget at once, then wait.
  const sandbox = await startSandbox({ records: 1500, mix: { account_setting: 1 }, days: 20, rateLimit: 10, rateWindowMs: 2000 });
  try {
    const { code, output } = await inTerminal(
      `${node} scripts/settings-changes.js --since 21d --format csv --rate-reserve 0 > /dev/null`,
      [],
      tokenEnv(sandbox),
    );
    assert.is(code, 0, output);
    assert.match(output, /\[[#-]{20}\] \d+% [\d,]+ of 1,500 records[^\n]*, waiting \d+ s for the rate limit/);
    assert.is(sandbox.stats.byStatus[429] ?? 0, 0);
  } finally {
    await sandbox.close();
  }
});

terminal.run();
