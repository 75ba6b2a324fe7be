/**
 * A report too long for one body continues in comments (its parts), each with its own
 * signed marker. Whoever can edit issues can edit the Action's comments too: a part whose
 * marker was removed or broken must not drop its changes from the evidence unseen.
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

test('a part whose marker another user removed or broke is named in the notes, not dropped unseen', async ({ audit }) => {
  const [report] = audit.github.issues();
  assert.ok(report && report.comments.length >= 2, 'the report continues in at least two comments');
  const whole = await evidenceJson(audit.github);
  assert.is(whole.rows.length, 3000);
  assert.not.ok(whole.notes.some((note) => note.includes('a comment by the Action')), whole.notes.join('\n'));

  const [second, third] = report.comments;
  // A minute after posting: GitHub dates an edit (`updated_at`) to the second.
  audit.github.advance(60_000);
  await reviewer(audit.github, 'mallory').editComment(second!.id, (body) => body.replace(MARKER, '\n'));
  await reviewer(audit.github, 'mallory').editComment(
    third!.id,
    (body) => body.replace(/ mac=(\S)/, (_, first) => ` mac=${first === 'A' ? 'B' : 'A'}`),
  );
  const edited = await evidenceJson(audit.github);
  assert.ok(edited.rows.length < 3000, 'the edited parts no longer verify');
  for (const comment of [second!, third!]) {
    assert.ok(
      edited.notes.some((note) =>
        note.startsWith(
          `#${report.number}: a comment by the Action (id ${comment.id}) was edited after posting and carries no marker that verifies`,
        )
      ),
      edited.notes.join('\n'),
    );
  }
});

test.run();
