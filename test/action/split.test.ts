import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_BODY_LENGTH, splitBody, type SplitOptions } from '../../src/action/split.ts';
import { draftMarker, markerIds } from './markers.ts';

interface Item {
  id: number;
  text: string;
}

const options = (limit?: number): SplitOptions<Item> => ({
  header: (part) => `## Report${part ? ` (part ${part.index} of ${part.total})` : ''}\n\n| Change | Id |\n| --- | --- |\n`,
  row: (item, maxTextLength) => {
    const text = maxTextLength === undefined ? item.text : `${item.text.slice(0, maxTextLength)} [shortened]`;
    return `| ${text} | ${item.id} |`;
  },
  id: (item) => item.id,
  marker: (parts) => draftMarker(parts.map((item) => item.id)),
  limit,
});

const items = (count: number, length = 50): Item[] =>
  Array.from({ length: count }, (_, index) => ({ id: 14_641_623_611_693 + index, text: `change ${index} `.padEnd(length, 'x') }));

/** The ids of the table rows of a body (the last cell of each row). */
const rowIds = (body: string) =>
  body
    .split('\n')
    .filter((line) => /^\| .* \| \d+ \|$/.test(line))
    .map((line) => Number(/(\d+) \|$/.exec(line)![1]));

test('splitBody gives no bodies for no items', () => {
  assert.equal(splitBody([], options()), []);
});

test('splitBody puts a report that fits into one body without a part number', () => {
  const bodies = splitBody(items(3), options());
  assert.is(bodies.length, 1);
  const [body] = bodies;
  assert.ok(body!.text.startsWith('## Report\n'));
  assert.equal(body!.ids, items(3).map((item) => item.id));
  assert.equal(markerIds(body!.text), body!.ids);
  assert.equal(rowIds(body!.text), body!.ids);
  assert.ok(body!.text.endsWith(`\n\n${draftMarker(body!.ids)}\n`));
});

test('splitBody splits a long report into parts that each stay within the limit', () => {
  const all = items(3000, 200);
  const bodies = splitBody(all, options());
  assert.ok(bodies.length > 1);
  for (const [index, body] of bodies.entries()) {
    assert.ok(body.text.length <= MAX_BODY_LENGTH, `body ${index + 1} has ${body.text.length} characters`);
    assert.match(body.text, `(part ${index + 1} of ${bodies.length})`);
    assert.equal(markerIds(body.text), body.ids, 'each marker carries exactly its own ids');
    assert.equal(rowIds(body.text), body.ids, 'and they are the ids of its rows');
  }
  assert.equal(bodies.flatMap((body) => body.ids), all.map((item) => item.id), 'every id once, in order');
});

test('splitBody fills bodies close to the limit rather than wasting issues', () => {
  const bodies = splitBody(items(2000, 300), options(20_000));
  for (const body of bodies.slice(0, -1)) assert.ok(body.text.length > 20_000 - 400, `only ${body.text.length}`);
});

test('splitBody counts UTF-16 units, so astral characters cannot push a body over', () => {
  const all = items(500).map((item) => ({ ...item, text: '😀'.repeat(100) }));
  const bodies = splitBody(all, options(10_000));
  for (const body of bodies) assert.ok(body.text.length <= 10_000);
  assert.is(bodies.flatMap((body) => body.ids).length, 500);
});

test('splitBody shortens a row that alone would not fit, keeping its id', () => {
  const all = [...items(2), { id: 99, text: 'y'.repeat(5000) }, ...items(2, 40).map((item) => ({ ...item, id: item.id + 10 }))];
  const bodies = splitBody(all, options(2000));
  for (const body of bodies) assert.ok(body.text.length <= 2000);
  const withLong = bodies.find((body) => body.ids.includes(99))!;
  assert.match(withLong.text, '[shortened]');
  assert.match(withLong.text, '| 99 |');
  assert.equal(bodies.flatMap((body) => body.ids), all.map((item) => item.id));
});

test('splitBody refuses a header that leaves no room for rows', () => {
  assert.throws(() => splitBody(items(5), { ...options(200), header: () => 'h'.repeat(300) }), RangeError);
});

test('splitBody survives a marker longer than it estimates', () => {
  const wordy = {
    ...options(3000),
    marker: (parts: readonly Item[]) => `<!-- zendesk-audit ids: ${parts.map((item) => item.id).join(' , ')} -->`,
  };
  const bodies = splitBody(items(200), wordy);
  for (const body of bodies) assert.ok(body.text.length <= 3000, `${body.text.length}`);
  assert.is(bodies.flatMap((body) => body.ids).length, 200);
});

test.run();
