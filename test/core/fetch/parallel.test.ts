import { Temporal } from 'temporal-polyfill';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type AuditLog,
  type AuditLogQuery,
  auditLogs,
  countAuditLogs,
  createClient,
  type FetchEvent,
  parallelAuditLogs,
  planSlices,
  RateGate,
  type RateGateOptions,
  toArray,
  windowSeconds,
  type ZendeskClient,
} from '../../../src/core/mod.ts';
import { createSandbox, DEMO_CREDENTIALS, type Sandbox, type SandboxOptions } from '../../../src/sandbox/mod.ts';

const NOW = Date.parse('2024-06-01T12:00:00Z');
const DAY = 86_400_000;
const WINDOW = { start: Temporal.Instant.fromEpochMilliseconds(NOW - 10 * DAY), end: Temporal.Instant.fromEpochMilliseconds(NOW) };
const credentials = { email: DEMO_CREDENTIALS.email, apiToken: DEMO_CREDENTIALS.apiToken };

interface Connected {
  sandbox: Sandbox;
  client: ZendeskClient;
  /** Most requests the client had in flight at once since the last reset. */
  peak: () => number;
  /** `ratelimit-remaining` of every answer, in order. */
  remaining: number[];
  resetPeak: () => void;
  /** Requests the client has sent so far. */
  sent: () => number;
  /** The time ranges (`filter[created_at][]` pairs) of the pages answered so far: a walk's slices. */
  answeredRanges: Set<string>;
}

async function connect(options: SandboxOptions, gateOptions: RateGateOptions = {}): Promise<Connected> {
  const sandbox = createSandbox({ now: NOW, days: 10, rateLimit: 0, ...options });
  await sandbox.start();
  let inFlight = 0;
  let peak = 0;
  let sent = 0;
  const answeredRanges = new Set<string>();
  const counting: typeof fetch = async (input, init) => {
    sent++;
    peak = Math.max(peak, ++inFlight);
    try {
      const response = await fetch(input, init);
      const range = new URL(input instanceof Request ? input.url : input).searchParams.getAll('filter[created_at][]').join('/');
      if (response.ok && range) answeredRanges.add(range);
      return response;
    } finally {
      inFlight--;
    }
  };
  const remaining: number[] = [];
  const client = createClient({
    baseUrl: new URL(sandbox.url),
    credentials,
    fetch: counting,
    gate: new RateGate(gateOptions),
    onEvent: (event) => {
      if (event.type === 'response' && event.rateLimit.remaining !== undefined) remaining.push(event.rateLimit.remaining);
    },
  });
  return { sandbox, client, peak: () => peak, resetPeak: () => (peak = 0), remaining, sent: () => sent, answeredRanges };
}

const ids = (records: { id: number }[]) => records.map((record) => record.id);

function listRequests(sandbox: Sandbox): URLSearchParams[] {
  return sandbox.requests
    .map((request) => new URL(request.url, 'http://x'))
    .filter((url) => url.pathname === '/api/v2/audit_logs')
    .map((url) => url.searchParams);
}

/** Distinct `filter[created_at]` windows the cursor requests used: one per slice walked. */
function slicesWalked(sandbox: Sandbox): number {
  const windows = listRequests(sandbox)
    .filter((params) => params.has('page[size]'))
    .map((params) => params.getAll('filter[created_at][]').join('..'));
  return new Set(windows).size;
}

const same = suite<{ connected: Connected }>('parallelAuditLogs returns what one walk returns');
same.before(async (context) => {
  context.connected = await connect({ records: 4000, latencyMs: 1 });
});
same.after((context) => context.connected.sandbox.close());

same('newest first and oldest first, across many slices', async ({ connected }) => {
  for (const order of ['desc', 'asc'] as const) {
    const query: AuditLogQuery = { createdAt: WINDOW, order };
    const one = await toArray(auditLogs(connected.client, query));
    connected.sandbox.requests.length = 0;
    const sliced = await toArray(parallelAuditLogs(connected.client, query, { concurrency: 4, sliceRecords: 200 }));
    assert.ok(one.length > 3000, `the window holds ${one.length} records`);
    assert.equal(ids(sliced), ids(one), order);
    assert.ok(slicesWalked(connected.sandbox) >= 15, `${slicesWalked(connected.sandbox)} slices`);
  }
});

same('keeps the filters on every request', async ({ connected }) => {
  const query: AuditLogQuery = { createdAt: WINDOW, sourceType: ['account_setting', 'user'], action: ['update', 'login'] };
  const one = await toArray(auditLogs(connected.client, query));
  connected.sandbox.requests.length = 0;
  const sliced = await toArray(parallelAuditLogs(connected.client, query, { concurrency: 3, sliceRecords: 150 }));
  assert.ok(one.length > 1000);
  assert.equal(ids(sliced), ids(one));
  for (const params of listRequests(connected.sandbox)) {
    assert.equal(params.getAll('filter[source_type][]'), ['account_setting', 'user']);
    assert.equal(params.getAll('filter[action][]'), ['update', 'login']);
    assert.is(params.getAll('filter[created_at][]').length, 2);
  }
});

same('sends one count request, then cursor requests only', async ({ connected }) => {
  connected.sandbox.requests.length = 0;
  await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 4 }));
  const [probe, ...rest] = listRequests(connected.sandbox);
  assert.is(probe!.get('per_page'), '1');
  assert.is(probe!.get('page[size]'), null);
  assert.ok(rest.length > 10);
  for (const params of rest) assert.is(params.get('page[size]'), '100');
});

same('never has more requests in flight than the concurrency', async ({ connected }) => {
  for (const concurrency of [2, 5]) {
    connected.resetPeak();
    await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency, sliceRecords: 100 }));
    assert.ok(connected.peak() <= concurrency, `peak ${connected.peak()} with concurrency ${concurrency}`);
    assert.ok(connected.peak() >= 2, 'the walks did overlap');
  }
});

same('a small result is fetched in one walk after the count', async ({ connected }) => {
  const narrow = { start: WINDOW.end.subtract({ hours: 6 }), end: WINDOW.end };
  const query: AuditLogQuery = { createdAt: narrow, sourceType: 'account_setting' };
  const count = await countAuditLogs(connected.client, query);
  assert.ok(count !== undefined && count > 0 && count < 500, `count ${count}`);
  connected.sandbox.requests.length = 0;
  const sliced = await toArray(parallelAuditLogs(connected.client, query, { concurrency: 8 }));
  assert.equal(ids(sliced), ids(await toArray(auditLogs(connected.client, query))));
  const requests = listRequests(connected.sandbox);
  assert.is(requests[0]!.get('per_page'), '1');
  assert.is(slicesWalked(connected.sandbox), 1, 'one walk over the whole window');
});

same('concurrency 1 walks once and sends no count request', async ({ connected }) => {
  connected.sandbox.requests.length = 0;
  const records = await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 1 }));
  assert.ok(records.length > 3000);
  const requests = listRequests(connected.sandbox);
  assert.ok(requests.every((params) => params.get('per_page') === null));
  assert.is(slicesWalked(connected.sandbox), 1);
});

same('refuses a concurrency out of range before sending anything', async ({ connected }) => {
  connected.sandbox.requests.length = 0;
  for (const concurrency of [0, 65, 1.5]) {
    try {
      await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency }));
      assert.unreachable(`concurrency ${concurrency} was accepted`);
    } catch (error) {
      assert.instance(error, RangeError);
      assert.match((error as Error).message, /concurrency must be a whole number from 1 to 64/);
    }
  }
  assert.is(connected.sandbox.requests.length, 0);
});

same('stops every walk when the reader stops early', async ({ connected }) => {
  let taken = 0;
  for await (const _ of parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 4, sliceRecords: 100 })) {
    if (++taken === 250) break;
  }
  const before = connected.sandbox.stats.requests;
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(connected.sandbox.stats.requests - before <= 4, 'no new pages after the stop');
});

same.run();

const paced = suite('parallelAuditLogs reads ahead as far as its consumer needs');

/** The most records the walks held ahead of a consumer that takes `taking` records and calls `pause` after each. */
async function leadOver(connected: Connected, taking: number, pause: (taken: number) => Promise<unknown> | undefined): Promise<number> {
  let received = 0;
  let taken = 0;
  let lead = 0;
  const walk = parallelAuditLogs(connected.client, { createdAt: WINDOW }, {
    onEvent: (event) => {
      if (event.type === 'page') received = event.records;
      lead = Math.max(lead, received - taken);
    },
  });
  for await (const _ of walk) {
    await pause(++taken);
    if (taken === taking) break;
  }
  return lead;
}

/** A page for each of the 16 walks to start with, then the least read-ahead. */
const FIRST_ROUND = 16 * 100 + 400;

paced('a slow consumer on a fast link: the walks hold a few pages ahead of it, not whole slices', async () => {
  const connected = await connect({ records: 30_000, latencyMs: 0 });
  try {
    // A consumer that waits for the event loop every few records, as a slow disk or pipe makes it.
    const lead = await leadOver(
      connected,
      6000,
      (taken) => taken % 10 === 0 ? new Promise((resolve) => setTimeout(resolve, 0)) : undefined,
    );
    assert.ok(lead <= FIRST_ROUND, `the walks were ${lead} records ahead`);
  } finally {
    await connected.sandbox.close();
  }
});

paced('a fast consumer on a slow link: the walks read far ahead of it, so that none waits for the others', async () => {
  const connected = await connect({ records: 30_000, latencyMs: 100 });
  try {
    const lead = await leadOver(connected, 6000, () => undefined);
    assert.ok(lead > 2 * FIRST_ROUND, `the walks were only ${lead} records ahead`);
    assert.is(connected.peak(), 16, 'every walk had a request out');
  } finally {
    await connected.sandbox.close();
  }
});

paced.run();

const stopping = suite<{ connected: Connected }>('parallelAuditLogs stopped early');
stopping.before(async (context) => {
  context.connected = await connect({ records: 4000, latencyMs: 20 });
});
stopping.after((context) => context.connected.sandbox.close());

/**
 * Reads `query` and aborts `stop` once `after` records were taken and every walk has had a
 * page answered (so that, however a busy machine orders the answers, the walks hold pages
 * of slices apart); the records, the page events' count, the stop event, and requests sent
 * since the stop.
 */
async function readAndStop(
  connected: Connected,
  query: AuditLogQuery,
  options: { concurrency: number; sliceRecords?: number },
  after: number,
) {
  const stop = new AbortController();
  connected.answeredRanges.clear();
  let sentAtStop = 0;
  let received = 0;
  let stopped: FetchEvent | undefined;
  const records: AuditLog[] = [];
  const walk = parallelAuditLogs(connected.client, query, {
    ...options,
    stop: stop.signal,
    onEvent: (event) => {
      if (event.type === 'page') received = event.records;
      if (event.type === 'stopped') stopped = event;
    },
  });
  for await (const record of walk) {
    records.push(record);
    if (records.length === after) {
      for (let waited = 0; connected.answeredRanges.size < options.concurrency && waited < 5000; waited += 5) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      stop.abort();
      sentAtStop = connected.sent();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { records, received, stopped, sentSinceStop: connected.sent() - sentAtStop };
}

for (const [concurrency, label] of [[4, 'four walks'], [1, 'one walk']] as const) {
  stopping(`${label}: every record received is handed out once, and the event says which stretches they cover`, async ({ connected }) => {
    const query: AuditLogQuery = { createdAt: WINDOW };
    const { records, received, stopped, sentSinceStop } = await readAndStop(connected, query, { concurrency, sliceRecords: 600 }, 250);
    assert.ok(stopped?.type === 'stopped' && stopped.covered, 'a stopped event with the stretches');
    const covered = stopped.covered;
    assert.is(records.length, received, 'as many handed out as the pages brought');
    assert.is(new Set(ids(records)).size, records.length, 'none twice');
    assert.ok(records.length > 250 && records.length < 4000, `${records.length} records`);
    // Every record of the window in a covered stretch was handed out.
    const out = new Set(ids(records));
    const window = windowSeconds(WINDOW);
    const second = (record: AuditLog) => Math.floor(Date.parse(record.created_at) / 1000);
    const inWindow = connected.sandbox.auditLogs().filter((record) => second(record) >= window.from && second(record) <= window.to);
    const expected = inWindow.filter((record) => covered.some((run) => run.from <= second(record) && second(record) <= run.to));
    assert.ok(expected.length > 0);
    for (const record of expected) assert.ok(out.has(record.id), `record ${record.id} is in a covered stretch`);
    assert.is(covered.length > 1, concurrency > 1, 'walks over time slices stop at several places');
    assert.is(sentSinceStop, 0, 'nothing asked for after the stop');
  });
}

stopping('a stop before the walks start hands out nothing, and says nothing is covered', async ({ connected }) => {
  const stop = new AbortController();
  stop.abort();
  const events: FetchEvent[] = [];
  const records = await toArray(
    parallelAuditLogs(connected.client, { createdAt: WINDOW }, { stop: stop.signal, onEvent: (event) => events.push(event) }),
  );
  assert.equal(records, []);
  assert.equal(events, [{ type: 'stopped', covered: [] }]);
});

stopping('a walk that ends before the stop is whole: no stopped event', async ({ connected }) => {
  const stop = new AbortController();
  const events: FetchEvent[] = [];
  const records = await toArray(
    parallelAuditLogs(connected.client, { createdAt: WINDOW }, {
      concurrency: 4,
      stop: stop.signal,
      onEvent: (event) => events.push(event),
    }),
  );
  stop.abort();
  assert.ok(records.length > 3000);
  assert.not.ok(events.some((event) => event.type === 'stopped'));
});

stopping.run();

const edges = suite('parallelAuditLogs at slice boundaries');

edges('records exactly on the first and last second of every slice, and a burst that gets split', async () => {
  const connected = await connect({ records: 2000, latencyMs: 1 });
  try {
    const query: AuditLogQuery = { createdAt: WINDOW, sourceType: 'account_setting', action: 'update' };
    const options = { concurrency: 4, sliceRecords: 100, pageSize: 100 };
    const base = (await countAuditLogs(connected.client, query))!;
    const burst = 3000;
    // The plan depends on the count, which the added records change: settle on a fixed point.
    let added = 0;
    let plan = planSlices(windowSeconds(WINDOW), base + burst, options);
    for (let round = 0; round < 20 && added !== 4 * plan.length; round++) {
      added = 4 * plan.length;
      plan = planSlices(windowSeconds(WINDOW), base + burst + added, options);
    }
    assert.is(added, 4 * plan.length, 'the plan settled');
    const at = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    const change = { source_type: 'account_setting', action: 'update' };
    connected.sandbox.addRecords(
      plan.flatMap((slice) => [slice.from, slice.from, slice.to, slice.to].map((seconds) => ({ ...change, created_at: at(seconds) }))),
    );
    // A busy afternoon in one slice, far more than it was planned for (one change every
    // two seconds, several in some), and a burst of 100 changes in one second.
    const middle = plan[Math.floor(plan.length / 2)]!;
    const busy = middle.from + 60;
    connected.sandbox.addRecords(
      Array.from({ length: burst }, (_, index) => ({ ...change, created_at: at(index < 100 ? busy : busy + Math.floor(index / 1.7)) })),
    );
    assert.is(await countAuditLogs(connected.client, query), base + burst + added);

    for (const order of ['desc', 'asc'] as const) {
      const ordered = { ...query, order };
      const one = await toArray(auditLogs(connected.client, ordered));
      connected.sandbox.requests.length = 0;
      const sliced = await toArray(parallelAuditLogs(connected.client, ordered, options));
      assert.is(sliced.length, one.length);
      assert.equal(ids(sliced), ids(one), order);
      assert.is(new Set(ids(sliced)).size, sliced.length, 'nothing repeated');
      assert.ok(
        slicesWalked(connected.sandbox) > plan.length,
        `the burst was split further: ${slicesWalked(connected.sandbox)} slices walked, ${plan.length} planned`,
      );
    }
  } finally {
    await connected.sandbox.close();
  }
});

edges('a window of a single second', async () => {
  const connected = await connect({ records: 10, latencyMs: 0 });
  try {
    const second = Temporal.Instant.fromEpochMilliseconds(NOW - DAY);
    const iso = second.toString();
    connected.sandbox.addRecords(
      Array.from({ length: 700 }, () => ({ source_type: 'account_setting', action: 'update', created_at: iso })),
    );
    const query: AuditLogQuery = { createdAt: { start: second, end: second } };
    const sliced = await toArray(parallelAuditLogs(connected.client, query, { concurrency: 4, sliceRecords: 100 }));
    assert.equal(ids(sliced), ids(await toArray(auditLogs(connected.client, query))));
    assert.is(sliced.length, 700);
  } finally {
    await connected.sandbox.close();
  }
});

edges.run();

const outside = suite('parallelAuditLogs and a server that ignores the time range');

outside('fails loudly rather than drop records it did not ask for', async () => {
  const sandbox = createSandbox({ now: NOW, days: 10, rateLimit: 0, records: 3000 });
  await sandbox.start();
  // A proxy that drops the created_at filter from cursor requests: every slice gets the whole account.
  const ignoring: typeof fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.searchParams.has('page[size]')) url.searchParams.delete('filter[created_at][]');
    return fetch(url, init);
  };
  const client = createClient({ baseUrl: new URL(sandbox.url), credentials, fetch: ignoring });
  try {
    await toArray(parallelAuditLogs(client, { createdAt: WINDOW }, { concurrency: 4, sliceRecords: 300 }));
    assert.unreachable('a slice was cut short without an error');
  } catch (error) {
    assert.match((error as Error).message, /outside the requested time range/);
  } finally {
    await sandbox.close();
  }
});

outside.run();

const limited = suite('parallelAuditLogs within a small rate limit');

limited('20 requests a second: nothing lost, no 429', async () => {
  const connected = await connect({ records: 3000, latencyMs: 2, rateLimit: 20, rateWindowMs: 1000 });
  try {
    const expected = connected.sandbox.auditLogs().filter((record) => Date.parse(record.created_at) >= NOW - 10 * DAY).reverse();
    connected.sandbox.requests.length = 0;
    const sliced = await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 6, sliceRecords: 300 }));
    assert.equal(ids(sliced), ids(expected));
    const requests = connected.sandbox.stats.requests;
    const tooMany = connected.sandbox.stats.byStatus[429] ?? 0;
    assert.ok(requests > 25, `${requests} requests: the limit was reached`);
    // Answers come back in any order; the gate counts whatever the server may have seen
    // after the answer it goes by, so no request is sent into a spent budget.
    assert.is(tooMany, 0, `${tooMany} of ${requests} answers were 429`);
  } finally {
    await connected.sandbox.close();
  }
});

limited("a reserve share leaves that share of the budget to the account's other clients", async () => {
  // 20 a second; a quarter of it is 5 requests the walks never take.
  const connected = await connect({ records: 3000, latencyMs: 2, rateLimit: 20, rateWindowMs: 1000 }, { reserveShare: 0.25 });
  try {
    const expected = connected.sandbox.auditLogs().filter((record) => Date.parse(record.created_at) >= NOW - 10 * DAY).reverse();
    const sliced = await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 6, sliceRecords: 300 }));
    assert.equal(ids(sliced), ids(expected));
    assert.ok(connected.remaining.length > 25, `${connected.remaining.length} answers: the limit was reached`);
    assert.ok(Math.min(...connected.remaining) >= 5, `the budget went down to ${Math.min(...connected.remaining)}`);
    assert.is(connected.sandbox.stats.byStatus[429] ?? 0, 0);
  } finally {
    await connected.sandbox.close();
  }
});

limited.run();
