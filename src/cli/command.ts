/**
 * `zendesk-audit`: the package's one command, with the two scripts as subcommands
 * (`npx zendesk-audit settings-changes --demo --since 30d`), and `evidence`, which reads
 * the Action's reports on GitHub.
 */
import { closestMatch, InputError } from '../core/mod.ts';
import type { EvidenceOptions } from './evidence-options.ts';
import { evidenceProgram } from './evidence.ts';
import type { CommandContext, Invocation, Program } from './flags.ts';
import { type SettingsChangesOptions, settingsChangesProgram } from './settings-changes.ts';
import { type UserActivityOptions, userActivityProgram } from './user-activity.ts';
import { VERSION } from '../core/version.ts';

/** The commands, for help on a mistyped one. */
const COMMANDS = ['settings-changes', 'user-activity', 'evidence'] as const;

/** The command to run and its options, as that command reads them. */
export type ZendeskAuditOptions =
  | ({ command: 'settings-changes' } & SettingsChangesOptions)
  | ({ command: 'user-activity' } & UserActivityOptions)
  | ({ command: 'evidence' } & EvidenceOptions);

export const USAGE = `Usage: zendesk-audit COMMAND [options]

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

/** The command line as a command and its options (each command reads its own flags), or the usage text or version to print. */
export function readZendeskAudit(argv: string[], context: CommandContext): Invocation<ZendeskAuditOptions> {
  const [first, ...rest] = argv;
  // No command at all is a mistake (exit 2) that the usage answers; asking for help is not.
  if (first === undefined) return { kind: 'usage', text: USAGE };
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'print', text: USAGE };
  if (first === '--version' || first === '-V' || first === '-v') return { kind: 'print', text: `${VERSION}\n` };
  const named = { ...context, command: `zendesk-audit ${first}` };
  if (first === 'settings-changes') return withCommand(first, settingsChangesProgram.read(rest, named));
  if (first === 'user-activity') return withCommand(first, userActivityProgram.read(rest, named));
  if (first === 'evidence') return withCommand(first, evidenceProgram.read(rest, named));
  const nearest = closestMatch(first.replace(/^-+/, ''), COMMANDS);
  const hint = nearest ? `: did you mean ${nearest}?` : `: use ${COMMANDS.join(' or ')}`;
  const what = first.startsWith('-') ? `option ${first} before a command` : `command ${JSON.stringify(first)}`;
  throw new InputError(`unknown ${what}${hint} (see zendesk-audit --help)`);
}

/** A command's invocation with the command's name beside its options. */
function withCommand<C extends string, T>(command: C, invocation: Invocation<T>): Invocation<{ command: C } & T> {
  return invocation.kind === 'run' ? { kind: 'run', options: { command, ...invocation.options } } : invocation;
}

/** Runs the command the options name. */
function runZendeskAudit(options: ZendeskAuditOptions): Promise<void> {
  switch (options.command) {
    case 'settings-changes':
      return settingsChangesProgram.run(options);
    case 'user-activity':
      return userActivityProgram.run(options);
    case 'evidence':
      return evidenceProgram.run(options);
  }
}

/** `zendesk-audit` as a program: the command and its options read once, then its run. */
export const zendeskAuditProgram: Program<ZendeskAuditOptions> = { read: readZendeskAudit, run: runZendeskAudit };
