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
      })
    );
    assert.not.ok(ended);
    await done;
    assert.ok(ended);
  }
});

test('a cancelled delay never ends, whether cancelled in its timer or in its last stretch', async () => {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let ended = false;
  preciseDelay(10, () => (ended = true))();
  await pause(30);
  assert.not.ok(ended, 'cancelled at once');
  // The last stretch (under 1.5 ms left) is found by polling; a poll that lands past the end, on a busy machine, is tried again.
  for (let tries = 1;; tries++) {
    let endedLate = false;
    const started = performance.now();
    const cancel = preciseDelay(10, () => (endedLate = true));
    let now: number;
    do {
      await new Promise((resolve) => setImmediate(resolve));
      now = performance.now();
    } while (now < started + 9);
    if (now >= started + 10) {
      assert.ok(tries < 50, 'never polled within the last millisecond');
      await pause(5);
      continue;
    }
    cancel();
    await pause(30);
    assert.not.ok(endedLate, 'cancelled in the last stretch');
    return;
  }
});

test.run();
