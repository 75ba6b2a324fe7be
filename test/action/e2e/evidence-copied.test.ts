/**
 * Whoever can edit issues can paste one report's body, signed marker and all, over
 * another's: the pasted marker verifies, and its digest matches the pasted text. The
 * evidence must still list the changes the overwritten report was posted with. And
 * whoever can triage can take a report's label off: its changes stay in the evidence.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, startAudit } from '../audit-setup.ts';
import { evidenceJson, minutesAgo, reviewer } from '../reviewers.ts';

interface Context {
  audit: Audit;
  first: { issue: number; id: number };
  second: { issue: number; id: number };
}

const test = suite<Context>('the evidence of reports others edited or unlabelled', {} as Context);

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  const report = async (change: Record<string, unknown>) => {
    const [record] = context.audit.sandbox.addRecords([{ ...change, created_at: minutesAgo(5) }]);
    const result = await context.audit.run();
    assert.is(result.code, 0, result.stdout);
    return { issue: Number(result.outputs['issue-number']), id: record!.id };
  };
  context.first = await report({ source_label: 'Security: Password policy', change_description: 'Changed from High to Low' });
  context.audit.github.advance(60 * 60_000);
  context.second = await report({ source_label: 'Security: Zendesk API token access', change_description: 'Turned on' });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test("a body replaced by another report's, marker and all, still gives its own change, marked as edited", async ({ audit, first, second }) => {
  const before = await evidenceJson(audit.github);
  assert.equal(before.rows.map((row) => [row.id, row.report.number]).sort(), [[first.id, first.issue], [second.id, second.issue]].sort());

  audit.github.advance(60_000);
  const pasted = audit.github.issues().find((issue) => issue.number === first.issue)!.body!;
  await reviewer(audit.github, 'mallory').edit(second.issue, () => pasted);
  const after = await evidenceJson(audit.github);
  const row = after.rows.find((candidate) => candidate.id === second.id);
  assert.ok(row, "the overwritten report's change is still in the evidence");
  assert.is(row.report.number, second.issue);
  assert.ok(row.edited_after_posting);
  assert.is(after.rows.filter((candidate) => candidate.id === first.id).length, 1, 'the pasted change once, from its own report');
  assert.ok(
    after.notes.some((note) => note.startsWith(`#${second.issue}: its marker was removed or changed after posting`)),
    after.notes.join('\n'),
  );
});

test('a report whose label was taken off is read all the same, with a note', async ({ audit, first }) => {
  await reviewer(audit.github, 'trinity').setLabels(first.issue, []);
  const after = await evidenceJson(audit.github);
  const row = after.rows.find((candidate) => candidate.id === first.id);
  assert.ok(row, "the unlabelled report's change is still in the evidence");
  assert.is(row.report.number, first.issue);
  assert.ok(after.notes.some((note) => note.startsWith(`#${first.issue}: a report without the label`)), after.notes.join('\n'));
});

test.run();
