/**
 * Records and helpers shared by the renderer tests. Not a test file itself.
 */
import { Temporal } from 'temporal-polyfill';
import { ZoneClock } from '../../../src/core/time/zone-clock.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import { detectAll, type DetectedRecord, type DetectorOptions } from '../../../src/core/review/detector.ts';
import type { Detection } from '../../../src/core/review/rule.ts';

/** The record from the seed article's JSON example, as Zendesk returned it (key order included). */
export const SEED_RECORD: AuditLog = {
  url: 'https://abc.zendesk.com/api/v2/audit_logs/23649114690839.json',
  id: 23649114690839,
  action_label: 'Updated',
  actor_id: 1509756491122,
  source_id: 23639740139415,
  source_type: 'account_setting',
  source_label: 'Security: Session expiration',
  action: 'update',
  change_description: 'Changed from 10 minutes to 30 minutes',
  ip_address: '52.40.123.85',
  created_at: '2024-05-21T22:34:33Z',
  actor_name: 'Joe Agent',
};

/** The seed article's example line, with the zone abbreviation the seed left out. */
export const SEED_LINE =
  "ID: 23649114690839, At 2024-05-21 15:34:33 PDT User: Joe Agent with id: 1509756491122 updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes";

/** A copy of the seed record with some fields replaced. */
export function record(changes: Partial<AuditLog> & Record<string, unknown> = {}): AuditLog {
  return { ...SEED_RECORD, ...changes };
}

/** A description of 100 kB that ends in a mention. */
export const HUNDRED_KB = `${'A long description. '.repeat(5000)}@everyone`;

/** Records whose texts try every Markdown, HTML and mention trick. */
export const HOSTILE: AuditLog[] = [
  SEED_RECORD,
  record({ id: 101, actor_name: '@user and @org/team', change_description: 'ping user@example.com and @admins' }),
  record({
    id: 102,
    actor_name: 'Eve | the | pipes',
    source_label: '#1 owner/repo#1 GH-1 gh-22 #',
    change_description: 'a | b || c \\| d \\',
  }),
  record({ id: 103, actor_name: '`code` ``more``', change_description: 'line one\nline two\r\nline three\r| --- |\n| x | y |' }),
  record({
    id: 104,
    actor_name: '<img src=x onerror=alert(1)>',
    source_label: '<details><summary>open</summary>',
    change_description: '<script>alert(1)</script><a href="http://evil.example">x</a>',
  }),
  record({
    id: 105,
    actor_name: '[x](javascript:alert(1))',
    source_label: '![i](http://x/y.png)',
    change_description: 'see http://evil.example and www.evil.example or <https://evil.example>',
  }),
  record({ id: 106, actor_id: -1, actor_name: 'Zendesk', change_description: HUNDRED_KB, ip_address: null }),
  record({
    id: 107,
    actor_name: 'evil\u202Etxt.exe\u0000',
    source_label: 'NUL\u0000 ESC\u001b[2J DEL\u007f',
    change_description: 'emoji 👩🏽‍💻 🇩🇪 stay 😀',
  }),
  record({
    id: 108,
    actor_name: '',
    actor_id: 42,
    change_description: '[ref]: http://evil.example\n[ref]\n> [!WARNING]\n# heading\n- list\n1. item',
  }),
  record({ id: 109, actor_name: '**bold** _em_ ~~strike~~ $x$ :+1:', ip_address: '2001:db8::1' }),
];

export const LOS_ANGELES = new ZoneClock('America/Los_Angeles');
export const BERLIN = new ZoneClock('Europe/Berlin');
export const KOLKATA = new ZoneClock('Asia/Kolkata');
export const UTC = new ZoneClock('UTC');

/** 2024-05-20 00:00 UTC to 2024-05-22 00:00 UTC: contains the seed record. */
export const MAY_WINDOW = {
  start: Temporal.Instant.from('2024-05-20T00:00:00Z'),
  end: Temporal.Instant.from('2024-05-22T00:00:00Z'),
};

export const ACCOUNT = new URL('https://acme.zendesk.com');

/** The records with their detections, as the scripts and the Action make them (`detectAll`), in the order given. */
export function detected(records: readonly AuditLog[], options: DetectorOptions = {}): DetectedRecord[] {
  return detectAll(records, options);
}

/** The records with no detection at all. */
export function undetected(records: readonly AuditLog[]): DetectedRecord[] {
  return records.map((record) => ({ record, detections: [], severity: null }));
}

/** A medium detection of a rule of a user's own, for renderer tests that want every record marked. */
export const MARKED: Detection = {
  rule: 'acme.everything',
  severity: 'medium',
  title: 'Marked for the test',
  reason: 'Every record is marked in this test.',
  runbook: 'Look at it: https://support.zendesk.com/hc/en-us/articles/4408828001434',
};

/** The records, each with the `MARKED` detection. */
export function everything(records: readonly AuditLog[]): DetectedRecord[] {
  return records.map((record) => ({ record, detections: [MARKED], severity: 'medium' }));
}

/** The records as the core's pagination hands them over. */
export async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** Everything a renderer yields, joined. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** The chunks a renderer yields, as a list. */
export async function chunksOf(chunks: AsyncIterable<string>): Promise<string[]> {
  const list: string[] = [];
  for await (const chunk of chunks) list.push(chunk);
  return list;
}

async function withinTime<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Proves a renderer streams: its input yields `first`, then blocks until the text
 * rendered so far satisfies `ready` (normally: it shows the first record); only then
 * does the input yield `second` and end. A renderer that waits for the end of its input
 * never gets there, and the test fails after a second instead of hanging.
 * Returns the text rendered before the input was released, and the whole text.
 */
export async function renderWhileInputIsOpen<T>(
  render: (records: AsyncIterable<T>) => AsyncGenerator<string>,
  first: T,
  second: T,
  ready: (text: string) => boolean,
): Promise<{ early: string; whole: string }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let ended = false;
  async function* input(): AsyncGenerator<T> {
    yield first;
    await released;
    yield second;
    ended = true;
  }
  const chunks = render(input());
  let early = '';
  while (!ready(early)) {
    const next = await withinTime(chunks.next(), 1000, `the renderer yielded only ${JSON.stringify(early)} while its input was open`);
    if (next.done) throw new Error('the renderer ended before its input did');
    if (ended) throw new Error('the input ended before the first record was rendered');
    early += next.value;
  }
  release();
  let whole = early;
  for await (const chunk of { [Symbol.asyncIterator]: () => chunks }) whole += chunk;
  return { early, whole };
}

const JAMES = { actor_id: 1508827726888, actor_name: 'James Miller', ip_address: '203.0.113.78' };
const JACK = { actor_id: 1513206900221, actor_name: 'Jack Wilson', ip_address: '192.0.2.96' };

/** One admin weakens security within minutes, among ordinary changes by another. */
export const INCIDENT: AuditLog[] = [
  record({
    id: 1,
    ...JACK,
    source_id: 901,
    source_label: 'Localization: Default language',
    change_description: 'Changed from French to English',
    created_at: '2024-05-21T07:01:48Z',
  }),
  record({
    id: 2,
    ...JAMES,
    source_id: 902,
    source_label: 'Security: Require two-factor authentication for team members',
    change_description: 'Turned off',
    created_at: '2024-05-21T15:00:00Z',
  }),
  record({
    id: 3,
    ...JAMES,
    source_id: 903,
    source_label: 'Security: Password policy',
    change_description: 'Changed from High to Custom',
    created_at: '2024-05-21T15:01:10Z',
  }),
  record({
    id: 4,
    ...JAMES,
    source_id: 904,
    source_label: 'End users: Enable CAPTCHA for anonymous requests',
    change_description: 'Turned off',
    created_at: '2024-05-21T15:03:23Z',
  }),
  record({
    id: 5,
    ...JAMES,
    source_id: 903,
    source_label: 'Security: Password policy',
    change_description: 'Changed from Custom to Low',
    created_at: '2024-05-21T15:05:38Z',
  }),
  record({
    id: 6,
    ...JAMES,
    source_id: 902,
    source_label: 'Security: Require two-factor authentication for team members',
    change_description: 'Turned on',
    created_at: '2024-05-21T15:12:00Z',
  }),
  record({
    id: 7,
    ...JACK,
    source_id: 901,
    source_label: 'Localization: Default language',
    change_description: 'Changed from English to French',
    created_at: '2024-05-21T15:25:33Z',
  }),
];

/**
 * The lines of `output` that a GitHub Actions runner would read as workflow commands:
 * `::` at the start of a line once trimmed, or the legacy `##[` anywhere. A lone CR
 * ends a line too. https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
 */
export function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trim().startsWith('::') || line.includes('##['));
}

/** Server text that tries to send the runner commands, on a line of its own and inside one. */
export const COMMANDS = 'fine\n  ::add-mask::secret\r::warning title=Approved::ok ##[error]forged';
