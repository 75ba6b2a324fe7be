/**
 * README.md's "Example": the issues and the job summary it shows are what the Action
 * posts, run as the README says (the sandbox with its scripted episodes; its inputs), with
 * what varies from run to run masked (test/helpers/readme.ts).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_MIX } from '../../../src/sandbox/mod.ts';
import { blocksCheckedBy, normalise } from '../../helpers/readme.ts';
import { type Audit, CLIENT_INPUTS, startAudit } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>("README.md's example issues, as the Action posts them", { audit: undefined as never });

/** The inputs the README names. */
const INPUTS = {
  ...CLIENT_INPUTS,
  'zendesk-subdomain': 'acme',
  'time-zone': 'America/Los_Angeles',
  lookback: '48h',
  'sensitive-labels': 'security-review',
  'severity-labels': 'high: security-high',
  'sensitive-assignees': 'octocat',
};

test.before(async (context) => {
  // The demo's account (npm run sandbox -- --episodes), dated from this very moment so that
  // the 48-hour window holds the same records whatever the minute of the hour.
  context.audit = await startAudit({ episodes: true, records: 400, days: 90, mix: DEFAULT_MIX, now: Date.now() });
});

test.after(async ({ audit }) => {
  await audit.close();
});

/** `actual` against the README's `shown`, line by line, masked. */
function assertShown(actual: string, shown: string, what: string): void {
  const lines = (text: string) => text.trimEnd().split('\n').map(normalise);
  assert.equal(lines(actual), lines(shown), `README.md's ${what} drifted; the Action posted:\n${actual}`);
}

test("the first report, the later one-change report and the quiet run's summary", async ({ audit }) => {
  const [firstTitle, firstBody, secondTitle, secondBody, summary] = blocksCheckedBy('test/action/e2e/readme.test.ts');
  assert.ok(summary, 'README.md shows two issues and a summary');

  const first = await audit.run(INPUTS);
  assert.is(first.code, 0, first.stdout);
  const [issue] = audit.github.items;
  assertShown(issue!.title, firstTitle!.body, 'first issue title');
  assertShown(issue!.body ?? '', firstBody!.body, 'first issue body');
  assert.equal([...issue!.labels].sort(), ['security-high', 'security-review', 'zendesk-audit']);
  assert.equal(issue!.assignees, ['octocat']);

  const jack = audit.sandbox.users().find((user) => user.name === 'Jack Wilson')!;
  audit.sandbox.addRecords([{
    source_type: 'account_setting',
    actor_id: jack.id,
    source_label: 'Localization: Default language',
    change_description: 'Changed from English to German',
  }]);
  const second = await audit.run(INPUTS);
  assert.is(second.code, 0, second.stdout);
  const later = audit.github.items[1]!;
  assertShown(later.title, secondTitle!.body, 'second issue title');
  assertShown(later.body ?? '', secondBody!.body, 'second issue body');
  assert.equal(later.labels, ['zendesk-audit']);
  assert.equal(later.assignees, []);

  const quiet = await audit.run(INPUTS);
  assert.is(quiet.code, 0, quiet.stdout);
  assert.is(audit.github.items.length, 2);
  assertShown(quiet.summary, summary!.body, 'job summary');
});

test.run();
