/**
 * A report the Action closed as another's duplicate has its marker withdrawn (an unsigned
 * note, in an edit by the Action's identity). That identity is every workflow's of the
 * repository: another workflow writing the same note must not take a report's changes
 * out of the evidence while no other report lists them.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { withdrawMarker, withdrawnNote } from '../../../src/trail/reported.ts';
import { type Audit, startAudit } from '../audit-setup.ts';
import { evidenceJson, minutesAgo, reviewer } from '../reviewers.ts';

const test = suite<{ audit: Audit; ids: number[]; issue: number }>('the evidence of a withdrawn report', {
  audit: undefined as never,
  ids: [],
  issue: 0,
});

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  const changes = context.audit.sandbox.addRecords([
    { source_label: 'Security: Password policy', change_description: 'Changed from High to Low', created_at: minutesAgo(20) },
    { source_label: 'Security: Zendesk API token access', change_description: 'Turned on', created_at: minutesAgo(10) },
  ]);
  context.ids = changes.map((change) => change.id);
  const result = await context.audit.run();
  assert.is(result.code, 0, result.stdout);
  context.issue = Number(result.outputs['issue-number']);
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('a withdrawal written by another workflow as the Action hides nothing; once another report lists the changes, they come once', async ({ audit, ids, issue }) => {
  // A minute after posting, another workflow with the repository's GITHUB_TOKEN withdraws the marker, naming a report that does not exist.
  audit.github.advance(60_000);
  await reviewer(audit.github, 'github-actions[bot]').edit(issue, (body) => withdrawMarker(body, withdrawnNote(99)));
  const spoofed = await evidenceJson(audit.github);
  assert.equal(spoofed.rows.map((row) => row.id).sort(), [...ids].sort(), 'both changes still in the evidence');
  assert.ok(
    spoofed.notes.some((note) =>
      note.startsWith(`#${issue}: its marker was withdrawn as a duplicate of #99, but no report lists 2 of its changes`)
    ),
    spoofed.notes.join('\n'),
  );

  // The next run no longer counts them as reported and lists them again: now they come once, from the new report.
  const rerun = await audit.run();
  assert.is(rerun.code, 0, rerun.stdout);
  const again = Number(rerun.outputs['issue-number']);
  assert.ok(again > issue, 'a new report lists them');
  const listed = await evidenceJson(audit.github);
  assert.equal(listed.rows.map((row) => row.id).sort(), [...ids].sort(), 'each change once');
  assert.ok(listed.rows.every((row) => row.report.number === again), JSON.stringify(listed.rows.map((row) => row.report)));
  assert.not.ok(listed.notes.some((note) => note.includes('withdrawn')), listed.notes.join('\n'));
});

test.run();
