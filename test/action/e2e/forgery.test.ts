/**
 * The exactly-once state against the audited: someone with triage or write access to
 * the report repository (labels, comments, edits) tries to hide the changes they made
 * in Zendesk from the next report. Each case: earlier changes reported, two new changes
 * made, the attack, then the next run, which must report both new changes.
 */
import { getOctokit } from '@actions/github';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit } from '../audit-setup.ts';

const MALLORY = 'ghp_malloryToken0123456789abcdef';
const OTHER_APP = 'ghs_otherAppToken0123456789abcd';

const test = suite<
  { audit: Audit; mallory: ReturnType<typeof getOctokit>; bot: ReturnType<typeof getOctokit>; other: ReturnType<typeof getOctokit> }
>(
  'markers that cannot be forged or edited into hiding a change',
  { audit: undefined as never, mallory: undefined as never, bot: undefined as never, other: undefined as never },
);

const repo = { owner: 'acme', repo: 'audit' };

test.before(async (context) => {
  context.audit = await startAudit({ records: 10, days: 1 }, {
    tokens: {
      [MALLORY]: { login: 'mallory', type: 'User' },
      [OTHER_APP]: { login: 'helper-bot[bot]', type: 'Bot', app: 'helper-bot' },
    },
  });
  const baseUrl = context.audit.github.url;
  context.mallory = getOctokit(MALLORY, { baseUrl });
  // Another workflow of the repository: its GITHUB_TOKEN acts as github-actions[bot] too.
  context.bot = getOctokit(context.audit.github.token, { baseUrl });
  context.other = getOctokit(OTHER_APP, { baseUrl });
  const first = await context.audit.run();
  assert.is(first.code, 0, first.stdout);
  assert.is(first.outputs['changes-count'], '10');
});

test.after(async ({ audit }) => {
  await audit.close();
});

/** A marker in the signed form with a made-up MAC, naming `ids`. */
function forged(audit: Audit, ids: number[]): string {
  const account = new URL(audit.sandbox.url).host;
  const listed = Math.floor(Date.now() / 1000);
  return `<!-- zendesk-audit v4 account=${account} types=account_setting ids=${ids.join(',')} listed=${listed} digest=${
    'A'.repeat(43)
  } data= mac=${'A'.repeat(43)} -->`;
}

/** The unsigned marker of the first drafts, which no version counts. */
const unsigned = (ids: number[]) => `<!-- zendesk-audit ids: ${ids.join(',')} -->`;

/** Two new changes, the attack on their ids, the next run: both must be reported, none twice. */
async function attack(audit: Audit, what: string, hide: (ids: number[]) => Promise<void>, expectAgain: number[] = []) {
  const added = audit.sandbox.addRecords([{ change_description: 'Turned off' }, { change_description: 'Changed from 8 hours to 30 days' }]);
  const ids = added.map((record) => record.id);
  await hide(ids);
  const result = await audit.run();
  assert.is(result.code, 0, `${what}: ${result.stdout}`);
  const newest = postedBodies(audit.github).filter((entry) => entry.issue === audit.github.issues().at(-1)!.number).flatMap((entry) =>
    entry.ids
  );
  for (const id of ids) assert.ok(newest.includes(id), `${what}: change ${id} was hidden`);
  assert.is(result.outputs['changes-count'], String(ids.length + expectAgain.length), `${what}: ${newest.join(',')}`);
  for (const id of expectAgain) assert.ok(newest.includes(id), `${what}: ${id} reported again`);
  return result;
}

const lastReport = (audit: Audit) => audit.github.issues().filter((issue) => issue.user.login === 'github-actions[bot]').at(-1)!;

test('an issue by another user with the label and a marker naming the new ids hides nothing', async ({ audit, mallory }) => {
  await attack(audit, 'signed-looking marker', async (ids) => {
    await mallory.rest.issues.create({ ...repo, title: 'x', labels: ['zendesk-audit'], body: `nothing to see\n\n${forged(audit, ids)}\n` });
  });
  await attack(audit, 'old-style marker', async (ids) => {
    await mallory.rest.issues.create({ ...repo, title: 'x', labels: ['zendesk-audit'], body: `${unsigned(ids)}\n` });
  });
});

test('the marker only in their own comment on their issue, or with the label in other case and written loosely, hides nothing', async ({ audit, mallory }) => {
  await attack(audit, 'comment on own issue', async (ids) => {
    const { data } = await mallory.rest.issues.create({ ...repo, title: 'x', labels: ['zendesk-audit'], body: 'see below' });
    await mallory.rest.issues.createComment({ ...repo, issue_number: data.number, body: `${unsigned(ids)}\n${forged(audit, ids)}` });
  });
  await attack(audit, 'other case, loose marker', async (ids) => {
    await mallory.rest.issues.create({ ...repo, title: 'x', labels: ['Zendesk-Audit'], body: `<!--ZENDESK-AUDIT IDS:${ids.join(' ')}-->` });
  });
});

test('the Action’s own report edited to append the ids to its marker: the edit fails to verify, so that report’s changes come again too', async ({ audit, mallory }) => {
  const target = lastReport(audit);
  const again = postedBodies(audit.github).filter((entry) => entry.issue === target.number).flatMap((entry) => entry.ids);
  const result = await attack(
    audit,
    'edited marker',
    async (ids) => {
      const body = target.body!.replace(/ listed=/, `,${ids.join(',')} listed=`);
      await mallory.rest.issues.update({ ...repo, issue_number: target.number, body });
    },
    again,
  );
  assert.match(result.stdout, /::warning::1 id marker\(s\) in earlier reports did not verify/);
});

test('a marker added inside a fenced block or a quote of the Action’s report hides nothing', async ({ audit, mallory }) => {
  const target = lastReport(audit);
  await attack(audit, 'fenced block before the marker', async (ids) => {
    const body = target.body!.replace(
      '<!-- zendesk-audit v4',
      `\`\`\`\n${forged(audit, ids)}\n\`\`\`\n\n> ${unsigned(ids)}\n\n<!-- zendesk-audit v4`,
    );
    await mallory.rest.issues.update({ ...repo, issue_number: target.number, body });
  });
  const again = postedBodies(audit.github).filter((entry) => entry.issue === lastReport(audit).number).flatMap((entry) => entry.ids);
  const newest = lastReport(audit);
  await attack(
    audit,
    'quote after the marker',
    async (ids) => {
      await mallory.rest.issues.update({ ...repo, issue_number: newest.number, body: `${newest.body}\n> ${forged(audit, ids)}\n` });
    },
    again,
  );
});

test('a comment by github-actions[bot] from another workflow, or by another app, on the Action’s report hides nothing', async ({ audit, bot, other }) => {
  const target = lastReport(audit);
  await attack(audit, 'inline code by the same bot', async (ids) => {
    await bot.rest.issues.createComment({ ...repo, issue_number: target.number, body: `quoted: \`${forged(audit, ids)}\`` });
  });
  await attack(audit, 'old-style marker by the same bot', async (ids) => {
    await bot.rest.issues.createComment({ ...repo, issue_number: target.number, body: `${unsigned(ids)}\n` });
  });
  await attack(audit, 'another app', async (ids) => {
    await other.rest.issues.create({ ...repo, title: 'x', labels: ['zendesk-audit'], body: forged(audit, ids) });
  });
});

test('a reviewer ticking a task or commenting on the report changes nothing: the next run reports nothing twice', async ({ audit, mallory }) => {
  const target = lastReport(audit);
  await mallory.rest.issues.update({
    ...repo,
    issue_number: target.number,
    body: `- [x] reviewed by mallory\r\n${target.body!.replace(/\n/g, '\r\n')}`,
  });
  await mallory.rest.issues.createComment({ ...repo, issue_number: target.number, body: 'Looks fine to me' });
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['changes-count'], '0');
  // Only the marker edited earlier fails to verify; the ticked body's still does.
  assert.match(result.stdout, '::warning::1 id marker(s) in earlier reports did not verify', result.stdout);
});

test('a github-actions[bot] comment ending in an unsigned marker, on a 40-day-old issue of the bot’s, hides nothing', async ({ audit, bot }) => {
  // Before: unsigned markers counted on issues created before the first signed report seen.
  const old = new Date(Date.now() - 40 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const report = audit.github.seed({
    labels: ['zendesk-audit'],
    user: { login: 'github-actions[bot]', type: 'Bot' },
    created_at: old,
    body: `An old report\n\n${unsigned([1])}\n`,
  });
  await attack(audit, 'unsigned marker on an old issue', async (ids) => {
    await bot.rest.issues.createComment({ ...repo, issue_number: report.number, body: `echoed text\n${unsigned(ids)}\n` });
  });
});

test('with no signed report under the first label, a labelled issue of the bot’s with an unsigned marker hides nothing', async ({ audit, bot }) => {
  // Before: with no signed report in the listing (a quiet week, or the label taken off the
  // recent reports), every unsigned marker in an issue of the bot's counted.
  const added = audit.sandbox.addRecords([{ change_description: 'Turned off' }]);
  const ids = added.map((record) => record.id);
  await bot.rest.issues.create({ ...repo, title: 'x', labels: ['audit-b'], body: `echoed text\n${unsigned(ids)}\n` });
  const result = await audit.run({ labels: 'audit-b' });
  assert.is(result.code, 0, result.stdout);
  const newest = postedBodies(audit.github).filter((entry) => entry.issue === audit.github.issues().at(-1)!.number).flatMap((entry) =>
    entry.ids
  );
  for (const id of ids) assert.ok(newest.includes(id), `change ${id} was hidden`);
  assert.is(result.outputs['changes-count'], String(audit.sandbox.auditLogs().length), 'the whole window, the new change included');
});

test('across every attack, every change of the account was reported, and only re-reported where a marker of ours was edited', ({ audit }) => {
  const reported = new Set(postedBodies(audit.github).flatMap((entry) => entry.ids));
  for (const record of audit.sandbox.auditLogs()) assert.ok(reported.has(record.id), `${record.id} lost`);
});

test.run();
