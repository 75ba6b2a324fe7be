import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-5JOGSDZK.js";
import {
  userActivityProgram
} from "./chunks/chunk-BYOPH357.js";
import "./chunks/chunk-FCYAXDAT.js";
import {
  EVIDENCE_FORMATS,
  GITHUB_LOGIN,
  parseReviewers,
  usesEmails
} from "./chunks/chunk-IV7EYHE2.js";
import {
  InputError,
  VERSION,
  accountFromEnv,
  closestMatch,
  parseDuration,
  parseRange,
  readBasic,
  readCommandLine,
  readOutput,
  readTextFile,
  runProgram,
  single,
  windowEndingAt
} from "./chunks/chunk-JUMEGPGV.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/trail/repository.ts
var REPOSITORY = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/;
function parseRepository(text) {
  const match = REPOSITORY.exec(text.trim());
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
function readRepository(text, setting) {
  const repository = text === void 0 ? void 0 : parseRepository(text);
  if (!repository) {
    throw new InputError(`${setting} is ${text ? JSON.stringify(text) : "not set"}: give the repository as OWNER/NAME, e.g. acme/audit`);
  }
  return repository;
}

// src/cli/evidence.ts
var FLAGS = {
  repo: { type: "string" },
  since: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  format: { type: "string" },
  tz: { type: "string" },
  reviewers: { type: "string" },
  "review-within": { type: "string" },
  author: { type: "string" },
  label: { type: "string" },
  // A file that holds the key: the key itself on the command line would end up in shell history.
  "marker-key": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
var DEFAULT_SINCE = "90d";
var DEFAULT_REVIEW_WITHIN = "7d";
var DEFAULT_AUTHOR = "github-actions[bot]";
var DEFAULT_LABEL = "zendesk-audit";
function usage(command = "zendesk-audit evidence") {
  return `Usage: ${command} --repo OWNER/NAME [options]

Lists every change the GitHub Action reported in a period, one row each, with who
signed it off and when: ticked in the report (from GitHub's edit history) or by a
comment "/reviewed ID"; a sign-off by the change's own actor is a self-review, not
accepted. Says whether a report was edited after it was posted. Read from the report
issues, whose signed markers carry each change's time, actor and severity.

Options:
  --repo OWNER/NAME       the repository of the reports (default: $GITHUB_REPOSITORY)
  --since DURATION        changes made in the last 90d (the default), 12w, ...
  --start DATE --end DATE changes made from one day to another (YYYY-MM-DD in --tz,
                          or ISO 8601 instants); --end defaults to now
  --format FORMAT         markdown (default: a summary, then the table), csv or json
  --tz ZONE               IANA time zone for Markdown times and for DATE (default: $TZ,
                          else the system's zone)
  --reviewers FILE        lines "github-login: zendesk-user-id-or-email": a sign-off
                          by the login mapped to a change's actor is a self-review
  --review-within DURATION  a high or medium change not signed off this long after
                          it was reported is overdue (default ${DEFAULT_REVIEW_WITHIN})
  --author LOGIN          the identity whose reports count (default ${DEFAULT_AUTHOR})
  --label LABEL           the label the reports carry (default ${DEFAULT_LABEL}); a
                          report without it is read too, with a note
  --marker-key FILE       a file holding the Action's marker-key (instead of
                          ZENDESK_MARKER_KEY; the key itself never goes on the command line)
  --debug                 print stack traces with errors
  -h, --help              show this help
  -V, -v, --version       print the version

Environment:
  GITHUB_TOKEN            a token that can read the repository's issues
  GITHUB_API_URL, GITHUB_GRAPHQL_URL   GitHub's API (default https://api.github.com)
  ZENDESK_MARKER_KEY      the Action's marker-key, when it has one; else the Zendesk
                          credential it signs with: ZENDESK_CLIENT_SECRET,
                          ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN
  ZENDESK_SUBDOMAIN and Zendesk credentials: only when --reviewers maps an email
                          (the actors' emails come from Zendesk, users:read)

Examples:
  ${command} --repo acme/audit --since 90d
  ${command} --repo acme/audit --start 2026-07-01 --end 2026-09-30 --format csv > evidence.csv
  ${command} --repo acme/audit --format json --reviewers .github/zendesk-reviewers.txt

Exit codes: 0 success, 1 GitHub or Zendesk failed, 2 bad usage or input.
`;
}
function apiUrlFrom(text, name) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${name} is not a URL: write e.g. https://api.github.com`);
  }
  const loopback = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i.test(url.hostname);
  if (url.username || url.password) throw new InputError(`${name} holds a user name or password: leave them out`);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new InputError(`${name} ${url.origin} uses plain http: to a host that is not loopback; use https:`);
  }
  return url.href.replace(/\/$/, "");
}
function durationOf(text, flag) {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new InputError(`--${flag}: ${error.message}`);
  }
}
function readPeriod(values, zone, now) {
  const since = single(values, "since");
  const start = single(values, "start");
  const end = single(values, "end");
  if (since !== void 0 && (start !== void 0 || end !== void 0)) {
    throw new InputError("use either --since or --start/--end, not both");
  }
  if (end !== void 0 && start === void 0) throw new InputError("--end needs --start");
  if (start !== void 0) return parseRange(start, end, zone, now);
  return windowEndingAt(now, durationOf(since ?? DEFAULT_SINCE, "since"), zone);
}
function readEvidence(argv, context) {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    const { env } = context;
    const output = readOutput(values, env, EVIDENCE_FORMATS);
    const repository = readRepository(
      single(values, "repo") ?? env.GITHUB_REPOSITORY?.trim(),
      single(values, "repo") ? "--repo" : "--repo (or GITHUB_REPOSITORY)"
    );
    const period = readPeriod(values, output.zone, context.now);
    const reviewersPath = single(values, "reviewers");
    const reviewers = reviewersPath === void 0 ? /* @__PURE__ */ new Map() : parseReviewers(readTextFile(reviewersPath, "--reviewers", "it is a list of logins"), reviewersPath);
    const reviewWithinText = single(values, "review-within") ?? DEFAULT_REVIEW_WITHIN;
    const reviewWithin = durationOf(reviewWithinText, "review-within");
    const author = (single(values, "author") ?? DEFAULT_AUTHOR).trim().replace(/^@/, "");
    if (!GITHUB_LOGIN.test(author.replace(/\[bot\]$/, ""))) {
      throw new InputError(`--author ${JSON.stringify(author)} is not a GitHub login, e.g. github-actions[bot]`);
    }
    const label = (single(values, "label") ?? DEFAULT_LABEL).trim();
    if (!label) throw new InputError("--label is empty: give the label the reports carry (the first of the Action's labels)");
    const githubToken = env.GITHUB_TOKEN?.trim();
    if (!githubToken) throw new InputError("GITHUB_TOKEN is not set: give a token that can read the repository's issues");
    const apiUrl = apiUrlFrom(env.GITHUB_API_URL?.trim() || "https://api.github.com", "GITHUB_API_URL");
    const graphqlText = env.GITHUB_GRAPHQL_URL?.trim();
    const graphqlUrl = graphqlText ? apiUrlFrom(graphqlText, "GITHUB_GRAPHQL_URL") : void 0;
    if (graphqlUrl && new URL(graphqlUrl).origin !== new URL(apiUrl).origin) {
      throw new InputError("GITHUB_GRAPHQL_URL is on another host than GITHUB_API_URL: the token goes to GitHub's API host only");
    }
    const keyPath = single(values, "marker-key");
    const fromFile = keyPath === void 0 ? void 0 : readTextFile(keyPath, "--marker-key", "it holds one key").trim();
    if (fromFile === "") throw new InputError(`--marker-key: ${keyPath} is empty: write the Action's marker-key in it`);
    const explicit = fromFile ?? env.ZENDESK_MARKER_KEY?.trim();
    const markerSecrets = explicit ? [explicit] : ["ZENDESK_CLIENT_SECRET", "ZENDESK_API_TOKEN", "ZENDESK_OAUTH_TOKEN"].map((name) => env[name]?.trim() ?? "").filter(Boolean);
    if (markerSecrets.length === 0) {
      throw new InputError(
        "no marker key: set ZENDESK_MARKER_KEY or --marker-key FILE (the Action's marker-key), or the Zendesk credential the Action signs with (ZENDESK_CLIENT_SECRET, ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN)"
      );
    }
    if (usesEmails(reviewers)) {
      const account = accountFromEnv({}, env);
      if (account.subdomain === void 0 && account.baseUrl === void 0) {
        throw new InputError(
          `${reviewersPath} maps a login to an email: set ZENDESK_SUBDOMAIN and Zendesk credentials (users:read) to learn the actors' emails, or map user ids`
        );
      }
    }
    return {
      ...readBasic(values),
      repository,
      period,
      format: output.format,
      zone: output.zone,
      reviewers,
      reviewWithin,
      reviewWithinText,
      author,
      label,
      githubToken,
      apiUrl,
      ...graphqlUrl ? { graphqlUrl } : {},
      markerSecrets,
      env
    };
  });
}
async function evidence(options) {
  const { runEvidence } = await import("./chunks/evidence-run-TLLJZFG5.js");
  await runEvidence(options);
}
var evidenceProgram = { read: readEvidence, run: evidence };

// src/cli/command.ts
var COMMANDS = ["settings-changes", "user-activity", "evidence"];
var USAGE = `Usage: zendesk-audit COMMAND [options]

Know who changed what in a Zendesk account, from its audit log.

Commands:
  settings-changes      the changes to the account's settings (or any audit-log
                        source type) in a time range, as text, JSON, NDJSON, CSV,
                        Markdown, OCSF or ECS; with --checkpoint, only what the
                        last run did not write (for cron and a SIEM)
  user-activity         a user's details and their most recent audit-log activity
  evidence              who reviewed each change the GitHub Action reported, and
                        when, for an auditor: Markdown, CSV or JSON

Options:
  -h, --help            show this help (zendesk-audit COMMAND --help: the command's)
  -V, -v, --version     print the version

Examples:
  zendesk-audit settings-changes --demo --since 30d
  zendesk-audit user-activity --demo --user 1504640086770
  zendesk-audit evidence --repo acme/audit --since 90d
  zendesk-audit settings-changes --help

Exit codes: 0 success, 1 the Zendesk (or GitHub) call failed, 2 bad usage or input,
130 interrupted (Ctrl-C).
`;
function readZendeskAudit(argv, context) {
  const [first, ...rest] = argv;
  if (first === void 0) return { kind: "usage", text: USAGE };
  if (first === "--help" || first === "-h" || first === "help") return { kind: "print", text: USAGE };
  if (first === "--version" || first === "-V" || first === "-v") return { kind: "print", text: `${VERSION}
` };
  const named = { ...context, command: `zendesk-audit ${first}` };
  if (first === "settings-changes") return withCommand(first, settingsChangesProgram.read(rest, named));
  if (first === "user-activity") return withCommand(first, userActivityProgram.read(rest, named));
  if (first === "evidence") return withCommand(first, evidenceProgram.read(rest, named));
  const nearest = closestMatch(first.replace(/^-+/, ""), COMMANDS);
  const hint = nearest ? `: did you mean ${nearest}?` : `: use ${COMMANDS.join(" or ")}`;
  const what = first.startsWith("-") ? `option ${first} before a command` : `command ${JSON.stringify(first)}`;
  throw new InputError(`unknown ${what}${hint} (see zendesk-audit --help)`);
}
function withCommand(command, invocation) {
  return invocation.kind === "run" ? { kind: "run", options: { command, ...invocation.options } } : invocation;
}
function runZendeskAudit(options) {
  switch (options.command) {
    case "settings-changes":
      return settingsChangesProgram.run(options);
    case "user-activity":
      return userActivityProgram.run(options);
    case "evidence":
      return evidenceProgram.run(options);
  }
}
var zendeskAuditProgram = { read: readZendeskAudit, run: runZendeskAudit };

// src/cli/entry/zendesk-audit.ts
await runProgram(zendeskAuditProgram);
