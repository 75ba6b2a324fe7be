/**
 * `npm run bench [-- --quick] [--only TEXT] [--against DIR] [--repeat N]`: fetching against
 * the sandbox at a set latency and rate limit, measured against its floor, plus zone
 * rendering and the renderers. Prints a Markdown table on stdout (progress on stderr).
 *
 * Each scenario starts a sandbox in its own process (bench/sandbox.ts) and runs the
 * client in another: the real script (`node scripts/settings-changes.js`, from dist/;
 * run `npm run build` first) or the seed program's offset loop (bench/seed-offset.mjs),
 * with bench/usage.mjs preloaded to report the client's own CPU time and peak RSS.
 * Wall time runs from the client's first request to its exit (process start-up,
 * about 0.1-0.3 s, is left out: it is the same for any range). The client runs on the
 * Node that runs the bench (`.ci/node24/node_modules/node/bin/node --import tsx bench/run.ts`
 * measures Node 24).
 *
 * `--against DIR` measures another checkout's built script too (e.g. a `git worktree` of
 * the release before), alternating with this one run by run, so that a machine shared
 * with other work slows both alike; `--repeat N` runs each scenario N times and reports
 * the medians.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RATE_RESERVE_PERCENT } from '../src/cli/settings-changes.ts';
import type { SandboxOptions } from '../src/sandbox/mod.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, only: { type: 'string' }, against: { type: 'string' }, repeat: { type: 'string' } },
});
const quick = flags.quick ?? false;
/** `--only TEXT`: just the scenarios whose name contains TEXT (and no zone rendering unless it matches "zone"). */
const only = flags.only;
const repeat = Math.max(1, Number(flags.repeat ?? 1));
/** The checkouts whose built script is measured: this one, and `--against DIR`. */
const BUILDS = [ROOT, ...(flags.against ? [resolve(flags.against)] : [])];
const DAYS = 90;

interface Scenario {
  name: string;
  /** Records in the full run. */
  records: number;
  /** Records with `--quick`; 0 leaves the scenario out of it. Default: as in the full run. */
  quickRecords?: number;
  latencyMs: number;
  /** Requests per rolling minute; 0 for none. */
  rateLimit: number;
  client: 'cli' | 'seed';
  /** Walks at once (1: one walk, no count request). */
  concurrency: number;
}

interface Measured {
  scenario: Scenario;
  /** The checkout measured (its directory's name), when there is more than one. */
  build: string;
  recordsOut: number;
  requests: number;
  tooMany: number;
  wallMs: number;
  floorMs: number | undefined;
  /** Median time of a bare `fetch` of one page from this process: the link's real round trip. */
  roundTripMs: number | undefined;
  cpuMicros: number;
  maxRssKb: number;
}

const LISTED: Scenario[] = [
  {
    name: 'seed: offset pages, one at a time (stops at the 10,000 cap)',
    records: 100_000,
    quickRecords: 20_000,
    latencyMs: 20,
    rateLimit: 0,
    client: 'seed',
    concurrency: 1,
  },
  { name: 'one walk, 20 ms', records: 10_000, latencyMs: 20, rateLimit: 0, client: 'cli', concurrency: 1 },
  { name: 'one walk, 100 ms', records: 100_000, quickRecords: 0, latencyMs: 100, rateLimit: 0, client: 'cli', concurrency: 1 },
  ...[8, 16].map((concurrency): Scenario => ({
    name: 'time slices, 100 ms, 2,500/min',
    records: 100_000,
    quickRecords: 20_000,
    latencyMs: 100,
    rateLimit: 2500,
    client: 'cli',
    concurrency,
  })),
  {
    name: 'time slices, 100 ms, 700/min',
    records: 100_000,
    quickRecords: 0,
    latencyMs: 100,
    rateLimit: 700,
    client: 'cli',
    concurrency: 16,
  },
  // Memory stays flat by design (a bounded read-ahead): the 1,000,000-record peak is held
  // to the 50,000-record one (see memoryBound).
  ...[50_000, 1_000_000].map((records): Scenario => ({
    name: 'ndjson memory, no latency',
    records,
    quickRecords: records > 50_000 ? 0 : records,
    latencyMs: 0,
    rateLimit: 0,
    client: 'cli',
    concurrency: 16,
  })),
];
const SCENARIOS = LISTED.flatMap((scenario) => {
  const records = quick ? scenario.quickRecords ?? scenario.records : scenario.records;
  const chosen = records > 0 && (only === undefined || `${scenario.name} ${scenario.concurrency}`.includes(only));
  return chosen ? [{ ...scenario, records }] : [];
});

function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Starts a server in its own process (a bench/*.ts that sends `{url}` once listening). */
async function forkServer(file: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(ROOT, file), args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { child, url };
}

/** Starts a sandbox process; resolves to its URL and a function that fetches its stats and stops it. */
async function startSandbox(
  options: SandboxOptions,
): Promise<{ url: string; stop: () => Promise<{ requests: number; byStatus: Record<string, number> }> }> {
  const { child, url } = await forkServer('bench/sandbox.ts', [JSON.stringify(options)]);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve((message as { stats: { requests: number; byStatus: Record<string, number> } }).stats));
        child.send('stats');
      }),
  };
}

/** Runs a measured client to completion; its stdout goes to /dev/null. */
function runClient(
  args: string[],
  env: Record<string, string>,
): Promise<{ cpuMicros: number; maxRssKb: number; firstRequest: number; exitAt: number; lines: number; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'zendesk-audit-bench-'));
  const usageFile = join(dir, 'usage.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench/usage.mjs'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', BENCH_USAGE: usageFile, ...env },
      stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve({ ...JSON.parse(readFileSync(usageFile, 'utf8')), stderr });
      } catch (error) {
        reject(new Error(`the client left no usage report: ${stderr}`, { cause: error }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * The least time the scenario can take: pages x latency for one walk; for time slices, what
 * the rate limit and the concurrency allow. `latencyMs` is the sandbox's set latency, or the
 * measured round trip, which adds what any HTTP client pays on top (timer, sockets, parsing).
 */
function floorOf(scenario: Scenario, requests: number, latencyMs = scenario.latencyMs): number | undefined {
  if (scenario.latencyMs === 0) return undefined;
  if (scenario.concurrency === 1) return requests * latencyMs;
  const rounds = Math.ceil((requests - 1) / scenario.concurrency) + 1; // the count request, then the pages
  const byConcurrency = rounds * latencyMs;
  // The client leaves part of the limit to the account's other integrations (--rate-reserve).
  const budget = scenario.rateLimit - Math.ceil((scenario.rateLimit * DEFAULT_RATE_RESERVE_PERCENT) / 100);
  const byRate = scenario.rateLimit > 0 ? (Math.ceil(requests / budget) - 1) * 60_000 + scenario.latencyMs : 0;
  return Math.max(byConcurrency, byRate);
}

/** Median of bare page fetches: what one round trip to this sandbox costs any client. */
function roundTrip(url: string, authorization: string): Promise<number> {
  return medianMs(31, async () => (await fetch(`${url}/api/v2/audit_logs?page[size]=100`, { headers: { authorization } })).json());
}

/** Median time of `count` runs of `task`, one after another. */
async function medianMs(count: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function measure(scenario: Scenario, build: string): Promise<Measured> {
  const now = Date.now();
  const sandbox = await startSandbox({
    records: scenario.records,
    days: DAYS,
    now,
    mix: { account_setting: 1 },
    latencyMs: scenario.latencyMs,
    rateLimit: scenario.rateLimit,
  });
  const env = { ZENDESK_BASE_URL: sandbox.url, ZENDESK_USER_EMAIL: 'admin@sandbox.example', ZENDESK_API_TOKEN: 'sandbox-api-token' };
  // Only where the probes cost no rate-limit budget the client would miss.
  const roundTripMs = scenario.latencyMs > 0 && scenario.rateLimit === 0
    ? await roundTrip(sandbox.url, `Basic ${btoa(`${env.ZENDESK_USER_EMAIL}/token:${env.ZENDESK_API_TOKEN}`)}`)
    : undefined;
  const start = new Date(now - (DAYS + 1) * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const end = new Date(now + 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const args = scenario.client === 'seed' ? ['bench/seed-offset.mjs', sandbox.url, start, end] : [
    join(build, 'scripts/settings-changes.js'),
    ...['--start', start, '--end', end, '--format', 'ndjson', '--concurrency', String(scenario.concurrency)],
  ];
  const label = BUILDS.length > 1 ? ` (${basename(build)})` : '';
  note(`- ${scenario.name}: ${scenario.records.toLocaleString('en-US')} records, concurrency ${scenario.concurrency}${label} ...`);
  const client = await runClient(args, env);
  const stats = await sandbox.stop();
  if (roundTripMs !== undefined) stats.requests -= 31;
  const expected = scenario.client === 'seed' ? Math.min(scenario.records, 10_000) : scenario.records;
  if (client.lines !== expected) note(`  ! ${client.lines} records out, expected ${expected}: ${client.stderr.trim()}`);
  const wallMs = client.exitAt - client.firstRequest;
  const result: Measured = {
    scenario,
    build: basename(build),
    recordsOut: client.lines,
    requests: stats.requests,
    tooMany: stats.byStatus['429'] ?? 0,
    wallMs,
    floorMs: floorOf(scenario, stats.requests - (stats.byStatus['429'] ?? 0)),
    roundTripMs,
    cpuMicros: client.cpuMicros,
    maxRssKb: client.maxRssKb,
  };
  note(`  ${(wallMs / 1000).toFixed(2)} s, ${stats.requests} requests, ${(client.maxRssKb / 1024).toFixed(0)} MB`);
  return result;
}

/** What one request costs on this machine, whatever the client: see bench/loopback-server.ts. */
interface Calibration {
  latencyMs: number;
  /** Median of bare `fetch` + `text()` of one page-sized answer, connection open. */
  warmMs: number;
  /** The first `fetch` in a fresh Node process: Node loads its HTTP client, connects, compiles. */
  coldMs: number;
}

/** About one sandbox page of 100 records. */
const PAGE_BYTES = 41_000;

async function calibrate(latencyMs: number): Promise<Calibration> {
  const { child, url } = await forkServer('bench/loopback-server.ts', [String(latencyMs), String(PAGE_BYTES)]);
  try {
    const colds: number[] = [];
    for (let run = 0; run < 5; run++) colds.push(await coldFetch(url));
    const warmMs = await medianMs(101, async () => (await fetch(url)).text());
    return { latencyMs, warmMs, coldMs: median(colds) };
  } finally {
    child.send('stop');
  }
}

/** Time of the first `fetch` in a fresh process, as a client's first request. */
function coldFetch(url: string): Promise<number> {
  const script =
    'const t = performance.now(); await (await fetch(process.argv[1])).text(); process.stdout.write(String(performance.now() - t));';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`the cold fetch exited with ${code}`))));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The runs of one scenario and build as one: the median of each measured figure, the fewest records out. */
function medianRun(runs: Measured[]): Measured {
  const of = (figure: (run: Measured) => number) => median(runs.map(figure));
  return {
    ...runs[0]!,
    recordsOut: Math.min(...runs.map((run) => run.recordsOut)),
    wallMs: of((run) => run.wallMs),
    cpuMicros: of((run) => run.cpuMicros),
    maxRssKb: of((run) => run.maxRssKb),
  };
}

interface ZoneResult {
  count: number;
  zones: number;
  textPerSecond: number;
  isoPerSecond: number;
  differences: number;
  firstDifference: string;
  identitySeconds: number;
  records: number;
  perRecord: Record<string, number>;
}

function runZoneBench(count: number, records: number): Promise<ZoneResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/zone.ts', String(count), String(records)], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on(
      'close',
      (code) => (code === 0 ? resolve(JSON.parse(out) as ZoneResult) : reject(new Error(`bench/zone.ts exited with ${code}`))),
    );
  });
}

const number = (value: number) => value.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function table(results: Measured[]): string {
  // The checkout of each row, when `--against` measures two.
  const build = (result?: Measured) => BUILDS.length > 1 ? (result ? ` ${result.build} |` : ' build |') : '';
  const rows = [
    `| scenario |${build()} concurrency | latency | rate limit | records | requests | 429s | wall | floor | efficiency | round trip | efficiency vs round trip | CPU µs/record | peak RSS |`,
    `|---|${BUILDS.length > 1 ? '---|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  for (const result of results) {
    const { scenario } = result;
    rows.push(
      `| ${scenario.name} |${build(result)} ${scenario.concurrency} | ${scenario.latencyMs} ms | ${
        scenario.rateLimit ? `${number(scenario.rateLimit)}/min` : 'none'
      } | ` +
        `${number(result.recordsOut)}${result.recordsOut < scenario.records ? ` of ${number(scenario.records)}` : ''} | ${
          number(result.requests)
        } | ${result.tooMany} | ` +
        `${seconds(result.wallMs)} | ${result.floorMs === undefined ? '-' : seconds(result.floorMs)} | ` +
        `${result.floorMs === undefined ? '-' : (result.floorMs / result.wallMs).toFixed(2)} | ` +
        `${result.roundTripMs === undefined ? '-' : `${result.roundTripMs.toFixed(1)} ms`} | ` +
        `${
          result.roundTripMs === undefined ? '-' : (floorOf(scenario, result.requests, result.roundTripMs)! / result.wallMs).toFixed(2)
        } | ` +
        `${(result.cpuMicros / Math.max(1, result.recordsOut)).toFixed(1)} | ${megabytes(result.maxRssKb)} MB |`,
    );
  }
  return rows.join('\n');
}

const megabytes = (kb: number) => (kb / 1024).toFixed(0);

/**
 * Whether memory stays flat: the 1,000,000-record export may peak at most a quarter
 * (plus 10 MB) above the 50,000-record one, and never above 400 MB. One line per build.
 */
function memoryBound(results: Measured[]): string[] {
  const memory = (records: number) =>
    results.filter(({ scenario }) => scenario.name.startsWith('ndjson memory') && scenario.records === records);
  return memory(1_000_000).flatMap((large) => {
    const small = memory(50_000).find((result) => result.build === large.build);
    if (!small) return [];
    const limitKb = Math.min(1.25 * small.maxRssKb + 10 * 1024, 400 * 1024);
    const verdict = large.maxRssKb <= limitKb ? 'within' : 'OVER';
    // A tenth of a megabyte: a peak just over the bound must not read as equal to it.
    const mb = (kb: number) => (kb / 1024).toFixed(1);
    return [
      `Memory${BUILDS.length > 1 ? ` (${large.build})` : ''}: 1,000,000 records peak at ${mb(large.maxRssKb)} MB, ${verdict} the bound of ${
        mb(limitKb)
      } MB (1.25 x the 50,000-record peak of ${mb(small.maxRssKb)} MB + 10 MB, at most 400 MB)`,
    ];
  });
}

function calibrationTable(calibrations: Calibration[], results: Measured[]): string {
  const rows = [
    '| server latency | bare `fetch`, median of 101 | over the latency | first `fetch` in a fresh Node process | most one walk can reach here |',
    '|---:|---:|---:|---:|---|',
  ];
  for (const { latencyMs, warmMs, coldMs } of calibrations) {
    // This checkout's walks: the link is the same for any build.
    const walks = results.filter(({ scenario, build }) =>
      scenario.client === 'cli' && scenario.concurrency === 1 && scenario.latencyMs === latencyMs && build === basename(ROOT)
    );
    const ceilings = walks.map(({ requests }) =>
      `${number(requests)} pages: ${((requests * latencyMs) / (coldMs + (requests - 1) * warmMs)).toFixed(2)}`
    );
    rows.push(
      `| ${latencyMs} ms | ${warmMs.toFixed(1)} ms | ${(warmMs - latencyMs).toFixed(1)} ms | ${coldMs.toFixed(0)} ms | ${
        ceilings.join('; ') || '-'
      } |`,
    );
  }
  return rows.join('\n');
}

function zoneTable(zone: ZoneResult): string {
  return [
    '| zone rendering | result |',
    '|---|---:|',
    `| \`ZoneClock.text\` (\`2024-05-21 15:34:33 PDT\`) | ${number(Math.round(zone.textPerSecond))} instants/s |`,
    `| \`ZoneClock.iso\` (\`2024-05-21T15:34:33-07:00[America/Los_Angeles]\`) | ${number(Math.round(zone.isoPerSecond))} instants/s |`,
    `| identical to Temporal on ${number(zone.count)} random instants (1990-2040) in ${zone.zones} zones | ${
      zone.differences === 0 ? 'yes, all' : `no: ${number(zone.differences)} differ, e.g. ${zone.firstDifference}`
    } |`,
    ...Object.entries(zone.perRecord).map(([format, micros]) =>
      `| render \`--format ${format}\`, ${number(zone.records)} records | ${micros.toFixed(1)} CPU µs/record |`
    ),
  ].join('\n');
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // Not Linux: os.cpus() has the model too.
  }
  return `${cpus().length} cores (nproc), ${model}, Node ${process.version}, ${process.platform}`;
}

function distIsStale(): boolean {
  const built = statSync(join(ROOT, 'dist/settings-changes.js')).mtimeMs;
  const sources = [
    'src/core/fetch/parallel.ts',
    'src/core/fetch/slice-planner.ts',
    'src/core/fetch/paginate.ts',
    'src/core/fetch/rate-gate.ts',
    'src/core/fetch/client.ts',
    'src/cli/settings-changes.ts',
    'src/core/render/json.ts',
  ];
  return sources.some((file) => statSync(join(ROOT, file)).mtimeMs > built);
}

if (distIsStale()) note('warning: src/ is newer than dist/: run `npm run build` first, or this measures the old build');
note(`Machine: ${machine()}`);
const results: Measured[] = [];
for (const scenario of SCENARIOS) {
  // The seed's loop is the same program whichever checkout holds it.
  const builds = scenario.client === 'seed' ? [ROOT] : BUILDS;
  const runs = new Map<string, Measured[]>(builds.map((build) => [build, []]));
  for (let round = 0; round < repeat; round++) {
    // Alternating which goes first, so that neither always meets the machine as the other left it.
    const order = round % 2 ? [...builds].reverse() : builds;
    for (const build of order) runs.get(build)!.push(await measure(scenario, build));
  }
  for (const measured of runs.values()) results.push(medianRun(measured));
}
note('- calibration: a minimal server on this loopback ...');
const calibrations: Calibration[] = [];
for (const latencyMs of new Set([0, ...SCENARIOS.filter((scenario) => scenario.concurrency === 1).map((scenario) => scenario.latencyMs)])) {
  calibrations.push(await calibrate(latencyMs));
}
const withZone = only === undefined || 'zone rendering'.includes(only);
if (withZone) note('- zone rendering and renderers ...');
const zone = withZone ? await runZoneBench(quick ? 100_000 : 1_000_000, quick ? 20_000 : 100_000) : undefined;

const passed = process.argv.slice(2).join(' ');
process.stdout.write(
  `Machine: ${machine()}\nCommand: npm run bench${passed ? ` -- ${passed}` : ''}${repeat > 1 ? ` (medians of ${repeat} runs)` : ''}\n\n${
    table(results)
  }\n\n${memoryBound(results).map((line) => `${line}\n\n`).join('')}${calibrationTable(calibrations, results)}\n${
    zone ? `\n${zoneTable(zone)}\n` : ''
  }`,
);
const failures = results.filter((result) =>
  result.recordsOut !== (result.scenario.client === 'seed' ? Math.min(result.scenario.records, 10_000) : result.scenario.records)
);
if (failures.length || zone?.differences) process.exitCode = 1;
