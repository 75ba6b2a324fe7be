/**
 * Two runs at once, without the workflow's `concurrency` group, with GitHub slow enough
 * (250 ms an answer) that both list the reports before either opens one; and two
 * Zendesk accounts reported into one repository under one label.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createSandbox } from '../../../src/sandbox/mod.ts';
import { type Audit, CREDENTIALS, postedBodies, startAudit } from '../audit-setup.ts';

const race = suite<{ audit: Audit }>('racing runs', { audit: undefined as never });

race.before(async (context) => {
  context.audit = await startAudit({ records: 10, days: 1 }, { latencyMs: 250 });
});

race.after(async ({ audit }) => {
  await audit.close();
});

/** The ids of each open report of ours, by issue number. */
function openReports(audit: Audit): Map<number, number[]> {
  const open = new Set(audit.github.issues().filter((issue) => issue.state === 'open').map((issue) => issue.number));
  const byIssue = new Map<number, number[]>();
  for (const entry of postedBodies(audit.github)) {
    if (!open.has(entry.issue)) continue;
    byIssue.set(entry.issue, [...(byIssue.get(entry.issue) ?? []), ...entry.ids]);
  }
  return byIssue;
}

/**
 * Holds each run's first issue create until the other run's has arrived too (or 20 s have
 * passed), so that both have listed the reports before either opens one, however slowly
 * a loaded machine starts the two processes: the race happens every time.
 */
function raceCreates(audit: Audit): () => void {
  const waiting: (() => void)[] = [];
  audit.github.hold = (request) => {
    if (request.method !== 'POST' || !/\/issues$/.test(request.path)) return undefined;
    return new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length >= 2) waiting.splice(0).forEach((release) => release());
      else setTimeout(() => waiting.splice(0).forEach((release) => release()), 20_000).unref();
    });
  };
  return () => {
    audit.github.hold = undefined;
  };
}

for (const trial of [1, 2, 3]) {
  race(`trial ${trial}: two runs that race leave each change in one open report, and the step says what happened`, async ({ audit }) => {
    if (trial > 1) audit.sandbox.addRecords(Array.from({ length: 5 }, () => ({ change_description: 'Turned on' })));
    const before = audit.github.issues().length;
    const release = raceCreates(audit);
    const [one, two] = await Promise.all([audit.run(), audit.run()]).finally(release);
    assert.is(one.code, 0, one.stdout);
    assert.is(two.code, 0, two.stdout);
    const opened = audit.github.issues().slice(before);
    assert.is(opened.length, 2, 'both runs opened a report: the race happened');
    const [kept, duplicate] = opened;
    assert.is(kept!.state, 'open');
    assert.is(duplicate!.state, 'closed');
    assert.is(duplicate!.state_reason, 'duplicate');
    assert.match(duplicate!.comments.at(-1)!.body, `Closed as a duplicate of #${kept!.number}`);

    const loser = [one, two].find((result) => result.outputs['changes-count'] === '0')!;
    const winner = [one, two].find((result) => result.outputs['issue-number'] === String(kept!.number))!;
    assert.ok(loser && winner && loser !== winner, 'one run reports the changes, the other says it closed its duplicate');
    assert.match(
      loser.stdout,
      `::warning::another run opened #${kept!.number} with the same changes at the same time: closed #${
        duplicate!.number
      } as its duplicate`,
    );
    assert.match(loser.summary, `was opened and closed as a duplicate of [#${kept!.number}]`);
    assert.equal(loser.outputs, { 'changes-count': '0', 'issue-number': '', 'issue-url': '' });

    // Each change in exactly one open report; the closed duplicate counts for nothing.
    const counts = new Map<number, number>();
    for (const ids of openReports(audit).values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const record of audit.sandbox.auditLogs()) assert.is(counts.get(record.id), 1, `change ${record.id}`);
    assert.equal(
      postedBodies(audit.github).filter((entry) => entry.issue === duplicate!.number).flatMap((entry) => entry.ids),
      [],
      'the duplicate’s markers are withdrawn',
    );
  });
}

race('the run after a race reports nothing twice', async ({ audit }) => {
  audit.github.latencyMs = 0;
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['changes-count'], '0');
});

race.run();

// ---------------------------------------------------------------------------------------
const accounts = suite<{ audit: Audit }>('two Zendesk accounts, one repository', { audit: undefined as never });

accounts('an id that account A reported does not hide account B’s change with the same id', async () => {
  const audit = await startAudit({ records: 6, days: 1 });
  // Account B: the same generated data, so the same ids.
  const other = createSandbox({ records: 6, days: 1, mix: { account_setting: 1 }, rateLimit: 0, credentials: CREDENTIALS });
  const otherUrl = await other.start();
  try {
    const ids = audit.sandbox.auditLogs().map((record) => record.id);
    assert.equal(other.auditLogs().map((record) => record.id), ids, 'the two accounts share ids');
    const a = await audit.run({ 'zendesk-subdomain': 'acme-a' });
    assert.is(a.outputs['changes-count'], String(ids.length));
    const b = await audit.run({ 'zendesk-subdomain': 'acme-b', 'zendesk-base-url': otherUrl });
    assert.is(b.code, 0, b.stdout);
    assert.is(b.outputs['changes-count'], String(ids.length), 'account B’s changes are its own');
    assert.not.match(
      b.stdout.replace(/^::warning::Zendesk switches off API tokens.*$/m, ''),
      '::warning::',
      'account A’s markers are set aside quietly',
    );
    const again = await Promise.all([
      audit.run({ 'zendesk-subdomain': 'acme-a' }),
      audit.run({ 'zendesk-subdomain': 'acme-b', 'zendesk-base-url': otherUrl }),
    ]);
    assert.equal(again.map((result) => result.outputs['changes-count']), ['0', '0'], 'and each account’s own reports hold');
    const [first, second] = postedBodies(audit.github);
    assert.match(first!.body, 'account=acme-a.zendesk.com');
    assert.match(second!.body, 'account=acme-b.zendesk.com');
  } finally {
    await Promise.all([audit.close(), other.close()]);
  }
});

accounts.run();
