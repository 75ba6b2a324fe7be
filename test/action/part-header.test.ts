import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { partHeader } from '../../src/action/report.ts';
import { reportRow } from '../../src/core/mod.ts';
import { ACCOUNT, detected, HOSTILE, MAY_WINDOW, UTC } from '../core/render/fixtures.ts';
import { tableBodyRows, toHtml } from '../core/render/gfm.ts';
import { draftMarker, markerIds } from './markers.ts';

test('partHeader says which part of a split report it starts', () => {
  const header = (index: number, total: number) =>
    partHeader({ count: 250, window: MAY_WINDOW, zone: 'UTC', sourceType: 'account_setting', account: ACCOUNT, part: { index, total } })
      .split('\n')[0];
  assert.is(header(1, 1), '## Zendesk audit: 250 account\\_setting changes');
  assert.is(header(1, 3), '## Zendesk audit: 250 account\\_setting changes (part 1 of 3)');
  assert.is(header(2, 3), '## Zendesk audit: 250 account\\_setting changes, continued (part 2 of 3)');
  assert.throws(() => header(4, 3), RangeError);
  assert.throws(() => header(0, 3), RangeError);
});

test('partHeader counts alerts apart from the changes of the source type', () => {
  const heading = (count: number, alerts: number) =>
    partHeader({ count, alerts, window: MAY_WINDOW, zone: 'UTC', sourceType: 'account_setting', account: ACCOUNT }).split('\n')[0];
  assert.is(heading(5, 2), '## Zendesk audit: 3 account\\_setting changes and 2 alerts');
  assert.is(heading(1, 1), '## Zendesk audit: 1 alert');
  assert.is(heading(4, 0), '## Zendesk audit: 4 account\\_setting changes');
});

test('header, rows and marker compose into bodies the way the Action splits them', () => {
  const options = { clock: UTC, account: ACCOUNT };
  const records = detected(HOSTILE);
  const bodies = [records.slice(0, 5), records.slice(5)].map((part, index) => {
    const header = partHeader({
      count: HOSTILE.length,
      window: MAY_WINDOW,
      zone: 'UTC',
      sourceType: 'account_setting',
      account: ACCOUNT,
      part: { index: index + 1, total: 2 },
    });
    return `${header}${part.map((item) => reportRow(item, options)).join('\n')}\n\n${draftMarker(part.map(({ record }) => record.id))}\n`;
  });
  assert.equal(bodies.flatMap(markerIds), HOSTILE.map((item) => item.id));
  assert.equal(bodies.map((body) => tableBodyRows(toHtml(body)).length), [5, HOSTILE.length - 5]);
});

test.run();
