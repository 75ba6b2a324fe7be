import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACCOUNT_HELP,
  COMMON_FLAGS,
  InputError,
  MAX_PAGE_SIZE,
  SENSITIVE_FLAG,
  SENSITIVE_HELP,
  VERSION,
  auditLogs,
  canPrompt,
  choice,
  chooseSensitivity,
  chooseZone,
  escapeUnsafeInJson,
  localizeReviewed,
  networkHelp,
  openPrompter,
  openSession,
  parseFlags,
  parseId,
  pipe,
  renderText,
  showUser,
  single,
  streamOutput,
  userDetails,
  wholeNumber
} from "./chunk-BY5NUHZH.js";

// src/cli/user-activity.ts
var FLAGS = {
  ...COMMON_FLAGS,
  ...SENSITIVE_FLAG,
  user: { type: "string" },
  limit: { type: "string" }
};
var DEFAULT_LIMIT = 20;
var DEMO_USER = 1504640086770;
function usage(command = "node scripts/user-activity.js") {
  return `Usage: ${command} --user ID [options]

Shows a Zendesk user's details and their most recent audit-log activity, newest first,
with times in your time zone.

Options:
  --user ID             the user's id, e.g. the actor id of a settings change
                        (asked for at a terminal when left out)
  --limit N             how many activities to show (default ${DEFAULT_LIMIT}; any number)
  --format FORMAT       text (default) or json: {"user": {...}, "audit_logs": [...]}
  --tz ZONE             IANA time zone for times (default: $TZ, else the system's zone)

Review (a sensitive change ends in [sensitive], or has "sensitive": true in json; see
the README for the built-in list):
${SENSITIVE_HELP}

${ACCOUNT_HELP}

${networkHelp()}

Examples:
  ${command} --demo --user ${DEMO_USER}
  ${command} --user 1509756491122 --limit 100 --tz Europe/Berlin
  ${command} --user 1509756491122 --format json > user.json

Exit codes: 0 success, 1 the Zendesk call failed (including an unknown user),
2 bad usage or input, 130 interrupted (Ctrl-C).
`;
}
async function take(items, limit) {
  const out = [];
  if (limit <= 0) return out;
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
async function promptUser() {
  const prompter = openPrompter();
  try {
    return await prompter.ask("Enter the user id: ", (answer) => parseId(answer, "user id"));
  } finally {
    prompter.close();
  }
}
async function userActivity(argv, env, command) {
  const values = parseFlags(argv, FLAGS);
  const output = streamOutput();
  if (values.help) return output.write(usage(command));
  if (values.version) return output.write(`${VERSION}
`);
  const format = choice(single(values, "format"), "format", ["text", "json"], "text");
  const limit = wholeNumber(single(values, "limit"), "limit", DEFAULT_LIMIT);
  const zone = chooseZone(single(values, "tz"), env);
  const sensitivity = chooseSensitivity(values);
  const userText = single(values, "user");
  let userId = userText === void 0 ? void 0 : parseId(userText, "user id");
  if (userId === void 0 && canPrompt()) userId = await promptUser();
  const session = await openSession(values, env, zone, { scopes: ["auditlogs:read", "users:read"] });
  try {
    if (userId === void 0) {
      const example = session.demoUsers?.[0];
      throw new InputError(
        `--user is required: give a user id${example ? ` (in the demo, e.g. --user ${example.id} for ${example.name})` : ""}`
      );
    }
    const user = await showUser(session.client, userId);
    const activity = await take(
      auditLogs(session.client, { actorId: userId, order: "desc" }, {
        pageSize: Math.min(limit, MAX_PAGE_SIZE),
        onEvent: session.progress.event
      }),
      limit
    );
    session.progress.done();
    const { clock } = session;
    if (format === "json") {
      const body = { user, audit_logs: activity.map((log) => localizeReviewed(log, clock, sensitivity)) };
      return await output.write(`${escapeUnsafeInJson(JSON.stringify(body, null, 2))}
`);
    }
    await output.write(`User Details:
${userDetails(user, clock)}

User Activities (last ${limit}):
`);
    await pipe(renderText(activity, { clock, sensitivity, empty: "No audit-log activity found for this user." }), output);
  } finally {
    session.progress.done();
    await session.close();
  }
}

export {
  userActivity
};
