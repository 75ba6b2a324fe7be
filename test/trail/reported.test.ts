import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markerKey, signedMarker } from '../../src/trail/marker.ts';
import {
  type EarlierReport,
  isPullRequest,
  markerSecret,
  reportedIds,
  reportIdsOf,
  type Trust,
  withdrawMarker,
  writtenBy,
} from '../../src/trail/reported.ts';

const bot = { login: 'github-actions[bot]', id: 41898282 };
const app = { slug: 'github-actions' };
const account = 'acme.zendesk.com';
const key = await markerKey('zendesk-api-token-secret');
const trust: Trust = { identity: { login: bot.login, id: bot.id, app: 'github-actions' }, key, account };
const listed = 1_767_225_600;
const sign = (ids: number[], claim: Partial<{ account: string; sourceTypes: string[] }> = {}) =>
  signedMarker(key, { account, sourceTypes: ['account_setting'], ids, listed, ...claim });
const read = async (reports: EarlierReport[]) => reportedIds(await Promise.all(reports.map((report) => reportIdsOf(report, trust))));
const sorted = async (reports: EarlierReport[]) => [...(await read(reports)).ids].sort((a, b) => a - b);
const issue = (number: number, body: string, extra: Record<string, unknown> = {}) => ({
  number,
  body: `| table |\n\n${body}\n`,
  user: bot,
  performed_via_github_app: app,
  created_at: '2026-12-01T10:00:00Z',
  ...extra,
});

test('the verified markers of our issue bodies and our follow-up comments count', async () => {
  const reports = [
    { issue: issue(1, await sign([1, 2])), comments: [{ body: `part 2\n${await sign([3])}`, user: bot }] },
    { issue: issue(2, await sign([4])), comments: [] },
  ];
  assert.equal(await sorted(reports), [1, 2, 3, 4]);
});

test('an issue or a comment by anyone else hides nothing, even with a valid marker copied into it', async () => {
  const valid = await sign([7]);
  const mallory = { login: 'mallory', id: 666 };
  assert.equal(await sorted([{ issue: issue(1, valid, { user: mallory }), comments: [{ body: valid, user: mallory }] }]), []);
  assert.equal(await sorted([{ issue: issue(1, await sign([1])), comments: [{ body: valid, user: mallory }] }]), [1]);
});

test('an account of the same login but another id, or another app acting for it, is not us', async () => {
  assert.not.ok(writtenBy({ user: { login: bot.login, id: 1 } }, trust.identity));
  assert.not.ok(writtenBy({ user: bot, performed_via_github_app: { slug: 'other-app' } }, trust.identity));
  assert.ok(writtenBy({ user: bot, performed_via_github_app: null }, trust.identity), 'GitHub may leave the app out');
  const pat = { login: 'octocat', id: 1 };
  assert.not.ok(writtenBy({ user: pat, performed_via_github_app: app }, pat), 'a user token: an app acting as the user is not the token');
});

test('a marker edited to add ids, forged without the key, for another account, or not at the end, counts for nothing', async () => {
  const real = await sign([1, 2]);
  const bodies = [
    real.replace('ids=1,2', 'ids=1,2,3'),
    await signedMarker(await markerKey('guessed'), { account, sourceTypes: ['account_setting'], ids: [3], listed }),
    await sign([3], { account: 'other.zendesk.com' }),
    `${await sign([1, 2])}\n\n> ${await sign([3])}\n`.replace(/\n$/, '') + '\nthe end',
  ];
  for (const body of bodies) {
    const result = await read([{ issue: issue(1, body), comments: [] }]);
    assert.not.ok(result.ids.has(3), body);
  }
  const edited = await read([{ issue: issue(1, real.replace('ids=1,2', 'ids=1,2,3')), comments: [] }]);
  assert.is(edited.rejected, 1);
  assert.equal([...edited.ids], [], 'an edited marker loses its real ids too: they are reported again, none hidden');
});

test('ticking a task-list item edits the body but keeps its marker valid', async () => {
  const body = `- [ ] Security: Session expiration\n\n${await sign([5])}`;
  const ticked = body.replace('- [ ]', '- [x]').replace(/\n/g, '\r\n');
  assert.equal(await sorted([{ issue: { ...issue(1, ''), body: ticked }, comments: [] }]), [5]);
});

test('an unsigned marker counts for nothing, in our issue or comment, whenever the issue was created', async () => {
  const unsigned = (ids: number[]) => `<!-- zendesk-audit ids: ${ids.join(',')} -->`;
  const old = issue(1, unsigned([10, 11]), { created_at: '2020-01-01T00:00:00Z' });
  assert.equal(await sorted([{ issue: old, comments: [{ body: unsigned([12]), user: bot, performed_via_github_app: app }] }]), []);
  const signed = issue(2, await sign([13]), { created_at: '2020-01-01T00:00:00Z' });
  assert.equal(await sorted([{ issue: signed, comments: [{ body: `${unsigned([14])}\n`, user: bot, performed_via_github_app: app }] }]), [
    13,
  ]);
});

test('the comments of a report count only while its body’s marker verifies: withdrawn, edited or removed, they go with it', async () => {
  const part2 = { body: `part 2\n${await sign([2])}`, user: bot, performed_via_github_app: app };
  const body = await sign([1]);
  assert.equal(await sorted([{ issue: issue(1, body), comments: [part2] }]), [1, 2]);
  for (
    const changed of [
      withdrawMarker(`rows\n\n${body}\n`, '<!-- zendesk-audit: withdrawn, this report duplicates #1 -->'),
      body.replace('ids=1', 'ids=1,2'),
      'rows without a marker',
      await sign([1], { account: 'other.zendesk.com' }),
    ]
  ) {
    assert.equal(await sorted([{ issue: { ...issue(1, ''), body: changed }, comments: [part2] }]), [], changed);
  }
});

test('a report’s listing time comes from its body’s marker', async () => {
  const report = await reportIdsOf({ issue: issue(1, await sign([1])), comments: [] }, trust);
  assert.is(report.listed, listed);
  assert.is((await reportIdsOf({ issue: issue(1, 'no marker'), comments: [] }, trust)).listed, undefined);
});

test('pull requests, empty bodies and missing users count for nothing', async () => {
  const pull = { ...issue(3, await sign([7])), pull_request: { url: 'x' } };
  assert.ok(isPullRequest(pull));
  assert.not.ok(isPullRequest({ number: 1 }));
  assert.equal(await sorted([{ issue: pull, comments: [] }]), []);
  assert.equal(
    await sorted([{ issue: { number: 1, body: null, user: null }, comments: [{ body: await sign([5]), user: null }] }, {
      issue: { number: 2 },
      comments: [],
    }]),
    [],
  );
});

test('markerSecret: the marker-key input, else the secret part of the Zendesk credentials', () => {
  assert.is(markerSecret({ email: 'a@b.example', apiToken: 'tok' }), 'tok');
  assert.is(markerSecret({ oauthToken: 'oauth' }), 'oauth');
  assert.is(markerSecret({ oauthToken: 'oauth' }, 'fixed'), 'fixed');
});

test('withdrawMarker replaces the trailing marker so its ids no longer count', async () => {
  const body = `rows\n\n${await sign([1])}\n`;
  const withdrawn = withdrawMarker(body, '<!-- withdrawn -->');
  assert.is(withdrawn, 'rows\n\n<!-- withdrawn -->\n');
  assert.equal(await sorted([{ issue: { ...issue(1, ''), body: withdrawn }, comments: [] }]), []);
});

test.run();
