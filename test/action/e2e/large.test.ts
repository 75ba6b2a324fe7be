import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, errorLine, postedBodies, startAudit, tableIds } from '../audit-setup.ts';
import { BODY_LIMIT } from '../fake-github.ts';

const test = suite<{ audit: Audit }>('large reports', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 3000, days: 1 });
  // A few changes whose text alone is long: they are shortened and marked, never dropped.
  context.audit.sandbox.addRecords(
    Array.from({ length: 5 }, (_, index) => ({ change_description: `Changed from ${'@x '.repeat(3000)} to ${index}` })),
  );
});

test.after(async ({ audit }) => {
  await audit.close();
});

/** Every body within GitHub's limit, and its marker ids equal to its table's ids. */
function assertBodiesConsistent(audit: Audit) {
  for (const { body, ids } of postedBodies(audit.github)) {
    assert.ok(body.length <= BODY_LIMIT, `a body of ${body.length} characters`);
    assert.equal(tableIds(body), ids, 'the marker lists exactly the ids of its own rows');
  }
}

test('3,000 changes are split into parts within the limit, every id in exactly one body', async ({ audit }) => {
  const all = audit.sandbox.auditLogs().map((record) => record.id);
  assert.is(all.length, 3005);
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  assert.is(audit.github.issues().length, 1);
  const bodies = postedBodies(audit.github);
  assert.ok(bodies.length > 1, 'more than one body');
  assert.is(audit.github.issues()[0]!.comments.length, bodies.length - 1, 'the other parts are comments on the same issue');
  assertBodiesConsistent(audit);
  assert.equal(bodies.flatMap((entry) => entry.ids), all, 'every id once, oldest first');
  for (const [index, { body }] of bodies.entries()) assert.match(body, `part ${index + 1} of ${bodies.length}`);
  assert.match(bodies.map((entry) => entry.body).join('\n'), /shortened from \d+ characters/);
  assert.is(result.outputs['changes-count'], '3005');
  assert.match(result.summary, 'The first 300 of 3005 new changes are shown here; the issue lists them all');
  assert.ok(Buffer.byteLength(result.summary) < 1024 * 1024);
});

test('a run that dies between parts loses nothing and repeats nothing', async ({ audit }) => {
  const added = audit.sandbox.addRecords(Array.from({ length: 1500 }, () => ({})));
  let comments = 0;
  audit.github.intercept = (request) => {
    if (request.method !== 'POST' || !request.path.endsWith('/comments')) return undefined;
    comments += 1;
    return comments === 2 ? { status: 502, body: { message: 'Server Error' } } : undefined;
  };
  const failed = await audit.run();
  audit.github.intercept = undefined;
  assert.is(failed.code, 1);
  assert.match(errorLine(failed), /GitHub refused to post part 3 of \d+ on issue #2 \(POST \/repos\/acme\/audit\/issues\/2\/comments: 502/);
  assert.match(errorLine(failed), 'issue #2 lists the parts posted before this; the next run reports the rest');
  assert.is(failed.outputs['issue-number'], '2', 'the outputs name the issue that was opened');
  assert.match(
    failed.summary,
    /\[#2\]\(https:\/\/github\.com\/acme\/audit\/issues\/2\) was opened and lists \d+ of the 1500 new changes; not every part was posted/,
  );
  const posted = postedBodies(audit.github).filter((entry) => entry.issue === 2).flatMap((entry) => entry.ids);
  assert.ok(posted.length > 0 && posted.length < added.length);
  assert.is(failed.outputs['changes-count'], String(posted.length), 'changes-count counts what was posted, not what was meant to be');
  assert.match(failed.summary, `lists ${posted.length} of the 1500 new changes`);

  const rerun = await audit.run();
  assert.is(rerun.code, 0, rerun.stdout);
  assert.is(audit.github.issues().length, 3);
  assert.is(Number(rerun.outputs['changes-count']), added.length - posted.length, 'the next run reports just the rest');
  assertBodiesConsistent(audit);
  const reported = postedBodies(audit.github).flatMap((entry) => entry.ids);
  assert.is(new Set(reported).size, reported.length, 'no id twice');
  assert.equal([...reported].sort(), audit.sandbox.auditLogs().map((record) => record.id).sort(), 'none lost');
});

test.run();
