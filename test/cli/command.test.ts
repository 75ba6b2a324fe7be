/**
 * The package's command, `zendesk-audit COMMAND`, and the small things a newcomer
 * tries first: -v, the help's examples, a typo.
 */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { auditLogRequests, ROOT, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };

const command = suite('zendesk-audit COMMAND');

command('runs settings-changes as the script does', async () => {
  const sandbox = await startSandbox({ records: 300 });
  try {
    const args = ['--since', '30d', '--format', 'json'];
    const viaCommand = await runScript('zendesk-audit', ['settings-changes', ...args], tokenEnv(sandbox));
    const viaScript = await runScript('settings-changes', args, tokenEnv(sandbox));
    assert.is(viaCommand.code, 0, viaCommand.stderr);
    const ids = (text: string) => (JSON.parse(text) as { id: number }[]).map((record) => record.id);
    assert.ok(ids(viaCommand.stdout).length > 0);
    assert.equal(ids(viaCommand.stdout), ids(viaScript.stdout));
  } finally {
    await sandbox.close();
  }
});

command("runs user-activity, and each command's --help names the command as it was run", async () => {
  const result = await runScript('zendesk-audit', ['user-activity', '--demo', '--user', '1504640086770']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^User Details:\n {2}Name: {7}Mei Lin Tan$/m);
  for (const name of ['settings-changes', 'user-activity']) {
    const help = await runScript('zendesk-audit', [name, '--help']);
    assert.match(help.stdout, new RegExp(`^Usage: zendesk-audit ${name} `));
    assert.match(help.stdout, new RegExp(`\\n {2}zendesk-audit ${name} --demo `));
  }
});

command('--help lists the commands; no command is a mistake the usage answers (exit 2); a typo gets a suggestion', async () => {
  for (const args of [['--help'], ['-h']]) {
    const help = await runScript('zendesk-audit', args);
    assert.is(help.code, 0);
    assert.match(help.stdout, /^Usage: zendesk-audit COMMAND/);
    assert.match(help.stdout, /\n {2}settings-changes {6}/);
    assert.match(help.stdout, /\n {2}user-activity {9}/);
  }
  // `npx zendesk-audit` alone: the usage on stderr, nothing on stdout for a pipe to take as data, and a failing exit code.
  const none = await runScript('zendesk-audit', []);
  assert.is(none.code, 2);
  assert.is(none.stdout, '');
  assert.match(none.stderr, /^Usage: zendesk-audit COMMAND/);
  assert.match(none.stderr, /\n {2}settings-changes {6}/);
  const typo = await runScript('zendesk-audit', ['setting-changes', '--demo']);
  assert.is(typo.code, 2);
  assert.is(typo.stderr, 'error: unknown command "setting-changes": did you mean settings-changes? (see zendesk-audit --help)\n');
  const other = await runScript('zendesk-audit', ['export']);
  assert.is(other.code, 2);
  assert.match(other.stderr, /unknown command "export": use settings-changes or user-activity/);
});

command('-v, -V and --version print the version, for the command and both scripts', async () => {
  for (const name of ['zendesk-audit', 'settings-changes', 'user-activity'] as const) {
    for (const flag of ['-v', '-V', '--version']) {
      const result = await runScript(name, [flag]);
      assert.is(result.stdout, `${version}\n`, `${name} ${flag}`);
      assert.is(result.code, 0);
    }
  }
  // A value that looks like -v stays a value: an IP address to refuse, not a request for the version.
  const value = await runScript('settings-changes', ['--since', '1d', '--ip', '-v']);
  assert.is(value.code, 2);
  assert.not.match(value.stdout, version);
});

command.run();

const edges = suite('the first things a newcomer tries');

edges('the first example of each --help works on the demo', async () => {
  for (const name of ['settings-changes', 'user-activity'] as const) {
    const help = await runScript(name, ['--help']);
    const example = /\nExamples:\n {2}node scripts\/[a-z-]+\.js (.*)\n/.exec(help.stdout)?.[1];
    assert.ok(example?.includes('--demo'), `${name}: ${example}`);
    const result = await runScript(name, example!.split(' '));
    assert.is(result.code, 0, `${name} ${example}: ${result.stderr}`);
    assert.ok(result.stdout.length > 0);
  }
});

edges('--ip takes IPv4 and IPv6 addresses and sends them as given', async () => {
  const sandbox = await startSandbox({ records: 50 });
  try {
    for (const ip of ['203.0.113.7', '2001:db8::1', '::ffff:192.0.2.1']) {
      const result = await runScript('settings-changes', ['--since', '7d', '--ip', ip], tokenEnv(sandbox));
      assert.is(result.code, 0, result.stderr);
      assert.ok(auditLogRequests(sandbox).some((params) => params.get('filter[ip_address]') === ip), ip);
    }
  } finally {
    await sandbox.close();
  }
});

edges("a TZ of POSIX rules or a zone-file path is the system's business, not an error", async () => {
  const rules = await runScript('settings-changes', ['--demo', '--since', '1d'], { TZ: 'EST5EDT,M3.2.0,M11.1.0' });
  assert.is(rules.code, 0, rules.stderr);
  const path = await runScript('settings-changes', ['--demo', '--since', '1d'], { TZ: ':/usr/share/zoneinfo/Asia/Kolkata' });
  assert.is(path.code, 0, path.stderr);
  assert.match(path.stderr, /^Window: .* IST to .* IST \(/m);
});

edges.run();
