import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compileReview
} from "./chunk-FCYAXDAT.js";
import {
  ACCOUNT_HELP,
  InputError,
  MAX_PAGE_SIZE,
  REVIEW_FLAGS,
  REVIEW_HELP,
  SHARED_FLAGS,
  SignInBaseline,
  accountName,
  auditLogs,
  detectAll,
  escapeUnsafeInJson,
  localizeReviewed,
  networkHelp,
  openPrompter,
  openSession,
  parseId,
  pipe,
  readAccount,
  readBasic,
  readCommandLine,
  readNetwork,
  readOutput,
  readReview,
  renderEcs,
  renderOcsf,
  renderText,
  showUser,
  single,
  streamOutput,
  userDetails,
  wholeNumber
} from "./chunk-JUMEGPGV.js";

// src/cli/user-activity.ts
var FLAGS = {
  ...SHARED_FLAGS,
  ...REVIEW_FLAGS,
  user: { type: "string" },
  limit: { type: "string" },
  // Read only to refuse it in words: the latest --limit records are no stream a checkpoint follows.
  checkpoint: { type: "string" }
};
var FORMATS = ["text", "json", "ocsf", "ecs"];
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
  --format FORMAT       text (default) or json: {"user": {...}, "audit_logs": [...]};
                        ocsf or ecs: the activity as settings-changes writes it for a
                        SIEM, one event a line (the user's details are left out)
  --tz ZONE             IANA time zone for times (default: $TZ, else the system's zone)

Review (a change a detection rule matches ends in [high: API token created], or has
"severity" and "detections" in json; see the README for the rule table; the user's own
sign-ins shown are the baseline of the new-sign-in-address rule):
${REVIEW_HELP}

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
var USER_REQUIRED = "--user is required: give a user id";
function readUserActivity(argv, context) {
  return readCommandLine(argv, FLAGS, usage(context.command), (values) => {
    if (single(values, "checkpoint") !== void 0) {
      throw new InputError(
        "--checkpoint is settings-changes' (an export from where the last run ended): user-activity shows a user's latest --limit records; export a user's records with settings-changes --source-type all --actor ID --checkpoint FILE"
      );
    }
    const output = readOutput(values, context.env, FORMATS);
    const limit = wholeNumber(single(values, "limit"), "limit", DEFAULT_LIMIT);
    const review = readReview(values, output.zone);
    const userText = single(values, "user");
    const userId = userText !== void 0 ? parseId(userText, "user id") : context.interactive ? "ask" : void 0;
    const account = readAccount(values, context.env);
    if (userId === void 0) {
      throw new InputError(account.demo ? `${USER_REQUIRED} (in the demo, e.g. --user ${DEMO_USER})` : USER_REQUIRED);
    }
    return {
      ...readBasic(values),
      ...output,
      limit,
      ...review,
      userId,
      ...readNetwork(values, context.now),
      ...account
    };
  });
}
async function userActivity(options) {
  const output = streamOutput();
  const { limit, format } = options;
  const rules = await compileReview(options);
  const userId = options.userId === "ask" ? await promptUser() : options.userId;
  const session = await openSession(options, { scopes: ["auditlogs:read", "users:read"] });
  try {
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
    const detected = detectAll(activity, {
      rules,
      baseline: SignInBaseline.of(activity),
      ...options.workingHours ? { workingHours: options.workingHours } : {}
    });
    if (format === "ocsf" || format === "ecs") {
      const render = format === "ocsf" ? renderOcsf : renderEcs;
      return await pipe(render(detected, { account: accountName(options) }), output);
    }
    if (format === "json") {
      const body = { user, audit_logs: detected.map((log) => localizeReviewed(log, clock)) };
      return await output.write(`${escapeUnsafeInJson(JSON.stringify(body, null, 2))}
`);
    }
    await output.write(`User Details:
${userDetails(user, clock)}

User Activities (last ${limit}):
`);
    await pipe(renderText(detected, { clock, empty: "No audit-log activity found for this user." }), output);
  } finally {
    session.progress.done();
    await session.close();
  }
}
var userActivityProgram = { read: readUserActivity, run: userActivity };

export {
  userActivityProgram
};
