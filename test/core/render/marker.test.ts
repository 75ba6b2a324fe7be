import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { idMarker, readIdMarkers } from '../../../src/core/render/marker.ts';
import { reportRow } from '../../../src/core/render/markdown.ts';
import { ACCOUNT, record, UTC } from './fixtures.ts';

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

test.run();
