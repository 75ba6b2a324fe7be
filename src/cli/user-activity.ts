/**
 * user-activity: a user's details and their most recent audit-log activity. Mirrors
 * the second program of Zendesk's "Using audit logs to track activity", filtering on
 * `filter[actor_id]` (the seed's `filter[user_id]` is not a parameter Zendesk knows).
 */
import {
  type AuditLog,
  auditLogs,
  detectAll,
  escapeUnsafeInJson,
  InputError,
  localizeReviewed,
  MAX_PAGE_SIZE,
  parseId,
  renderEcs,
  renderOcsf,
  renderText,
  showUser,
  SignInBaseline,
  userDetails,
} from '../core/mod.ts';
import { compileReview } from './detections.ts';
import {
  ACCOUNT_HELP,
  accountName,
  networkHelp,
  readAccount,
  readBasic,
  readNetwork,
  readOutput,
  readReview,
  REVIEW_FLAGS,
  REVIEW_HELP,
  SHARED_FLAGS,
  type SharedOptions,
} from './flag-groups.ts';
import { type CommandContext, type Invocation, type Program, readCommandLine, single, wholeNumber } from './flags.ts';
import { pipe, streamOutput } from './io.ts';
import { openPrompter } from './prompt.ts';
import { openSession } from './session.ts';

const FLAGS = {
  ...SHARED_FLAGS,
  ...REVIEW_FLAGS,
  user: { type: 'string' },
  limit: { type: 'string' },
  // Read only to refuse it in words: the latest --limit records are no stream a checkpoint follows.
  checkpoint: { type: 'string' },
} as const;

const FORMATS = ['text', 'json', 'ocsf', 'ecs'] as const;

const DEFAULT_LIMIT = 20;

/** An admin of the demo account (`--demo`), for the first example. */
const DEMO_USER = 1504640086770;

/** The usage text, for the command as it was run (`node scripts/user-activity.js` or `zendesk-audit user-activity`). */
export function usage(command = 'node scripts/user-activity.js'): string {
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

/** The first `limit` items of `items`, without fetching further pages. */
async function take<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const out: T[] = [];
  if (limit <= 0) return out;
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

/** Asks for the user id like the seed, until the answer is an id. */
async function promptUser(): Promise<number> {
  const prompter = openPrompter();
  try {
    return await prompter.ask('Enter the user id: ', (answer) => parseId(answer, 'user id'));
  } finally {
    prompter.close();
  }
}

/** Everything user-activity runs from, read from its command line and environment at the start. */
export type UserActivityOptions =
  & SharedOptions<(typeof FORMATS)[number]>
  & {
    /** The user; `ask`: asked for at the terminal. */
    userId: number | 'ask';
    /** How many activities to show. */
    limit: number;
  };

const USER_REQUIRED = '--user is required: give a user id';

/**
 * The command line and environment as user-activity's options, every value checked
 * before anything is sent, or the InputError that names the first mistake.
 */
export function readUserActivity(argv: string[], context: CommandContext): Invocation<UserActivityOptions> {
  return readCommandLine(argv, FLAGS, usage(context.command), (values): UserActivityOptions => {
    if (single(values, 'checkpoint') !== undefined) {
      throw new InputError(
        "--checkpoint is settings-changes' (an export from where the last run ended): user-activity shows a user's latest --limit records; export a user's records with settings-changes --source-type all --actor ID --checkpoint FILE",
      );
    }
    const output = readOutput(values, context.env, FORMATS);
    const limit = wholeNumber(single(values, 'limit'), 'limit', DEFAULT_LIMIT);
    const review = readReview(values, output.zone);
    const userText = single(values, 'user');
    const userId: UserActivityOptions['userId'] | undefined = userText !== undefined
      ? parseId(userText, 'user id')
      : context.interactive
      ? 'ask'
      : undefined;
    const account = readAccount(values, context.env);
    // Refused here, before the demo starts and says so: the usage error stays the one line printed.
    if (userId === undefined) {
      throw new InputError(account.demo ? `${USER_REQUIRED} (in the demo, e.g. --user ${DEMO_USER})` : USER_REQUIRED);
    }
    return {
      ...readBasic(values),
      ...output,
      limit,
      ...review,
      userId,
      ...readNetwork(values, context.now),
      ...account,
    };
  });
}

/** The run, from its options alone. */
export async function userActivity(options: UserActivityOptions): Promise<void> {
  const output = streamOutput();
  const { limit, format } = options;
  // The rules file is checked before the user id is asked for and anything is sent.
  const rules = await compileReview(options);
  const userId = options.userId === 'ask' ? await promptUser() : options.userId;

  const session = await openSession(options, { scopes: ['auditlogs:read', 'users:read'] });
  try {
    const user = await showUser(session.client, userId);
    const activity: AuditLog[] = await take(
      auditLogs(session.client, { actorId: userId, order: 'desc' }, {
        pageSize: Math.min(limit, MAX_PAGE_SIZE),
        onEvent: session.progress.event,
      }),
      limit,
    );
    session.progress.done();
    const { clock } = session;
    // The activity is the window: its sign-ins are where the user signed in from before each one.
    const detected = detectAll(activity, {
      rules,
      baseline: SignInBaseline.of(activity),
      ...(options.workingHours ? { workingHours: options.workingHours } : {}),
    });
    if (format === 'ocsf' || format === 'ecs') {
      // The records as settings-changes exports them, so one SIEM pipeline reads both.
      const render = format === 'ocsf' ? renderOcsf : renderEcs;
      return await pipe(render(detected, { account: accountName(options) }), output);
    }
    if (format === 'json') {
      // Each record as settings-changes writes it: created_at_local, then the review fields.
      const body = { user, audit_logs: detected.map((log) => localizeReviewed(log, clock)) };
      // The characters JSON.stringify leaves raw (C1, bidi, U+2028) as `\uXXXX`: the same escaper as settings-changes.
      return await output.write(`${escapeUnsafeInJson(JSON.stringify(body, null, 2))}\n`);
    }
    await output.write(`User Details:\n${userDetails(user, clock)}\n\nUser Activities (last ${limit}):\n`);
    await pipe(renderText(detected, { clock, empty: 'No audit-log activity found for this user.' }), output);
  } finally {
    session.progress.done();
    await session.close();
  }
}

/** user-activity as a program: its command line read once, then the run. */
export const userActivityProgram: Program<UserActivityOptions> = { read: readUserActivity, run: userActivity };
