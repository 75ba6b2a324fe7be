import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BodyTooLarge, MAX_BODY_BYTES, readBody } from '../../../src/core/fetch/bounded-body.ts';

/** A response whose body is `chunks`, then `endless` more of the last one for as long as it is read; counts what was pulled. */
function streamed(chunks: Uint8Array[], endless = false): { response: Response; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[Math.min(pulled, chunks.length - 1)]!;
      pulled++;
      controller.enqueue(chunk);
      if (!endless && pulled >= chunks.length) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { response: new Response(body), pulled: () => pulled, cancelled: () => cancelled };
}

test('readBody reads a body within the limit as UTF-8, a character split across chunks included', async () => {
  const bytes = new TextEncoder().encode('{"name":"Zoë 👩‍💻"}');
  const { response } = streamed([bytes.slice(0, 11), bytes.slice(11, 15), bytes.slice(15)]);
  assert.is(await readBody(response, 1024), '{"name":"Zoë 👩‍💻"}');
  assert.is(await readBody(new Response(null)), '');
});

test('readBody stops an endless body just past the limit and cancels the rest', async () => {
  const { response, pulled, cancelled } = streamed([new Uint8Array(1024)], true);
  const error = await readBody(response, 10 * 1024).then(() => undefined, (caught: unknown) => caught);
  assert.instance(error, BodyTooLarge);
  assert.is((error as BodyTooLarge).limit, 10 * 1024);
  assert.is(pulled(), 11, 'read one chunk past the limit, no more');
  assert.ok(cancelled());
});

test('readBody takes exactly the limit, and the default limit is a few MiB', async () => {
  assert.is((await readBody(streamed([new Uint8Array(512), new Uint8Array(512)]).response, 1024)).length, 1024);
  assert.ok(MAX_BODY_BYTES >= 1024 * 1024 && MAX_BODY_BYTES <= 16 * 1024 * 1024);
});

test.run();
