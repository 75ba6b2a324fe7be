/**
 * Keeps a long export's memory low. A streaming export holds little but allocates fast,
 * and V8 sizes its heap for the rate of allocation, not for what is live. Measured with
 * `--trace-gc` on Node 20, 1,000,000 records:
 *
 * - after a full collection about 11 MB is live with one walk (4.4 MB of it compiled
 *   code), about 10 MB more with 16 walks' read-ahead; the next full collection starts
 *   only once the old generation has grown to about 4 times that. A growth of a fifth
 *   collects sooner;
 * - the young generation grows to 32 MB while allocation is fast (Node 24 sizes it from
 *   the machine's physical memory, far more on a large machine); held at its starting
 *   size, it stays near 3 MB.
 *
 * Why not by design instead: with V8's defaults even ONE walk with nothing buffered
 * peaks at 156-163 MB, and 16 walks at about 200 MB, so no bound on the read-ahead
 * brings a run under 150 MB; and the read-ahead is what keeps slices busy while the
 * output catches up (a tenth of it slowed the 16-walk, 100 ms benchmark row from 8 s to
 * 35 s). A worker thread sized with `resourceLimits` held 123-130 MB but ran the same
 * export a third slower, away from the terminal's signals and prompts. With both flags
 * a 1,000,000-record `--format ndjson` run with 16 walks peaks near 105 MB on Node 20
 * and 155 MB on Node 24, flat in the number of records, for some CPU (BENCHMARKS.md).
 * Both flags exist in the V8 of Node 22, 24 and Deno 2, and on Node 20 and 24 they were
 * measured to take effect after start-up (`--max-semi-space-size` does not). Node warns
 * that flags changed after start-up may behave unpredictably; these two only steer when
 * the heap grows and is collected, never what a program computes.
 * https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
import v8 from 'node:v8';

export function keepMemoryFlat(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  v8.setFlagsFromString('--heap-growing-percent=20');
}
