import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACCOUNT_HELP,
  COMMON_FLAGS,
  DEFAULT_RATE_RESERVE_PERCENT,
  InputError,
  Interrupted,
  MAX_CONCURRENCY,
  PARALLEL_DEFAULTS,
  SENSITIVE_FLAG,
  SENSITIVE_HELP,
  Temporal,
  VERSION,
  auditLogParams,
  canPrompt,
  checkSourceTypes,
  choice,
  chooseSensitivity,
  chooseZone,
  describeWindow,
  many,
  networkHelp,
  note,
  openPrompter,
  openSession,
  parallelAuditLogs,
  parseBound,
  parseDuration,
  parseFlags,
  parseId,
  parseRange,
  pipe,
  rateReserve,
  renderCsv,
  renderJson,
  renderMarkdown,
  renderNdjson,
  renderText,
  single,
  streamOutput,
  wholeNumber,
  windowEndingAt
} from "./chunk-BY5NUHZH.js";

// src/cli/memory.ts
import v8 from "node:v8";
function keepMemoryFlat() {
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  v8.setFlagsFromString("--heap-growing-percent=20");
}

// src/cli/settings-changes.ts
import process from "node:process";
var FLAGS = {
  ...COMMON_FLAGS,
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
  ...SENSITIVE_FLAG,
  "sensitive-only": { type: "boolean" }
};
var FORMATS = ["text", "json", "ndjson", "csv", "markdown"];
var DEFAULT_LOOKBACK = "30d";
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
function emptyMessage(sourceTypes) {
  return sourceTypes.length === 1 && sourceTypes[0] === "account_setting" ? "No account setting updates found." : "No audit-log records found.";
}
async function chooseWindow(values, zone, now) {
  const since = single(values, "since");
  const start = single(values, "start");
  const end = single(values, "end");
  if (since !== void 0) {
    if (start !== void 0 || end !== void 0) throw new InputError("use either --since or --start/--end, not both");
    return windowEndingAt(now, parseDuration(since), zone);
  }
  if (start === void 0 && end !== void 0) throw new InputError("--end needs --start too");
  if (start !== void 0) return parseRange(start, end, zone, now);
  if (!canPrompt()) return windowEndingAt(now, parseDuration(DEFAULT_LOOKBACK), zone);
  return promptWindow(zone, now);
}
async function promptWindow(zone, now) {
  const prompter = openPrompter();
  try {
    let startText = "";
    const start = await prompter.ask("Enter the start date (YYYY-MM-DD): ", (answer) => {
      startText = answer;
      return parseBound(answer, zone, "start");
    });
    const end = await prompter.ask(
      "Enter the end date (YYYY-MM-DD, empty for now): ",
      (answer) => parseRange(startText, answer, zone, now).end
    );
    return { start, end };
  } finally {
    prompter.close();
  }
}
function sourceTypesOf(values) {
  return single(values, "source-type")?.split(",").map((type) => type.trim()).filter(Boolean) ?? ["account_setting"];
}
function chooseQuery(values, window) {
  const sourceTypes = sourceTypesOf(values);
  const query = {
    sourceType: sourceTypes,
    action: many(values, "action"),
    actorId: many(values, "actor").map((id) => parseId(id, "--actor")),
    ipAddress: many(values, "ip"),
    createdAt: window,
    order: choice(single(values, "order"), "order", ["desc", "asc"], "desc")
  };
  auditLogParams(query);
  return query;
}
function render(format, records, session, query, window, sensitivity) {
  const { clock } = session;
  const sourceTypes = [query.sourceType ?? []].flat();
  switch (format) {
    case "json":
      return renderJson(records, { clock, sensitivity });
    case "ndjson":
      return renderNdjson(records, { clock, sensitivity });
    case "csv":
      return renderCsv(records, { clock, sensitivity });
    case "markdown":
      return renderMarkdown(records, {
        clock,
        zone: session.zone,
        window,
        sourceType: sourceTypes.join(", "),
        account: session.account,
        sensitivity
      });
    default:
      return renderText(records, { clock, empty: emptyMessage(sourceTypes), sensitivity });
  }
}
async function* onlySensitive(records, sensitivity) {
  for await (const record of records) if (sensitivity.record(record)) yield record;
}
var WRITE_BYTES = 64 * 1024;
async function* coalesce(chunks, limit = WRITE_BYTES) {
  const iterator = chunks[Symbol.asyncIterator]();
  const idle = /* @__PURE__ */ Symbol("idle");
  let tick;
  const nextTick = () => tick ??= new Promise((resolve) => setTimeout(() => (tick = void 0, resolve(idle)), 0));
  let parts = [];
  let size = 0;
  const flush = () => {
    const text = parts.join("");
    parts = [];
    size = 0;
    return text;
  };
  for (; ; ) {
    const next = iterator.next();
    let result = size > 0 ? await Promise.race([next, nextTick()]) : await next;
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
}
async function* untilInterrupted(records, signal, passed) {
  try {
    for await (const record of records) {
      passed.count++;
      yield record;
    }
    passed.complete = true;
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
async function settingsChanges(argv, env, command) {
  const values = parseFlags(argv, FLAGS);
  if (values.help) return void await streamOutput().write(usage(command));
  if (values.version) return void await streamOutput().write(`${VERSION}
`);
  const format = choice(single(values, "format"), "format", FORMATS, "text");
  const zone = chooseZone(single(values, "tz"), env);
  const sourceTypeWarning = checkSourceTypes(sourceTypesOf(values));
  const window = await chooseWindow(values, zone, Temporal.Now.instant());
  const query = chooseQuery(values, window);
  const concurrency = wholeNumber(single(values, "concurrency"), "concurrency", PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY);
  const reserveShare = rateReserve(single(values, "rate-reserve"), "rate-reserve");
  const sensitivity = chooseSensitivity(values);
  const session = await openSession(values, env, zone, { reserveShare });
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort(new Interrupted());
  };
  process.on("SIGINT", onInterrupt);
  const written = { count: 0, complete: false };
  try {
    if (sourceTypeWarning) note(`warning: ${sourceTypeWarning}`);
    note(`Window: ${describeWindow(window, session.zone)}`);
    const { progress } = session;
    const fetched = parallelAuditLogs(session.client, query, {
      concurrency,
      signal: interrupt.signal,
      onEvent: progress.event,
      count: progress.shown
    });
    const records = values["sensitive-only"] ? onlySensitive(fetched, sensitivity) : fetched;
    const output = streamOutput();
    const sameTerminal = Boolean(process.stdout.isTTY);
    await pipe(coalesce(render(format, untilInterrupted(records, interrupt.signal, written), session, query, window, sensitivity)), {
      write: (chunk) => {
        if (sameTerminal) progress.clear();
        return output.write(chunk);
      }
    });
    if (interrupt.signal.aborted && !written.complete) throw new Interrupted(written.count);
    progress.finish(written.count);
  } finally {
    process.off("SIGINT", onInterrupt);
    session.progress.done();
    await session.close();
  }
}

export {
  keepMemoryFlat,
  settingsChanges
};
