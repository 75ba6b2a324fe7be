import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { coalesce } from '../../src/cli/settings-changes.ts';

/** Yields each group's chunks back to back, then waits for `pause` (the network) before the next group. */
async function* groups(parts: string[][], pause: () => Promise<void>): AsyncGenerator<string> {
  for (const [index, group] of parts.entries()) {
    if (index > 0) await pause();
    yield* group;
  }
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

const network = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

test('coalesce joins what arrives together and writes it when the source waits', async () => {
  const written = await collect(coalesce(groups([['a', 'b', 'c'], ['d'], ['e', 'f']], network)));
  assert.equal(written, ['abc', 'd', 'ef']);
});

test('coalesce writes at the size limit without waiting for the source', async () => {
  const written = await collect(coalesce(groups([['aa', 'bb', 'cc', 'dd', 'e']], network), 4));
  assert.equal(written, ['aabb', 'ccdd', 'e']);
});

test('coalesce passes a failure of the source on after what came before', async () => {
  async function* failing(): AsyncGenerator<string> {
    yield 'a';
    await network();
    throw new Error('the walk failed');
  }
  const written: string[] = [];
  try {
    for await (const chunk of coalesce(failing())) written.push(chunk);
    assert.unreachable('the failure is passed on');
  } catch (error) {
    assert.is((error as Error).message, 'the walk failed');
  }
  assert.equal(written, ['a']);
});

test.run();
