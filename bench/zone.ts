/**
 * Zone rendering and the renderers, in-process: `node --import tsx bench/zone.ts COUNT RECORDS`.
 * Prints one JSON object: instants per second for `ZoneClock.text` and `.iso`, how many
 * of COUNT random instants in 20 zones differ from Temporal's own output, and CPU
 * microseconds per record for each output format over RECORDS sandbox records (with their
 * detections, found beforehand).
 */
import process from 'node:process';
import { Temporal } from 'temporal-polyfill';
import { detectAll, type DetectedRecord, renderCsv, renderJson, renderNdjson, renderText, ZoneClock } from '../src/core/mod.ts';
import { createSandbox } from '../src/sandbox/mod.ts';

const count = Number(process.argv[2] ?? 1_000_000);
const recordCount = Number(process.argv[3] ?? 100_000);

/** Zones with DST in both hemispheres, half-hour and 45-minute offsets, and rule changes. */
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Apia',
  'UTC',
];

/** Deterministic instants (mulberry32), whole milliseconds from 1990 to 2040. */
function instants(n: number): Float64Array {
  let seed = 0x2f6b1d3;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const from = Date.UTC(1990, 0, 1);
  const span = Date.UTC(2040, 0, 1) - from;
  const out = new Float64Array(n);
  for (let index = 0; index < n; index++) out[index] = from + Math.floor(random() * span);
  return out;
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

const times = instants(count);
const clocks = ZONES.map((zone) => new ZoneClock(zone));
// First pass fills each clock's cache of offset spans (one Temporal lookup per span).
let sink = 0;
for (let index = 0; index < times.length; index++) sink += clocks[index % clocks.length]!.iso(times[index]!).length;

function rate(render: (clock: ZoneClock, ms: number) => string): number {
  const started = performance.now();
  for (let index = 0; index < times.length; index++) sink += render(clocks[index % clocks.length]!, times[index]!).length;
  return times.length / ((performance.now() - started) / 1000);
}
const textPerSecond = rate((clock, ms) => clock.text(ms));
const isoPerSecond = rate((clock, ms) => clock.iso(ms));

// Identity with Temporal: iso() is Temporal's ZonedDateTime string; text() shows its date and time.
let differences = 0;
let firstDifference = '';
const identityStarted = performance.now();
for (let index = 0; index < times.length; index++) {
  const zone = ZONES[index % ZONES.length]!;
  const clock = clocks[index % clocks.length]!;
  const ms = times[index]!;
  const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
  const expectedIso = zoned.toString();
  const expectedText = zoned.toPlainDateTime().toString({ smallestUnit: 'second' }).replace('T', ' ');
  const iso = clock.iso(ms);
  const text = clock.text(ms);
  if (iso !== expectedIso || !text.startsWith(`${expectedText} `)) {
    differences++;
    firstDifference ||= `${zone} ${ms}: ${iso} / ${text} vs ${expectedIso} / ${expectedText}`;
  }
}
const identitySeconds = (performance.now() - identityStarted) / 1000;

// The renderers over sandbox records with their detections (found once, beforehand: this measures rendering), in Los Angeles time.
const records: DetectedRecord[] = detectAll(createSandbox({ records: recordCount, mix: { account_setting: 1 }, rateLimit: 0 }).auditLogs());
async function* each(items: DetectedRecord[]): AsyncGenerator<DetectedRecord> {
  yield* items;
}
const clock = new ZoneClock('America/Los_Angeles');
const renderers = {
  text: () => renderText(each(records), { clock }),
  ndjson: () => renderNdjson(each(records), { clock }),
  json: () => renderJson(each(records), { clock }),
  csv: () => renderCsv(each(records), { clock }),
};
const perRecord: Record<string, number> = {};
for (const [name, render] of Object.entries(renderers)) {
  for await (const chunk of render()) sink += chunk.length; // warm-up
  const before = cpuMicros();
  for await (const chunk of render()) sink += chunk.length;
  perRecord[name] = (cpuMicros() - before) / records.length;
}

process.stdout.write(
  `${
    JSON.stringify({
      count,
      zones: ZONES.length,
      textPerSecond,
      isoPerSecond,
      differences,
      firstDifference,
      identitySeconds,
      records: records.length,
      perRecord,
      sink: sink > 0,
    })
  }\n`,
);
