/**
 * From report to evidence, end to end: the built Action reports three high changes;
 * reviewers sign them off on GitHub (a tick, a `/reviewed` comment, a tick by the
 * change's own actor); `zendesk-audit evidence` says who reviewed each, and what an
 * untick, an edit of the body and a forged "reviewed" line do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/mod.ts';
import { type Audit, startAudit } from '../audit-setup.ts';
import { evidence, evidenceJson, minutesAgo, reviewer, reviewersFile } from '../reviewers.ts';

interface Context {
  audit: Audit;
  changes: AuditLog[];
  issue: number;
  directory: string;
  reviewers: string;
}

const DAYS_8 = 8 * 24 * 3600_000;

const test = suite<Context>('sign-offs and the evidence', {} as Context);

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  context.directory = mkdtempSync(join(tmpdir(), 'zendesk-audit-sign-off-'));
  const [one, two, three] = context.audit.sandbox.users();
  context.changes = context.audit.sandbox.addRecords([
    {
      actor_id: one!.id,
      source_label: 'Security: Require two-factor authentication for team members',
      change_description: 'Turned off',
      created_at: minutesAgo(30),
    },
    {
      actor_id: two!.id,
      source_label: 'Security: Password policy',
      change_description: 'Changed from High to Low',
      created_at: minutesAgo(20),
    },
    {
      actor_id: three!.id,
      source_label: 'Security: Zendesk API token access',
      change_description: 'Turned on',
      created_at: minutesAgo(10),
    },
  ]);
  // carol is the third change's actor in Zendesk.
  context.reviewers = reviewersFile(context.directory, `# github-login: zendesk-user-id-or-email\ncarol: ${three!.id}\n`);
  const result = await context.audit.run({ reviewers: `carol: ${three!.id}` });
  assert.is(result.code, 0, result.stdout);
  context.issue = Number(result.outputs['issue-number']);
});

test.after(async ({ audit, directory }) => {
  await audit.close();
  rmSync(directory, { recursive: true, force: true });
});

test('a tick, a /reviewed comment and a tick by the actor: reviewed, reviewed, self-reviewed', async ({ audit, changes, issue, reviewers }) => {
  const [first, second, third] = changes.map((change) => change.id);
  await reviewer(audit.github, 'alice').tick(issue, first!);
  await reviewer(audit.github, 'bob').comment(issue, `/reviewed ${second} expected: the new policy rollout`);
  await reviewer(audit.github, 'carol').tick(issue, third!);

  const json = await evidenceJson(audit.github, ['--reviewers', reviewers]);
  const byId = new Map(json.rows.map((row) => [row.id, row]));
  assert.is(json.rows.length, 3);
  assert.equal([first, second, third].map((id) => [byId.get(id!)!.status, byId.get(id!)!.reviewer]), [
    ['reviewed', 'alice'],
    ['reviewed', 'bob'],
    ['self-reviewed', 'carol'],
  ]);
  const row = byId.get(first!)!;
  assert.is(row.severity, 'high');
  assert.is(row.actor_id, changes[0]!.actor_id);
  assert.is(row.source_label, 'Security: Require two-factor authentication for team members');
  assert.is(row.created_at, changes[0]!.created_at);
  assert.is(row.report.number, issue);
  assert.ok(row.hours_to_review !== null && row.hours_to_review >= 0);
  assert.is(byId.get(third!)!.hours_to_review, null, 'a self-review is not timed as a review');
  assert.not.ok(json.rows.some((entry) => entry.edited_after_posting), 'ticks are no edit');
  assert.equal(json.summary.by_status, { reviewed: 2, 'self-reviewed': 1, waiting: 0, overdue: 0 });
});

test('after the first reviewer unticks, the first change waits again', async ({ audit, changes, issue, reviewers }) => {
  await reviewer(audit.github, 'alice').tick(issue, changes[0]!.id, false);
  const json = await evidenceJson(audit.github, ['--reviewers', reviewers]);
  const row = json.rows.find((entry) => entry.id === changes[0]!.id)!;
  assert.is(row.status, 'waiting');
  assert.is(row.reviewer, null);
  // Eight days on, by GitHub's clock: older than the default review-within of 7 days.
  audit.github.advance(DAYS_8);
  try {
    const overdue = await evidenceJson(audit.github, ['--reviewers', reviewers]);
    assert.is(overdue.rows.find((entry) => entry.id === changes[0]!.id)!.status, 'overdue', 'older than review-within');
    assert.is(overdue.rows.find((entry) => entry.id === changes[1]!.id)!.status, 'reviewed', 'a sign-off stays, however late');
  } finally {
    audit.github.advance(-DAYS_8);
  }
});

test('a forged "reviewed" line and an added ticked item sign off nothing, and are an edit after posting', async ({ audit, changes, issue }) => {
  const id = changes[0]!.id;
  await reviewer(audit.github, 'mallory').edit(
    issue,
    (body) => body.replace('### At a glance', `- [x] reviewed by @alice · audit log ${id}\n\nReviewed by alice.\n\n### At a glance`),
  );
  const json = await evidenceJson(audit.github);
  const row = json.rows.find((entry) => entry.id === id)!;
  assert.is(row.status, 'waiting');
  assert.ok(row.edited_after_posting);
  assert.ok(json.notes.some((note) => note.startsWith(`#${issue}: edited after posting`)), json.notes.join('\n'));
});

test('a row whose text another user changed is edited after posting; the evidence keeps the row as signed', async ({ audit, changes }) => {
  const [later] = audit.sandbox.addRecords([{ source_label: 'Tickets: Enable CCs', change_description: 'Turned on' }]);
  const run = await audit.run();
  const number = Number(run.outputs['issue-number']);
  let json = await evidenceJson(audit.github);
  assert.not.ok(json.rows.find((entry) => entry.id === later!.id)!.edited_after_posting);
  await reviewer(audit.github, 'mallory').edit(number, (body) => body.replace('Tickets: Enable CCs', 'Tickets: Nothing to see'));
  json = await evidenceJson(audit.github);
  const row = json.rows.find((entry) => entry.id === later!.id)!;
  assert.ok(row.edited_after_posting);
  assert.is(row.source_label, 'Tickets: Enable CCs', 'from the signed marker, not the edited row');
  assert.equal(json.summary.edited_reports.includes(number), true);
  assert.ok(changes.length === 3);
  const text = await evidence(audit.github, ['--format', 'markdown']);
  assert.match(text.stderr, `note: #${number}: edited after posting`);
});

test('a marker removed or broken after posting hides nothing: the rows and sign-offs come from the body as posted', async (context) => {
  const { audit, changes, issue, reviewers } = context;
  const ids = changes.map((change) => change.id);
  const before = await evidenceJson(audit.github, ['--reviewers', reviewers]);
  const statuses = (json: typeof before) => ids.map((id) => json.rows.find((row) => row.id === id)?.status);
  assert.equal(statuses(before), ['waiting', 'reviewed', 'self-reviewed']);

  await reviewer(audit.github, 'mallory').edit(issue, (body) => body.replace(/\n<!-- zendesk-audit v4 [^\n]*-->\s*$/, '\n'));
  const removed = await evidenceJson(audit.github, ['--reviewers', reviewers]);
  assert.equal(statuses(removed), statuses(before), 'every change still listed, as it stands');
  assert.ok(ids.every((id) => removed.rows.find((row) => row.id === id)!.edited_after_posting));
  assert.ok(
    removed.notes.some((note) => note.startsWith(`#${issue}: its marker was removed or changed after posting`)),
    removed.notes.join('\n'),
  );

  // Once every revision holding the body as posted (ticks aside) is deleted from the history too, the rows cannot be read:
  // the evidence says so.
  const edits = audit.github.issues().find((item) => item.number === issue)!.edits;
  for (let index = 0; index < edits.length - 1; index++) audit.github.deleteRevision(issue, index);
  const lost = await evidenceJson(audit.github, ['--reviewers', reviewers]);
  assert.not.ok(lost.rows.some((row) => ids.includes(row.id)));
  assert.ok(lost.notes.some((note) => note.startsWith(`#${issue}: its marker does not verify`)), lost.notes.join('\n'));
});

test.run();
