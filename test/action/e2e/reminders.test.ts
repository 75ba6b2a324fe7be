/**
 * Reminders, end to end: the built Action against the fake GitHub, whose clock moves on
 * (`advance`) while the report stays unreviewed. A high change not signed off within
 * `review-within` gets one reminder comment per period, however many runs there are;
 * `overdue-count` counts what waits and the job summary lists it.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/mod.ts';
import { type Audit, startAudit } from '../audit-setup.ts';
import type { FakeComment } from '../fake-github.ts';
import { minutesAgo, reviewer } from '../reviewers.ts';

interface Context {
  audit: Audit;
  changes: AuditLog[];
  issue: number;
}

const DAY = 24 * 3600_000;
const INPUTS = { 'sensitive-assignees': 'secteam', 'review-within': '7d' };

const test = suite<Context>('reminders of overdue reviews', {} as Context);

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  context.changes = context.audit.sandbox.addRecords([
    {
      source_label: 'Security: Require two-factor authentication for team members',
      change_description: 'Turned off',
      created_at: minutesAgo(30),
    },
    { source_label: 'Security: Password policy', change_description: 'Changed from High to Low', created_at: minutesAgo(20) },
  ]);
  const result = await context.audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  context.issue = Number(result.outputs['issue-number']);
});

test.after(async ({ audit }) => {
  await audit.close();
});

/** The reminder comments on issue `number`: the Action's comments that say a review is overdue. */
function reminders(audit: Audit, number: number): FakeComment[] {
  const issue = audit.github.issues().find((item) => item.number === number)!;
  return issue.comments.filter((comment) => comment.user.login === audit.github.login && comment.body.includes('Review overdue'));
}

test('a report younger than review-within gets no reminder', async ({ audit, issue }) => {
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['overdue-count'], '0');
  assert.is(reminders(audit, issue).length, 0);
  assert.not.match(result.summary, 'Reviews overdue');
});

test('a change not signed off after review-within: one reminder per period, however many runs', async ({ audit, changes, issue }) => {
  const [signed, waiting] = changes.map((change) => change.id);
  // One of the two is signed off by a reviewer: only the other waits.
  await reviewer(audit.github, 'alice').tick(issue, signed!);
  audit.github.advance(8 * DAY);

  const first = await audit.run(INPUTS);
  assert.is(first.code, 0, first.stdout);
  assert.is(first.outputs['overdue-count'], '1');
  let posted = reminders(audit, issue);
  assert.is(posted.length, 1, 'the first run after review-within reminds');
  const text = posted[0]!.body;
  assert.match(text, `audit log ${waiting}`);
  assert.not.match(text, `audit log ${signed}`, 'a signed-off change is not reminded of');
  assert.match(text, '@secteam');
  assert.not.match(text, 'Password policy', 'no Zendesk text in a reminder');
  assert.match(first.summary, 'Reviews overdue: 1 change');
  assert.match(first.summary, `#${issue}`);

  // More runs in the same period: no more comments, still overdue.
  for (let run = 0; run < 2; run++) {
    audit.github.advance(DAY);
    const again = await audit.run(INPUTS);
    assert.is(again.code, 0, again.stdout);
    assert.is(again.outputs['overdue-count'], '1');
    assert.match(again.summary, `#${issue}`);
  }
  posted = reminders(audit, issue);
  assert.is(posted.length, 1, 'once per period');

  // The next period: another reminder, and only one.
  audit.github.advance(6 * DAY);
  await audit.run(INPUTS);
  await audit.run(INPUTS);
  assert.is(reminders(audit, issue).length, 2, 'one more in the next period');
});

test('a reminder copied later, by a person or by another workflow posting as the bot, does not count', async ({ audit, issue }) => {
  const last = reminders(audit, issue).at(-1)!;
  audit.github.advance(8 * DAY);
  // Posted in the new period with the Action's signed marker copied: neither may stand for this period's reminder.
  await reviewer(audit.github, 'mallory').comment(issue, last.body);
  // Another workflow's GITHUB_TOKEN acts as github-actions[bot] too: only the signed time, not the author, tells this one.
  const response = await fetch(`${audit.github.url}/repos/${audit.github.owner}/${audit.github.repo}/issues/${issue}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${audit.github.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: last.body }),
  });
  assert.is(response.status, 201);
  const before = reminders(audit, issue).length;
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  const after = reminders(audit, issue);
  assert.is(after.length, before + 1, 'the copies are no reminder of this period: the Action posts its own');
  assert.is.not(after.at(-1)!.body, last.body);
});

test('a marker removed from the report does not silence its reminders', async ({ audit, issue }) => {
  const count = reminders(audit, issue).length;
  audit.github.advance(8 * DAY);
  await reviewer(audit.github, 'mallory').edit(issue, (body) => body.replace(/\n<!-- zendesk-audit v4 [^\n]*-->\s*$/, '\n'));
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['overdue-count'], '1');
  assert.is(reminders(audit, issue).length, count + 1, 'read as posted, from its edit history: still reminded');
  // The same run reported the two changes again (a report without a marker that verifies counts for nothing):
  // a reviewer closes that copy, whose changes wait in this report.
  const again = Number(result.outputs['issue-number']);
  assert.ok(again > issue, result.stdout);
  await reviewer(audit.github, 'alice').close(again);
});

test('once every change is signed off, no more reminders and nothing overdue', async ({ audit, changes, issue }) => {
  await reviewer(audit.github, 'bob').comment(issue, `/reviewed ${changes[1]!.id} rolled back the same day`);
  const count = reminders(audit, issue).length;
  audit.github.advance(8 * DAY);
  const result = await audit.run(INPUTS);
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['overdue-count'], '0');
  assert.is(reminders(audit, issue).length, count);
  assert.not.match(result.summary, 'Reviews overdue');
});

test.run();
