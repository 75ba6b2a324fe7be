/**
 * Command-line flags: node:util's parseArgs (also in Deno), strict, with its errors
 * turned into one line that points at --help.
 */
import { parseArgs } from 'node:util';
import { closestMatch, InputError, type Sensitivity, sensitivity } from '../core/mod.ts';
import { wholeNumberOf } from '../core/whole-number.ts';

export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}

/** Flags both scripts take. */
export const COMMON_FLAGS = {
  tz: { type: 'string' },
  format: { type: 'string' },
  'base-url': { type: 'string' },
  subdomain: { type: 'string' },
  demo: { type: 'boolean' },
  timeout: { type: 'string' },
  'max-attempts': { type: 'string' },
  'max-wait': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies Record<string, FlagSpec>;

/** The review flag both scripts take: more setting-name patterns that count as sensitive. */
export const SENSITIVE_FLAG = { sensitive: { type: 'string', multiple: true } } as const satisfies Record<string, FlagSpec>;

/** Help for `--sensitive`. */
export const SENSITIVE_HELP = `  --sensitive PATTERN   count settings matching PATTERN as sensitive too (repeatable;
                        case-insensitive, from the start of a word, * for any text)`;

/** The sensitivity test of `--sensitive` patterns, refused as bad usage when one matches everything. */
export function chooseSensitivity(values: FlagValues): Sensitivity {
  try {
    return sensitivity(many(values, 'sensitive'));
  } catch (error) {
    throw new InputError(`--sensitive: ${(error as Error).message}`);
  }
}

/** Help for the account flags both scripts take. */
export const ACCOUNT_HELP = `Account (credentials come only from the environment: ZENDESK_CLIENT_ID and
ZENDESK_CLIENT_SECRET of an OAuth client of kind Confidential, which mint a short-lived
token each run; or ZENDESK_OAUTH_TOKEN; or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN,
which Zendesk switches off on 2027-04-30):
  --demo                use the built-in sandbox account; no credentials needed
  --subdomain NAME      acme for https://acme.zendesk.com (default: $ZENDESK_SUBDOMAIN)
  --base-url URL        API origin for proxies and tests (default: $ZENDESK_BASE_URL)`;

/** Help for the network flags both scripts take; `extra` lines go after them. */
export function networkHelp(extra = ''): string {
  return `Network:
  --timeout DURATION    time allowed for one request (default 30s)
  --max-attempts N      attempts per request, the first included (default 6)
  --max-wait DURATION   most time one request may wait for retries (default 2m)
${extra}  --debug               print stack traces with errors
  -h, --help            show this help
  -V, -v, --version     print the version`;
}

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

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

/** Share of the account's rate limit that settings-changes leaves to its other integrations, unless told. */
export const DEFAULT_RATE_RESERVE_PERCENT = 20;

/** `--rate-reserve 20` or `20%` as a share (0.2); the default share when not given. */
export function rateReserve(value: string | undefined, name: string): number {
  if (value === undefined) return DEFAULT_RATE_RESERVE_PERCENT / 100;
  const match = /^\s*(\d{1,2})\s*%?\s*$/.exec(value);
  const percent = match ? Number(match[1]) : Number.NaN;
  if (!(percent >= 0 && percent <= 90)) {
    throw new InputError(`--${name} ${JSON.stringify(value)} must be a whole percentage from 0 to 90, e.g. 20 or 20%`);
  }
  return percent / 100;
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

/** One of `choices`, or an error listing them. */
export function choice<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`--${name} ${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
}

/** A whole number in [min, max]. */
export function wholeNumber(value: string | undefined, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = wholeNumberOf(value.trim()) ?? Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new InputError(
      `--${name} ${JSON.stringify(value)} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`,
    );
  }
  return number;
}
