import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findReports, HINT_PAGES, otherLabelWithReports } from '../../src/trail/reports.ts';
import { repository, withOurGitHub } from '../action/our-github.ts';

const bot = { login: 'github-actions[bot]', type: 'Bot' as const };
const mallory = { login: 'mallory', type: 'User' as const };

test('findReports reads comments only under a report of ours whose body’s marker verifies, as the list entry tells', () =>
  withOurGitHub(async ({ github, trust, octokit, sign }) => {
    const labels = ['zendesk-audit'];
    const ours = github.seed({ labels, user: bot, body: await sign([1]), comments: [{ body: await sign([2]) }] });
    const lone = github.seed({ labels, user: bot, body: await sign([3]) });
    const broken = github.seed({
      labels,
      user: bot,
      body: (await sign([4])).replace('ids=4', 'ids=4,5'),
      comments: [{ body: await sign([6]) }],
    });
    github.seed({ labels, user: bot, body: 'from another workflow', comments: [{ body: await sign([7]) }] });
    github.seed({ labels, user: mallory, body: await sign([8]), comments: [{ body: await sign([9]), user: bot }] });
    github.seed({ labels, user: bot, pullRequest: true, body: await sign([10]), comments: [{ body: await sign([11]) }] });
    const earlier = await findReports(octokit, repository, 'zendesk-audit', new Date(0), trust);
    const comments = github.requests.filter((request) => request.path.endsWith('/comments')).map((request) => request.path);
    assert.equal(comments, [`/repos/acme/audit/issues/${ours.number}/comments`]);
    assert.equal(earlier.reports.map((report) => [report.issue.number, report.signed, report.rejected]), [
      [broken.number, [], 1],
      [lone.number, [3], 0],
      [ours.number, [1, 2], 0],
    ]);
    assert.is(earlier.listing.numbers.size, 6);
    assert.ok(Math.abs(earlier.listing.at.getTime() - Date.now()) < 60_000);
  }));

test('the labels hint finds a report of ours under another label, and reads a few pages at most, whatever floods the labels', () =>
  withOurGitHub(async ({ github, trust, octokit, sign }) => {
    github.seed({ labels: ['old-first'], user: bot, body: await sign([1]) });
    assert.equal(await otherLabelWithReports(octokit, repository, ['flooded', 'old-first'], new Date(0), trust), {
      label: 'old-first',
      reports: 1,
    });
    for (let index = 0; index < 1000; index++) github.seed({ labels: ['flooded', 'old-first'], user: mallory });
    const before = github.requests.length;
    assert.is(await otherLabelWithReports(octokit, repository, ['flooded', 'old-first'], new Date(0), trust), undefined);
    assert.is(github.requests.length - before, HINT_PAGES);
  }));

test.run();
