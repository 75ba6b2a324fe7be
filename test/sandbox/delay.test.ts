import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { preciseDelay } from '../../src/sandbox/delay.ts';

const elapsedAfter = (ms: number) =>
  new Promise<number>((resolve) => {
    const started = performance.now();
    preciseDelay(ms, () => resolve(performance.now() - started));
  });

test('a delay never ends early, however short or long', async () => {
  for (const ms of [0.2, 1, 1.5, 3, 12.5, 25]) {
    const elapsed = await elapsedAfter(ms);
    assert.ok(elapsed >= ms, `${ms} ms ended after ${elapsed} ms`);
  }
});

test('a delay of zero or less still ends on a later turn of the event loop, not during the call', async () => {
  for (const ms of [0, -5]) {
    let ended = false;
    const done = new Promise<void>((resolve) =>
      preciseDelay(ms, () => {
        ended = true;
        resolve();
      }),
    );
    assert.not.ok(ended);
    await done;
    assert.ok(ended);
  }
});

test('a cancelled delay never ends, whether cancelled in its timer or in its last stretch', async () => {
  for (const cancelAfter of [0, 9]) {
    let ended = false;
    const cancel = preciseDelay(10, () => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, cancelAfter));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.not.ok(ended, `cancelled after ${cancelAfter} ms`);
  }
});

test.run();
