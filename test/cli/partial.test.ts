import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRange, windowSeconds } from '../../src/core/mod.ts';
import { partialMessage } from '../../src/cli/partial.ts';

const ZONE = 'America/Los_Angeles';
// 2024-05-01 00:00:00 PDT to 2024-05-31 23:59:59 PDT.
const window = parseRange('2024-05-01', '2024-05-31', ZONE);
const whole = windowSeconds(window);
const at = (text: string) => Temporal.Instant.from(text).epochMilliseconds / 1000;

test('one walk stopped: the stretch it covers, and the --start and --end of the rest', () => {
  const message = partialMessage(4300, { window, zone: ZONE, covered: [{ from: at('2024-05-12T15:00:01Z'), to: whole.to }] });
  assert.is(
    message,
    [
      'interrupted: the output is partial, 4,300 records written, covering 2024-05-12 08:00:01 PDT to 2024-05-31 23:59:59 PDT of the window',
      'To fetch the rest, run the same command with --start 2024-05-01T00:00:00-07:00 --end 2024-05-12T08:00:00-07:00',
      '(A record of a second at the edge of a stretch may come again there, with the same id.)',
    ].join('\n'),
  );
});

test('walks stopped at several places: each stretch covered, then each one left, ready to run again', () => {
  const covered = [
    { from: whole.from, to: at('2024-05-03T06:59:59Z') },
    { from: at('2024-05-10T07:00:00Z'), to: at('2024-05-11T06:59:59Z') },
    { from: at('2024-05-20T07:00:00Z'), to: whole.to },
  ];
  const lines = partialMessage(3800, { window, zone: ZONE, covered }).split('\n');
  assert.equal(lines.slice(0, 4), [
    'interrupted: the output is partial, 3,800 records written, covering 3 stretches of the window that do not touch:',
    '  2024-05-01 00:00:00 PDT to 2024-05-02 23:59:59 PDT',
    '  2024-05-10 00:00:00 PDT to 2024-05-10 23:59:59 PDT',
    '  2024-05-20 00:00:00 PDT to 2024-05-31 23:59:59 PDT',
  ]);
  assert.equal(lines.slice(4, 7), [
    'To fetch the rest, run the same command once with each of:',
    '  --start 2024-05-03T00:00:00-07:00 --end 2024-05-09T23:59:59-07:00',
    '  --start 2024-05-11T00:00:00-07:00 --end 2024-05-19T23:59:59-07:00',
  ]);
  // What it says to run reads back as the stretches left, whole seconds, by the command's own parser.
  const ranges = [...lines.join('\n').matchAll(/--start (\S+) --end (\S+)/g)].map(([, start, end]) =>
    windowSeconds(parseRange(start!, end, ZONE))
  );
  assert.equal(ranges, [{ from: covered[0]!.to + 1, to: covered[1]!.from - 1 }, { from: covered[1]!.to + 1, to: covered[2]!.from - 1 }]);
});

test('stopped before anything was received: the whole window to run again', () => {
  const message = partialMessage(0, { window, zone: 'UTC', covered: [] });
  assert.is(
    message,
    'interrupted: the output is partial, 0 records written: no stretch of the window was fetched whole\n' +
      'To fetch the rest, run the same command with --start 2024-05-01T07:00:00+00:00 --end 2024-06-01T06:59:59+00:00',
  );
  assert.is(partialMessage(1), 'interrupted: the output is partial, 1 record written');
});

test.run();
