/**
 * Chaos: hundreds of seeded fault schedules against the sandbox over real HTTP. Every run
 * either returns exactly the expected records, in order, or fails with a clear
 * ZendeskError inside its retry budget, having yielded only a correct prefix before it:
 * never a silent partial result, never a duplicate.
 *
 * Time is compressed, not skipped: the injected sleep waits a small fraction of what
 * was asked while the retry budget counts the whole of it, requests time out after
 * TIMEOUT_MS and `slow` faults answer after SLOW_MS, well past it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Temporal } from 'temporal-polyfill';
import {
  type AuditLog,
  type AuditLogQuery,
  auditLogs,
  type ClientEvent,
  createClient,
  parallelAuditLogs,
  RETRY_DEFAULTS,
  type RetryOptions,
  sleep,
  type ZendeskClient,
  ZendeskError,
} from '../../src/core/mod.ts';
import { type ChaosOptions, createSandbox, DEMO_CREDENTIALS, FAULT_KINDS, type Sandbox } from '../../src/sandbox/mod.ts';
import { runScript } from '../helpers/run-script.ts';

const RECORDS = 2000;
const SCHEDULES = 200;
/** Schedules run this many at a time: most of a schedule is waiting. */
const AT_ONCE = 4;
const NOW = Date.parse('2024-06-01T12:00:00Z');
const DAYS = 30;
const TIMEOUT_MS = 200;
const SLOW_MS = 500;
/** The injected sleep waits this fraction of the asked time. */
const TIME_SCALE = 1 / 200;

const QUERY: AuditLogQuery = {
  sourceType: 'account_setting',
  createdAt: {
    start: Temporal.Instant.fromEpochMilliseconds(NOW - (DAYS + 1) * 86_400_000),
    end: Temporal.Instant.fromEpochMilliseconds(NOW),
  },
  order: 'desc',
};

/**
 * The request a retry belongs to. One for the whole file: Node 20 visits every
 * AsyncLocalStorage ever made on each promise, so one per schedule grows quadratic.
 */
const request = new AsyncLocalStorage<{ waited: number }>();

/** A fetcher under test: the one cursor walk, and the time-sliced parallel walks. */
type Fetcher = (client: ZendeskClient, query: AuditLogQuery) => AsyncIterable<AuditLog>;

/** A seeded source of [0, 1) for jitter (the sandbox's own generator is not exported). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fault rate and retry limits of schedule `index`: mostly survivable, some meant to exhaust. */
function scheduleOf(index: number): { seed: number; rate: number; retry: Required<Pick<RetryOptions, 'attempts' | 'maxWaitMs'>> } {
  const rates = [0.05, 0.15, 0.3, 0.5];
  return {
    seed: 1000 + index,
    rate: rates[index % rates.length]!,
    retry: {
      attempts: index % 5 === 4 ? 3 : RETRY_DEFAULTS.attempts,
      // Every seventh schedule has a budget a couple of Retry-Afters can spend.
      maxWaitMs: index % 7 === 6 ? 3_000 : RETRY_DEFAULTS.maxWaitMs,
    },
  };
}

interface Outcome {
  ok: boolean;
  yielded: number;
  lost: number;
  duplicated: number;
  error?: unknown;
  faults: Record<string, number>;
  requests: number;
}

/**
 * The records the query must return, newest first, as the sandbox stores them. Every
 * schedule serves the same data (the data's seed is fixed, only the faults' varies).
 */
let expectedCache: number[] | undefined;
function expectedIds(sandbox: Sandbox): number[] {
  return (expectedCache ??= listExpected(sandbox));
}

function listExpected(sandbox: Sandbox): number[] {
  const from = Math.floor(QUERY.createdAt!.start.epochMilliseconds / 1000);
  const to = Math.floor(QUERY.createdAt!.end.epochMilliseconds / 1000);
  return sandbox
    .auditLogs()
    .filter((record) => record.source_type === 'account_setting')
    .filter((record) => {
      const seconds = Date.parse(record.created_at) / 1000;
      return seconds >= from && seconds <= to;
    })
    .map((record) => record.id)
    .reverse();
}

/** The account every schedule runs against, with `chaos` faults on its requests. */
function chaoticSandbox(chaos: ChaosOptions): Sandbox {
  return createSandbox({ records: RECORDS, days: DAYS, now: NOW, mix: { account_setting: 1 }, rateLimit: 0, chaos });
}

async function runSchedule(index: number, fetcher: Fetcher): Promise<Outcome> {
  const { seed, rate, retry } = scheduleOf(index);
  const sandbox = chaoticSandbox({ seed, rate, retryAfterMaxSeconds: 2, slowMs: SLOW_MS });
  const url = await sandbox.start();
  const expected = expectedIds(sandbox);
  assert.is(expected.length, RECORDS);

  // Per request (several are in flight at once in parallel walks): what its retry loop
  // waited, checked against the budget as it goes.
  const budgetViolations: string[] = [];
  const onEvent = (event: ClientEvent) => {
    if (event.type !== 'retry') return;
    const state = request.getStore();
    if (!state) return void budgetViolations.push('a retry outside any request');
    state.waited += event.delayMs;
    if (state.waited > retry.maxWaitMs) budgetViolations.push(`waited ${state.waited} ms, over the ${retry.maxWaitMs} ms budget`);
    if (event.attempt >= retry.attempts) budgetViolations.push(`retried after attempt ${event.attempt} of ${retry.attempts}`);
  };
  const inner = createClient({
    baseUrl: new URL(url),
    credentials: { oauthToken: DEMO_CREDENTIALS.oauthToken },
    timeoutMs: TIMEOUT_MS,
    retry: {
      ...retry,
      random: seeded(seed),
      sleep: (ms, signal) => sleep(Math.ceil(ms * TIME_SCALE), signal),
    },
    onEvent,
  });
  const client: ZendeskClient = {
    baseUrl: inner.baseUrl,
    get: (path, params, options) => request.run({ waited: 0 }, () => inner.get(path, params, options)),
  };

  const got: number[] = [];
  let error: unknown;
  try {
    for await (const record of fetcher(client, QUERY)) got.push(record.id);
  } catch (caught) {
    error = caught;
  } finally {
    await sandbox.close();
  }

  assert.equal(budgetViolations, [], `schedule ${index}`);
  const seen = new Set<number>();
  let duplicated = 0;
  for (const id of got) {
    if (seen.has(id)) duplicated++;
    seen.add(id);
  }
  const expectedSet = new Set(expected);
  const lost = error === undefined ? expected.filter((id) => !seen.has(id)).length : 0;
  const foreign = got.filter((id) => !expectedSet.has(id));
  assert.equal(foreign, [], `schedule ${index}: records outside the query`);
  assert.is(duplicated, 0, `schedule ${index}: ${duplicated} duplicates`);
  const where = () => `schedule ${index} (seed ${seed}, rate ${rate}, faults ${JSON.stringify(sandbox.stats.faults)})`;
  if (error === undefined) {
    assert.ok(lost === 0, `${where()}: ${lost} records lost, the walk ended without an error`);
    assert.ok(sameOrder(got, expected), `${where()}: out of order from record ${firstDifference(got, expected)}`);
  } else {
    assertClearFailure(index, error);
    // Whatever came out before the failure is the start of the right answer.
    assert.ok(
      sameOrder(got, expected.slice(0, got.length)),
      `${where()}: out of order from record ${firstDifference(got, expected)} before failing`,
    );
  }
  return {
    ok: error === undefined,
    yielded: got.length,
    lost,
    duplicated,
    error,
    faults: { ...sandbox.stats.faults },
    requests: sandbox.stats.requests,
  };
}

function firstDifference(got: number[], expected: number[]): number {
  const index = got.findIndex((id, position) => id !== expected[position]);
  return index < 0 ? Math.min(got.length, expected.length) : index;
}

function sameOrder(got: number[], expected: number[]): boolean {
  return got.length === expected.length && firstDifference(got, expected) === got.length;
}

/** A ZendeskError with one readable line that says what happened and what was tried. */
function assertClearFailure(index: number, error: unknown): void {
  assert.instance(error, ZendeskError, `schedule ${index}: ${String(error)}`);
  const message = (error as ZendeskError).message;
  assert.match(message, /^GET \/api\/v2\/audit_logs: /, `schedule ${index}: ${message}`);
  assert.match(message, /gave up after \d+ attempts?|retry budget|cursor it had already returned/, `schedule ${index}: ${message}`);
  assert.not.match(message, /\n|\[object |undefined|<html|<!DOCTYPE/i, `schedule ${index}: ${message}`);
  assert.ok(message.length < 400, `schedule ${index}: a ${message.length}-character message`);
}

/** Runs every schedule, `AT_ONCE` at a time, and adds up what happened. */
async function runAll(fetcher: Fetcher) {
  const outcomes: Outcome[] = new Array(SCHEDULES);
  let next = 0;
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < SCHEDULES) {
        const index = next++;
        outcomes[index] = await runSchedule(index, fetcher);
      }
    }),
  );
  const faults: Record<string, number> = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0]));
  for (const outcome of outcomes) for (const [kind, count] of Object.entries(outcome.faults)) faults[kind]! += count;
  const failures = outcomes.filter((outcome) => !outcome.ok);
  return {
    schedules: outcomes.length,
    requests: outcomes.reduce((sum, outcome) => sum + outcome.requests, 0),
    faults,
    faultsTotal: Object.values(faults).reduce((sum, count) => sum + count, 0),
    complete: outcomes.length - failures.length,
    failed: failures.length,
    lost: outcomes.reduce((sum, outcome) => sum + outcome.lost, 0),
    duplicated: outcomes.reduce((sum, outcome) => sum + outcome.duplicated, 0),
    failureKinds: tally(failures.map((outcome) => failureKind((outcome.error as Error).message))),
    prefix: failures.reduce((sum, outcome) => sum + outcome.yielded, 0),
  };
}

function failureKind(message: string): string {
  if (/retry budget/.test(message)) return 'retry budget spent';
  if (/cursor it had already returned/.test(message)) return 'repeated cursor';
  return 'attempts exhausted';
}

function tally(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

function report(name: string, totals: Awaited<ReturnType<typeof runAll>>): void {
  const kinds = Object.entries(totals.faults).map(([kind, count]) => `${kind} ${count}`).join(', ');
  console.log(
    [
      `\n  chaos (${name}): ${totals.schedules} schedules of ${RECORDS} records, ${totals.requests} requests`,
      `  faults injected: ${totals.faultsTotal} (${kinds})`,
      `  complete and exact: ${totals.complete}; failed with a clear error: ${totals.failed} ${JSON.stringify(totals.failureKinds)}`,
      `  records lost: ${totals.lost}; duplicated: ${totals.duplicated}; yielded in order before a failure: ${totals.prefix}`,
    ].join('\n'),
  );
}

const fetchers: [string, Fetcher][] = [
  ['auditLogs, one walk', (client, query) => auditLogs(client, query)],
  // Small slices, so that 2,000 records make a dozen walks, split and merged under faults.
  ['parallelAuditLogs, 4 walks', (client, query) => parallelAuditLogs(client, query, { concurrency: 4, sliceRecords: 200 })],
];

const chaos = suite('chaos: every seeded fault schedule ends exact or with a clear error');

for (const [name, fetcher] of fetchers) {
  chaos(`${name}: ${SCHEDULES} schedules, nothing lost, nothing twice`, async () => {
    const totals = await runAll(fetcher);
    report(name, totals);
    assert.is(totals.lost, 0);
    assert.is(totals.duplicated, 0);
    for (const kind of FAULT_KINDS) assert.ok(totals.faults[kind]! > 0, `no ${kind} fault was played`);
    assert.ok(totals.complete > SCHEDULES / 2, 'most schedules survive their faults');
    assert.ok(totals.failed > 0, 'some schedules are meant to exhaust their retries');
  });
}

chaos.run();

// ---------------------------------------------------------------------------------------
// The real script, in real time: a handful of schedules, all at once.

/** Seed, fault rate and attempts of each script schedule: most survive, the last ones are meant to give up. */
const SCRIPT_SCHEDULES = [
  { seed: 7001, rate: 0.1, attempts: 6 },
  { seed: 7002, rate: 0.2, attempts: 6 },
  { seed: 7003, rate: 0.25, attempts: 6 },
  { seed: 7004, rate: 0.3, attempts: 6 },
  { seed: 7005, rate: 0.5, attempts: 2 },
  { seed: 7006, rate: 0.6, attempts: 1 },
];

const script = suite('chaos through the real script: exit 0 with exactly the records, or exit 1 with one line');

script(`settings-changes --format ndjson, ${SCRIPT_SCHEDULES.length} schedules`, async () => {
  const outcomes = await Promise.all(
    SCRIPT_SCHEDULES.map(async ({ seed, rate, attempts }) => {
      const sandbox = chaoticSandbox({ seed, rate, retryAfterMaxSeconds: 1, slowMs: 800 });
      const url = await sandbox.start();
      try {
        const expected = expectedIds(sandbox);
        const result = await runScript(
          'settings-changes',
          [
            '--start',
            QUERY.createdAt!.start.toString(),
            '--end',
            QUERY.createdAt!.end.toString(),
            '--format',
            'ndjson',
            '--timeout',
            'PT0.4S',
            '--max-attempts',
            String(attempts),
          ],
          { ZENDESK_BASE_URL: url, ZENDESK_OAUTH_TOKEN: DEMO_CREDENTIALS.oauthToken },
        );
        const ids = result.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as AuditLog).id);
        const where = `seed ${seed} (rate ${rate}, faults ${JSON.stringify(sandbox.stats.faults)}): exit ${result.code}`;
        assert.is(new Set(ids).size, ids.length, `${where}: a record twice`);
        if (result.code === 0) {
          assert.ok(
            sameOrder(ids, expected),
            `${where} with ${ids.length} of ${expected.length} records, out of order from ${firstDifference(ids, expected)}`,
          );
        } else {
          assert.is(result.code, 1, `${where}: ${result.stderr}`);
          const lines = result.stderr.trimEnd().split('\n').filter((line) => !line.startsWith('Window: '));
          assert.is(lines.length, 1, `${where}: ${result.stderr}`);
          assert.match(lines[0]!, /^error: GET \/api\/v2\/audit_logs: .*(gave up after \d+ attempts?|retry budget)/);
          assert.ok(sameOrder(ids, expected.slice(0, ids.length)), `${where}: out of order before failing`);
        }
        return {
          code: result.code,
          faults: Object.values(sandbox.stats.faults).reduce((sum, count) => sum + count, 0),
        };
      } finally {
        await sandbox.close();
      }
    }),
  );
  console.log(
    `\n  chaos (script): ${outcomes.length} schedules, ${outcomes.reduce((sum, outcome) => sum + outcome.faults, 0)} faults; ` +
      `exit 0 with every record: ${outcomes.filter((outcome) => outcome.code === 0).length}; exit 1 with one line: ${
        outcomes.filter((outcome) => outcome.code === 1).length
      }`,
  );
  assert.ok(outcomes.some((outcome) => outcome.code === 0));
  assert.ok(outcomes.some((outcome) => outcome.code === 1));
});

script.run();
