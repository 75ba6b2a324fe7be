/**
 * Reading an answer's body within a limit. Node's fetch (undici) and Deno's undo gzip,
 * deflate and brotli as the body streams in, so a small compressed answer can inflate to
 * any size (a 700 KB gzip body holds 700 MB of zeros), and a chunked answer need never
 * end: the body is counted as it is decompressed and dropped past the limit.
 * https://fetch.spec.whatwg.org/#http-network-fetch (content codings are decoded)
 */

/**
 * Most bytes an answer may have once decompressed. A page of 100 audit-log records is
 * about 60 KB and the token endpoint's answer under 1 KB; 4 MiB is some 70 pages' worth,
 * room for 100 records of 40 KB each, while 16 walks that all reach the limit at once
 * hold 64 MiB between them (measured: a run of 16 walks under gzip bombs peaks at about
 * 150 MB of memory; RELIABILITY.md).
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** An answer's body went past the limit; what was read of it is dropped and the rest cancelled. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  readonly limit: number;
  constructor(limit: number) {
    super(`the body is larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/** The body of `response` as text (UTF-8), or a `BodyTooLarge` once more than `limit` bytes came. */
export async function readBody(response: Response, limit = MAX_BODY_BYTES): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  // Bytes are kept as they came and decoded once at the end: a flood cut off at the limit never costs more than the limit.
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      // Not awaited: a server that keeps sending must not hold the refusal up.
      reader.cancel().catch(() => {});
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}
