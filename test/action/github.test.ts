import { getOctokit } from '@actions/github';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { idMarker } from '../../src/core/mod.ts';
import { describeGitHubError, findReports, GitHubError, openReport } from '../../src/action/github.ts';
import { createFakeGitHub, type FakeGitHub } from './fake-github.ts';

const repository = { owner: 'acme', repo: 'audit' };
const body = (ids: number[]) => ({ text: `rows\n\n${idMarker(ids)}\n`, ids });

async function withGitHub(fn: (github: FakeGitHub, octokit: ReturnType<typeof getOctokit>) => Promise<void>, token?: string) {
  const github = createFakeGitHub();
  const url = await github.start();
  try {
    await fn(github, getOctokit(token ?? github.token, { baseUrl: url }));
  } finally {
    await github.close();
  }
}

test('findReports pages through every labelled issue, open and closed, and skips pull requests', () =>
  withGitHub(async (github, octokit) => {
    for (let index = 0; index < 230; index++) {
      github.seed({ labels: ['zendesk-audit'], body: idMarker([index + 1]), state: index % 3 ? 'open' : 'closed', user: { login: 'github-actions[bot]', type: 'Bot' } });
    }
    github.seed({ labels: ['zendesk-audit'], pullRequest: true, body: idMarker([999]) });
    github.seed({ labels: ['other'], body: idMarker([998]) });
    const reports = await findReports(octokit, repository, 'zendesk-audit', new Date('2000-01-01T00:00:00Z'));
    assert.is(reports.length, 230);
    const lists = github.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/issues'));
    assert.is(lists.length, 3, 'three pages of 100 through rel="next"');
    const first = lists[0]!.query;
    assert.is(first.get('labels'), 'zendesk-audit');
    assert.is(first.get('state'), 'all');
    assert.is(first.get('per_page'), '100');
    assert.is(first.get('since'), '2000-01-01T00:00:00.000Z');
    assert.not.ok(github.requests.some((request) => request.path.includes('/search')), 'never the search API');
  }),
);

test('findReports reads comments only of issues that have some', () =>
  withGitHub(async (github, octokit) => {
    github.seed({ labels: ['zendesk-audit'], body: idMarker([1]) });
    const commented = github.seed({ labels: ['zendesk-audit'], body: idMarker([2]), comments: [{ body: idMarker([3]) }] });
    const reports = await findReports(octokit, repository, 'zendesk-audit', new Date(0));
    const comments = github.requests.filter((request) => request.path.endsWith('/comments'));
    assert.equal(comments.map((request) => request.path), [`/repos/acme/audit/issues/${commented.number}/comments`]);
    assert.is(reports.find((report) => report.issue.number === commented.number)!.comments.length, 1);
  }),
);

test('findReports leaves out reports not updated since the given time', () =>
  withGitHub(async (github, octokit) => {
    github.seed({ labels: ['zendesk-audit'], updated_at: '2024-01-01T00:00:00Z' });
    github.seed({ labels: ['zendesk-audit'], updated_at: '2024-06-01T00:00:00Z' });
    const reports = await findReports(octokit, repository, 'zendesk-audit', new Date('2024-05-01T00:00:00Z'));
    assert.equal(reports.map((report) => report.issue.number), [2]);
  }),
);

test('openReport opens the issue with the first body and posts the others as comments, in order', () =>
  withGitHub(async (github, octokit) => {
    const opened: number[] = [];
    const issue = await openReport(octokit, repository, {
      title: 'Zendesk audit: 3 new changes',
      bodies: [body([1]), body([2]), body([3])],
      labels: ['zendesk-audit', 'security'],
      assignees: ['octocat'],
      warn: () => assert.unreachable('no warning'),
      onOpened: (value) => opened.push(value.number),
    });
    assert.equal(issue, { number: 1, url: 'https://github.com/acme/audit/issues/1' });
    assert.equal(opened, [1]);
    const [created] = github.issues();
    assert.equal(created!.labels, ['zendesk-audit', 'security']);
    assert.equal(created!.assignees, ['octocat']);
    assert.equal(created!.comments.map((comment) => comment.body), [body([2]).text, body([3]).text]);
  }),
);

test('openReport opens the issue without assignees GitHub refuses, with a warning', () =>
  withGitHub(async (github, octokit) => {
    const warnings: string[] = [];
    await openReport(octokit, repository, {
      title: 't',
      bodies: [body([1])],
      labels: ['zendesk-audit'],
      assignees: ['nobody-here'],
      warn: (message) => warnings.push(message),
    });
    assert.is(github.issues().length, 1);
    assert.equal(github.issues()[0]!.assignees, []);
    assert.is(warnings.length, 1);
    assert.match(warnings[0]!, 'nobody-here');
    assert.match(warnings[0]!, '422');
  }),
);

test('a 403 on opening the issue says the workflow needs issues: write', () =>
  withGitHub(async (github, octokit) => {
    github.intercept = (request) =>
      request.method === 'POST' ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined;
    try {
      await openReport(octokit, repository, { title: 't', bodies: [body([1])], labels: ['x'], assignees: [], warn: () => {} });
      assert.unreachable();
    } catch (error) {
      assert.instance(error, GitHubError);
      const message = (error as Error).message;
      assert.match(message, 'GitHub refused to open the report issue (POST /repos/acme/audit/issues: 403 Resource not accessible by integration)');
      assert.match(message, '`permissions: issues: write`');
      assert.not.match(message, '\n');
    }
  }),
);

test('a bad GitHub token is named as such', () =>
  withGitHub(async (_github, octokit) => {
    try {
      await findReports(octokit, repository, 'zendesk-audit', new Date(0));
      assert.unreachable();
    } catch (error) {
      assert.match((error as Error).message, '401 Bad credentials');
      assert.match((error as Error).message, 'github-token');
    }
  }, 'wrong-token'),
);

test('a repository GitHub does not know gets a 404 that names it', () =>
  withGitHub(async (_github, octokit) => {
    try {
      await findReports(octokit, { owner: 'acme', repo: 'missing' }, 'zendesk-audit', new Date(0));
      assert.unreachable();
    } catch (error) {
      assert.match((error as Error).message, '404');
      assert.match((error as Error).message, 'acme/missing');
    }
  }),
);

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, request: { method: 'GET', url: 'https://api.github.com/repos/acme/audit/issues?x=1' }, response: { data: { message }, headers } });

test('describeGitHubError explains rate limits, disabled issues and unreachable servers', () => {
  assert.match(describeGitHubError(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), 'list', repository).message, 'rate limit');
  assert.match(describeGitHubError(httpError(410, 'Issues are disabled for this repo'), 'list', repository).message, 'turn them on');
  assert.match(describeGitHubError(httpError(502, 'Bad Gateway'), 'list', repository).message, 'GET /repos/acme/audit/issues: 502');
  const network = describeGitHubError(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }), 'list', repository);
  assert.match(network.message, 'could not reach GitHub to list (connect ECONNREFUSED');
});

test('describeGitHubError cuts a long message between words, never through a token', () => {
  // Found by test/reliability: the message was cut at 300 characters before the Action
  // redacted its secrets, so a token echoed across the cut left its first half behind.
  const token = 'ghs_e2eFakeToken4Xz9Qw2Lp7Rt5';
  const messages = [];
  for (let filler = 260; filler <= 300; filler += 4) {
    messages.push(describeGitHubError(httpError(422, `${'y'.repeat(filler)} token ${token} refused`), 'open', repository).message);
  }
  // The whole token (which the Action then redacts) or none of it; never a piece.
  for (const message of messages) assert.ok(message.includes(token) || !message.includes('ghs_e2e'), message.slice(-60));
  for (const message of messages) assert.match(message, /…\)$/);
  assert.match(describeGitHubError(httpError(422, 'short and whole'), 'open', repository).message, '422 short and whole)');
});

test.run();
