import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACCOUNT_HELP,
  InputError,
  Interrupted,
  MAX_CONCURRENCY,
  PARALLEL_DEFAULTS,
  REVIEW_FLAGS,
  SENSITIVE_HELP,
  SHARED_FLAGS,
  Temporal,
  auditLogParams,
  checkSourceTypes,
  choice,
  describeWindow,
  many,
  networkHelp,
  note,
  openPrompter,
  openSession,
  parallelAuditLogs,
  parseBound,
  parseDuration,
  parseId,
  parseRange,
  percentage,
  pipe,
  rangeWindow,
  readAccount,
  readBasic,
  readCommandLine,
  readNetwork,
  readOutput,
  readReview,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderNdjson,
  renderText,
  sensitivity,
  single,
  streamOutput,
  wholeNumber,
  windowEndingAt
} from "./chunk-M6U3SDHO.js";

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
  "sensitive-only": { type: "boolean" }
};
var FORMATS = ["text", "json", "ndjson", "csv", "markdown"];
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
function readSettingsChanges(argv, context) {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    const output = readOutput(values, context.env, FORMATS);
    const sourceTypes = single(values, "source-type")?.split(",").map((type) => type.trim()).filter(Boolean) ?? ["account_setting"];
    const sourceTypeWarning = checkSourceTypes(sourceTypes);
    const window = readWindow(values, output.zone, context);
    const filters = {
      sourceTypes,
      actions: many(values, "action"),
      actorIds: many(values, "actor").map((id) => parseId(id, "--actor")),
      ipAddresses: many(values, "ip"),
      order: choice(single(values, "order"), "order", ["desc", "asc"], "desc")
    };
    auditLogParams(query(filters, window === "ask" ? void 0 : window));
    return {
      ...readBasic(values),
      ...output,
      window,
      ...filters,
      ...sourceTypeWarning ? { sourceTypeWarning } : {},
      concurrency: wholeNumber(single(values, "concurrency"), "concurrency", PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY),
      reserveShare: percentage(single(values, "rate-reserve"), "rate-reserve", DEFAULT_RATE_RESERVE_PERCENT, 90),
      ...readReview(values),
      sensitiveOnly: Boolean(values["sensitive-only"]),
      ...readNetwork(values, context.now),
      ...readAccount(values, context.env)
    };
  });
}
function readWindow(values, zone, { now, interactive }) {
  const since = single(values, "since");
  const start = single(values, "start");
  const end = single(values, "end");
  if (since !== void 0) {
    if (start !== void 0 || end !== void 0) throw new InputError("use either --since or --start/--end, not both");
    return windowEndingAt(now, parseDuration(since), zone);
  }
  if (start === void 0 && end !== void 0) throw new InputError("--end needs --start too");
  if (start !== void 0) return parseRange(start, end, zone, now);
  return interactive ? "ask" : windowEndingAt(now, parseDuration(DEFAULT_LOOKBACK), zone);
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
function render(options, records, session, window, sensitivity2, covered) {
  const { clock } = session;
  switch (options.format) {
    case "json":
      return renderJson(records, { clock, sensitivity: sensitivity2 });
    case "ndjson":
      return renderNdjson(records, { clock, sensitivity: sensitivity2 });
    case "csv":
      return renderCsv(records, { clock, sensitivity: sensitivity2 });
    case "markdown":
      return renderMarkdown(records, {
        clock,
        zone: session.zone,
        window,
        sourceType: options.sourceTypes.join(", "),
        account: session.account,
        sensitivity: sensitivity2,
        covered
      });
    default:
      return renderText(records, { clock, empty: emptyMessage(options.sourceTypes), sensitivity: sensitivity2 });
  }
}
async function* onlySensitive(records, sensitivity2) {
  for await (const record of records) if (sensitivity2.record(record)) yield record;
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
async function* counted(records, passed) {
  for await (const record of records) {
    passed.count++;
    yield record;
  }
}
async function settingsChanges(options) {
  const window = options.window === "ask" ? await promptWindow(options.zone) : options.window;
  const sensitivity2 = sensitivity(options.sensitiveSettings);
  const session = await openSession(options, { reserveShare: options.reserveShare });
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted());
  };
  process.on("SIGINT", onInterrupt);
  const written = { count: 0 };
  let covered;
  try {
    if (options.sourceTypeWarning) note(`warning: ${options.sourceTypeWarning}`);
    note(`Window: ${describeWindow(window, session.zone)}`);
    const { progress } = session;
    const fetched = parallelAuditLogs(session.client, query(options, window), {
      concurrency: options.concurrency,
      stop: interrupt.signal,
      onEvent: (event) => {
        if (event.type === "stopped") covered = event.covered ?? [];
        progress.event(event);
      },
      count: progress.shown
    });
    const records = options.sensitiveOnly ? onlySensitive(fetched, sensitivity2) : fetched;
    const output = streamOutput();
    const sameTerminal = Boolean(process.stdout.isTTY);
    const coveredWindows = () => covered?.map(rangeWindow);
    await pipe(coalesce(render(options, counted(records, written), session, window, sensitivity2, coveredWindows)), {
      write: (chunk) => {
        if (sameTerminal) progress.clear();
        return output.write(chunk);
      }
    });
    if (covered) throw new Interrupted(written.count, { window, covered, zone: session.zone });
    progress.finish(written.count);
  } finally {
    process.off("SIGINT", onInterrupt);
    session.progress.done();
    await session.close();
  }
}
var settingsChangesProgram = { read: readSettingsChanges, run: settingsChanges };

export {
  settingsChangesProgram
};
