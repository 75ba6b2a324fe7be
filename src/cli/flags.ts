/**
 * Command-line flags: node:util's parseArgs (also in Deno), strict, with its errors
 * turned into one line that points at --help; and the readers that turn one flag's
 * text into a checked value.
 */
import { parseArgs } from 'node:util';
import type { Temporal } from 'temporal-polyfill';
import { closestMatch, InputError } from '../core/mod.ts';
import { VERSION } from '../core/version.ts';
import { isWhole, wholeNumberOf, wholeRange } from '../core/whole-number.ts';
import type { Environment } from './credentials.ts';

export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** What a command reads its options from, besides its flags. */
export interface CommandContext {
  env: Environment;
  /** How the command was run, for its usage text (`zendesk-audit settings-changes`); the script's own when undefined. */
  command?: string;
  /** When the run starts: `--since 7d` ends here. */
  now: Temporal.Instant;
  /** Whether a person at a terminal can answer questions (stdin is a terminal): what is left out is asked for. */
  interactive: boolean;
}

/**
 * What a command line asks for: text to print (`--help`, `--version`), the usage for a
 * command line that asks for nothing (on stderr, exit code 2), or a run with its checked options.
 */
export type Invocation<T> = { kind: 'print'; text: string } | { kind: 'usage'; text: string } | { kind: 'run'; options: T };

/** A command: its command line and environment read once into options, then run from those alone. */
export interface Program<T extends { debug: boolean }> {
  read(argv: string[], context: CommandContext): Invocation<T>;
  run(options: T): Promise<void>;
}

/**
 * `-v` as `-V` (both print the version, as many tools accept either), unless it is the
 * value of the flag before it (`--ip -v` stays an IP address to refuse).
 */
function versionAlias(argv: string[], spec: Record<string, FlagSpec>): string[] {
  return argv.map((arg, index) => {
    if (arg !== '-v') return arg;
    const previous = argv[index - 1];
    const name = previous?.startsWith('--') && !previous.includes('=') ? previous.slice(2) : undefined;
    return name !== undefined && spec[name]?.type === 'string' ? arg : '-V';
  });
}

/** `unknown option --sinse (see --help)`, with the nearest known flag when there is one. */
function unknownOption(option: string, spec: Record<string, FlagSpec>): InputError {
  const name = option.replace(/^-+/, '').split('=')[0]!;
  const nearest = closestMatch(name, Object.keys(spec));
  const hint = nearest ? `: did you mean --${nearest}?` : '';
  return new InputError(`unknown option ${option}${hint} (see --help)`);
}

/** Parses `argv` or throws an InputError such as `unknown option --sinse: did you mean --since? (see --help)`. */
export function parseFlags(argv: string[], spec: Record<string, FlagSpec>): FlagValues {
  try {
    const { values, positionals } = parseArgs({ args: versionAlias(argv, spec), options: spec, strict: true, allowPositionals: true });
    if (positionals.length) {
      throw new InputError(`unexpected argument ${JSON.stringify(positionals[0])}: every input is a --flag (see --help)`);
    }
    return values as FlagValues;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    const option = /'(-[^'\s]*)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw option ? unknownOption(option, spec) : new InputError(`unknown option ${message} (see --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new InputError(`option ${option} takes no value (see --help)`);
      const dash = /ambiguous/.test(message) ? `; for a value that starts with a dash write ${option}=VALUE` : '';
      throw new InputError(`option ${option} needs a value${dash} (see --help)`);
    }
    throw new InputError(`${message} (see --help)`);
  }
}

/**
 * A command line read once: the flags parsed against `spec`, then `--help` or
 * `--version` (whatever else is given), else `read` turns the flags into the options
 * the command runs from, or throws the one InputError that names what to fix.
 */
export function readCommandLine<T>(
  argv: string[],
  spec: Record<string, FlagSpec>,
  usage: string,
  read: (values: FlagValues) => T,
): Invocation<T> {
  const values = parseFlags(argv, spec);
  if (values.help) return { kind: 'print', text: usage };
  if (values.version) return { kind: 'print', text: `${VERSION}\n` };
  return { kind: 'run', options: read(values) };
}

/** A flag's string value; a repeated single-value flag is a mistake worth naming. */
export function single(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) throw new InputError(`--${name} is given more than once`);
  return value;
}

/** All values of a repeatable flag, comma-separated values split. */
export function many(values: FlagValues, name: string): string[] {
  const value = values[name];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
}

/** One of `choices`, whatever its case (`--format CSV`), or an error listing them. */
export function choice<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const chosen = choices.find((option) => option.toLowerCase() === value.trim().toLowerCase());
  if (chosen !== undefined) return chosen;
  throw new InputError(`--${name} ${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
}

/** A whole number in [min, max]. */
export function wholeNumber(value: string | undefined, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = wholeNumberOf(value.trim());
  if (!isWhole(number, min, max)) throw new InputError(`--${name} ${JSON.stringify(value)} must be ${wholeRange(min, max)}`);
  return number;
}

/** `20` or `20%` as a share (0.2), from 0 to `maxPercent`; `fallback` percent when not given. */
export function percentage(value: string | undefined, name: string, fallback: number, maxPercent: number): number {
  if (value === undefined) return fallback / 100;
  const percent = wholeNumberOf(/^\s*(\d+)\s*%?\s*$/.exec(value)?.[1]);
  if (!isWhole(percent, 0, maxPercent)) {
    throw new InputError(`--${name} ${JSON.stringify(value)} must be a whole percentage from 0 to ${maxPercent}, e.g. 20 or 20%`);
  }
  return percent / 100;
}
