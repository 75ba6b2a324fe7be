/**
 * A label flood: 1,200 labelled issues by another user, each with comments and markers
 * (signed-looking, unsigned), and issues of `github-actions[bot]` from another workflow
 * with comments of its own. `GITHUB_TOKEN` gets 1,000 requests an hour per repository:
 * a run must cost a request per hundred such issues, not one per issue, or every run
 * fails and the changes of the first failed run leave the look-back unreported.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit } from '../audit-setup.ts';
import type { FakeGitHub } from '../fake-github.ts';

/** The most GitHub requests one run may make in the flood (the issue-list pages, and a handful). */
const BUDGET = 30;
const FLOOD = 1200;

/** `count` labelled issues by `login`, each with two comments that end in markers naming `ids`. */
function flood(github: FakeGitHub, count: number, login: string, labels: string[], ids: number[]): void {
  const account = new URL(github.url).host;
  const forged = `<!-- zendesk-audit v4 account=${account} types=account_setting ids=${ids.join(',')} listed=0 digest=${
    'A'.repeat(43)
  } data= mac=${'A'.repeat(43)} -->`;
  const user = { login, type: login.endsWith('[bot]') ? 'Bot' as const : 'User' as const };
  for (let index = 0; index < count; index++) {
    github.seed({
      labels,
      user,
      title: `Flood ${index}`,
      body: `flood\n\n${forged}\n`,
      comments: [{ body: `<!-- zendesk-audit ids: ${ids.join(',')} -->`, user }, { body: forged, user }],
    });
  }
}

/** The GitHub requests of `run`, counted by the fake. */
async function counted<T>(github: FakeGitHub, run: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const before = github.requests.length;
  const result = await run();
  return { result, requests: github.requests.slice(before).map((request) => `${request.method} ${request.path}`) };
}

const test = suite<{ audit: Audit }>('a flood of labelled issues', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 10, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test(`with ${FLOOD} labelled issues by another user and more by the bot from another workflow, a run stays within ${BUDGET} requests and reports every new change`, async ({ audit }) => {
  const first = await audit.run();
  assert.is(first.outputs['changes-count'], '10', first.stdout);
  const added = audit.sandbox.addRecords([{ change_description: 'Turned off' }, { change_description: 'Changed from 8 hours to 30 days' }]);
  const ids = added.map((record) => record.id);
  flood(audit.github, FLOOD, 'mallory', ['zendesk-audit'], ids);
  flood(audit.github, 100, 'github-actions[bot]', ['zendesk-audit'], ids);

  const { result, requests } = await counted(audit.github, () => audit.run());
  assert.is(result.code, 0, result.stdout);
  assert.ok(requests.length <= BUDGET, `${requests.length} GitHub requests:\n${requests.join('\n')}`);
  const comments = requests.filter((request) => request.endsWith('/comments'));
  assert.equal(comments, [], 'no comments read: none of the flood is a report of ours, and ours has none');
  assert.is(result.outputs['changes-count'], '2');
  const newest = postedBodies(audit.github).filter((entry) => entry.issue === Number(result.outputs['issue-number']));
  assert.equal(newest.flatMap((entry) => entry.ids), ids);

  const again = await counted(audit.github, () => audit.run());
  assert.is(again.result.outputs['changes-count'], '0', 'nothing twice');
  assert.ok(again.requests.length <= BUDGET, `${again.requests.length} GitHub requests`);
});

test('a first run whose every label is flooded: the labels hint reads a few pages, not the flood', async ({ audit }) => {
  flood(audit.github, FLOOD, 'mallory', ['fresh-label', 'other-label'], []);
  const { result, requests } = await counted(audit.github, () => audit.run({ labels: 'fresh-label, other-label', 'dry-run': 'true' }));
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['changes-count'], String(audit.sandbox.auditLogs().length), 'nothing under fresh-label: all of the window');
  const lists = requests.filter((request) => request === 'GET /repos/acme/audit/issues');
  assert.ok(requests.length <= BUDGET, `${requests.length} GitHub requests`);
  // The flood under the first label, the hint's 3 pages, and the reminders' one page of the Action's own open issues.
  assert.ok(lists.length <= FLOOD / 100 + 4, `${lists.length} issue-list pages`);
  assert.not.match(result.stdout, '::warning::no earlier report carries the label');
});

test.run();
