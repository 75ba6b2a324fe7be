import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bodyDigest } from '../../src/trail/body-digest.ts';
import { editedAfterPosting, markerDraft, markerKey, parseMarker, signDraft, signedMarker, verifyMarker } from '../../src/trail/marker.ts';
import type { RowData } from '../../src/trail/row-data.ts';
import { reportRow } from '../../src/core/render/markdown.ts';
import { ACCOUNT, record, undetected, UTC } from '../core/render/fixtures.ts';

const rows: RowData[] = [
  { createdAt: 1_767_225_000, actorId: 1509756491122, severity: 'high', label: 'Security: Require two-factor authentication' },
  { createdAt: 1_767_225_100, actorId: 1504640086770, severity: null, label: 'Tickets: Enable CCs --> @everyone #1' },
];
const claim = {
  account: 'acme.zendesk.com',
  sourceTypes: ['account_setting'],
  ids: [23649114690839, 23639756399639],
  listed: 1_767_225_600,
  rows,
  tasks: [23649114690839],
};

test('a marker refuses ids that are not Zendesk ids, and a listing time that is not whole seconds', () => {
  for (const bad of [0, -1, 1.5, NaN, 2 ** 53, '12' as unknown as number]) {
    assert.throws(() => markerDraft({ ...claim, ids: [1, bad] }), RangeError);
  }
  for (const bad of [-1, 1.5, NaN, 2 ** 53]) assert.throws(() => markerDraft({ ...claim, listed: bad }), RangeError);
});

test('the unsigned marker of 0.1.0, the v2 marker of 0.2.0 and the unreleased v3 are no markers at all', () => {
  const v2 = `<!-- zendesk-audit v2 account=acme.zendesk.com types=account_setting ids=1,2 mac=${'A'.repeat(43)} -->`;
  const v3 = `<!-- zendesk-audit v3 account=acme.zendesk.com types=account_setting ids=1,2 listed=1 mac=${'A'.repeat(43)} -->`;
  for (const body of ['rows\n\n<!-- zendesk-audit ids: 1,2 -->\n', '<!--ZENDESK-AUDIT IDS:1 2-->', `rows\n\n${v2}\n`, `rows\n\n${v3}\n`]) {
    assert.is(parseMarker(body), undefined, body);
  }
});

test('Zendesk text cannot forge a marker in a report row', async () => {
  const signed = await signedMarker(await markerKey('s3cret'), { ...claim, ids: [101], rows: [rows[0]!], tasks: [] });
  const forged = record({
    id: 5,
    actor_name: signed,
    change_description: `-->${signed}`,
    source_label: `\n${signed}\n`,
  });
  const row = reportRow(undetected([forged])[0]!, { clock: UTC, account: ACCOUNT });
  assert.is(parseMarker(row), undefined);
  assert.is(parseMarker(`rows\n${row}\n`), undefined);
  assert.not.match(row, '<');
});

// Signed markers ------------------------------------------------------------------------

test('a signed marker verifies under its key and reads back what it says', async () => {
  const key = await markerKey('zendesk-secret');
  const marker = await signedMarker(key, claim);
  assert.match(
    marker,
    /^<!-- zendesk-audit v4 account=acme\.zendesk\.com types=account_setting ids=23649114690839,23639756399639 listed=1767225600 digest=[A-Za-z0-9_-]{43} data=[A-Za-z0-9_-]+ mac=[A-Za-z0-9_-]{43} -->$/,
  );
  assert.not.match(marker.slice(4, -3), /-->|@|#|<|>/, 'the data hides what Zendesk wrote: no comment end, mention or reference');
  const parsed = parseMarker(`# Report\n\n| row |\n\n${marker}\n`)!;
  const { account, sourceTypes, ids, listed, rows: read, tasks } = parsed;
  assert.equal({ account, sourceTypes, ids, listed, rows: read, tasks }, claim);
  assert.ok(await verifyMarker(key, parsed));
});

test('a marker with ids added, another account, source type or listing time, or under another key, fails to verify', async () => {
  const key = await markerKey('zendesk-secret');
  const marker = await signedMarker(key, claim);
  const edits = [
    marker.replace('ids=', 'ids=111,'),
    marker.replace('23639756399639', '23639756399639,222'),
    marker.replace('account=acme', 'account=other'),
    marker.replace('types=account_setting', 'types=user'),
    marker.replace('listed=1767225600', 'listed=1767225000'),
    marker.replace(/data=(\S+)/, (_, data: string) => `data=${data.slice(0, -4)}${data.slice(-4).split('').reverse().join('')}`),
    marker.replace(/digest=\S+/, `digest=${'A'.repeat(43)}`),
  ];
  for (const edited of edits) {
    const parsed = parseMarker(edited);
    assert.ok(parsed, edited);
    assert.not.ok(await verifyMarker(key, parsed!), edited);
  }
  assert.not.ok(await verifyMarker(await markerKey('another-secret'), parseMarker(marker)!));
});

test('only a marker at the very end of a body is read: not one in a quote, a code block or mid-text', async () => {
  const marker = await signedMarker(await markerKey('s3cret'), claim);
  assert.ok(parseMarker(`text\r\n\r\n${marker}\r\n`), 'line ends from GitHub’s editor');
  for (
    const body of [
      `text\n> ${marker}\n`,
      `> ${marker}\n\nmore text`,
      `\`\`\`\n${marker}\n\`\`\`\n`,
      `${marker}\ntext after`,
      `\`${marker}\``,
    ]
  ) {
    assert.is(parseMarker(body), undefined, body);
  }
  assert.is(parseMarker(marker.toUpperCase()), undefined, 'loose case is not the Action’s');
});

test('a draft has the signed length, and signDraft turns it into the signed marker', async () => {
  const key = await markerKey('s3cret');
  const draft = markerDraft(claim);
  const signed = await signedMarker(key, claim, await bodyDigest('head'));
  assert.is(draft.length, signed.length);
  assert.is(await signDraft(key, `head\n\n${draft}\n`), `head\n\n${signed}\n`);
});

test('a row of the data changed by hand (another actor, a lower severity) fails to verify', async () => {
  const key = await markerKey('s3cret');
  const lowered: RowData[] = [{ ...rows[0]!, severity: 'low' }, rows[1]!];
  const honest = parseMarker(await signedMarker(key, claim))!;
  const forged = parseMarker(await signedMarker(await markerKey('guess'), { ...claim, rows: lowered }))!;
  // The forger's data with the honest MAC, and the honest data with the forger's MAC: neither verifies.
  assert.not.ok(await verifyMarker(key, { ...honest, data: forged.data }));
  assert.not.ok(await verifyMarker(key, forged));
  assert.equal(forged.rows[0]!.severity, 'low', 'the data reads back, but nothing trusts it unverified');
});

test('the digest tells a body edited after posting; ticking or unticking its tasks, or GitHub’s \\r\\n, is no edit', async () => {
  const key = await markerKey('s3cret');
  const posted = await signDraft(
    key,
    `## Report\n\n- [ ] a change · audit log 1\n- [ ] another · audit log 2\n\n| a row |\n\n${markerDraft(claim)}\n`,
  );
  const marker = parseMarker(posted)!;
  assert.not.ok(await editedAfterPosting(posted, marker));
  const ticked = posted.replace('- [ ] a change', '- [x] a change').replace('- [ ] another', '- [X] another').replace(/\n/g, '\r\n');
  assert.not.ok(await editedAfterPosting(ticked, marker), 'ticks and line ends');
  assert.ok(await verifyMarker(key, parseMarker(ticked)!), 'the marker stays valid');
  for (
    const edited of [
      posted.replace('| a row |', '| another row |'),
      posted.replace('- [ ] another · audit log 2\n', ''),
      posted.replace('| a row |', '| a row |\n- [x] reviewed by @alice'),
      posted.replace('## Report', '## Report\n\nAll reviewed.'),
    ]
  ) {
    assert.ok(await editedAfterPosting(edited, marker), edited);
    assert.ok(await verifyMarker(key, parseMarker(edited)!), 'an edit of the text leaves the marker valid: the changes stay reported');
  }
});

test('markerKey: the same secret gives the same markers, another secret other ones', async () => {
  const one = await signedMarker(await markerKey('secret-1'), claim);
  assert.is(await signedMarker(await markerKey('secret-1'), claim), one);
  assert.is.not(await signedMarker(await markerKey('secret-2'), claim), one);
  await assert.throws(() => markerDraft({ ...claim, account: 'a b' }), RangeError);
});

test.run();
