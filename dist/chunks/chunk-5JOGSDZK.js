import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  baselineSource,
  compileReview,
  detectRecords,
  fetchBaseline
} from "./chunk-FCYAXDAT.js";
import {
  ACCOUNT_HELP,
  CheckpointLocked,
  DEFAULT_LAG_SECONDS,
  IncrementalExport,
  InputError,
  Interrupted,
  MAX_CONCURRENCY,
  PARALLEL_DEFAULTS,
  REVIEW_FLAGS,
  REVIEW_HELP,
  SHARED_FLAGS,
  SignInBaseline,
  Temporal,
  accountName,
  acquireLock,
  auditLogParams,
  checkedSourceTypes,
  choice,
  describeWindow,
  exportScope,
  flushStdout,
  many,
  networkHelp,
  note,
  openPrompter,
  openSession,
  parallelAuditLogs,
  parseBound,
  parseDuration,
  parseId,
  parseLag,
  parseRange,
  percentage,
  pipe,
  rangeWindow,
  readAccount,
  readBasic,
  readCheckpointFile,
  readCommandLine,
  readMinSeverity,
  readNetwork,
  readOutput,
  readReview,
  renderCsv,
  renderEcs,
  renderJson,
  renderMarkdown,
  renderNdjson,
  renderOcsf,
  renderText,
  saveCheckpointFile,
  serializeCheckpoint,
  single,
  streamOutput,
  utcSecond,
  wholeNumber,
  windowEndingAt
} from "./chunk-JUMEGPGV.js";

// src/cli/settings-changes.ts
import process from "node:process";
var FLAGS = {
  ...SHARED_FLAGS,
  start: { type: "string" },
  end: { type: "string" },
  since: { type: "string" },
  order: { type: "string" },
  "source-type": { type: "string" },
  action: { type: "string", multiple: true },
  actor: { type: "string", multiple: true },
  ip: { type: "string", multiple: true },
  concurrency: { type: "string" },
  "rate-reserve": { type: "string" },
  ...REVIEW_FLAGS,
  "min-severity": { type: "string" },
  "sensitive-only": { type: "boolean" },
  checkpoint: { type: "string" },
  lag: { type: "string" }
};
var FORMATS = ["text", "json", "ndjson", "csv", "markdown", "ocsf", "ecs"];
var DEFAULT_LOOKBACK = "30d";
var DEFAULT_RATE_RESERVE_PERCENT = 20;
var CONCURRENCY_HELP = `  --concurrency N       requests at once for a large range, cut into time slices
                        (default ${PARALLEL_DEFAULTS.concurrency}, up to ${MAX_CONCURRENCY}); all of them stay within the
                        account's rate limit. 1: one page at a time (no count
                        request, but for the progress bar at a terminal)
  --rate-reserve PCT    share of the account's per-minute API limit left to its
                        other integrations, 0 to 90 (default ${DEFAULT_RATE_RESERVE_PERCENT}: 140 of 700)
`;
function usage(command = "node scripts/settings-changes.js") {
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
function readSettingsChanges(argv, context) {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    const output = readOutput(values, context.env, FORMATS);
    const sourceTypes = readSourceTypes(single(values, "source-type"));
    const checkpointFile = single(values, "checkpoint");
    const window = readWindow(values, output.zone, context, checkpointFile !== void 0);
    const filters = {
      sourceTypes,
      actions: many(values, "action"),
      actorIds: many(values, "actor").map((id) => parseId(id, "--actor")),
      ipAddresses: many(values, "ip"),
      // The Markdown report is the Action's issue body, which lists the changes as they happened.
      order: choice(single(values, "order"), "order", ["desc", "asc"], output.format === "markdown" ? "asc" : "desc")
    };
    auditLogParams(query(filters, window === "ask" ? void 0 : window));
    const minSeverity = readMinSeverity(values);
    if (minSeverity && checkpointFile !== void 0) {
      throw new InputError(
        "--min-severity and --sensitive-only do not go with --checkpoint: a change can become severe when a later one arrives, after a run has passed it; export every change and filter on severity in the SIEM"
      );
    }
    const account = readAccount(values, context.env);
    const checkpoint = checkpointFile === void 0 ? noLag(values) : readCheckpoint(values, checkpointFile, exportScope(accountName(account), query(filters, void 0)));
    return {
      ...readBasic(values),
      ...output,
      window,
      ...filters,
      ...checkpoint ? { checkpoint } : {},
      concurrency: wholeNumber(single(values, "concurrency"), "concurrency", PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY),
      reserveShare: percentage(single(values, "rate-reserve"), "rate-reserve", DEFAULT_RATE_RESERVE_PERCENT, 90),
      ...readReview(values, output.zone),
      ...withMinSeverity(minSeverity),
      ...readNetwork(values, context.now),
      ...account
    };
  });
}
function readSourceTypes(text) {
  const types = text?.split(",").map((type) => type.trim()).filter(Boolean) ?? ["account_setting"];
  if (!types.includes("all")) return types;
  if (types.length > 1) throw new InputError("--source-type all lists every source type: give it alone");
  return [];
}
var withMinSeverity = (minSeverity) => minSeverity ? { minSeverity } : {};
function noLag(values) {
  if (single(values, "lag") !== void 0) throw new InputError("--lag is for --checkpoint FILE: give both, or leave out --lag");
  return void 0;
}
function readCheckpoint(values, file, scope) {
  if (file.trim() === "") throw new InputError("--checkpoint needs a file name, e.g. --checkpoint zendesk.checkpoint");
  const lag = single(values, "lag");
  let lagSeconds = DEFAULT_LAG_SECONDS;
  try {
    if (lag !== void 0) lagSeconds = parseLag(lag);
  } catch (error) {
    throw new InputError(`--lag: ${error.message}`);
  }
  const since = single(values, "since");
  const range = since !== void 0 ? `--since ${since}` : single(values, "start") !== void 0 ? "--start/--end" : void 0;
  return { file, lagSeconds, scope, ...range ? { range } : {} };
}
function readWindow(values, zone, { now, interactive }, checkpoint) {
  const since = single(values, "since");
  const start = single(values, "start");
  const end = single(values, "end");
  if (since !== void 0) {
    if (start !== void 0 || end !== void 0) throw new InputError("use either --since or --start/--end, not both");
    return windowEndingAt(now, parseDuration(since), zone);
  }
  if (start === void 0 && end !== void 0) throw new InputError("--end needs --start too");
  if (start !== void 0) return parseRange(start, end, zone, now);
  return interactive && !checkpoint ? "ask" : windowEndingAt(now, parseDuration(DEFAULT_LOOKBACK), zone);
}
async function promptWindow(zone) {
  const prompter = openPrompter();
  try {
    let startText = "";
    const start = await prompter.ask("Enter the start date (YYYY-MM-DD): ", (answer) => {
      startText = answer;
      return parseBound(answer, zone, "start");
    });
    const end = await prompter.ask(
      "Enter the end date (YYYY-MM-DD, empty for now): ",
      (answer) => parseRange(startText, answer, zone, Temporal.Now.instant()).end
    );
    return { start, end };
  } finally {
    prompter.close();
  }
}
function query(filters, window) {
  return {
    sourceType: filters.sourceTypes,
    action: filters.actions,
    actorId: filters.actorIds,
    ipAddress: filters.ipAddresses,
    ...window ? { createdAt: window } : {},
    order: filters.order
  };
}
function emptyMessage(sourceTypes) {
  return sourceTypes.length === 1 && sourceTypes[0] === "account_setting" ? "No account setting updates found." : "No audit-log records found.";
}
function render(options, records, session, window, covered) {
  const { clock } = session;
  switch (options.format) {
    case "json":
      return renderJson(records, { clock });
    case "ndjson":
      return renderNdjson(records, { clock });
    case "csv":
      return renderCsv(records, { clock });
    case "ocsf":
      return renderOcsf(records, { account: accountName(options) });
    case "ecs":
      return renderEcs(records, { account: accountName(options) });
    case "markdown":
      return renderMarkdown(records, {
        clock,
        zone: session.zone,
        window,
        sourceType: options.sourceTypes.length ? options.sourceTypes.join(", ") : "audit-log",
        account: session.account,
        covered
      });
    default:
      return renderText(records, { clock, empty: options.checkpoint ? "" : emptyMessage(options.sourceTypes) });
  }
}
var WRITE_BYTES = 64 * 1024;
async function* coalesce(chunks, limit = WRITE_BYTES) {
  const iterator = chunks[Symbol.asyncIterator]();
  const idle = /* @__PURE__ */ Symbol("idle");
  let wake;
  let timer;
  const onTimer = () => {
    timer = void 0;
    wake?.(idle);
  };
  let parts = [];
  let size = 0;
  const flush = () => {
    const text = parts.join("");
    parts = [];
    size = 0;
    return text;
  };
  try {
    for (; ; ) {
      const next = iterator.next();
      let result;
      if (size > 0) {
        timer ??= setTimeout(onTimer, 0);
        result = await new Promise((resolve, reject) => {
          wake = resolve;
          next.then(resolve, reject);
        });
        wake = void 0;
      } else {
        result = await next;
      }
      if (result === idle) {
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
async function* untilInterrupted(records, signal, passed) {
  try {
    yield* records;
    passed.complete = true;
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
async function detectOptions(options, listed, session, signal, rules, written) {
  const source = baselineSource(listed, rules);
  const baseline = source === "fetch" ? await fetchBaseline(session.client, listed, { concurrency: options.concurrency, signal }) : source === "stream" ? new SignInBaseline() : void 0;
  return {
    rules,
    written,
    feed: source === "stream",
    ...baseline ? { baseline } : {},
    ...options.workingHours ? { workingHours: options.workingHours } : {},
    ...withMinSeverity(options.minSeverity)
  };
}
async function settingsChanges(options) {
  const rules = await compileReview(options);
  const window = options.window === "ask" ? await promptWindow(options.zone) : options.window;
  if (!options.checkpoint) return await exportWindow(options, rules, window);
  const { file } = options.checkpoint;
  const lock = acquireLock(file);
  try {
    if (lock.cleared) note(lock.cleared);
    const run = incremental(options.checkpoint, readCheckpointFile(file), window);
    await exportWindow(options, rules, run.window, { file, run, lock });
  } finally {
    lock.release();
  }
}
async function exportWindow(options, rules, window, resume) {
  const session = await openSession(options, { reserveShare: options.reserveShare });
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted());
  };
  process.on("SIGINT", onInterrupt);
  const written = { count: 0, complete: false };
  let covered;
  try {
    note(`Window: ${describeWindow(window, session.zone)}${resume?.run.resumed ? ` (resumed from ${resume.file})` : ""}`);
    const { progress } = session;
    const listed = query(options, window);
    const detection = {
      ...await detectOptions(options, listed, session, interrupt.signal, rules, written),
      ...resume ? { select: resume.run } : {}
    };
    const fetched = parallelAuditLogs(session.client, listed, {
      concurrency: options.concurrency,
      stop: interrupt.signal,
      onEvent: (event) => {
        if (event.type === "stopped") covered = event.covered ?? [];
        progress.event(event);
      },
      count: progress.shown
    });
    const checked = checkedSourceTypes(fetched, {
      client: session.client,
      sourceTypes: options.sourceTypes,
      signal: interrupt.signal,
      onWarning: (warning) => note(`warning: ${warning}`)
    });
    const records = detectRecords(untilInterrupted(checked, interrupt.signal, written), detection);
    const output = streamOutput();
    const sameTerminal = Boolean(process.stdout.isTTY);
    const coveredWindows = () => covered?.map(rangeWindow);
    await pipe(coalesce(render(options, records, session, window, coveredWindows)), {
      write: (chunk) => {
        if (sameTerminal) progress.clear();
        return output.write(chunk);
      }
    });
    if (resume && interrupt.signal.aborted) {
      throw new Interrupted(
        written.count,
        void 0,
        `${resume.file} was not moved: the next run resumes where this one did and writes these records again`
      );
    }
    if (covered) throw new Interrupted(written.count, { window, covered, zone: session.zone });
    if (interrupt.signal.aborted && !written.complete) throw new Interrupted(written.count);
    progress.finish(written.count);
    if (resume) await saveCheckpoint(resume);
  } finally {
    process.off("SIGINT", onInterrupt);
    session.progress.done();
    await session.close();
  }
}
function incremental({ file, lagSeconds, scope, range }, checkpoint, first) {
  const run = new IncrementalExport({ scope, first, now: Temporal.Now.instant(), lagSeconds, file, ...checkpoint ? { checkpoint } : {} });
  if (run.resumed && range) note(`note: ${range} is for the first run: ${file} resumes from ${utcSecond(run.window.start)}`);
  return run;
}
async function saveCheckpoint({ file, run, lock }) {
  await flushStdout();
  if (!lock.held()) {
    throw new CheckpointLocked(
      `another export took the lock of ${file} during this run: ${file} is left as it was, and the next run writes these records again`
    );
  }
  const checkpoint = run.checkpoint();
  saveCheckpointFile(file, serializeCheckpoint(checkpoint));
  note(`Checkpoint: ${file} saved (${run.count} new); the next run resumes from ${utcSecond(checkpoint.resumeFrom)}`);
}
var settingsChangesProgram = { read: readSettingsChanges, run: settingsChanges };

export {
  settingsChangesProgram
};
