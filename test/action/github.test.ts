import { getOctokit } from '@actions/github';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeAsDuplicate, openReport } from '../../src/action/issues.ts';
import { createGitHub, describeGitHubError, GitHubError, gitHubRetryDelay, listLabelled, whoAmI } from '../../src/trail/github.ts';
import { withdrawMarker, withdrawnNote } from '../../src/trail/reported.ts';
import { createFakeGitHub, type FakeGitHub, type FakeReply } from './fake-github.ts';
import { draftMarker } from './markers.ts';

const repository = { owner: 'acme', repo: 'audit' };
const body = (ids: number[]) => ({ text: `rows\n\n${draftMarker(ids)}\n`, ids });
const list = (octokit: Parameters<typeof listLabelled>[0], since: Date, label = 'zendesk-audit', target = repository) =>
  listLabelled(octokit, target, { label, since }, `list the issues labelled ${JSON.stringify(label)}`);

async function withGitHub(fn: (github: FakeGitHub, octokit: ReturnType<typeof getOctokit>) => Promise<void>, token?: string) {
  const github = createFakeGitHub();
  const url = await github.start();
  try {
    await fn(github, getOctokit(token ?? github.token, { baseUrl: url }));
  } finally {
    await github.close();
  }
}

test('listLabelled pages through every labelled issue, open and closed, newest first, and tells GitHub’s time', () =>
  withGitHub(async (github, octokit) => {
    for (let index = 0; index < 230; index++) {
      github.seed({
        labels: ['zendesk-audit'],
        body: draftMarker([index + 1]),
        state: index % 3 ? 'open' : 'closed',
        user: { login: 'github-actions[bot]', type: 'Bot' },
      });
    }
    github.seed({ labels: ['zendesk-audit'], pullRequest: true, body: draftMarker([999]) });
    github.seed({ labels: ['other'], body: draftMarker([998]) });
    const before = Date.now();
    const listing = await list(octokit, new Date('2000-01-01T00:00:00Z'));
    assert.is(listing.issues.length, 231, 'the pull request is listed too (isPullRequest tells it)');
    assert.equal(listing.issues.slice(0, 3).map((issue) => issue.number), [231, 230, 229]);
    assert.ok(Math.abs(listing.at.getTime() - before) < 60_000, 'the Date header of the first page');
    const lists = github.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/issues'));
    assert.is(lists.length, 3, 'three pages of 100 through rel="next"');
    assert.is(listing.pages, 3);
    const first = lists[0]!.query;
    assert.is(first.get('labels'), 'zendesk-audit');
    assert.is(first.get('state'), 'all');
    assert.is(first.get('per_page'), '100');
    assert.is(first.get('sort'), 'created');
    assert.is(first.get('direction'), 'desc');
    assert.is(first.get('since'), '2000-01-01T00:00:00.000Z');
    assert.not.ok(github.requests.some((request) => request.path.includes('/search')), 'never the search API');
  }));

test('listLabelled stops at the first issue `until` names, and at `pages`: nothing after is requested', () =>
  withGitHub(async (github, octokit) => {
    for (let index = 0; index < 250; index++) github.seed({ labels: ['zendesk-audit'] });
    const stopped = await listLabelled(octokit, repository, {
      label: 'zendesk-audit',
      since: new Date(0),
      until: (issue) => issue.number <= 240,
    }, 'list');
    assert.equal(stopped.issues.map((issue) => issue.number), [250, 249, 248, 247, 246, 245, 244, 243, 242, 241]);
    assert.is(github.requests.length, 1, 'one page');
    const capped = await listLabelled(octokit, repository, { label: 'zendesk-audit', since: new Date(0), pages: 2 }, 'list');
    assert.is(capped.issues.length, 200);
    assert.is(github.requests.length, 3);
  }));

test('listLabelled leaves out issues not updated since the given time', () =>
  withGitHub(async (github, octokit) => {
    github.seed({ labels: ['zendesk-audit'], updated_at: '2024-01-01T00:00:00Z' });
    github.seed({ labels: ['zendesk-audit'], updated_at: '2024-06-01T00:00:00Z' });
    const listing = await list(octokit, new Date('2024-05-01T00:00:00Z'));
    assert.equal(listing.issues.map((issue) => issue.number), [2]);
  }));

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
    assert.equal(issue, { number: 1, url: 'https://github.com/acme/audit/issues/1', id: 100_001 });
    assert.equal(opened, [1]);
    const [created] = github.issues();
    assert.equal(created!.labels, ['zendesk-audit', 'security']);
    assert.equal(created!.assignees, ['octocat']);
    assert.equal(created!.comments.map((comment) => comment.body), [body([2]).text, body([3]).text]);
  }));

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
  }));

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
      assert.match(
        message,
        'GitHub refused to open the report issue (POST /repos/acme/audit/issues: 403 Resource not accessible by integration)',
      );
      assert.match(message, '`permissions: issues: write`');
      assert.not.match(message, '\n');
    }
  }));

test('a bad GitHub token is named as such', () =>
  withGitHub(async (_github, octokit) => {
    try {
      await list(octokit, new Date(0));
      assert.unreachable();
    } catch (error) {
      assert.match((error as Error).message, '401 Bad credentials');
      assert.match((error as Error).message, 'github-token');
    }
  }, 'wrong-token'));

test('a repository GitHub does not know gets a 404 that names it', () =>
  withGitHub(async (_github, octokit) => {
    try {
      await list(octokit, new Date(0), 'zendesk-audit', { owner: 'acme', repo: 'missing' });
      assert.unreachable();
    } catch (error) {
      assert.match((error as Error).message, '404');
      assert.match((error as Error).message, 'acme/missing');
    }
  }));

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), {
    status,
    request: { method: 'GET', url: 'https://api.github.com/repos/acme/audit/issues?x=1' },
    response: { data: { message }, headers },
  });

test('describeGitHubError explains rate limits, disabled issues and unreachable servers', () => {
  assert.match(
    describeGitHubError(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), 'list', repository).message,
    'rate limit',
  );
  assert.match(
    describeGitHubError(httpError(429, 'Too Many Requests'), 'list', repository).message,
    "GitHub's API rate limit is used up (or its secondary limit hit); run the workflow again later",
  );
  assert.match(describeGitHubError(httpError(410, 'Issues are disabled for this repo'), 'list', repository).message, 'turn them on');
  assert.match(describeGitHubError(httpError(502, 'Bad Gateway'), 'list', repository).message, 'GET /repos/acme/audit/issues: 502');
  const network = describeGitHubError(
    new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }),
    'list',
    repository,
  );
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

// Identity, timeouts, retries and recovery, over HTTP against the fake GitHub ----------

const quick = { baseDelayMs: 1, sleep: async () => {} };

async function withFake(fn: (github: FakeGitHub, url: string) => Promise<void>, options: Parameters<typeof createFakeGitHub>[0] = {}) {
  const github = createFakeGitHub(options);
  const url = await github.start();
  try {
    await fn(github, url);
  } finally {
    await github.close();
  }
}

test('whoAmI learns the identity from GraphQL viewer: the github-actions app for GITHUB_TOKEN, a user for a PAT, another app for its token', () =>
  withFake(
    async (github, url) => {
      assert.equal(await whoAmI(createGitHub(github.token, { baseUrl: url }), repository), {
        login: 'github-actions[bot]',
        app: 'github-actions',
      });
      const pat = await whoAmI(createGitHub('ghp_octocat', { baseUrl: url }), repository);
      assert.is(pat.login, 'octocat');
      assert.is(pat.app, undefined);
      assert.type(pat.id, 'number');
      assert.is((await whoAmI(createGitHub('ghs_other', { baseUrl: url }), repository)).app, 'audit-bot');
      assert.ok(github.requests.every((request) => request.path !== '/user'), 'never GET /user, which refuses installation tokens');
    },
    { tokens: { ghp_octocat: { login: 'octocat', type: 'User' }, ghs_other: { login: 'audit-bot[bot]', type: 'Bot', app: 'audit-bot' } } },
  ));

test('the fake GitHub refuses GET /user to an installation token, as GitHub does', () =>
  withFake(async (github, url) => {
    const response = await fetch(`${url}/user`, { headers: { authorization: `token ${github.token}` } });
    assert.is(response.status, 403);
    assert.match(await response.text(), 'Resource not accessible by integration');
  }));

test('a read that fails with 502 or a 429 with retry-after is tried again, and succeeds', () =>
  withFake(async (github, url) => {
    github.seed({ labels: ['zendesk-audit'], body: 'x' });
    const answers = [{ status: 502, body: { message: 'Bad Gateway' } }, {
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit' },
      headers: { 'retry-after': '0' },
    }];
    github.intercept = (request) => (request.method === 'GET' ? answers.shift() : undefined);
    const retries: string[] = [];
    const octokit = createGitHub(github.token, { baseUrl: url, ...quick, onRetry: (message) => retries.push(message) });
    const listing = await list(octokit, new Date(0));
    assert.is(listing.issues.length, 1);
    assert.is(retries.length, 2);
    assert.match(retries[0]!, 'GitHub: GET /repos/acme/audit/issues: 502 Bad Gateway; trying again');
  }));

test('gitHubRetryDelay honours retry-after, the primary reset, and a minute for a bare secondary limit; 4xx are not retried', () => {
  const error = (status: number, headers: Record<string, string> = {}, message = '') =>
    Object.assign(new Error(message), { status, response: { data: { message }, headers } });
  assert.is(gitHubRetryDelay(error(429, { 'retry-after': '7' }), 1, 0), 7000);
  assert.is(gitHubRetryDelay(error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }), 1, 40_000), 61_000);
  assert.ok(gitHubRetryDelay(error(403, {}, 'You have exceeded a secondary rate limit'), 1, 0)! >= 60_000);
  assert.is(gitHubRetryDelay(error(403, {}, 'Resource not accessible by integration'), 1, 0), undefined);
  assert.is(gitHubRetryDelay(error(404), 1, 0), undefined);
  assert.ok(gitHubRetryDelay(error(503), 2, 0, 100)! >= 200);
});

test('a read that never answers times out, is tried again, and fails naming the timeout, not "GitHub 500"', () =>
  withFake(async (github, url) => {
    github.intercept = () => ({ afterHandling: 'hang' });
    const octokit = createGitHub(github.token, { baseUrl: url, timeoutMs: 200, attempts: 2, ...quick });
    try {
      await list(octokit, new Date(0));
      assert.unreachable();
    } catch (error) {
      assert.instance(error, GitHubError);
      assert.match(
        (error as Error).message,
        /^could not reach GitHub to list the issues labelled "zendesk-audit" \(no complete answer within 0\.2 s\)/,
      );
      assert.not.match((error as Error).message, '500');
    }
    assert.is(github.requests.length, 2, 'two attempts');
  }));

test('GitHub unreachable (connection refused) is a network failure, not "GitHub 500"', async () => {
  const github = createFakeGitHub();
  const url = await github.start();
  await github.close();
  try {
    await list(createGitHub(github.token, { baseUrl: url, attempts: 2, ...quick }), new Date(0));
    assert.unreachable();
  } catch (error) {
    assert.match(
      (error as Error).message,
      /^could not reach GitHub to list the issues labelled "zendesk-audit" \(.*ECONNREFUSED.*\); check GITHUB_API_URL/,
    );
    assert.not.match((error as Error).message, 'refused to');
  }
});

test('a create that got no answer but was made is found, not posted twice; one that was not made fails the step', () =>
  withFake(async (github, url) => {
    const octokit = createGitHub(github.token, { baseUrl: url, timeoutMs: 300, ...quick });
    const identity = await whoAmI(octokit, repository);
    github.intercept = (request) => (request.method === 'POST' && request.path.endsWith('/issues') ? { afterHandling: 'hang' } : undefined);
    const warnings: string[] = [];
    const posted: number[][] = [];
    const issue = await openReport(octokit, repository, {
      title: 't',
      bodies: [body([1]), body([2])],
      labels: ['zendesk-audit'],
      assignees: [],
      identity,
      warn: (message) => warnings.push(message),
      onPosted: (_issue, ids) => posted.push([...ids]),
    });
    assert.is(issue.number, 1);
    assert.is(github.issues().length, 1, 'no second issue');
    assert.match(warnings[0]!, 'no clear answer');
    assert.equal(posted, [[1], [1, 2]], 'the outputs count each part as it lands');

    github.intercept = (request) => (request.method === 'POST' ? { status: 502, body: { message: 'Bad Gateway' } } : undefined);
    try {
      await openReport(octokit, repository, {
        title: 't',
        bodies: [body([3])],
        labels: ['zendesk-audit'],
        assignees: [],
        identity,
        warn: () => {},
      });
      assert.unreachable();
    } catch (error) {
      assert.match((error as Error).message, 'GitHub refused to open the report issue (POST /repos/acme/audit/issues: 502 Bad Gateway)');
    }
    assert.is(github.issues().length, 1);
  }));

test('closeAsDuplicate closes our report and withdraws its body’s marker in one request, then tidies its comments and links the original', () =>
  withFake(async (github, url) => {
    const octokit = createGitHub(github.token, { baseUrl: url, ...quick });
    const identity = await whoAmI(octokit, repository);
    const open = (title: string, bodies: ReturnType<typeof body>[]) =>
      openReport(octokit, repository, { title, bodies, labels: ['zendesk-audit'], assignees: [], warn: () => {} });
    const original = await open('a', [body([1])]);
    const mine = await open('b', [body([1]), body([2])]);
    const before = github.requests.length;
    const withdraw = (text: string) => withdrawMarker(text, withdrawnNote(original.number));
    await closeAsDuplicate(octokit, repository, mine, original, { identity, withdraw });
    const closed = github.issues()[1]!;
    assert.is(closed.state, 'closed');
    assert.is(closed.state_reason, 'duplicate');
    assert.is(closed.duplicate_issue_id, original.id);
    assert.match(closed.body!, withdrawnNote(1));
    assert.match(closed.comments[0]!.body, withdrawnNote(1));
    assert.match(closed.comments.at(-1)!.body, 'Closed as a duplicate of #1');
    assert.is(github.issues()[0]!.state, 'open');
    const writes = github.requests.slice(before).filter((request) => request.method !== 'GET');
    assert.equal(writes.map((request) => `${request.method} ${request.path}`), [
      `PATCH /repos/acme/audit/issues/${mine.number}`,
      `PATCH /repos/acme/audit/issues/comments/${closed.comments[0]!.id}`,
      `POST /repos/acme/audit/issues/${mine.number}/comments`,
    ]);
    const commit = JSON.parse(writes[0]!.body) as { state: string; body: string };
    assert.is(commit.state, 'closed', 'the first write closes the issue…');
    assert.match(commit.body, withdrawnNote(1), '…and withdraws its body’s marker in the same request');
  }));

// Redirects and echoes ------------------------------------------------------------------

/** The message `promise` fails with (a `GitHubError`); fails the test when it does not. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => assert.unreachable('no failure'), (caught: unknown) => caught);
  assert.instance(error, GitHubError);
  return (error as Error).message;
}

test('a renamed repository: GitHub’s 301 for a read and 307 for a write, on its own host, are followed', () =>
  withFake(async (github, url) => {
    const octokit = createGitHub(github.token, { baseUrl: url, ...quick });
    const old = { owner: 'acme', repo: 'old-audit' };
    const issue = await openReport(octokit, old, {
      title: 't',
      bodies: [body([1])],
      labels: ['zendesk-audit'],
      assignees: [],
      warn: () => {},
    });
    assert.is(issue.number, 1);
    assert.is(github.issues()[0]!.body, body([1]).text, 'the write kept its body across the 307');
    const listing = await list(octokit, new Date(0), 'zendesk-audit', old);
    assert.equal(listing.issues.map((item) => item.number), [1]);
    assert.equal(
      github.requests.map((request) => `${request.method} ${request.path}`),
      [
        'POST /repos/acme/old-audit/issues',
        'POST /repos/acme/audit/issues',
        'GET /repos/acme/old-audit/issues',
        'GET /repos/acme/audit/issues',
      ],
    );
  }, { formerNames: ['acme/old-audit'] }));

test('a redirect to another host is refused with one line, neither followed nor tried again, and nothing it says is read', () =>
  withFake(async (github, url) => {
    const elsewhere = createFakeGitHub({ token: github.token });
    const elsewhereUrl = await elsewhere.start();
    try {
      const host = new URL(elsewhereUrl).host;
      github.intercept = () => ({ status: 302, body: {}, headers: { location: `${elsewhereUrl}/repos/acme/audit/issues` } });
      const octokit = createGitHub(github.token, { baseUrl: url, ...quick });
      try {
        await list(octokit, new Date(0));
        assert.unreachable();
      } catch (error) {
        assert.instance(error, GitHubError);
        assert.is(
          (error as Error).message,
          `refused to follow GitHub's answer to list the issues labelled "zendesk-audit": GET /repos/acme/audit/issues redirects to another host (${host}); check GITHUB_API_URL`,
        );
      }
      assert.is(github.requests.length, 1, 'not tried again');
      assert.is(elsewhere.requests.length, 0, 'the other host never sees the token');
      // A 307 for a write, and a pagination link, to another host: the same.
      github.intercept = (request): FakeReply =>
        request.method === 'POST'
          ? { status: 307, body: {}, headers: { location: `${elsewhereUrl}/repos/acme/audit/issues` } }
          : { status: 200, body: [], headers: { link: `<${elsewhereUrl}/repos/acme/audit/issues?page=2>; rel="next"` } };
      const report = { title: 't', bodies: [body([1])], labels: ['x'], assignees: [], warn: () => {} };
      assert.match(await failure(openReport(octokit, repository, report)), /redirects to another host/);
      assert.match(await failure(list(octokit, new Date(0))), /a link in GitHub's answer points to another host/);
      assert.is(elsewhere.requests.length, 0);
    } finally {
      await elsewhere.close();
    }
  }));

test('a write redirected by 301, or a redirect loop, is refused rather than turned into a read or followed for ever', () =>
  withFake(async (github, url) => {
    const octokit = createGitHub(github.token, { baseUrl: url, ...quick });
    github.intercept = (request) => ({ status: request.method === 'GET' ? 301 : 302, body: {}, headers: { location: request.path } });
    assert.match(await failure(list(octokit, new Date(0))), /GET \/repos\/acme\/audit\/issues redirects more than 3 times/);
    const report = { title: 't', bodies: [body([1])], labels: ['x'], assignees: [], warn: () => {} };
    assert.match(
      await failure(openReport(octokit, repository, report)),
      /POST \/repos\/acme\/audit\/issues answers 302, which would drop the request's body/,
    );
    assert.is(github.issues().length, 0);
  }));

test('GitHub’s error text is redacted whole before it is cut or put on one line: no piece of a secret survives the cut', () =>
  withFake(async (github, url) => {
    // A secret with white space (a marker-key passphrase), echoed across the 300-character cut.
    const secret = 'correct horse battery staple';
    const redact = (text: string) => text.split(secret).join('***');
    for (const filler of [270, 280, 290]) {
      github.intercept = () => ({ status: 422, body: { message: `${'y'.repeat(filler)} ${secret} refused` } });
      const octokit = createGitHub(github.token, { baseUrl: url, ...quick, redact });
      const message = await failure(list(octokit, new Date(0)));
      for (const word of ['correct', 'horse', 'battery', 'staple']) assert.not.match(message, word, `${filler}: ${message.slice(-80)}`);
    }
    // Spacing changed by the line's flattening would not match either: the text is redacted first.
    github.intercept = () => ({ status: 422, body: { message: `refused: ${secret.replace(/ /g, '\n\t')}` } });
    const tabbedRedact = (text: string) => text.split(secret.replace(/ /g, '\n\t')).join('***');
    const tabbed = await failure(list(createGitHub(github.token, { baseUrl: url, ...quick, redact: tabbedRedact }), new Date(0)));
    assert.match(tabbed, '422 refused: ***)');
  }));

test.run();
