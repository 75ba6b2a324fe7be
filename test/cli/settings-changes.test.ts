// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { REVIEW_FIELDS } from '../../src/core/mod.ts';
import type { AuditLog, LocalizedAuditLog } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { auditLogRequests, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const settings = (records: AuditLog[]) => records.filter((record) => record.source_type === 'account_setting');

const listing = suite<{ sandbox: Sandbox }>('settings-changes lists every change once');
listing.before(async (context) => {
  context.sandbox = await startSandbox({ records: 2600, days: 20 });
});
listing.after((context) => context.sandbox.close());

listing('across many pages, newest first, nothing lost or repeated', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '21d', '--format', 'json'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const records = JSON.parse(result.stdout) as LocalizedAuditLog[];
  const expected = settings(sandbox.auditLogs()).reverse();
  assert.ok(expected.length > 300, 'the fixture spans several pages');
  assert.equal(records.map((record) => record.id), expected.map((record) => record.id));
  assert.is(new Set(records.map((record) => record.id)).size, records.length);
});

listing('keeps each record as Zendesk returned it, adding created_at_local and the review fields', async ({ sandbox }) => {
  const result = await runScript(
    'settings-changes',
    ['--since', '21d', '--format', 'json', '--tz', 'America/Los_Angeles'],
    tokenEnv(sandbox),
  );
  const [first] = JSON.parse(result.stdout) as LocalizedAuditLog[];
  const original = sandbox.auditLogs().find((record) => record.id === first!.id)!;
  const {
    created_at_local,
    sensitive: _sensitive,
    change_from: _from,
    change_to: _to,
    severity: _severity,
    detections: _detections,
    ...rest
  } = first as LocalizedAuditLog & Record<'sensitive' | 'change_from' | 'change_to' | 'severity' | 'detections', unknown>;
  assert.equal(rest, original);
  assert.equal(Object.keys(first!), [...Object.keys(original), 'created_at_local', ...REVIEW_FIELDS]);
  assert.match(created_at_local, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[78]:00\[America\/Los_Angeles\]$/);
});

listing('pages with cursors, never with offsets that Zendesk caps at 10,000', async ({ sandbox }) => {
  sandbox.requests.length = 0;
  await runScript('settings-changes', ['--since', '21d', '--format', 'ndjson', '--concurrency', '1'], tokenEnv(sandbox));
  const requests = auditLogRequests(sandbox);
  assert.ok(requests.length > 3);
  for (const params of requests) {
    assert.is(params.get('page[size]'), '100');
    assert.is(params.get('page'), null);
    assert.equal(params.getAll('filter[created_at][]').length, 2);
    assert.is(params.get('filter[source_type]'), 'account_setting');
  }
});

listing('ndjson writes one record per line and --order asc lists oldest first', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '21d', '--format', 'ndjson', '--order', 'asc'], tokenEnv(sandbox));
  const lines = result.stdout.trimEnd().split('\n');
  const ids = lines.map((line) => (JSON.parse(line) as AuditLog).id);
  assert.equal(ids, settings(sandbox.auditLogs()).map((record) => record.id));
});

listing('text prints the seed shape with a four-digit year and the zone', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '21d', '--tz', 'Asia/Kolkata'], tokenEnv(sandbox));
  const lines = result.stdout.trimEnd().split('\n');
  assert.is(lines.length, settings(sandbox.auditLogs()).length);
  for (const line of lines) {
    assert.match(line, /^ID: \d+, At \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} IST User: .+ with id: -?\d+ \S.* '.+': .*$/);
  }
  assert.match(result.stderr, /^Window: .* IST to .* IST \(.* UTC to .* UTC\)$/m);
});

listing('csv has a header and one row per change; markdown is a table with every id', async ({ sandbox }) => {
  const csv = await runScript('settings-changes', ['--since', '21d', '--format', 'csv'], tokenEnv(sandbox));
  const rows = csv.stdout.trimEnd().split('\r\n');
  assert.match(rows[0]!, /^id,created_at,created_at_local,actor_id,actor_name/);
  assert.is(rows.length - 1, settings(sandbox.auditLogs()).length);
  const markdown = await runScript('settings-changes', ['--since', '21d', '--format', 'markdown'], tokenEnv(sandbox));
  for (const record of settings(sandbox.auditLogs())) assert.ok(markdown.stdout.includes(`| ${record.id} |`), String(record.id));
});

listing("markdown lists the table oldest first, as the Action's report does; --order desc turns it", async ({ sandbox }) => {
  const tableIds = (text: string) => [...text.matchAll(/\| (\d+) \|$/gm)].map((match) => Number(match[1]));
  const ascending = settings(sandbox.auditLogs()).map((record) => record.id);
  const report = await runScript('settings-changes', ['--since', '21d', '--format', 'markdown'], tokenEnv(sandbox));
  assert.equal(tableIds(report.stdout), ascending);
  const newest = await runScript('settings-changes', ['--since', '21d', '--format', 'markdown', '--order', 'desc'], tokenEnv(sandbox));
  assert.equal(tableIds(newest.stdout), ascending.toReversed());
});

listing('filters map to the API: --source-type, --action, --actor, --ip', async ({ sandbox }) => {
  const login = sandbox.auditLogs().find((record) => record.action === 'login')!;
  const result = await runScript(
    'settings-changes',
    ['--since', '21d', '--source-type', 'user', '--action', 'login', '--actor', String(login.actor_id), '--format', 'json'],
    tokenEnv(sandbox),
  );
  assert.is(result.code, 0, result.stderr);
  const expected = sandbox.auditLogs().filter((record) =>
    record.source_type === 'user' && record.action === 'login' && record.actor_id === login.actor_id
  );
  assert.equal((JSON.parse(result.stdout) as AuditLog[]).map((record) => record.id).sort(), expected.map((record) => record.id).sort());
  const byIp = await runScript('settings-changes', [
    '--since',
    '21d',
    '--ip',
    login.ip_address!,
    '--source-type',
    'user',
    '--format',
    'json',
  ], tokenEnv(sandbox));
  for (const record of JSON.parse(byIp.stdout) as AuditLog[]) assert.is(record.ip_address, login.ip_address);
});

listing('says so, and exits 0, when nothing is found', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--start', '2001-01-01', '--end', '2001-01-31'], tokenEnv(sandbox));
  assert.is(result.code, 0);
  assert.is(result.stdout, 'No account setting updates found.\n');
  const json = await runScript('settings-changes', ['--start', '2001-01-01', '--end', '2001-01-31', '--format', 'json'], tokenEnv(sandbox));
  assert.equal(JSON.parse(json.stdout), []);
});

listing('shows no progress line when stderr is not a terminal', async ({ sandbox }) => {
  const result = await runScript('settings-changes', ['--since', '21d', '--format', 'ndjson'], tokenEnv(sandbox));
  assert.not.match(result.stderr, /\r|\x1b|Fetching/);
});

listing.run();

const large = suite('settings-changes at scale');

large('returns exactly 25,000 unique records with cursor pagination', async () => {
  const sandbox = await startSandbox({ records: 25_000, mix: { account_setting: 1 }, days: 30 });
  try {
    const result = await runScript('settings-changes', ['--since', '31d', '--format', 'json'], tokenEnv(sandbox));
    assert.is(result.code, 0, result.stderr);
    const records = JSON.parse(result.stdout) as AuditLog[];
    assert.is(records.length, 25_000);
    assert.is(new Set(records.map((record) => record.id)).size, 25_000);
    // Listing is by cursor; the only offset request allowed is a per_page=1 count probe.
    for (const params of auditLogRequests(sandbox)) {
      assert.ok(params.get('page[size]') !== null || params.get('per_page') === '1', params.toString());
    }
  } finally {
    await sandbox.close();
  }
});

large.run();
