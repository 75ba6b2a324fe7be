/**
 * A report too long for one body continues in comments (its parts), each with its own
 * signed marker. Whoever can edit issues can edit the Action's comments too: a part whose
 * marker was removed or broken must not drop its changes from the evidence, and where
 * GitHub no longer holds the part as posted, the evidence must say so.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, startAudit } from '../audit-setup.ts';
import { evidenceJson, reviewer } from '../reviewers.ts';

const test = suite<{ audit: Audit }>('the evidence of a report in parts', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 3000, days: 1 });
  const result = await context.audit.run();
  assert.is(result.code, 0, result.stdout);
});

test.after(async ({ audit }) => {
  await audit.close();
});

const MARKER = /\n<!-- zendesk-audit v4 [^\n]*-->\s*$/;
const noteOn = (notes: string[], number: number, id: number, text: string) =>
  notes.some((note) => note.startsWith(`#${number}: a comment by the Action (id ${id}) was edited after posting${text}`));

test('a part whose marker another user removed or broke is read as posted, from its edit history', async ({ audit }) => {
  const [report] = audit.github.issues();
  assert.ok(report && report.comments.length >= 2, 'the report continues in at least two comments');
  const whole = await evidenceJson(audit.github);
  assert.is(whole.rows.length, 3000);
  assert.not.ok(whole.rows.some((row) => row.edited_after_posting));
  assert.not.ok(whole.notes.some((note) => note.includes('a comment by the Action')), whole.notes.join('\n'));

  const [second, third] = report.comments;
  // A minute after posting: GitHub dates an edit (`updated_at`) to the second.
  audit.github.advance(60_000);
  const mallory = reviewer(audit.github, 'mallory');
  await mallory.editComment(second!.id, (body) => body.replace(MARKER, '\n'));
  await mallory.editComment(third!.id, (body) => body.replace(/ mac=(\S)/, (_, first) => ` mac=${first === 'A' ? 'B' : 'A'}`));
  const edited = await evidenceJson(audit.github);
  assert.equal(edited.rows.map((row) => row.id).sort(), whole.rows.map((row) => row.id).sort(), 'every change still listed');
  const editedIds = new Set(edited.rows.filter((row) => row.edited_after_posting).map((row) => row.id));
  assert.ok(editedIds.size > 0 && editedIds.size < 3000, "the edited parts' changes, and only theirs, are marked as edited");
  for (const comment of [second!, third!]) {
    assert.ok(noteOn(edited.notes, report.number, comment.id, ' and its marker removed or changed'), edited.notes.join('\n'));
  }

  // Once the revision holding the part as posted is deleted from its history too, the evidence says it cannot read it.
  audit.github.deleteCommentRevision(second!.id, 0);
  const lost = await evidenceJson(audit.github);
  assert.ok(lost.rows.length < 3000, 'the part can no longer be read');
  assert.ok(
    noteOn(lost.notes, report.number, second!.id, ' and the comment as posted is not in its edit history'),
    lost.notes.join('\n'),
  );
});

test('a part deleted outright is said to be missing: the first body signs how many parts the report was posted in', async ({ audit }) => {
  const [report] = audit.github.issues();
  const before = await evidenceJson(audit.github);
  const parts = before.notes.some((note) => note.includes('is not in its edit history')) ? 1 : 0; // the part lost above
  const last = report!.comments.at(-1)!;
  await reviewer(audit.github, 'mallory').deleteComment(last.id);
  const after = await evidenceJson(audit.github);
  assert.ok(after.rows.length < before.rows.length, "the deleted part's changes are gone from the rows");
  const posted = report!.comments.length + 2; // the first body, the comments left, the one deleted
  const here = posted - 1 - parts;
  assert.ok(
    after.notes.some((note) => note.startsWith(`#${report!.number}: it was posted in ${posted} parts and ${here} are here`)),
    after.notes.join('\n'),
  );
});

test.run();
