import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type AuditLog,
  type Checkpoint,
  DEFAULT_LAG_SECONDS,
  exportScope,
  IncrementalExport,
  parseLag,
  resumePoint,
  toArray,
} from '../../../src/core/mod.ts';
import { refusal } from '../../helpers/refusal.ts';

const at = (text: string) => Temporal.Instant.from(text);
const SCOPE = exportScope('acme', { sourceType: 'account_setting' });
const NOW = at('2024-06-01T12:00:00.400Z');
const FIRST = { start: at('2024-06-01T11:00:00Z'), end: at('2024-06-01T12:00:00Z') };

const log = (id: number, createdAt: string) => ({ id, created_at: createdAt }) as AuditLog;
async function* stream(records: AuditLog[]): AsyncGenerator<AuditLog> {
  yield* records;
}

/** A run over `records`, read to the end; its output ids and the checkpoint it leaves. */
async function runOver(records: AuditLog[], options: { checkpoint?: Checkpoint; now?: Temporal.Instant; lagSeconds?: number }) {
  const run = new IncrementalExport({ scope: SCOPE, first: FIRST, now: NOW, ...options });
  const inWindow = records.filter((record) => {
    const ms = Date.parse(record.created_at);
    return ms >= run.window.start.epochMilliseconds && ms <= run.window.end.epochMilliseconds;
  });
  const written = (await toArray(run.select(stream(inWindow)))).map((record) => record.id);
  return { run, written, checkpoint: run.checkpoint() };
}

test('a lag is seconds, minutes or hours, at most a day', () => {
  assert.equal(['0', '90s', '5m', '5 min', '1h', '300'].map(parseLag), [0, 90, 300, 300, 3600, 300]);
  assert.is(DEFAULT_LAG_SECONDS, 300);
  assert.is(refusal(() => parseLag('soon')), 'lag "soon" is not a duration: write seconds, minutes or hours, e.g. 0, 90s, 5m or 1h');
  assert.is(refusal(() => parseLag('25h')), 'lag "25h" is longer than a day: write at most 24h');
});

test('a run reads completely the seconds before it began, not the one it began in', () => {
  // The window ends now: records can still arrive in the current second after the walk passed it.
  assert.equal(resumePoint(FIRST, NOW, 300), {
    readThrough: Date.parse('2024-06-01T11:59:59Z') / 1000,
    resumeFrom: Date.parse('2024-06-01T11:54:59Z') / 1000,
  });
  // A window that ended long ago was read whole.
  const past = { start: at('2024-05-01T00:00:00Z'), end: at('2024-05-31T23:59:59Z') };
  assert.is(resumePoint(past, NOW, 300).readThrough, Date.parse('2024-05-31T23:59:59Z') / 1000);
  // Never resumes before its own start: it knows no ids from before.
  const short = { start: at('2024-06-01T11:59:00Z'), end: at('2024-06-01T12:00:00Z') };
  assert.is(resumePoint(short, NOW, 300).resumeFrom, Date.parse('2024-06-01T11:59:00Z') / 1000);
});

test('the first run reads its window; the next reads from its resume point to now, dropping what was written', async () => {
  const records = [log(1, '2024-06-01T11:10:00Z'), log(2, '2024-06-01T11:56:00Z'), log(3, '2024-06-01T12:00:00Z')];
  const first = await runOver(records, {});
  assert.is(first.run.resumed, false);
  assert.equal(first.run.window, FIRST);
  assert.equal(first.written, [1, 2, 3]);
  assert.is(String(first.checkpoint.resumeFrom), '2024-06-01T11:54:59Z');
  assert.is(String(first.checkpoint.readThrough), '2024-06-01T11:59:59Z');
  // Only the records the next run reads again are remembered.
  assert.equal([...first.checkpoint.written.keys()].sort(), [2, 3]);

  const later = at('2024-06-01T12:01:00.200Z');
  const more = [...records, log(4, '2024-06-01T12:00:00Z'), log(5, '2024-06-01T11:58:00Z'), log(6, '2024-06-01T12:00:30Z')];
  const second = await runOver(more, { checkpoint: first.checkpoint, now: later });
  assert.is(second.run.resumed, true);
  assert.equal(second.run.window, { start: at('2024-06-01T11:54:59Z'), end: at('2024-06-01T12:01:00Z') });
  // 4 arrived in the second the first run began in, 5 late: both are written now, 2 and 3 not again.
  assert.equal(second.written, [4, 5, 6]);
  assert.equal(second.run.count, 3);
  assert.is(String(second.checkpoint.resumeFrom), '2024-06-01T11:55:59Z');
  assert.equal([...second.checkpoint.written.keys()].sort(), [2, 3, 4, 5, 6]);
});

test('a second run at once writes nothing', async () => {
  const records = [log(1, '2024-06-01T11:58:00Z'), log(2, '2024-06-01T12:00:00Z')];
  const first = await runOver(records, {});
  const again = await runOver(records, { checkpoint: first.checkpoint });
  assert.equal(again.written, []);
  assert.equal([...again.checkpoint.written].sort(), [...first.checkpoint.written].sort());
});

test('the ids kept are only those of the lag horizon, however long the first window', async () => {
  const start = Date.parse('2024-05-01T00:00:00Z');
  const month = Array.from(
    { length: 5000 },
    (_, index) => log(index + 1, new Date(start + index * 535_000).toISOString().slice(0, 19) + 'Z'),
  );
  const lastMinutes = [log(5001, '2024-06-01T11:55:00Z'), log(5002, '2024-06-01T11:58:00Z'), log(5003, '2024-06-01T12:00:00Z')];
  const run = new IncrementalExport({
    scope: SCOPE,
    first: { start: at('2024-05-01T00:00:00Z'), end: at('2024-06-01T12:00:00Z') },
    now: NOW,
  });
  assert.is((await toArray(run.select(stream([...month, ...lastMinutes])))).length, 5003);
  assert.equal([...run.checkpoint().written.keys()].sort(), [5001, 5002, 5003]);
});

test('a checkpoint of another account, source type or filter set is refused in one line', async () => {
  const { checkpoint } = await runOver([], {});
  const refuse = (scope: ReturnType<typeof exportScope>) =>
    refusal(() => new IncrementalExport({ scope, checkpoint, first: FIRST, now: NOW, file: 'acme.checkpoint' }));
  assert.is(
    refuse(exportScope('beta', { sourceType: 'account_setting' })),
    'acme.checkpoint is the checkpoint of account "acme", not "beta": give each account, source type and filter set a checkpoint file of its own',
  );
  assert.match(refuse(exportScope('acme', { sourceType: 'user' })), /of source type account_setting, not source type user:/);
  assert.match(refuse(exportScope('acme', { sourceType: 'account_setting', actorId: 1 })), /of no other filter, not actor_id=1:/);
});

test('a checkpoint that resumes after the current time is refused: the clock went back', async () => {
  const { checkpoint } = await runOver([], {});
  assert.is(
    refusal(() => new IncrementalExport({ scope: SCOPE, checkpoint, first: FIRST, now: at('2024-06-01T11:00:00Z'), file: 'f' })),
    'f resumes from 2024-06-01T11:54:59Z, after the current time 2024-06-01T11:00:00Z: check the system clock',
  );
  // A little back, within the lag: the run reads the overlap again and read_through stays.
  const back = await runOver([], { checkpoint, now: at('2024-06-01T11:59:00Z') });
  assert.is(String(back.checkpoint.readThrough), '2024-06-01T11:59:59Z');
  assert.is(String(back.checkpoint.resumeFrom), '2024-06-01T11:54:59Z');
});

test('a longer lag never resumes before the ids it knows', async () => {
  const first = await runOver([log(1, '2024-06-01T11:57:00Z')], { lagSeconds: 300 });
  const longer = await runOver([log(1, '2024-06-01T11:57:00Z')], {
    checkpoint: first.checkpoint,
    now: at('2024-06-01T12:01:00Z'),
    lagSeconds: 3600,
  });
  assert.equal(longer.written, []);
  assert.is(String(longer.checkpoint.resumeFrom), '2024-06-01T11:54:59Z');
});

test('a run that stopped reading before the end of its window gives no checkpoint', async () => {
  const run = new IncrementalExport({ scope: SCOPE, first: FIRST, now: NOW });
  for await (const _record of run.select(stream([log(1, '2024-06-01T11:10:00Z'), log(2, '2024-06-01T11:20:00Z')]))) break;
  assert.throws(() => run.checkpoint(), /stopped before the end of its window/);
});

test.run();
