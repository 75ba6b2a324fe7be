/**
 * Keeps a long export's memory flat. A streaming export holds little (the pages buffered
 * ahead of the output, a few MB) but allocates fast, and V8 sizes its heap for the rate
 * of allocation, not for what is live:
 *
 * - the young generation grows while allocation is fast, which is exactly what parsing
 *   page after page looks like (up to 3 x 16 MB on Node 20; Node 24 sizes it from the
 *   machine's physical memory, far more on a large machine); held at its starting size,
 *   it stays near 3 MB;
 * - the old generation is collected only once it has grown by a factor of up to 4 over
 *   what was live after the last collection, so pages that outlived two young
 *   collections pile up as garbage; a factor of 1.2 collects them sooner.
 *
 * Why not by buffering less: with these defaults, fetching 1,000,000 records in ONE walk
 * and dropping them (nothing buffered beyond the page ahead) already peaks at about
 * 140 MB on Node 20, and 160 MB at 16 walks with a tenth of the read-ahead (Node 24: 260 MB). The
 * walks' read-ahead is what keeps slices busy while the output catches up (a tenth of
 * it slowed the 16-walk, 100 ms benchmark row from 8 s to 35 s), so it stays, and the heap is
 * told to stay small instead. With both flags a 1,000,000-record `--format ndjson` run
 * with 16 walks peaks near 110 MB on Node 20 and 155 MB on Node 24, flat in the number
 * of records, for some CPU per record (BENCHMARKS.md). Both flags exist in the V8 of
 * Node 22, 24 and Deno 2, and on Node 20 and 24 they were measured to take effect after
 * start-up (`--max-semi-space-size` does not). Node warns that flags changed after
 * start-up may behave unpredictably; these two only steer when the heap grows and is
 * collected, never what a program computes.
 * https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
import v8 from 'node:v8';

export function keepMemoryFlat(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}
