/**
 * `zendesk-audit`: the package's one command, with the two scripts as subcommands
 * (`npx zendesk-audit settings-changes --demo --since 30d`).
 */
import { closestMatch, InputError } from '../core/mod.ts';
import type { Environment } from './credentials.ts';
import { streamOutput } from './io.ts';
import { settingsChanges } from './settings-changes.ts';
import { userActivity } from './user-activity.ts';
import { VERSION } from '../core/version.ts';

const COMMANDS = {
  'settings-changes': settingsChanges,
  'user-activity': userActivity,
} as const;

type CommandName = keyof typeof COMMANDS;

export const USAGE = `Usage: zendesk-audit COMMAND [options]

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

/** The program: `argv` without the node and script paths. */
export async function zendeskAudit(argv: string[], env: Environment): Promise<void> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return streamOutput().write(USAGE);
  }
  if (first === '--version' || first === '-V' || first === '-v') return streamOutput().write(`${VERSION}\n`);
  if (Object.hasOwn(COMMANDS, first)) {
    return COMMANDS[first as CommandName](rest, env, `zendesk-audit ${first}`);
  }
  const names = Object.keys(COMMANDS);
  const nearest = closestMatch(first.replace(/^-+/, ''), names);
  const hint = nearest ? `: did you mean ${nearest}?` : `: use ${names.join(' or ')}`;
  const what = first.startsWith('-') ? `option ${first} before a command` : `command ${JSON.stringify(first)}`;
  throw new InputError(`unknown ${what}${hint} (see zendesk-audit --help)`);
}
