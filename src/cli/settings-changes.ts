/**
 * settings-changes: the account-setting changes (or other audit-log records) in a
 * date range, with local times. Mirrors the first program of Zendesk's "Using audit
 * logs to track activity"
 * (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs)
 * without its defects: each page is listed once, pages follow cursors, the dates are
 * days in the reader's zone, times show a four-digit year and the zone, and 429s are
 * waited out.
 */
import process from 'node:process';
import { Temporal } from 'temporal-polyfill';
import {
  type AuditAction,
  type AuditLog,
  auditLogParams,
  type AuditLogQuery,
  checkSourceTypes,
  describeWindow,
  InputError,
  MAX_CONCURRENCY,
  PARALLEL_DEFAULTS,
  parallelAuditLogs,
  parseBound,
  parseDuration,
  parseId,
  parseRange,
  rangeWindow,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderNdjson,
  renderText,
  type SecondRange,
  type Sensitivity,
  sensitivity as sensitivityOf,
  type TimeWindow,
  windowEndingAt,
} from '../core/mod.ts';
import {
  ACCOUNT_HELP,
  networkHelp,
  readAccount,
  readBasic,
  readNetwork,
  readOutput,
  readReview,
  REVIEW_FLAGS,
  SENSITIVE_HELP,
  SHARED_FLAGS,
  type SharedOptions,
} from './flag-groups.ts';
import {
  choice,
  type CommandContext,
  type FlagValues,
  type Invocation,
  many,
  percentage,
  type Program,
  readCommandLine,
  single,
  wholeNumber,
} from './flags.ts';
import { Interrupted, note, pipe, streamOutput } from './io.ts';
import { openPrompter } from './prompt.ts';
import { openSession, type Session } from './session.ts';

const FLAGS = {
  ...SHARED_FLAGS,
  start: { type: 'string' },
  end: { type: 'string' },
  since: { type: 'string' },
  order: { type: 'string' },
  'source-type': { type: 'string' },
  action: { type: 'string', multiple: true },
  actor: { type: 'string', multiple: true },
  ip: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'rate-reserve': { type: 'string' },
  ...REVIEW_FLAGS,
  'sensitive-only': { type: 'boolean' },
} as const;

export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** Used when no range is given and nobody is at a terminal to ask. */
const DEFAULT_LOOKBACK = '30d';

/** Share of the account's rate limit that settings-changes leaves to its other integrations, unless told. */
export const DEFAULT_RATE_RESERVE_PERCENT = 20;

const CONCURRENCY_HELP = `  --concurrency N       requests at once for a large range, cut into time slices
                        (default ${PARALLEL_DEFAULTS.concurrency}, up to ${MAX_CONCURRENCY}); all of them stay within the
                        account's rate limit. 1: one page at a time (no count
                        request, but for the progress bar at a terminal)
  --rate-reserve PCT    share of the account's per-minute API limit left to its
                        other integrations, 0 to 90 (default ${DEFAULT_RATE_RESERVE_PERCENT}: 140 of 700)
`;

/** The usage text, for the command as it was run (`node scripts/settings-changes.js` or `zendesk-audit settings-changes`). */
export function usage(command = 'node scripts/settings-changes.js'): string {
  return `Usage: ${command} [options]

Lists the changes made to a Zendesk account's settings (or any audit-log source type)
in a time range, newest first, with times in your time zone.

Range (without one: asks at a terminal, else the last ${DEFAULT_LOOKBACK}):
  --start DATE|TIME     first day, YYYY-MM-DD (whole days in --tz), or an ISO 8601
                        instant with a zone or offset, e.g. 2024-05-21T09:00:00-07:00
  --end DATE|TIME       last day, inclusive, or an instant (default: now)
  --since DURATION      the last 90m, 36h, 7d or 2w, ending now

Filters:
  --source-type TYPE    audit-log source type (default account_setting); also user,
                        rule, apitoken, ticket, ... (a near miss of one is refused)
  --action ACTION       create, destroy, exported, login or update (repeatable)
  --actor ID            only changes made by this user id (repeatable)
  --ip ADDRESS          only changes from this IP address (repeatable)

Output (results on stdout; the window, progress and errors on stderr):
  --format FORMAT       text (default), json, ndjson, csv or markdown
  --order ORDER         desc (newest first, default) or asc
  --tz ZONE             IANA time zone for dates and times (default: $TZ, else the
                        system's zone), e.g. America/Los_Angeles, Europe/Berlin, UTC

Review (sensitive changes: two-factor, passwords, SSO, IP restrictions, sessions, API
tokens, admins and owners, deletion and export, ...; see the README for the list):
${SENSITIVE_HELP}
  --sensitive-only      list only the sensitive changes, in any format

${ACCOUNT_HELP}

${networkHelp(CONCURRENCY_HELP)}

Examples:
  ${command} --demo --since 30d
  ${command} --start 2024-05-01 --end 2024-05-31 --tz America/Los_Angeles
  ${command} --since 7d --format csv > changes.csv
  ${command} --since 36h --format ndjson | jq .source_label
  ${command} --source-type user --action login --since 1d --format json
  ${command} --since 2w --format markdown > report.md
  ${command} --since 7d --sensitive-only --sensitive 'attach'

Exit codes: 0 success (also when nothing is found), 1 the Zendesk call failed,
2 bad usage or input, 130 interrupted (Ctrl-C; the output so far is partial).
`;
}

/** Everything settings-changes runs from, read from its command line and environment at the start. */
export type SettingsChangesOptions =
  & SharedOptions<Format>
  & {
    /** The time range; `ask`: asked for at the terminal, like the seed program. */
    window: TimeWindow | 'ask';
    /** One or more audit-log source types (the Action's `source-type`). */
    sourceTypes: string[];
    /** Set when a source type is not one Zendesk is known to log: the run warns. */
    sourceTypeWarning?: string;
    actions: AuditAction[];
    actorIds: number[];
    ipAddresses: string[];
    order: 'desc' | 'asc';
    /** Cursor walks at once. */
    concurrency: number;
    /** Share of the account's per-minute rate limit left to its other integrations. */
    reserveShare: number;
    /** List only the changes the review marks sensitive. */
    sensitiveOnly: boolean;
  };

/**
 * The command line and environment as settings-changes' options, every value checked
 * before anything is sent, or the InputError that names the first mistake.
 */
export function readSettingsChanges(argv: string[], context: CommandContext): Invocation<SettingsChangesOptions> {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    const output = readOutput(values, context.env, FORMATS);
    const sourceTypes = single(values, 'source-type')?.split(',').map((type) => type.trim()).filter(Boolean) ?? ['account_setting'];
    const sourceTypeWarning = checkSourceTypes(sourceTypes);
    const window = readWindow(values, output.zone, context);
    const filters = {
      sourceTypes,
      actions: many(values, 'action') as AuditAction[],
      actorIds: many(values, 'actor').map((id) => parseId(id, '--actor')),
      ipAddresses: many(values, 'ip'),
      order: choice(single(values, 'order'), 'order', ['desc', 'asc'] as const, 'desc'),
    };
    // Refuses bad filters now, before the window is announced or anything is sent.
    auditLogParams(query(filters, window === 'ask' ? undefined : window));
    return {
      ...readBasic(values),
      ...output,
      window,
      ...filters,
      ...(sourceTypeWarning ? { sourceTypeWarning } : {}),
      concurrency: wholeNumber(single(values, 'concurrency'), 'concurrency', PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY),
      reserveShare: percentage(single(values, 'rate-reserve'), 'rate-reserve', DEFAULT_RATE_RESERVE_PERCENT, 90),
      ...readReview(values),
      sensitiveOnly: Boolean(values['sensitive-only']),
      ...readNetwork(values, context.now),
      ...readAccount(values, context.env),
    };
  });
}

/** The window from --since or --start/--end; else `ask` at a terminal, or the default look-back. */
function readWindow(values: FlagValues, zone: string, { now, interactive }: CommandContext): TimeWindow | 'ask' {
  const since = single(values, 'since');
  const start = single(values, 'start');
  const end = single(values, 'end');
  if (since !== undefined) {
    if (start !== undefined || end !== undefined) throw new InputError('use either --since or --start/--end, not both');
    return windowEndingAt(now, parseDuration(since), zone);
  }
  if (start === undefined && end !== undefined) throw new InputError('--end needs --start too');
  if (start !== undefined) return parseRange(start, end, zone, now);
  return interactive ? 'ask' : windowEndingAt(now, parseDuration(DEFAULT_LOOKBACK), zone);
}

/** Asks for the dates like the seed, each checked as it is entered and asked again until it is right. */
async function promptWindow(zone: string): Promise<TimeWindow> {
  const prompter = openPrompter();
  try {
    let startText = '';
    const start = await prompter.ask('Enter the start date (YYYY-MM-DD): ', (answer) => {
      startText = answer;
      return parseBound(answer, zone, 'start');
    });
    const end = await prompter.ask(
      'Enter the end date (YYYY-MM-DD, empty for now): ',
      (answer) => parseRange(startText, answer, zone, Temporal.Now.instant()).end,
    );
    return { start, end };
  } finally {
    prompter.close();
  }
}

type Filters = Pick<SettingsChangesOptions, 'sourceTypes' | 'actions' | 'actorIds' | 'ipAddresses' | 'order'>;

/** The audit-log query of the filters, over `window`. */
function query(filters: Filters, window: TimeWindow | undefined): AuditLogQuery {
  return {
    sourceType: filters.sourceTypes,
    action: filters.actions,
    actorId: filters.actorIds,
    ipAddress: filters.ipAddresses,
    ...(window ? { createdAt: window } : {}),
    order: filters.order,
  };
}

function emptyMessage(sourceTypes: string[]): string {
  return sourceTypes.length === 1 && sourceTypes[0] === 'account_setting'
    ? 'No account setting updates found.'
    : 'No audit-log records found.';
}

function render(
  options: SettingsChangesOptions,
  records: AsyncIterable<AuditLog>,
  session: Session,
  window: TimeWindow,
  sensitivity: Sensitivity,
  covered: () => readonly TimeWindow[] | undefined,
) {
  const { clock } = session;
  switch (options.format) {
    case 'json':
      return renderJson(records, { clock, sensitivity });
    case 'ndjson':
      return renderNdjson(records, { clock, sensitivity });
    case 'csv':
      return renderCsv(records, { clock, sensitivity });
    case 'markdown':
      return renderMarkdown(records, {
        clock,
        zone: session.zone,
        window,
        sourceType: options.sourceTypes.join(', '),
        account: session.account,
        sensitivity,
        covered,
      });
    default:
      return renderText(records, { clock, empty: emptyMessage(options.sourceTypes), sensitivity });
  }
}

/** Only the records `sensitivity` marks, as they arrive. */
export async function* onlySensitive(records: AsyncIterable<AuditLog>, sensitivity: Sensitivity): AsyncGenerator<AuditLog> {
  for await (const record of records) if (sensitivity.record(record)) yield record;
}

/** Output chunks are joined up to this size: one write per record would cost a system call each. */
const WRITE_BYTES = 64 * 1024;

/**
 * `chunks` joined into fewer, larger ones: what arrives together (the records of one
 * page) goes out in one write, and nothing waits longer than a timer tick for more.
 */
export async function* coalesce(chunks: AsyncIterable<string>, limit = WRITE_BYTES): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  const idle = Symbol('idle');
  // One timer while parts wait, and only the wait in progress hears it: a promise shared by
  // every wait (as Promise.race against it) would hold each chunk until the timer fired.
  let wake: ((value: typeof idle) => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onTimer = () => {
    timer = undefined;
    wake?.(idle);
  };
  // Parts are joined once: a string grown by += is a rope that is slow to write out.
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    const text = parts.join('');
    parts = [];
    size = 0;
    return text;
  };
  try {
    for (;;) {
      const next = iterator.next();
      let result: IteratorResult<string> | typeof idle;
      if (size > 0) {
        timer ??= setTimeout(onTimer, 0);
        result = await new Promise<IteratorResult<string> | typeof idle>((resolve, reject) => {
          wake = resolve;
          next.then(resolve, reject);
        });
        wake = undefined;
      } else {
        result = await next;
      }
      if (result === idle) {
        // The source is waiting (for the network): write what is here now.
        yield flush();
        result = await next;
      }
      if (result.done) break;
      parts.push(result.value);
      size += result.value.length;
      if (size >= limit) yield flush();
    }
    if (size > 0) yield flush();
  } finally {
    clearTimeout(timer);
  }
}

/** `records` as they pass, counted. */
async function* counted(records: AsyncIterable<AuditLog>, passed: { count: number }): AsyncGenerator<AuditLog> {
  for await (const record of records) {
    passed.count++;
    yield record;
  }
}

/** The run, from its options alone. */
export async function settingsChanges(options: SettingsChangesOptions): Promise<void> {
  const window = options.window === 'ask' ? await promptWindow(options.zone) : options.window;
  const sensitivity = sensitivityOf(options.sensitiveSettings);
  const session = await openSession(options, { reserveShare: options.reserveShare });
  // Ctrl-C stops the fetch: every record received is still written, the document closed,
  // and the run says which stretches of the window the output covers. A second Ctrl-C
  // does not wait for that.
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted());
  };
  process.on('SIGINT', onInterrupt);
  const written = { count: 0 };
  /** Set when the stop cut the fetch short: the stretches of the window the records cover whole. */
  let covered: SecondRange[] | undefined;
  try {
    if (options.sourceTypeWarning) note(`warning: ${options.sourceTypeWarning}`);
    note(`Window: ${describeWindow(window, session.zone)}`);
    const { progress } = session;
    // One page at a time is as fast as it gets for a small range; a large one is cut into
    // time slices fetched side by side (a count request first tells which, and the bar its total).
    const fetched = parallelAuditLogs(session.client, query(options, window), {
      concurrency: options.concurrency,
      stop: interrupt.signal,
      onEvent: (event) => {
        if (event.type === 'stopped') covered = event.covered ?? [];
        progress.event(event);
      },
      count: progress.shown,
    });
    const records = options.sensitiveOnly ? onlySensitive(fetched, sensitivity) : fetched;
    const output = streamOutput();
    // The bar is erased before data only when the data goes to the same terminal.
    const sameTerminal = Boolean(process.stdout.isTTY);
    const coveredWindows = () => covered?.map(rangeWindow);
    await pipe(coalesce(render(options, counted(records, written), session, window, sensitivity, coveredWindows)), {
      write: (chunk) => {
        if (sameTerminal) progress.clear();
        return output.write(chunk);
      },
    });
    // A Ctrl-C after the last record was received changed nothing: the output is whole.
    if (covered) throw new Interrupted(written.count, { window, covered, zone: session.zone });
    progress.finish(written.count);
  } finally {
    process.off('SIGINT', onInterrupt);
    session.progress.done();
    await session.close();
  }
}

/** settings-changes as a program: its command line read once, then the run. */
export const settingsChangesProgram: Program<SettingsChangesOptions> = { read: readSettingsChanges, run: settingsChanges };
