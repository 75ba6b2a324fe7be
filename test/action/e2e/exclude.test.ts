import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('exclude-actors', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 40, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('the changes of an excluded actor are not reported; the others are', async ({ audit }) => {
  const records = audit.sandbox.auditLogs();
  const robot = records[0]!.actor_id;
  const others = records.filter((record) => record.actor_id !== robot);
  assert.ok(others.length > 0 && others.length < records.length);
  const result = await audit.run({ 'exclude-actors': `${robot}, 1` });
  assert.is(result.code, 0, result.stdout);
  assert.match(result.stdout, `Ignored ${records.length - others.length} change(s) by the actors of exclude-actors`);
  assert.is(result.outputs['changes-count'], String(others.length));
  const reported = postedBodies(audit.github).flatMap((entry) => entry.ids);
  assert.equal(reported.sort(), others.map((record) => record.id).sort());
});

test.run();
