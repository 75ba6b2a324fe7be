import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog, LocalizedAuditLog, User } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { auditLogRequests, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const activity = suite<{ sandbox: Sandbox; actor: User }>('user-activity shows a user and their latest activity');
activity.before(async (context) => {
  context.sandbox = await startSandbox({ records: 3000 });
  // The busiest actor, so that --limit can span pages.
  const counts = new Map<number, number>();
  for (const record of context.sandbox.auditLogs()) counts.set(record.actor_id, (counts.get(record.actor_id) ?? 0) + 1);
  const [busiest] = [...counts].filter(([id]) => id > 0).sort((a, b) => b[1] - a[1])[0]!;
  context.actor = context.sandbox.users().find((user) => user.id === busiest)!;
});
activity.after((context) => context.sandbox.close());

const newestOf = (sandbox: Sandbox, actorId: number) => sandbox.auditLogs().filter((record) => record.actor_id === actorId).reverse();

activity('the 20 most recent records of that actor only, filtered with filter[actor_id]', async ({ sandbox, actor }) => {
  sandbox.requests.length = 0;
  const result = await runScript('user-activity', ['--user', String(actor.id), '--format', 'json'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  const body = JSON.parse(result.stdout) as { user: User; audit_logs: LocalizedAuditLog[] };
  assert.equal(body.user, sandbox.users().find((user) => user.id === actor.id));
  assert.equal(body.audit_logs.map((record) => record.id), newestOf(sandbox, actor.id).slice(0, 20).map((record) => record.id));
  for (const record of body.audit_logs) assert.match(record.created_at_local, /\[UTC\]$/);
  for (const params of auditLogRequests(sandbox)) {
    assert.is(params.get('filter[actor_id]'), String(actor.id));
    assert.is(params.get('filter[user_id]'), null);
  }
});

activity('--limit beyond one page fetches as many pages as needed and no more', async ({ sandbox, actor }) => {
  const expected = newestOf(sandbox, actor.id);
  assert.ok(expected.length > 150, `fixture has ${expected.length} records for the actor`);
  sandbox.requests.length = 0;
  const result = await runScript('user-activity', ['--user', String(actor.id), '--limit', '150', '--format', 'json'], tokenEnv(sandbox));
  const body = JSON.parse(result.stdout) as { audit_logs: AuditLog[] };
  assert.equal(body.audit_logs.map((record) => record.id), expected.slice(0, 150).map((record) => record.id));
  assert.is(auditLogRequests(sandbox).length, 2);
});

activity('text shows the details block and the activities in the seed shape, in --tz', async ({ sandbox, actor }) => {
  const result = await runScript('user-activity', ['--user', String(actor.id), '--tz', 'Europe/Berlin'], tokenEnv(sandbox));
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^User Details:\n/);
  assert.ok(result.stdout.includes(actor.name));
  assert.match(result.stdout, /Role: +admin|Role: +agent/);
  assert.match(result.stdout, /Last login: +\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} CES?T/);
  assert.match(result.stdout, /2FA: +(on|off|unknown)/);
  assert.match(result.stdout, /Suspended: +(yes|no)/);
  const lines = result.stdout.split('User Activities (last 20):\n')[1]!.trimEnd().split('\n');
  assert.is(lines.length, 20);
  for (const line of lines) {
    assert.match(line, new RegExp(`^ID: \\d+, At \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} CES?T User: .+ with id: ${actor.id} `));
  }
});

activity('a user with no activity is shown with a note, exit 0', async ({ sandbox }) => {
  const quiet = sandbox.users().find((user) => !sandbox.auditLogs().some((record) => record.actor_id === user.id));
  if (!quiet) return;
  const result = await runScript('user-activity', ['--user', String(quiet.id)], tokenEnv(sandbox));
  assert.is(result.code, 0);
  assert.match(result.stdout, /No audit-log activity found for this user\./);
});

activity.run();

const demo = suite('the demo needs no set-up');

demo('settings-changes --demo --since 30d prints changes with local times and zone', async () => {
  const result = await runScript('settings-changes', ['--demo', '--since', '30d', '--tz', 'America/Los_Angeles']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, /Demo: the built-in sandbox account at http:\/\/127\.0\.0\.1:\d+/);
  const lines = result.stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 5, result.stdout);
  for (const line of lines) {
    assert.match(line, /^ID: \d+, At \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} P[SD]T User: .+ with id: -?\d+ updated '.+': .+$/);
  }
});

demo('user-activity --demo with an actor from the demo prints details and 20 activities', async () => {
  const changes = await runScript('settings-changes', ['--demo', '--since', '30d', '--format', 'json']);
  const actorId = (JSON.parse(changes.stdout) as AuditLog[]).find((record) => record.actor_id > 0)!.actor_id;
  const result = await runScript('user-activity', ['--demo', '--user', String(actorId)]);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /User Details:/);
  assert.is(result.stdout.split('User Activities (last 20):\n')[1]!.trimEnd().split('\n').length, 20);
});

demo('user-activity marks changes in text and json alike, and --sensitive adds patterns', async () => {
  type Reviewed = LocalizedAuditLog & {
    sensitive: boolean;
    change_to: string | null;
    severity: string | null;
    detections: { rule: string }[];
  };
  const run = async (extra: string[]) => {
    // 30: the demo's episodes put more than 20 changes after the attachment-size one.
    const json = await runScript('user-activity', ['--demo', '--user', '1504640086770', '--limit', '30', '--format', 'json', ...extra]);
    assert.is(json.code, 0, json.stderr);
    return (JSON.parse(json.stdout) as { audit_logs: Reviewed[] }).audit_logs;
  };
  const records = await run([]);
  const text = await runScript('user-activity', ['--demo', '--user', '1504640086770', '--limit', '30']);
  const lines = text.stdout.split('User Activities (last 30):\n')[1]!.trimEnd().split('\n');
  assert.equal(lines.map((line) => / \[(high|medium|low): [^\]]+\]$/.exec(line)?.[1] ?? null), records.map((record) => record.severity));
  assert.ok(records.some((record) => record.sensitive) && records.some((record) => !record.sensitive), 'a mix of both');
  for (const record of records) {
    assert.equal(Object.keys(record).slice(-6), ['created_at_local', 'sensitive', 'change_from', 'change_to', 'severity', 'detections']);
    assert.is(record.sensitive, record.severity === 'high' || record.severity === 'medium');
  }
  const attachment = (list: typeof records) => list.find((record) => record.source_label === 'Tickets: Maximum attachment size')!;
  assert.is(attachment(records).sensitive, false);
  assert.is(attachment(records).change_to, '20 MB');
  const wider = attachment(await run(['--sensitive', 'attach']));
  assert.equal([wider.sensitive, wider.severity, wider.detections.map((detection) => detection.rule)], [true, 'medium', ['sensitive-1']]);
  const everything = await runScript('user-activity', ['--demo', '--user', '1504640086770', '--sensitive', '*']);
  assert.is(everything.code, 2);
  assert.match(everything.stderr, /^error: --sensitive: sensitive pattern "\*" matches every setting/);
});

demo('user-activity --demo without --user names an id to try, in one line before the demo starts, and that id works', async () => {
  const result = await runScript('user-activity', ['--demo']);
  assert.is(result.code, 2);
  const id = /^error: --user is required: give a user id \(in the demo, e.g. --user (\d+)\)\n$/.exec(result.stderr)?.[1];
  assert.ok(id, result.stderr);
  const tried = await runScript('user-activity', ['--demo', '--user', id!]);
  assert.is(tried.code, 0, tried.stderr);
  assert.match(tried.stdout, /^User Details:\n {2}Name: /);
});

demo.run();
