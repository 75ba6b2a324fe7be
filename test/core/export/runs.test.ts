/**
 * Incremental exports over HTTP against the sandbox: runs a minute apart, as cron would
 * start them, while records arrive between and during runs, some of them late (dated
 * minutes before they become visible). Each run does what the scripts do with
 * `--checkpoint`: read the checkpoint file's text, walk its window with `auditLogs`, write
 * OCSF lines, and only then save the new checkpoint's text. The output is read back as a
 * SIEM reads it, by `metadata.uid`.
 */
import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type AuditLog,
  auditLogs,
  createClient,
  detectStream,
  exportScope,
  IncrementalExport,
  parseCheckpoint,
  renderOcsf,
  serializeCheckpoint,
  type ZendeskClient,
} from '../../../src/core/mod.ts';
import { createSandbox, DEMO_CREDENTIALS, type Sandbox } from '../../../src/sandbox/mod.ts';

const T0 = Date.parse('2024-06-01T12:00:00Z');
const MINUTE = 60_000;
const LAG_SECONDS = 300;
const QUERY = { sourceType: 'account_setting' } as const;
const SCOPE = exportScope('sandbox', QUERY);
/** The first run's window: `--since 1h`. */
const FIRST = { start: Temporal.Instant.fromEpochMilliseconds(T0 - 60 * MINUTE), end: Temporal.Instant.fromEpochMilliseconds(T0) };

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

interface World {
  sandbox: Sandbox;
  client: ZendeskClient;
  /** The sandbox's and the runs' clock, epoch milliseconds. */
  clock: number;
  /** The checkpoint file's text; undefined before the first run saves one. */
  file: string | undefined;
}

async function world(): Promise<World> {
  const state = { clock: T0 + 400 } as World;
  // An hour of settings changes and sign-ins before T0; the clock dates the records added later.
  state.sandbox = createSandbox({
    now: T0,
    days: 1 / 24,
    records: 150,
    mix: { account_setting: 3, user: 1 },
    rateLimit: 0,
    clock: () => state.clock,
  });
  await state.sandbox.start();
  state.client = createClient({
    baseUrl: new URL(state.sandbox.url),
    credentials: { email: DEMO_CREDENTIALS.email, apiToken: DEMO_CREDENTIALS.apiToken },
  });
  state.file = undefined;
  return state;
}

/** Adds settings changes (and a sign-in, which the export's filter leaves out) dated `ago` ms before the clock. */
function arrive(world: World, agos: number[]): void {
  world.sandbox.addRecords([
    ...agos.map((ago) => ({ source_type: 'account_setting', action: 'update', created_at: iso(world.clock - ago) })),
    { source_type: 'user', action: 'login', created_at: iso(world.clock) },
  ]);
}

interface RunOptions {
  order?: 'asc' | 'desc';
  /** Called after each line written, with how many so far: records arriving during the run. */
  during?: (lines: number) => void;
  /** Killed after this many lines, or after all of them but before the checkpoint is saved. */
  killAfter?: number | 'output';
}

/** One run, as the script does it; the audit-log ids of the lines it wrote. */
async function run(world: World, options: RunOptions = {}): Promise<number[]> {
  const now = Temporal.Instant.fromEpochMilliseconds(world.clock);
  const checkpoint = world.file === undefined ? undefined : parseCheckpoint(world.file, 'sandbox.checkpoint');
  const exporter = new IncrementalExport({ scope: SCOPE, checkpoint, first: FIRST, now, lagSeconds: LAG_SECONDS });
  // Small pages, so records arrive while the walk is between pages.
  const records = auditLogs(world.client, { ...QUERY, createdAt: exporter.window, order: options.order ?? 'desc' }, { pageSize: 5 });
  const ids: number[] = [];
  for await (const line of renderOcsf(detectStream(exporter.select(records)), { account: 'sandbox' })) {
    ids.push(Number((JSON.parse(line) as { metadata: { uid: string } }).metadata.uid));
    options.during?.(ids.length);
    if (ids.length === options.killAfter) return ids;
  }
  if (options.killAfter !== 'output') world.file = serializeCheckpoint(exporter.checkpoint());
  return ids;
}

/** What the export must hold: every settings change from the first window's start on. */
function expected(world: World): number[] {
  return world.sandbox.auditLogs()
    .filter((record: AuditLog) =>
      record.source_type === 'account_setting' && Date.parse(record.created_at) >= FIRST.start.epochMilliseconds
    )
    .map((record) => record.id)
    .sort((a, b) => a - b);
}

/** How often each id was written. */
function counts(outputs: number[][]): Map<number, number> {
  const seen = new Map<number, number>();
  for (const id of outputs.flat()) seen.set(id, (seen.get(id) ?? 0) + 1);
  return seen;
}

/**
 * Ten runs a minute apart. Before each, records arrive: two of the moment, one 200 s
 * late (inside the 5-minute lag). During each but the last, after its second line:
 * one dated the second the run began in (the walk may have passed it), one two minutes
 * late, and, the clock moved on two seconds, one after the run's window.
 */
async function tenRuns(world: World, options: { order: 'asc' | 'desc'; kill?: Record<number, RunOptions['killAfter']> }) {
  const outputs: number[][] = [];
  for (let index = 0; index < 10; index++) {
    if (index > 0) {
      world.clock = T0 + 400 + (index - 0.5) * MINUTE;
      arrive(world, [0, 0, 200_000]);
      world.clock = T0 + 400 + index * MINUTE;
    }
    const during = index === 9 ? undefined : (lines: number) => {
      if (lines !== 2) return;
      arrive(world, [0, 120_000]);
      world.clock += 2000;
      arrive(world, [0]);
    };
    outputs.push(await run(world, { order: options.order, during, killAfter: options.kill?.[index] }));
  }
  return outputs;
}

for (const order of ['desc', 'asc'] as const) {
  test(`ten runs a minute apart, newest first or oldest: every record written exactly once, late ones included (${order})`, async () => {
    const state = await world();
    try {
      const outputs = await tenRuns(state, { order });
      const written = counts(outputs);
      assert.equal([...written.keys()].sort((a, b) => a - b), expected(state));
      assert.equal([...written.values()].filter((count) => count !== 1), []);
      // Records came in every run, and the checkpoint kept only the ids of its overlap.
      assert.ok(outputs.slice(1).every((ids) => ids.length > 0));
      const checkpoint = parseCheckpoint(state.file!, 'sandbox.checkpoint');
      for (const second of checkpoint.written.values()) assert.ok(second * 1000 >= checkpoint.resumeFrom.epochMilliseconds);
      assert.ok(checkpoint.written.size < 40, `${checkpoint.written.size} ids kept`);
    } finally {
      await state.sandbox.close();
    }
  });
}

test('runs killed mid-output or before saving their checkpoint: only their own records again, none skipped', async () => {
  const state = await world();
  try {
    const outputs = await tenRuns(state, { order: 'desc', kill: { 3: 1, 6: 'output' } });
    const written = counts(outputs);
    assert.equal([...written.keys()].sort((a, b) => a - b), expected(state));
    const repeated = [...written].filter(([, count]) => count > 1);
    assert.ok(repeated.length > 0, 'the killed runs wrote records that the next run wrote again');
    const killed = new Set([...outputs[3]!, ...outputs[6]!]);
    for (const [id, count] of repeated) {
      assert.is(count, 2, `record ${id}`);
      assert.ok(killed.has(id), `record ${id} was not written by a killed run`);
    }
  } finally {
    await state.sandbox.close();
  }
});

test('a second run at once writes nothing', async () => {
  const state = await world();
  try {
    assert.ok((await run(state)).length > 0);
    assert.equal(await run(state), []);
    state.clock += 500;
    assert.equal(await run(state), []);
  } finally {
    await state.sandbox.close();
  }
});

test('the lag is the contract: a record visible later than it is missed, and a longer lag catches it', async () => {
  for (const [lag, caught] of [[LAG_SECONDS, false], [600, true]] as const) {
    const state = await world();
    try {
      const runWithLag = async () => {
        const exporter = new IncrementalExport({
          scope: SCOPE,
          checkpoint: state.file === undefined ? undefined : parseCheckpoint(state.file, 'f'),
          first: FIRST,
          now: Temporal.Instant.fromEpochMilliseconds(state.clock),
          lagSeconds: lag,
        });
        const ids: number[] = [];
        for await (const record of exporter.select(auditLogs(state.client, { ...QUERY, createdAt: exporter.window }))) ids.push(record.id);
        state.file = serializeCheckpoint(exporter.checkpoint());
        return ids;
      };
      await runWithLag();
      state.clock += MINUTE;
      // Dated seven minutes ago, visible only now.
      const [late] = state.sandbox.addRecords([{ source_type: 'account_setting', created_at: iso(state.clock - 7 * MINUTE) }]);
      assert.is((await runWithLag()).includes(late!.id), caught, `lag ${lag}`);
    } finally {
      await state.sandbox.close();
    }
  }
});

test.run();
