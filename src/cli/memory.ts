/**
 * Keeps a long export's memory flat. A streaming export holds little (the pages buffered
 * ahead of the output, a few MB) but allocates fast, and V8 sizes its heap for the rate
 * of allocation, not for what is live:
 *
 * - the young generation grows (up to 3 x 16 MB on 64-bit Node 20) while allocation is
 *   fast, which is exactly what parsing page after page looks like; held at its starting
 *   size, it stays near 3 MB;
 * - the old generation is collected only once it has grown by a factor of up to 4 over
 *   what was live after the last collection, so pages that outlived two young
 *   collections pile up as garbage; a factor of 1.2 collects them sooner.
 *
 * Together they take a 1,000,000-record `--format ndjson` run with 16 walks from about
 * 200 MB peak RSS to about 105 MB, flat in the number of records, for some CPU per
 * record (both measured in BENCHMARKS.md). Both flags exist in the V8 of Node 20, 24 and
 * Deno 2 and take effect after start-up (the `--max-semi-space-size` flag does not).
 */
import v8 from 'node:v8';

export function keepMemoryFlat(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}
