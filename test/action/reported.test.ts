import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { idMarker, markerKey, signedMarker } from '../../src/action/marker.ts';
import {
  type EarlierReport,
  isPullRequest,
  markerSecret,
  reportedIds,
  type Trust,
  withdrawMarker,
  writtenBy,
} from '../../src/action/reported.ts';

const bot = { login: 'github-actions[bot]', id: 41898282 };
const app = { slug: 'github-actions' };
const account = 'acme.zendesk.com';
const key = await markerKey('zendesk-api-token-secret');
const trust: Trust = { identity: { login: bot.login, id: bot.id, app: 'github-actions' }, key, account };
const sign = (ids: number[], claim: Partial<{ account: string; sourceTypes: string[] }> = {}) =>
  signedMarker(key, { account, sourceTypes: ['account_setting'], ids, ...claim });
const sorted = async (reports: EarlierReport[]) => [...(await reportedIds(reports, trust)).ids].sort((a, b) => a - b);
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
    await signedMarker(await markerKey('guessed'), { account, sourceTypes: ['account_setting'], ids: [3] }),
    await sign([3], { account: 'other.zendesk.com' }),
    `${await sign([1, 2])}\n\n> ${await sign([3])}\n`.replace(/\n$/, '') + '\nthe end',
  ];
  for (const body of bodies) {
    const result = await reportedIds([{ issue: issue(1, body), comments: [] }], trust);
    assert.not.ok(result.ids.has(3), body);
  }
  const edited = await reportedIds([{ issue: issue(1, real.replace('ids=1,2', 'ids=1,2,3')), comments: [] }], trust);
  assert.is(edited.rejected, 1);
  assert.equal([...edited.ids], [], 'an edited marker loses its real ids too: they are reported again, none hidden');
});

test('ticking a task-list item edits the body but keeps its marker valid', async () => {
  const body = `- [ ] Security: Session expiration\n\n${await sign([5])}`;
  const ticked = body.replace('- [ ]', '- [x]').replace(/\n/g, '\r\n');
  assert.equal(await sorted([{ issue: { ...issue(1, ''), body: ticked }, comments: [] }]), [5]);
});

test('unsigned markers of earlier versions count in our issues created before the first signed report, and only there', async () => {
  const legacy = issue(1, idMarker([10, 11]), { created_at: '2026-11-30T10:00:00Z' });
  assert.equal(await sorted([{ issue: legacy, comments: [] }]), [10, 11], 'before any signed report: trusted');
  const signed = issue(2, await sign([12]), { created_at: '2026-12-01T09:00:00Z' });
  const late = issue(3, idMarker([13]), { created_at: '2026-12-01T09:30:00Z' });
  assert.equal(await sorted([{ issue: legacy, comments: [] }, { issue: signed, comments: [] }, { issue: late, comments: [] }]), [
    10,
    11,
    12,
  ]);
  const loose = issue(4, '<!--ZENDESK-AUDIT IDS:14 15-->', { created_at: '2026-11-30T10:00:00Z' });
  assert.equal(await sorted([{ issue: loose, comments: [] }]), [], 'written loosely: not the Action’s');
  const theirs = issue(5, idMarker([16]), { created_at: '2026-11-30T10:00:00Z', user: { login: 'mallory', id: 2 } });
  assert.equal(await sorted([{ issue: theirs, comments: [] }]), []);
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
