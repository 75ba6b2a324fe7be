import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { idMarker } from '../../src/core/mod.ts';
import { isPullRequest, reportedIds } from '../../src/action/reported.ts';

const bot = { login: 'github-actions[bot]' };
const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b);

test('reportedIds reads the ids in the markers of issue bodies', () => {
  const ids = reportedIds([
    { issue: { number: 1, body: `table\n\n${idMarker([1, 2])}\n`, user: bot }, comments: [] },
    { issue: { number: 2, body: `${idMarker([3])}`, user: bot }, comments: [] },
  ]);
  assert.equal(sorted(ids), [1, 2, 3]);
});

test('reportedIds reads follow-up parts posted by the issue author', () => {
  const ids = reportedIds([
    {
      issue: { number: 1, body: idMarker([1]), user: bot, comments: 2 },
      comments: [
        { body: `part 2\n${idMarker([2, 3])}`, user: bot },
        { body: `part 3\n${idMarker([4])}`, user: bot },
      ],
    },
  ]);
  assert.equal(sorted(ids), [1, 2, 3, 4]);
});

test('reportedIds ignores markers in comments by anyone else, so nobody can hide a change', () => {
  const ids = reportedIds([
    {
      issue: { number: 1, body: idMarker([1]), user: bot, comments: 1 },
      comments: [{ body: idMarker([2, 3]), user: { login: 'mallory' } }],
    },
  ]);
  assert.equal(sorted(ids), [1]);
});

test('reportedIds skips pull requests, which the issues list returns too', () => {
  const pull = { number: 3, body: idMarker([7]), user: bot, pull_request: { url: 'x' } };
  assert.ok(isPullRequest(pull));
  assert.not.ok(isPullRequest({ number: 1 }));
  assert.equal(sorted(reportedIds([{ issue: pull, comments: [] }])), []);
});

test('reportedIds copes with empty bodies and missing users', () => {
  const ids = reportedIds([
    { issue: { number: 1, body: null, user: null }, comments: [{ body: idMarker([5]), user: null }] },
    { issue: { number: 2 }, comments: [] },
  ]);
  assert.equal(sorted(ids), []);
});

test.run();
