import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/types.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const days = suite<{ sandbox: Sandbox }>('a --start/--end day is the whole calendar day in --tz');
days.before(async (context) => {
  context.sandbox = await startSandbox({ records: 50 });
});
days.after((context) => context.sandbox.close());

/** Records one second outside, exactly on, and just inside both ends of the day. */
function plant(sandbox: Sandbox, first: string, last: string): { inside: number[] } {
  const second = (iso: string, delta: number) => new Date(Date.parse(iso) + delta * 1000).toISOString().replace('.000Z', 'Z');
  const at = [second(first, -1), first, second(first, 1), second(last, -1), last, second(last, 1)];
  const stored = sandbox.addRecords(at.map((created_at) => ({ created_at, source_type: 'account_setting' })));
  return { inside: stored.slice(1, 5).map((record) => record.id) };
}

const cases: [string, string, string, string, number][] = [
  ['America/Los_Angeles', '2024-03-10', '2024-03-10T08:00:00Z', '2024-03-11T06:59:59Z', 23],
  ['America/Los_Angeles', '2024-11-03', '2024-11-03T07:00:00Z', '2024-11-04T07:59:59Z', 25],
  ['Europe/Berlin', '2024-03-31', '2024-03-30T23:00:00Z', '2024-03-31T21:59:59Z', 23],
  ['Europe/Berlin', '2024-10-27', '2024-10-26T22:00:00Z', '2024-10-27T22:59:59Z', 25],
  ['Asia/Kolkata', '2024-05-21', '2024-05-20T18:30:00Z', '2024-05-21T18:29:59Z', 24],
];

for (const [zone, date, first, last, hours] of cases) {
  days(`${date} in ${zone} (${hours} hours) includes records on both bounds and nothing beyond`, async ({ sandbox }) => {
    const { inside } = plant(sandbox, first, last);
    const result = await runScript(
      'settings-changes',
      ['--start', date, '--end', date, '--tz', zone, '--format', 'json'],
      tokenEnv(sandbox),
    );
    assert.is(result.code, 0, result.stderr);
    const ids = (JSON.parse(result.stdout) as AuditLog[]).map((record) => record.id);
    assert.equal(ids.sort(), inside.sort());
    const utc = `${first.replace('T', ' ').replace('Z', '')} UTC to ${last.replace('T', ' ').replace('Z', '')} UTC`;
    assert.ok(result.stderr.includes(utc), `${result.stderr} lacks ${utc}`);
  });
}

days("the same dates mean other instants in another zone: not the seed's UTC days", async ({ sandbox }) => {
  const [record] = sandbox.addRecords([{ created_at: '2024-07-04T03:30:00Z', source_type: 'account_setting' }]);
  const inLosAngeles = await runScript('settings-changes', [
    '--start',
    '2024-07-03',
    '--end',
    '2024-07-03',
    '--tz',
    'America/Los_Angeles',
    '--format',
    'json',
  ], tokenEnv(sandbox));
  const inUtc = await runScript(
    'settings-changes',
    ['--start', '2024-07-03', '--end', '2024-07-03', '--tz', 'UTC', '--format', 'json'],
    tokenEnv(sandbox),
  );
  assert.ok((JSON.parse(inLosAngeles.stdout) as AuditLog[]).some((log) => log.id === record!.id), 'in the Los Angeles day');
  assert.not.ok((JSON.parse(inUtc.stdout) as AuditLog[]).some((log) => log.id === record!.id), 'not in the UTC day');
});

days('instants with offsets bound the range to the second', async ({ sandbox }) => {
  const stored = sandbox.addRecords(
    ['2024-08-01T10:00:00Z', '2024-08-01T10:00:01Z', '2024-08-01T10:59:59Z', '2024-08-01T11:00:00Z'].map((created_at) => ({
      created_at,
      source_type: 'account_setting',
    })),
  );
  const result = await runScript('settings-changes', [
    '--start',
    '2024-08-01T12:00:01+02:00',
    '--end',
    '2024-08-01T10:59:59Z',
    '--format',
    'json',
  ], tokenEnv(sandbox));
  assert.equal((JSON.parse(result.stdout) as AuditLog[]).map((record) => record.id).sort(), [stored[1]!.id, stored[2]!.id].sort());
});

days.run();

const machine = suite("the default zone is the machine's, from TZ");

machine('TZ decides the local times when --tz is not given', async () => {
  const sandbox = await startSandbox({ records: 10 });
  try {
    sandbox.addRecords([{ created_at: '2024-05-21T22:34:33Z', source_type: 'account_setting', actor_name: 'Joe Agent' }]);
    const range = ['--start', '2024-05-21T22:34:33Z', '--end', '2024-05-21T22:34:33Z'];
    const expected: Record<string, string> = {
      'America/Los_Angeles': 'At 2024-05-21 15:34:33 PDT',
      'Europe/Berlin': 'At 2024-05-22 00:34:33 CEST',
      'Asia/Kolkata': 'At 2024-05-22 04:04:33 IST',
      UTC: 'At 2024-05-21 22:34:33 UTC',
    };
    for (const [zone, text] of Object.entries(expected)) {
      const result = await runScript('settings-changes', range, { ...tokenEnv(sandbox), TZ: zone });
      assert.ok(result.stdout.includes(text), `${zone}: ${result.stdout}`);
    }
  } finally {
    await sandbox.close();
  }
});

machine.run();
