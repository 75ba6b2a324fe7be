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
  checkedSourceTypes,
  type Checkpoint,
  DEFAULT_LAG_SECONDS,
  describeWindow,
  type DetectedRecord,
  type ExportScope,
  exportScope,
  IncrementalExport,
  InputError,
  MAX_CONCURRENCY,
  PARALLEL_DEFAULTS,
  parallelAuditLogs,
  parseBound,
  parseDuration,
  parseId,
  parseLag,
  parseRange,
  rangeWindow,
  renderCsv,
  renderEcs,
  renderJson,
  renderMarkdown,
  renderNdjson,
  renderOcsf,
  renderText,
  type RuleSet,
  type SecondRange,
  serializeCheckpoint,
  type Severity,
  SignInBaseline,
  type TimeWindow,
  utcSecond,
  windowEndingAt,
} from '../core/mod.ts';
import { acquireLock, CheckpointLocked, flushStdout, type Lock, readCheckpointFile, saveCheckpointFile } from './checkpoint-file.ts';
import { baselineSource, compileReview, type DetectOptions, detectRecords, fetchBaseline } from './detections.ts';
import {
  ACCOUNT_HELP,
  accountName,
  networkHelp,
  readAccount,
  readBasic,
  readMinSeverity,
  readNetwork,
  readOutput,
  readReview,
  REVIEW_FLAGS,
  REVIEW_HELP,
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
  'min-severity': { type: 'string' },
  'sensitive-only': { type: 'boolean' },
  checkpoint: { type: 'string' },
  lag: { type: 'string' },
} as const;

export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'markdown', 'ocsf', 'ecs'] as const;
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
                        rule, apitoken, ticket, ...: any type the account logs (one
                        it has never logged is refused, with the nearest known one);
                        all: every source type
  --action ACTION       create, destroy, exported, login or update (repeatable)
  --actor ID            only changes made by this user id (repeatable)
  --ip ADDRESS          only changes from this IP address (repeatable)

Output (results on stdout; the window, progress and errors on stderr):
  --format FORMAT       text (default), json, ndjson, csv, markdown, or for a SIEM
                        ocsf (OCSF 1.8.0 events) or ecs (ECS 9.4.0 documents), both
                        one JSON object a line
  --order ORDER         desc (newest first) or asc (oldest first); default desc,
                        but asc for markdown, which reads as the Action's report
  --tz ZONE             IANA time zone for dates and times (default: $TZ, else the
                        system's zone), e.g. America/Los_Angeles, Europe/Berlin, UTC

Review (each change is checked against the detection rules: API tokens, owners and
admins, two-factor, SSO, IP restrictions, passwords, sessions, exports, bursts of
deletions, reverts, new sign-in addresses, ...; see the README for the table):
  --min-severity LEVEL  list only the changes with a detection of LEVEL (high, medium
                        or low) or above, in any format
  --sensitive-only      the same as --min-severity medium
${REVIEW_HELP}

Incremental export (for cron or a systemd timer; see the README's "Exports for a SIEM"):
  --checkpoint FILE     resume from FILE and write only the records not written yet,
                        none skipped; FILE is replaced once the output is flushed. The
                        first run reads the range given (or the last ${DEFAULT_LOOKBACK}); later
                        runs ignore the range and start where the last ended. FILE.lock
                        keeps a second run out while one runs
  --lag DURATION        how late Zendesk may show a record: each run reads again this
                        far back, dropping the ids already written (default ${DEFAULT_LAG_SECONDS / 60}m;
                        0, 90s, 5m, 1h; at most 24h)

${ACCOUNT_HELP}

${networkHelp(CONCURRENCY_HELP)}

Examples:
  ${command} --demo --since 30d
  ${command} --start 2024-05-01 --end 2024-05-31 --tz America/Los_Angeles
  ${command} --since 7d --format csv > changes.csv
  ${command} --since 36h --format ndjson | jq .source_label
  ${command} --source-type user --action login --since 1d --format json
  ${command} --since 2w --format markdown > report.md
  ${command} --demo --since 30d --source-type all --min-severity high
  ${command} --since 7d --sensitive-only --sensitive 'attach'
  ${command} --source-type all --format ocsf --checkpoint zendesk.checkpoint >> zendesk.ndjson

Exit codes: 0 success (also when nothing is found), 1 the Zendesk call failed (or
another export holds the checkpoint's lock), 2 bad usage or input, 130 interrupted
(Ctrl-C; the output so far is partial, and a checkpoint is not moved).
`;
}

/** Everything settings-changes runs from, read from its command line and environment at the start. */
export type SettingsChangesOptions =
  & SharedOptions<Format>
  & {
    /** The time range; `ask`: asked for at the terminal, like the seed program. */
    window: TimeWindow | 'ask';
    /** One or more audit-log source types (the Action's `source-type`); none: every source type (`--source-type all`). */
    sourceTypes: string[];
    actions: AuditAction[];
    actorIds: number[];
    ipAddresses: string[];
    order: 'desc' | 'asc';
    /** Cursor walks at once. */
    concurrency: number;
    /** Share of the account's per-minute rate limit left to its other integrations. */
    reserveShare: number;
    /** List only the changes with a detection of this severity or above (`--sensitive-only`: medium). */
    minSeverity?: Severity;
    /** `--checkpoint FILE`: an incremental export. */
    checkpoint?: CheckpointOptions;
  };

/** An incremental export's file, lag and scope. */
export interface CheckpointOptions {
  file: string;
  lagSeconds: number;
  /** The account and filters the checkpoint belongs to: the run refuses another's. */
  scope: ExportScope;
  /** The range flag given (`--since 1d`, `--start/--end`), which a resumed run ignores, saying so. */
  range?: string;
}

/**
 * The command line and environment as settings-changes' options, every value checked
 * before anything is sent, or the InputError that names the first mistake.
 */
export function readSettingsChanges(argv: string[], context: CommandContext): Invocation<SettingsChangesOptions> {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    const output = readOutput(values, context.env, FORMATS);
    const sourceTypes = readSourceTypes(single(values, 'source-type'));
    const checkpointFile = single(values, 'checkpoint');
    const window = readWindow(values, output.zone, context, checkpointFile !== undefined);
    const filters = {
      sourceTypes,
      actions: many(values, 'action') as AuditAction[],
      actorIds: many(values, 'actor').map((id) => parseId(id, '--actor')),
      ipAddresses: many(values, 'ip'),
      // The Markdown report is the Action's issue body, which lists the changes as they happened.
      order: choice(single(values, 'order'), 'order', ['desc', 'asc'] as const, output.format === 'markdown' ? 'asc' : 'desc'),
    };
    // Refuses bad filters now, before the window is announced or anything is sent.
    auditLogParams(query(filters, window === 'ask' ? undefined : window));
    const minSeverity = readMinSeverity(values);
    if (minSeverity && checkpointFile !== undefined) {
      // A run writes a change with what is known then; a later change (its revert, the rest of a burst) can raise it after.
      throw new InputError(
        '--min-severity and --sensitive-only do not go with --checkpoint: a change can become severe when a later one arrives, after a run has passed it; export every change and filter on severity in the SIEM',
      );
    }
    const account = readAccount(values, context.env);
    const checkpoint = checkpointFile === undefined
      ? noLag(values)
      : readCheckpoint(values, checkpointFile, exportScope(accountName(account), query(filters, undefined)));
    return {
      ...readBasic(values),
      ...output,
      window,
      ...filters,
      ...(checkpoint ? { checkpoint } : {}),
      concurrency: wholeNumber(single(values, 'concurrency'), 'concurrency', PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY),
      reserveShare: percentage(single(values, 'rate-reserve'), 'rate-reserve', DEFAULT_RATE_RESERVE_PERCENT, 90),
      ...readReview(values, output.zone),
      ...withMinSeverity(minSeverity),
      ...readNetwork(values, context.now),
      ...account,
    };
  });
}

/** `--source-type`: the types given, comma separated (default `account_setting`), or none for `all`. */
function readSourceTypes(text: string | undefined): string[] {
  const types = text?.split(',').map((type) => type.trim()).filter(Boolean) ?? ['account_setting'];
  if (!types.includes('all')) return types;
  if (types.length > 1) throw new InputError('--source-type all lists every source type: give it alone');
  return [];
}

const withMinSeverity = (minSeverity: Severity | undefined) => (minSeverity ? { minSeverity } : {});

/** `--lag` without `--checkpoint` is a mistake: only an incremental export reads back. */
function noLag(values: FlagValues): undefined {
  if (single(values, 'lag') !== undefined) throw new InputError('--lag is for --checkpoint FILE: give both, or leave out --lag');
  return undefined;
}

/** `--checkpoint FILE` and `--lag`, with the export's scope. */
function readCheckpoint(values: FlagValues, file: string, scope: ExportScope): CheckpointOptions {
  if (file.trim() === '') throw new InputError('--checkpoint needs a file name, e.g. --checkpoint zendesk.checkpoint');
  const lag = single(values, 'lag');
  let lagSeconds = DEFAULT_LAG_SECONDS;
  try {
    if (lag !== undefined) lagSeconds = parseLag(lag);
  } catch (error) {
    throw new InputError(`--lag: ${(error as Error).message}`);
  }
  const since = single(values, 'since');
  const range = since !== undefined ? `--since ${since}` : single(values, 'start') !== undefined ? '--start/--end' : undefined;
  return { file, lagSeconds, scope, ...(range ? { range } : {}) };
}

/**
 * The window from --since or --start/--end; else `ask` at a terminal, or the default
 * look-back (always with `--checkpoint`: an export run from cron asks nothing).
 */
function readWindow(values: FlagValues, zone: string, { now, interactive }: CommandContext, checkpoint: boolean): TimeWindow | 'ask' {
  const since = single(values, 'since');
  const start = single(values, 'start');
  const end = single(values, 'end');
  if (since !== undefined) {
    if (start !== undefined || end !== undefined) throw new InputError('use either --since or --start/--end, not both');
    return windowEndingAt(now, parseDuration(since), zone);
  }
  if (start === undefined && end !== undefined) throw new InputError('--end needs --start too');
  if (start !== undefined) return parseRange(start, end, zone, now);
  return interactive && !checkpoint ? 'ask' : windowEndingAt(now, parseDuration(DEFAULT_LOOKBACK), zone);
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
  records: AsyncIterable<DetectedRecord>,
  session: Session,
  window: TimeWindow,
  covered: () => readonly TimeWindow[] | undefined,
) {
  const { clock } = session;
  switch (options.format) {
    case 'json':
      return renderJson(records, { clock });
    case 'ndjson':
      return renderNdjson(records, { clock });
    case 'csv':
      return renderCsv(records, { clock });
    case 'ocsf':
      return renderOcsf(records, { account: accountName(options) });
    case 'ecs':
      return renderEcs(records, { account: accountName(options) });
    case 'markdown':
      return renderMarkdown(records, {
        clock,
        zone: session.zone,
        window,
        sourceType: options.sourceTypes.length ? options.sourceTypes.join(', ') : 'audit-log',
        account: session.account,
        covered,
      });
    default:
      // An export appended to a file each run adds no line when it has nothing new.
      return renderText(records, { clock, empty: options.checkpoint ? '' : emptyMessage(options.sourceTypes) });
  }
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

/**
 * Ends `records` quietly when `signal` aborts (Ctrl-C) while a request is in flight (the
 * sign-in baseline, the check of a source type), so what came before is still rendered
 * and written in full; says whether the stream was read to its end.
 */
async function* untilInterrupted(
  records: AsyncIterable<AuditLog>,
  signal: AbortSignal,
  passed: { complete: boolean },
): AsyncGenerator<AuditLog> {
  try {
    yield* records;
    passed.complete = true;
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/** What the detector needs for a run of `listed`: the rules, the hours, the sign-in baseline (fetched now when the stream cannot feed it). */
async function detectOptions(
  options: SettingsChangesOptions,
  listed: AuditLogQuery,
  session: Session,
  signal: AbortSignal,
  rules: RuleSet,
  written: { count: number },
): Promise<DetectOptions> {
  const source = baselineSource(listed, rules);
  const baseline = source === 'fetch'
    ? await fetchBaseline(session.client, listed, { concurrency: options.concurrency, signal })
    : source === 'stream'
    ? new SignInBaseline()
    : undefined;
  return {
    rules,
    written,
    feed: source === 'stream',
    ...(baseline ? { baseline } : {}),
    ...(options.workingHours ? { workingHours: options.workingHours } : {}),
    ...withMinSeverity(options.minSeverity),
  };
}

/** The run, from its options alone: an export, or with `--checkpoint` one run of an incremental export. */
export async function settingsChanges(options: SettingsChangesOptions): Promise<void> {
  // The rules file is checked before the dates are asked for and anything is sent.
  const rules = await compileReview(options);
  const window = options.window === 'ask' ? await promptWindow(options.zone) : options.window;
  if (!options.checkpoint) return await exportWindow(options, rules, window);
  const { file } = options.checkpoint;
  // The steps and their order are the core's (export/incremental.ts): lock, read, export, flush, replace.
  const lock = acquireLock(file);
  try {
    if (lock.cleared) note(lock.cleared);
    // Before the session: a checkpoint of another scope is refused before anything starts.
    const run = incremental(options.checkpoint, readCheckpointFile(file), window);
    await exportWindow(options, rules, run.window, { file, run, lock });
  } finally {
    lock.release();
  }
}

/** What an incremental run adds to an export: its checkpoint file, the run (its window, what it writes, its checkpoint) and its lock. */
interface Resume {
  file: string;
  run: IncrementalExport;
  lock: Lock;
}

/** The export of `window` (with `resume`, of what the checkpoint leaves to write), to stdout; with `resume`, the new checkpoint once it is flushed. */
async function exportWindow(options: SettingsChangesOptions, rules: RuleSet, window: TimeWindow, resume?: Resume): Promise<void> {
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
  const written = { count: 0, complete: false };
  /** Set when the stop cut the fetch short: the stretches of the window the records cover whole. */
  let covered: SecondRange[] | undefined;
  try {
    note(`Window: ${describeWindow(window, session.zone)}${resume?.run.resumed ? ` (resumed from ${resume.file})` : ''}`);
    const { progress } = session;
    const listed = query(options, window);
    const detection = {
      ...await detectOptions(options, listed, session, interrupt.signal, rules, written),
      ...(resume ? { select: resume.run } : {}),
    };
    // One page at a time is as fast as it gets for a small range; a large one is cut into
    // time slices fetched side by side (a count request first tells which, and the bar its total).
    const fetched = parallelAuditLogs(session.client, listed, {
      concurrency: options.concurrency,
      stop: interrupt.signal,
      onEvent: (event) => {
        if (event.type === 'stopped') covered = event.covered ?? [];
        progress.event(event);
      },
      count: progress.shown,
    });
    // A type that found nothing is asked of the whole log: never logged, it is refused (a typo), not reported as nothing found.
    const checked = checkedSourceTypes(fetched, {
      client: session.client,
      sourceTypes: options.sourceTypes,
      signal: interrupt.signal,
      onWarning: (warning) => note(`warning: ${warning}`),
    });
    const records = detectRecords(untilInterrupted(checked, interrupt.signal, written), detection);
    const output = streamOutput();
    // The bar is erased before data only when the data goes to the same terminal.
    const sameTerminal = Boolean(process.stdout.isTTY);
    const coveredWindows = () => covered?.map(rangeWindow);
    await pipe(coalesce(render(options, records, session, window, coveredWindows)), {
      write: (chunk) => {
        if (sameTerminal) progress.clear();
        return output.write(chunk);
      },
    });
    if (resume && interrupt.signal.aborted) {
      // The checkpoint is never moved after a Ctrl-C, even one after the last record: what
      // the records cover need not be one stretch from the window's start, and a checkpoint
      // claiming less than the window is a new kind of file; the next run repeats these records instead.
      throw new Interrupted(
        written.count,
        undefined,
        `${resume.file} was not moved: the next run resumes where this one did and writes these records again`,
      );
    }
    // A Ctrl-C after the last record was received changed nothing: the output is whole.
    if (covered) throw new Interrupted(written.count, { window, covered, zone: session.zone });
    if (interrupt.signal.aborted && !written.complete) throw new Interrupted(written.count);
    progress.finish(written.count);
    if (resume) await saveCheckpoint(resume);
  } finally {
    process.off('SIGINT', onInterrupt);
    session.progress.done();
    await session.close();
  }
}

/** This run of the incremental export: its window, from the checkpoint or (first run) the range asked. */
function incremental(
  { file, lagSeconds, scope, range }: CheckpointOptions,
  checkpoint: Checkpoint | undefined,
  first: TimeWindow,
): IncrementalExport {
  // `now` is taken before the first request: what the run reads completely ends the second before.
  const run = new IncrementalExport({ scope, first, now: Temporal.Now.instant(), lagSeconds, file, ...(checkpoint ? { checkpoint } : {}) });
  if (run.resumed && range) note(`note: ${range} is for the first run: ${file} resumes from ${utcSecond(run.window.start)}`);
  return run;
}

/**
 * Makes the output durable, then replaces the checkpoint: only while the lock is still
 * this run's, so a run whose stale-lock clearing raced another's leaves the checkpoint to it.
 */
async function saveCheckpoint({ file, run, lock }: Resume): Promise<void> {
  await flushStdout();
  if (!lock.held()) {
    throw new CheckpointLocked(
      `another export took the lock of ${file} during this run: ${file} is left as it was, and the next run writes these records again`,
    );
  }
  const checkpoint = run.checkpoint();
  saveCheckpointFile(file, serializeCheckpoint(checkpoint));
  note(`Checkpoint: ${file} saved (${run.count} new); the next run resumes from ${utcSecond(checkpoint.resumeFrom)}`);
}

/** settings-changes as a program: its command line read once, then the run. */
export const settingsChangesProgram: Program<SettingsChangesOptions> = { read: readSettingsChanges, run: settingsChanges };
