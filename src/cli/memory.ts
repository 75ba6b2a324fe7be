/**
 * Keeps a long export's memory flat. V8 grows its young generation (up to 3 x 16 MB on
 * 64-bit Node 20) while allocation is fast, which is exactly what parsing page after
 * page looks like; for a streaming export that growth is all garbage and puts peak RSS
 * of a 1,000,000-record `--format ndjson` run near 170 MB. Holding the young generation
 * at its starting size keeps it near 130 MB, flat in the number of records, for some
 * CPU per record (measured in BENCHMARKS.md). The flag exists in the V8 of Node 20, 24
 * and Deno 2, and takes effect after start-up (the `--max-semi-space-size` flag does not).
 */
import v8 from 'node:v8';

export function holdYoungGeneration(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}
