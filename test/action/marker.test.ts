import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  idMarker,
  markerDraft,
  markerKey,
  parseMarker,
  readIdMarkers,
  signDraft,
  signedMarker,
  trailingIdMarker,
  verifyMarker,
} from '../../src/action/marker.ts';
import { reportRow } from '../../src/core/render/markdown.ts';
import { ACCOUNT, record, UTC } from '../core/render/fixtures.ts';

test('idMarker writes the ids as an HTML comment', () => {
  assert.is(idMarker([1, 2, 3]), '<!-- zendesk-audit ids: 1,2,3 -->');
  assert.is(idMarker([23649114690839]), '<!-- zendesk-audit ids: 23649114690839 -->');
});

test('idMarker refuses anything that is not a Zendesk id', () => {
  for (const bad of [0, -1, 1.5, NaN, 2 ** 53, '12' as unknown as number]) {
    assert.throws(() => idMarker([1, bad]), RangeError);
  }
});

test('readIdMarkers reads back what idMarker wrote', () => {
  const ids = [23649114690839, 23639756399639, 1501160646542];
  assert.equal(readIdMarkers(`# Report\n\n| a |\n\n${idMarker(ids)}\n`), ids);
});

test('readIdMarkers reads every marker in a body, in order', () => {
  const body = `${idMarker([1, 2])}\ntext\n${idMarker([3])}\n${idMarker([2])}`;
  assert.equal(readIdMarkers(body), [1, 2, 3, 2]);
});

test('readIdMarkers is tolerant of spacing, line breaks and case', () => {
  assert.equal(readIdMarkers('<!--zendesk-audit ids:1, 2 ,\n 3-->'), [1, 2, 3]);
  assert.equal(readIdMarkers('<!--   Zendesk-Audit   IDS :  4\t5\r\n6   -->'), [4, 5, 6]);
  assert.equal(readIdMarkers('<!-- zendesk-audit ids: -->'), []);
});

test('readIdMarkers ignores other comments, text outside comments and tokens that are not ids', () => {
  const body = [
    '<!-- another tool: 7 -->',
    'zendesk-audit ids: 8',
    '&lt;!-- zendesk-audit ids: 9 --&gt;',
    '<!-- zendesk-audit ids: 10,x,-11,1.5,0,99999999999999999999, 12 -->',
  ].join('\n');
  assert.equal(readIdMarkers(body), [10, 12]);
  assert.equal(readIdMarkers(''), []);
});

test('Zendesk text cannot forge a marker in a report row', () => {
  const forged = record({
    id: 5,
    actor_name: '<!-- zendesk-audit ids: 101 -->',
    change_description: '--><!-- zendesk-audit ids: 102 -->',
    source_label: '\n<!-- zendesk-audit ids: 103 -->\n',
  });
  const row = reportRow(forged, { clock: UTC, account: ACCOUNT });
  assert.equal(readIdMarkers(row), []);
  assert.not.match(row, '<');
});

// Signed markers ------------------------------------------------------------------------

const claim = { account: 'acme.zendesk.com', sourceTypes: ['account_setting'], ids: [23649114690839, 23639756399639] };

test('a signed marker verifies under its key and reads back what it says', async () => {
  const key = await markerKey('zendesk-secret');
  const marker = await signedMarker(key, claim);
  assert.match(
    marker,
    /^<!-- zendesk-audit v2 account=acme\.zendesk\.com types=account_setting ids=23649114690839,23639756399639 mac=[A-Za-z0-9_-]{43} -->$/,
  );
  const parsed = parseMarker(`# Report\n\n| row |\n\n${marker}\n`)!;
  assert.equal({ account: parsed.account, sourceTypes: parsed.sourceTypes, ids: parsed.ids }, claim);
  assert.ok(await verifyMarker(key, parsed));
});

test('a marker with ids added, or another account or source type, or under another key, fails to verify', async () => {
  const key = await markerKey('zendesk-secret');
  const marker = await signedMarker(key, claim);
  const edits = [
    marker.replace('ids=', 'ids=111,'),
    marker.replace('23639756399639', '23639756399639,222'),
    marker.replace('account=acme', 'account=other'),
    marker.replace('types=account_setting', 'types=user'),
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
  const signed = await signedMarker(key, claim);
  assert.is(draft.length, signed.length);
  assert.is(await signDraft(key, `head\n\n${draft}\n`), `head\n\n${signed}\n`);
});

test('markerKey: the same secret gives the same markers, another secret other ones', async () => {
  const one = await signedMarker(await markerKey('secret-1'), claim);
  assert.is(await signedMarker(await markerKey('secret-1'), claim), one);
  assert.is.not(await signedMarker(await markerKey('secret-2'), claim), one);
  await assert.throws(() => markerDraft({ ...claim, account: 'a b' }), RangeError);
});

test('trailingIdMarker reads only the unsigned marker exactly as idMarker writes it, at the end', () => {
  assert.equal(trailingIdMarker(`rows\n\n${idMarker([1, 2])}\n`), [1, 2]);
  assert.is(trailingIdMarker('<!--ZENDESK-AUDIT IDS:1 2-->'), undefined);
  assert.is(trailingIdMarker(`${idMarker([1])}\nmore`), undefined);
});

test.run();
