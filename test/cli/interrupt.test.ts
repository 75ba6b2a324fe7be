/**
 * Ctrl-C during an export: SIGINT to the real script mid-walk, against the sandbox over
 * HTTP, in every format, with time slices walked side by side and with one walk. The
 * sandbox answers slowly (50 ms a page) and the signal goes once it has received a set
 * number of page requests, so the stop lands mid-walk; what was received by then varies
 * from run to run, and the checks hold for any of it.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog, SecondRange } from '../../src/core/mod.ts';
import { DEMO_CREDENTIALS, type Sandbox } from '../../src/sandbox/mod.ts';
import { parseCsv } from '../helpers/csv.ts';
import { runScript, type ScriptResult, startSandbox, startScript, tokenEnv } from '../helpers/run-script.ts';

const FORMATS = ['json', 'ndjson', 'csv', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** The ids an export holds, read as a user's tools read it: any cut-off document fails here. */
function idsOf(format: Format, stdout: string): number[] {
  switch (format) {
    case 'json':
      return (JSON.parse(stdout) as AuditLog[]).map((record) => record.id);
    case 'ndjson':
      assert.ok(stdout === '' || stdout.endsWith('\n'), 'the last line is whole');
      return stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as AuditLog).id);
    case 'csv': {
      const [header, ...rows] = parseCsv(stdout);
      assert.is(header?.[0], 'id');
      return rows.map((row) => Number(row[0]));
    }
    case 'text': {
      assert.ok(stdout.endsWith('\n'), 'the last line is whole');
      const lines = stdout.trimEnd().split('\n');
      for (const line of lines) assert.match(line, /^ID: \d+, At .* User: /);
      return lines.map((line) => Number(/^ID: (\d+),/.exec(line)![1]));
    }
    case 'markdown':
      return [...stdout.matchAll(/^\| .* \| (\d+) \|$/gm)].map((match) => Number(match[1]));
  }
}

/** `2026-05-01T10:00:00-07:00` as epoch seconds. */
const seconds = (instant: string) => Date.parse(instant) / 1000;

/** What the closing lines say: the records written, and the stretches left to fetch (their --start and --end). */
function closing(stderr: string): { written: number; missing: SecondRange[] } {
  const written = /interrupted: the output is partial, ([\d,]+) records? written/.exec(stderr);
  assert.ok(written, stderr);
  const missing = [...stderr.matchAll(/--start (\S+) --end (\S+)/g)].map(([, from, to]) => ({ from: seconds(from!), to: seconds(to!) }));
  return { written: Number(written[1]!.replace(/,/g, '')), missing };
}

const inRanges = (second: number, ranges: readonly SecondRange[]) => ranges.some((range) => range.from <= second && second <= range.to);
const secondOf = (record: AuditLog) => Math.floor(Date.parse(record.created_at) / 1000);

interface Context {
  sandbox: Sandbox;
  /** Every record of the window, by id. */
  byId: Map<number, AuditLog>;
}

const interrupt = suite<Context>('Ctrl-C during an export keeps every record received');
interrupt.before(async (context) => {
  // 30 slices of 1,000 records: the walks are still on their first slices when the signal comes, so none is split.
  context.sandbox = await startSandbox({ records: 30_000, mix: { account_setting: 1 }, days: 20, latencyMs: 50 });
  context.byId = new Map(context.sandbox.auditLogs().map((record) => [record.id, record]));
});
interrupt.after((context) => context.sandbox.close());

/** Listing requests (not the count) the sandbox has received, as sent. */
const pageRequests = (sandbox: Sandbox) =>
  sandbox.requests.filter((request) => request.url.startsWith('/api/v2/audit_logs') && request.url.includes('page%5Bsize%5D'));

/** Runs settings-changes and sends it SIGINT once the sandbox has received `pages` page requests. */
async function interrupted(sandbox: Sandbox, args: string[], pages: number): Promise<ScriptResult> {
  sandbox.requests.length = 0;
  const { child, result } = startScript('settings-changes', ['--since', '21d', ...args], tokenEnv(sandbox));
  const poll = setInterval(() => {
    if (pageRequests(sandbox).length >= pages) {
      clearInterval(poll);
      child.kill('SIGINT');
    }
  }, 5);
  try {
    return await result;
  } finally {
    clearInterval(poll);
  }
}

/**
 * The records of every page the script must have received: each walk (one `filter[created_at]`
 * window) asks for its next page only once the last one came, so all but its last request
 * were answered and read. Asked again here, as the sandbox answers the same request the same way.
 */
async function received(sandbox: Sandbox, requests: { url: string }[]): Promise<number[]> {
  const walks = new Map<string, string[]>();
  for (const { url } of requests) {
    const window = new URL(url, 'http://x').searchParams.getAll('filter[created_at][]').join('..');
    walks.set(window, [...(walks.get(window) ?? []), url]);
  }
  const answered = [...walks.values()].flatMap((urls) => urls.slice(0, -1));
  const authorization = `Basic ${btoa(`${DEMO_CREDENTIALS.email}/token:${DEMO_CREDENTIALS.apiToken}`)}`;
  const pages = await Promise.all(
    answered.map(async (url) =>
      (await (await fetch(sandbox.url + url, { headers: { authorization } })).json()) as { audit_logs: AuditLog[] }
    ),
  );
  return pages.flatMap((page) => page.audit_logs.map((record) => record.id));
}

for (const [walks, pages] of [['16', 48], ['1', 12]] as const) {
  for (const format of FORMATS) {
    interrupt(
      `${format}, ${walks === '1' ? 'one walk' : `${walks} walks`}: a whole document, each record received once, exit 130`,
      async (context) => {
        const { sandbox, byId } = context;
        const result = await interrupted(sandbox, ['--format', format, '--concurrency', walks, '--tz', 'America/Los_Angeles'], pages);
        const requests = [...pageRequests(sandbox)];
        assert.is(result.code, 130, result.stderr);
        const { written, missing } = closing(result.stderr);
        const ids = idsOf(format, result.stdout);
        assert.is(ids.length, written, 'the closing line counts what the output holds');
        assert.is(new Set(ids).size, ids.length, 'no record twice');
        assert.ok(written > 0 && written < byId.size, `${written} records`);

        // Every page received is in the output, from every walk, not only the one being written out.
        const expected = await received(sandbox, requests);
        const out = new Set(ids);
        assert.ok(expected.length >= 100, `${expected.length} records were received`);
        for (const id of expected) assert.ok(out.has(id), `record ${id} was received and not written`);

        // The stretches said to be covered hold every record of the account in them, and the output nothing else
        // (but at their edges: the second of a walk's last record may have more records on its next page).
        const edges = new Set(missing.flatMap((gap) => [gap.from, gap.to]));
        for (const record of byId.values()) {
          const second = secondOf(record);
          if (!inRanges(second, missing)) {
            assert.ok(out.has(record.id), `record ${record.id} lies in a stretch said to be covered, and is not written`);
          } else if (out.has(record.id)) {
            assert.ok(edges.has(second), `record ${record.id} lies in a stretch said to be missing`);
          }
        }
        for (const id of ids) assert.ok(byId.has(id), `record ${id} is not the account's`);
        if (walks === '16') assert.ok(missing.length > 1, 'walks over time slices stop at several places');
        else assert.is(missing.length, 1, 'one walk stops at one place');
        if (format === 'markdown') {
          assert.ok(
            result.stdout.startsWith(`## Zendesk audit: ${written} account\\_setting changes (partial)\n`),
            result.stdout.slice(0, 200),
          );
          assert.match(result.stdout, /^- \*\*Partial:\*\* the run was stopped; it covers only \d{4}-\d\d-\d\d /m);
        }
      },
    );
  }
}

interrupt('running again over each stretch the closing lines name brings the rest of the window', async ({ sandbox, byId }) => {
  const first = await interrupted(sandbox, ['--format', 'ndjson'], 48);
  assert.is(first.code, 130, first.stderr);
  const ranges = [...first.stderr.matchAll(/--start (\S+) --end (\S+)/g)].map(([, start, end]) => ['--start', start!, '--end', end!]);
  assert.ok(ranges.length > 1, first.stderr);
  const rest = await Promise.all(ranges.map((range) => runScript('settings-changes', [...range, '--format', 'ndjson'], tokenEnv(sandbox))));
  const all = new Set(idsOf('ndjson', first.stdout));
  for (const run of rest) {
    assert.is(run.code, 0, run.stderr);
    for (const id of idsOf('ndjson', run.stdout)) all.add(id);
  }
  assert.equal([...all].sort(), [...byId.keys()].sort());
});

interrupt.run();
