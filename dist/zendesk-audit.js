import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-TT5FBT2Z.js";
import {
  userActivityProgram
} from "./chunks/chunk-ODVGZ7XC.js";
import {
  InputError,
  VERSION,
  closestMatch,
  runProgram
} from "./chunks/chunk-JXDVW7FS.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/command.ts
var COMMANDS = ["settings-changes", "user-activity"];
var USAGE = `Usage: zendesk-audit COMMAND [options]

Know who changed what in a Zendesk account, from its audit log.

Commands:
  settings-changes      the changes to the account's settings (or any audit-log
                        source type) in a time range, as text, JSON, NDJSON, CSV,
                        Markdown, OCSF or ECS; with --checkpoint, only what the
                        last run did not write (for cron and a SIEM)
  user-activity         a user's details and their most recent audit-log activity

Options:
  -h, --help            show this help (zendesk-audit COMMAND --help: the command's)
  -V, -v, --version     print the version

Examples:
  zendesk-audit settings-changes --demo --since 30d
  zendesk-audit user-activity --demo --user 1504640086770
  zendesk-audit settings-changes --help

Exit codes: 0 success, 1 the Zendesk call failed, 2 bad usage or input,
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
  const nearest = closestMatch(first.replace(/^-+/, ""), COMMANDS);
  const hint = nearest ? `: did you mean ${nearest}?` : `: use ${COMMANDS.join(" or ")}`;
  const what = first.startsWith("-") ? `option ${first} before a command` : `command ${JSON.stringify(first)}`;
  throw new InputError(`unknown ${what}${hint} (see zendesk-audit --help)`);
}
function withCommand(command, invocation) {
  return invocation.kind === "run" ? { kind: "run", options: { command, ...invocation.options } } : invocation;
}
function runZendeskAudit(options) {
  return options.command === "settings-changes" ? settingsChangesProgram.run(options) : userActivityProgram.run(options);
}
var zendeskAuditProgram = { read: readZendeskAudit, run: runZendeskAudit };

// src/cli/entry/zendesk-audit.ts
await runProgram(zendeskAuditProgram);
