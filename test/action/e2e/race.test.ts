/**
 * Two runs at once, without the workflow's `concurrency` group, with GitHub slow enough
 * (250 ms an answer) that both list the reports before either opens one; two Zendesk
 * accounts reported into one repository under one label; an edit between a run's
 * requests that tries to steer its mend; and a run killed at each step of its mend.
 */
import { getOctokit } from '@actions/github';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createSandbox } from '../../../src/sandbox/mod.ts';
import { type Audit, CREDENTIALS, NOTHING_REPORTED, postedBodies, startAudit } from '../audit-setup.ts';
import type { LoggedRequest } from '../fake-github.ts';
import type { ActionRun } from '../run-action.ts';

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
    assert.equal(loser.outputs, NOTHING_REPORTED);

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

// ---------------------------------------------------------------------------------------
// A mend no one can steer, and no kill can spoil.

const MALLORY = 'ghp_malloryToken0123456789abcdef';
const repo = { owner: 'acme', repo: 'audit' };
const isCreate = (request: LoggedRequest) => request.method === 'POST' && request.path === '/repos/acme/audit/issues';

/**
 * Runs `higher` and, while its issue create is held, `during` to its end: whatever
 * `during` does lands after `higher` listed the reports and before it opens its own.
 */
async function betweenListingAndCreate(audit: Audit, higher: () => Promise<ActionRun>, during: () => Promise<unknown>): Promise<ActionRun> {
  let done: Promise<unknown> | undefined;
  audit.github.hold = (request) => {
    if (done || !isCreate(request)) return undefined;
    done = during();
    return done.then(() => undefined);
  };
  try {
    return await higher();
  } finally {
    audit.github.hold = undefined;
  }
}

/** Kills the run as it sends the first request `at` names: that request and every later one are dropped unhandled. */
function killAt(audit: Audit, at: (request: LoggedRequest) => boolean): AbortSignal {
  const kill = new AbortController();
  audit.github.intercept = (request) => {
    if (!kill.signal.aborted && !at(request)) return undefined;
    kill.abort();
    return { drop: true };
  };
  return kill.signal;
}

/** How many open reports of ours list each change. */
function openCounts(audit: Audit): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ids of openReports(audit).values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

const steer = suite('a mend no one can steer');

steer(
  'a report’s marker broken before a run and restored between its create and its second listing: the run’s new change stays in an open report',
  async () => {
    const audit = await startAudit({ records: 10, days: 1 }, { tokens: { [MALLORY]: { login: 'mallory', type: 'User' } } });
    const mallory = getOctokit(MALLORY, { baseUrl: audit.github.url });
    try {
      for (const variant of ['marker broken', 'label removed']) {
        const first = await audit.run();
        assert.is(first.code, 0, first.stdout);
        const target = audit.github.issues().filter((issue) => issue.state === 'open').at(-1)!;
        // Reports of earlier runs, an hour apart, the last an hour ago.
        const issues = audit.github.issues();
        for (const [index, issue] of issues.entries()) {
          issue.created_at = new Date(Date.now() - (issues.length - index) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        }
        const original = { body: target.body!, labels: [...target.labels] };
        const [added] = audit.sandbox.addRecords([{ change_description: 'Turned off' }]);
        // Before the run: the report's marker no longer verifies, or the report is no longer listed.
        if (variant === 'marker broken') {
          await mallory.rest.issues.update({ ...repo, issue_number: target.number, body: original.body.replace(/mac=\w/, 'mac=0') });
        } else {
          await mallory.rest.issues.update({ ...repo, issue_number: target.number, labels: [] });
        }
        // Between the run's listing and its create: the report as it was.
        const result = await betweenListingAndCreate(
          audit,
          () => audit.run(),
          () => mallory.rest.issues.update({ ...repo, issue_number: target.number, body: original.body, labels: original.labels }),
        );
        assert.is(result.code, 0, `${variant}: ${result.stdout}`);
        const opened = audit.github.issues().at(-1)!;
        assert.is(opened.state, 'open', `${variant}: the run kept its report`);
        assert.not.match(result.stdout, 'closed #', variant);
        assert.ok(openReports(audit).get(opened.number)!.includes(added!.id), `${variant}: the new change is in an open report`);
        assert.is(result.outputs['issue-number'], String(opened.number), variant);
      }
    } finally {
      await audit.close();
    }
  },
);

steer.run();

const kills = suite('a run killed at each step of its mend');

/** Each step of the mend after the second listing, by the request that starts it (the higher report is #2). */
const KILL_POINTS: [string, (request: LoggedRequest, committed: boolean) => boolean][] = [
  ['the second listing', (request) => request.method === 'GET' && request.path === '/repos/acme/audit/issues'],
  ['the read of its own issue', (request) => request.method === 'GET' && request.path === '/repos/acme/audit/issues/2'],
  [
    'the commit (close and withdraw in one request)',
    (request) => request.method === 'PATCH' && request.path === '/repos/acme/audit/issues/2',
  ],
  [
    'the withdrawal of a part’s marker',
    (request) => request.method === 'PATCH' && request.path.startsWith('/repos/acme/audit/issues/comments/'),
  ],
  [
    'the comment that links the two',
    (request, committed) => committed && request.method === 'POST' && request.path === '/repos/acme/audit/issues/2/comments',
  ],
];

for (const [point, at] of KILL_POINTS) {
  kills(`killed at ${point}: after the next run each change is in exactly one open report`, async () => {
    const audit = await startAudit({ records: 400, days: 1 });
    try {
      // The higher run's create is held until the lower run is done, so its create is the second.
      let creates = 0;
      let committed = false;
      const signal = killAt(audit, (request) => {
        if (isCreate(request)) creates++;
        if (creates < 2 || isCreate(request)) return false;
        const hit = at(request, committed);
        if (request.method === 'PATCH' && request.path === '/repos/acme/audit/issues/2') committed = true;
        return hit;
      });
      // The higher run reports the whole window; the lower one, which races it, the last two hours only.
      let lower: ActionRun | undefined;
      const higher = await betweenListingAndCreate(audit, () => audit.run({}, { signal }), async () => {
        lower = await audit.run({ lookback: '2h' });
      });
      audit.github.intercept = undefined;
      assert.is(lower!.code, 0, lower!.stdout);
      assert.is(higher.code, null, `${point}: the higher run was killed (${higher.stdout.split('\n').at(-2)})`);
      const [kept, duplicate] = audit.github.issues();
      assert.ok(kept && duplicate && duplicate.comments.length > 0, 'the higher report has parts');
      const lacking = audit.sandbox.auditLogs().length - openReports(audit).get(kept.number)!.length;

      const next = await audit.run();
      assert.is(next.code, 0, next.stdout);
      assert.is(kept.state, 'open');
      assert.is(duplicate.state, 'closed', `${point}: the duplicate is closed, by the killed run or the next`);
      const counts = openCounts(audit);
      for (const record of audit.sandbox.auditLogs()) assert.is(counts.get(record.id), 1, `${point}: change ${record.id}`);
      assert.is(next.outputs['changes-count'], String(lacking), `${point}: the next run reports what #1 lacks, and only that`);
      const again = await audit.run();
      assert.is(again.outputs['changes-count'], '0', `${point}: and the run after, nothing`);
    } finally {
      await audit.close();
    }
  });
}

kills.run();
