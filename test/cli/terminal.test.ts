/**
 * Behaviour that only shows at a terminal: the seed-style prompts and the progress
 * line. `script` (util-linux) gives the child a pseudo-terminal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs a command line in a pseudo-terminal, answering each prompt when it appears. */
function inTerminal(command: string, answers: [RegExp, string][], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TERM: 'dumb', ...env },
    });
    let output = '';
    const pending = [...answers];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (pending[0] && pending[0][0].test(output)) child.stdin.write(`${pending.shift()![1]}\n`);
    });
    child.on('close', (code) => resolve({ code, output: output.replace(/\r/g, '') }));
  });
}

const terminal = suite('at a terminal');
const node = JSON.stringify(process.execPath);

terminal('settings-changes asks for the dates like the seed when no range is given', async () => {
  if (!hasScript) return console.warn('skipped: no `script` command');
  const { code, output } = await inTerminal(`${node} scripts/settings-changes.js --demo --tz America/Los_Angeles`, [
    [/Enter the start date \(YYYY-MM-DD\): /, '2024-05-01'],
    [/Enter the end date \(YYYY-MM-DD\): /, '2024-05-31'],
  ]);
  assert.is(code, 0, output);
  assert.match(output, /Window: 2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT \(2024-05-01 07:00:00 UTC to 2024-06-01 06:59:59 UTC\)/);
});

terminal('user-activity asks for the user id like the seed', async () => {
  if (!hasScript) return;
  const sandbox = await startSandbox({ records: 100 });
  try {
    const user = sandbox.users()[0]!;
    const { code, output } = await inTerminal(`${node} scripts/user-activity.js`, [[/Enter the user id: /, String(user.id)]], tokenEnv(sandbox));
    assert.is(code, 0, output);
    assert.ok(output.includes(user.name));
  } finally {
    await sandbox.close();
  }
});

terminal('a slow fetch shows pages, records and rate-limit waits on a progress line', async () => {
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
    assert.match(output, /Fetching: \d+ pages, [\d,]+ records/);
  } finally {
    await sandbox.close();
  }
});

terminal('a wait for the account\'s rate limit counts down on the progress line', async () => {
  if (!hasScript) return;
  // Ten requests every two seconds: the walks spend the budget at once, then wait.
  const sandbox = await startSandbox({ records: 1500, mix: { account_setting: 1 }, days: 20, rateLimit: 10, rateWindowMs: 2000 });
  try {
    const { code, output } = await inTerminal(`${node} scripts/settings-changes.js --since 21d --format csv --rate-reserve 0 > /dev/null`, [], tokenEnv(sandbox));
    assert.is(code, 0, output);
    assert.match(output, /Fetching: \d+ pages, [\d,]+ records, waiting \d+ s for the rate limit/);
    assert.is(sandbox.stats.byStatus[429] ?? 0, 0);
  } finally {
    await sandbox.close();
  }
});

terminal.run();
