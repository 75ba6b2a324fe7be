// Preloaded into a measured client (`node --import ./bench/usage.mjs ...`): notes when its
// first request starts and how many lines it writes to stdout, and on exit writes its own
// CPU time and peak RSS (process.resourceUsage) to the file named by BENCH_USAGE.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.BENCH_USAGE;
let firstRequest;
let lines = 0;

const originalFetch = globalThis.fetch;
globalThis.fetch = function fetch(...args) {
  firstRequest ??= performance.timeOrigin + performance.now();
  return originalFetch.apply(this, args);
};

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return write(chunk, ...rest);
};

process.on('exit', () => {
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(
    file,
    JSON.stringify({
      cpuMicros: usage.userCPUTime + usage.systemCPUTime,
      maxRssKb: usage.maxRSS,
      firstRequest,
      exitAt: performance.timeOrigin + performance.now(),
      lines,
    }),
  );
});
