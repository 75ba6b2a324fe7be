import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { auditLogRequests, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const concurrency = suite<{ sandbox: Sandbox }>('settings-changes --concurrency');
concurrency.before(async (context) => {
  context.sandbox = await startSandbox({ records: 3000, mix: { account_setting: 1 }, days: 20 });
});
concurrency.after((context) => context.sandbox.close());

const lineIds = (stdout: string) => stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as AuditLog).id);

concurrency('a large range: one count request, then time slices, the same records in the same order', async ({ sandbox }) => {
  sandbox.requests.length = 0;
  const result = await runScript('settings-changes', ['--since', '21d', '--format', 'ndjson'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const [probe, ...rest] = auditLogRequests(sandbox);
  assert.is(probe!.get('per_page'), '1');
  assert.is(probe!.get('filter[source_type]'), 'account_setting');
  assert.ok(rest.every((params) => params.get('page[size]') === '100' && params.get('per_page') === null));
  const windows = new Set(rest.map((params) => params.getAll('filter[created_at][]').join('..')));
  assert.ok(windows.size > 1, 'more than one slice');
  const expected = sandbox.auditLogs().map((record) => record.id).reverse();
  assert.equal(lineIds(result.stdout), expected);
});

concurrency('leaves 20% of the rate limit to other integrations unless told otherwise', async () => {
  // 20 requests a second (one second stands in for Zendesk's minute); the range takes about 35.
  for (const [args, reserve] of [[[], 4], [['--rate-reserve', '50%'], 10], [['--rate-reserve', '0'], 0]] as const) {
    const limited = await startSandbox({ records: 3000, mix: { account_setting: 1 }, days: 20, rateLimit: 20, rateWindowMs: 1000 });
    try {
      const result = await runScript('settings-changes', ['--since', '21d', '--format', 'ndjson', ...args], tokenEnv(limited));
      assert.is(result.code, 0, result.stderr);
      assert.is(lineIds(result.stdout).length, 3000);
      assert.is(limited.stats.byStatus[429] ?? 0, 0);
      assert.ok(limited.stats.lowestRemaining >= reserve, `${args.join(' ')}: down to ${limited.stats.lowestRemaining}`);
      assert.ok(limited.stats.requests > 20, `${limited.stats.requests} requests: more than one second's budget`);
    } finally {
      await limited.close();
    }
  }
});

concurrency('--concurrency 1 sends no count request and walks once', async ({ sandbox }) => {
  sandbox.requests.length = 0;
  const result = await runScript(
    'settings-changes',
    ['--since', '21d', '--format', 'ndjson', '--concurrency', '1', '--order', 'asc'],
    tokenEnv(sandbox),
  );
  assert.is(result.code, 0, result.stderr);
  const requests = auditLogRequests(sandbox);
  assert.ok(requests.length >= 30);
  assert.ok(requests.every((params) => params.get('per_page') === null && params.get('page[size]') === '100'));
  assert.is(new Set(requests.map((params) => params.getAll('filter[created_at][]').join('..'))).size, 1);
  assert.equal(lineIds(result.stdout), sandbox.auditLogs().map((record) => record.id));
});

concurrency('--concurrency out of range is bad usage, refused before anything is sent', async ({ sandbox }) => {
  for (const value of ['0', '65', 'many']) {
    const before = sandbox.stats.requests;
    const result = await runScript('settings-changes', ['--since', '1d', '--concurrency', value], tokenEnv(sandbox));
    assert.is(result.code, 2, result.stderr);
    assert.match(result.stderr, /--concurrency ".*" must be a whole number from 1 to 64/);
    assert.is(sandbox.stats.requests, before);
  }
});

concurrency('--help describes --concurrency', async () => {
  const result = await runScript('settings-changes', ['--help']);
  assert.match(result.stdout, /--concurrency N +requests at once/);
});

concurrency.run();
