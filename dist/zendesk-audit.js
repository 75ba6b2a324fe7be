import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-5JUIQDOJ.js";
import {
  userActivity
} from "./chunks/chunk-YY2U6QB6.js";
import {
  InputError,
  VERSION,
  closestMatch,
  runProgram,
  streamOutput
} from "./chunks/chunk-BY5NUHZH.js";
import "./chunks/chunk-EB4K4YEU.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/command.ts
var COMMANDS = {
  "settings-changes": settingsChanges,
  "user-activity": userActivity
};
var USAGE = `Usage: zendesk-audit COMMAND [options]

Know who changed what in a Zendesk account, from its audit log.

Commands:
  settings-changes      the changes to the account's settings (or any audit-log
                        source type) in a time range, as text, JSON, NDJSON, CSV
                        or Markdown
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
async function zendeskAudit(argv, env) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    return streamOutput().write(USAGE);
  }
  if (first === "--version" || first === "-V" || first === "-v") return streamOutput().write(`${VERSION}
`);
  if (Object.hasOwn(COMMANDS, first)) {
    return COMMANDS[first](rest, env, `zendesk-audit ${first}`);
  }
  const names = Object.keys(COMMANDS);
  const nearest = closestMatch(first.replace(/^-+/, ""), names);
  const hint = nearest ? `: did you mean ${nearest}?` : `: use ${names.join(" or ")}`;
  const what = first.startsWith("-") ? `option ${first} before a command` : `command ${JSON.stringify(first)}`;
  throw new InputError(`unknown ${what}${hint} (see zendesk-audit --help)`);
}

// src/cli/entry/zendesk-audit.ts
keepMemoryFlat();
await runProgram(zendeskAudit);
