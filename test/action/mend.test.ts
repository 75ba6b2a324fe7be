import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Octokit } from '../../src/trail/github.ts';
import { type OpenedIssue, openReport } from '../../src/action/issues.ts';
import { listedSeconds, lowestRacer, mendRace, mendUnfinished, RACE_MARGIN_MS, races } from '../../src/action/mend.ts';
import { type ReportIds, type Trust, withdrawnNote } from '../../src/trail/reported.ts';
import { findReports } from '../../src/trail/reports.ts';
import type { FakeGitHub } from './fake-github.ts';
import { repository, withOurGitHub } from './our-github.ts';

const LISTED = 1_767_225_600;
const at = (seconds: number) => new Date(seconds * 1000).toISOString();

/** A report of ours as the listing gives it. */
function report(number: number, ids: number[], created: number, state = 'open'): ReportIds {
  return { issue: { number, state, created_at: at(created) }, signed: ids, listed: created, rejected: 0 };
}

test('races: a lower, open report of ours created since the run listed (less the margin) that shares a change', () => {
  const mine = { number: 10, listed: LISTED, ids: new Set([1, 2]) };
  assert.ok(races(mine, report(9, [2, 3], LISTED + 5)));
  assert.ok(races(mine, report(9, [2], LISTED - RACE_MARGIN_MS / 1000)), 'within the margin');
  assert.not.ok(races(mine, report(9, [2], LISTED - RACE_MARGIN_MS / 1000 - 1)), 'created before the run listed: it was there to see');
  assert.not.ok(races(mine, report(11, [2], LISTED + 5)), 'a higher one closes itself');
  assert.not.ok(races(mine, report(9, [2], LISTED + 5, 'closed')));
  assert.not.ok(races(mine, report(9, [3], LISTED + 5)), 'no change in common');
  assert.is(lowestRacer(mine, [report(9, [1], LISTED + 5), report(7, [2], LISTED + 2), report(8, [9], LISTED + 1)])!.issue.number, 7);
});

/** `fn` with a fake GitHub and a way to open a report of ours listing `ids`, whose run listed at `listed`. */
function withGitHub(
  fn: (github: FakeGitHub, open: (ids: number[], listed: number) => Promise<OpenedIssue>, trust: Trust, octokit: Octokit) => Promise<void>,
) {
  return withOurGitHub(({ github, octokit, trust, sign }) => {
    const open = async (ids: number[], listed: number) =>
      openReport(octokit, repository, {
        title: 't',
        bodies: [{ text: `rows\n\n${await sign(ids, listed)}\n`, ids }],
        labels: ['zendesk-audit'],
        assignees: [],
        warn: () => {},
      });
    return fn(github, open, trust, octokit);
  });
}

const now = () => listedSeconds(new Date());

test('mendRace: a lower report opened since this run listed, sharing only some changes, wins; what it lacks is unreported again', () =>
  withGitHub(async (github, open, trust, octokit) => {
    const first = { at: new Date(Date.now() - 1000), numbers: new Set<number>() };
    const unrelated = await open([7], now());
    const lower = await open([1, 2], now());
    const mine = await open([2, 3], now());
    const options = { trust, label: 'zendesk-audit', first };
    assert.is(await mendRace(octokit, repository, { ...options, issue: lower, ids: [1, 2] }), undefined, 'the lower one keeps its report');
    const before = github.requests.length;
    const of = await mendRace(octokit, repository, { ...options, issue: mine, ids: [2, 3] });
    assert.is(of?.number, lower.number, 'the earliest overlapping report, not the unrelated one');
    assert.is.not(of?.number, unrelated.number);
    assert.is(github.issues()[2]!.state, 'closed');
    const list = github.requests[before]!;
    assert.is(list.query.get('sort'), 'created');
    assert.is(list.query.get('direction'), 'desc');
    assert.is(list.query.get('since'), new Date(listedSeconds(first.at) * 1000 - RACE_MARGIN_MS).toISOString());
    const earlier = await findReports(octokit, repository, 'zendesk-audit', new Date(0), trust);
    assert.equal(
      earlier.reports.flatMap((entry) => entry.signed).sort(),
      [1, 2, 7],
      'change 3 is unreported again: the next run reports it',
    );
  }));

test('mendRace: a report the first listing returned is no racer, whatever its marker says by now', () =>
  withGitHub(async (github, open, trust, octokit) => {
    const lower = await open([1, 2], now());
    const mine = await open([2, 3], now());
    const first = { at: new Date(Date.now() - 1000), numbers: new Set([lower.number]) };
    assert.is(await mendRace(octokit, repository, { issue: mine, ids: [2, 3], trust, label: 'zendesk-audit', first }), undefined);
    assert.is(github.issues()[1]!.state, 'open');
  }));

test('mendRace reads newest first and stops at the first issue the first listing returned: a flood before it costs nothing', () =>
  withGitHub(async (github, open, trust, octokit) => {
    for (let index = 0; index < 250; index++) github.seed({ labels: ['zendesk-audit'], comments: [{ body: 'x' }] });
    const first = { at: new Date(Date.now() - 1000), numbers: new Set(github.issues().map((issue) => issue.number)) };
    const lower = await open([1], now());
    const mine = await open([1, 2], now());
    const before = github.requests.length;
    assert.is(
      (await mendRace(octokit, repository, { issue: mine, ids: [1, 2], trust, label: 'zendesk-audit', first }))?.number,
      lower.number,
    );
    const reads = github.requests.slice(before).filter((request) => request.method === 'GET');
    assert.equal(reads.map((request) => request.path), ['/repos/acme/audit/issues', `/repos/acme/audit/issues/${mine.number}`]);
  }));

test('mendUnfinished: the mend a stopped run left undone, lowest first; a report closed on the way races nothing', () =>
  withGitHub(async (github, open, trust, octokit) => {
    const a = await open([1, 2], now());
    const b = await open([2, 3], now()); // raced a: both runs listed before either opened
    const c = await open([3], now()); // shares a change only with b, which is closed first
    const d = await open([1], now() + 3600); // its run listed an hour after a was opened: a was there to see
    const earlier = await findReports(octokit, repository, 'zendesk-audit', new Date(0), trust);
    const mended: string[] = [];
    const counting = await mendUnfinished(
      octokit,
      repository,
      earlier.reports,
      trust,
      (closed, of) => mended.push(`${closed.number}<${of.number}`),
    );
    assert.equal(mended, [`${b.number}<${a.number}`]);
    assert.equal(counting.map((entry) => entry.issue.number), [a.number, c.number, d.number]);
    const closed = github.issues()[1]!;
    assert.is(closed.state, 'closed');
    assert.match(closed.body!, withdrawnNote(a.number));
    assert.equal(github.issues().map((issue) => issue.state), ['open', 'closed', 'open', 'open']);
  }));

test.run();
