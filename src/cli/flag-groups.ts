/**
 * The flag groups both commands take, each defined once: its flags, its help, and how
 * its values (with the environment) become typed options, checked before anything is
 * sent. Options that mean what one of the Action's inputs means carry its name
 * (`action/inputs.ts`: `zone`, `baseUrl`, `credentials`, `sensitiveSettings`).
 */
import { readFileSync } from 'node:fs';
import type { Temporal } from 'temporal-polyfill';
import {
  type Credentials,
  InputError,
  parseDuration,
  parseSeverity,
  parseWorkingHours,
  resolveBaseUrl,
  type RetryOptions,
  sensitivity,
  type Severity,
  systemZone,
  validateZone,
  type WorkingHours,
} from '../core/mod.ts';
import { accountFromEnv, credentialsFromEnv, type Environment } from './credentials.ts';
import { choice, type FlagSpec, type FlagValues, many, single, wholeNumber } from './flags.ts';

/** `--debug`, `--help` and `--version`. */
const BASIC_FLAGS = {
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies Record<string, FlagSpec>;

interface BasicOptions {
  /** Print stack traces with errors. */
  debug: boolean;
}

/** `--debug`; `--help` and `--version` are answered before any group is read (`readCommandLine`). */
export function readBasic(values: FlagValues): BasicOptions {
  return { debug: Boolean(values.debug) };
}

// ---------------------------------------------------------------------------------------
// Output: the format and the time zone.

const OUTPUT_FLAGS = {
  tz: { type: 'string' },
  format: { type: 'string' },
} as const satisfies Record<string, FlagSpec>;

export interface OutputOptions<Format extends string> {
  format: Format;
  /** The IANA zone dates are read and times shown in. */
  zone: string;
}

/** `--format` (the first of `formats` when not given) and `--tz`. */
export function readOutput<Format extends string>(values: FlagValues, env: Environment, formats: readonly Format[]): OutputOptions<Format> {
  const format = choice(single(values, 'format'), 'format', formats, formats[0]!);
  return { format, zone: chooseZone(single(values, 'tz'), env) };
}

/**
 * A `TZ` that is no zone name but a POSIX rule (`EST5EDT,M3.2.0,M11.1.0`, `<+0530>-5:30`)
 * or a path to a zone file (`:/etc/localtime`): the C library's forms, which leave the
 * choice to the system (https://www.gnu.org/software/libc/manual/html_node/TZ-Variable.html).
 */
const POSIX_TZ = /^(?:[A-Za-z]{3,}|<[^>]+>)[+-]?\d|^\//;

/** `--tz`, else `TZ` (an unknown name is an error, as for --tz), else the system's zone. */
function chooseZone(flag: string | undefined, env: Environment): string {
  if (flag !== undefined) return validateZone(flag);
  const fromEnv = env.TZ?.trim().replace(/^:/, '');
  if (fromEnv) {
    // A path into the zone database names its zone: /usr/share/zoneinfo/Europe/Berlin.
    const inDatabase = /\/zoneinfo\/(.+)$/.exec(fromEnv)?.[1];
    if (inDatabase) return validateZone(inDatabase);
    if (POSIX_TZ.test(fromEnv)) return systemZone();
    try {
      return validateZone(fromEnv);
    } catch {
      throw new InputError(
        `unknown time zone ${JSON.stringify(fromEnv)} in $TZ: set TZ to an IANA name such as Europe/Berlin or UTC, or pass --tz`,
      );
    }
  }
  return systemZone();
}

// ---------------------------------------------------------------------------------------
// Account: the sandbox, or an account and its credentials (from the environment only).

const ACCOUNT_FLAGS = {
  'base-url': { type: 'string' },
  subdomain: { type: 'string' },
  demo: { type: 'boolean' },
} as const satisfies Record<string, FlagSpec>;

/** Help for the account flags. */
export const ACCOUNT_HELP = `Account (credentials come only from the environment: ZENDESK_CLIENT_ID and
ZENDESK_CLIENT_SECRET of an OAuth client of kind Confidential, which mint a short-lived
token each run; or ZENDESK_OAUTH_TOKEN; or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN,
which Zendesk switches off on 2027-04-30):
  --demo                use the built-in sandbox account; no credentials needed
  --subdomain NAME      acme for https://acme.zendesk.com (default: $ZENDESK_SUBDOMAIN)
  --base-url URL        API origin for proxies and tests (default: $ZENDESK_BASE_URL)`;

/**
 * The built-in sandbox (`--demo`), or where the requests go and with which credentials, and
 * the setting that named the account (`ZENDESK_SUBDOMAIN`, `--base-url`) for messages.
 */
export type AccountOptions = { demo: true } | { demo: false; baseUrl: URL; accountSetting: string; credentials: Credentials };

/** `--demo`, else the account (flags, then the environment) and the environment's credentials. */
export function readAccount(values: FlagValues, env: Environment): AccountOptions {
  const subdomain = single(values, 'subdomain');
  const baseUrl = single(values, 'base-url');
  if (values.demo) {
    if (baseUrl !== undefined || subdomain !== undefined) {
      throw new InputError('--demo uses the built-in sandbox account: leave out --base-url and --subdomain');
    }
    return { demo: true };
  }
  const account = accountFromEnv({ subdomain, baseUrl }, env);
  return {
    demo: false,
    // Nothing named at all: a new user may be trying it out, so the sandbox is offered too.
    baseUrl: resolveBaseUrl(account, ', or try --demo', account.setting),
    accountSetting: account.setting,
    credentials: credentialsFromEnv(env),
  };
}

/**
 * The account as an export names it (a checkpoint's scope, OCSF's `tenant_uid`, ECS's
 * `organization.id`): the subdomain of a `*.zendesk.com` account, else the base URL's
 * origin; `demo` for the sandbox, whatever port it listens on.
 */
export function accountName(account: AccountOptions): string {
  if (account.demo) return 'demo';
  const subdomain = /^([^.]+)\.zendesk\.com$/i.exec(account.baseUrl.hostname)?.[1];
  return subdomain ? subdomain.toLowerCase() : account.baseUrl.origin;
}

// ---------------------------------------------------------------------------------------
// Network: time allowed and attempts per request.

const NETWORK_FLAGS = {
  timeout: { type: 'string' },
  'max-attempts': { type: 'string' },
  'max-wait': { type: 'string' },
} as const satisfies Record<string, FlagSpec>;

/** Help for the network flags and `BASIC_FLAGS`; `extra` lines go between them. */
export function networkHelp(extra = ''): string {
  return `Network:
  --timeout DURATION    time allowed for one request (default 30s)
  --max-attempts N      attempts per request, the first included (default 6)
  --max-wait DURATION   most time one request may wait for retries (default 2m)
${extra}  --debug               print stack traces with errors
  -h, --help            show this help
  -V, -v, --version     print the version`;
}

export interface NetworkOptions {
  retry: RetryOptions;
  /** Time allowed for one request; the client's default when undefined. */
  timeoutMs?: number;
}

/** `--max-attempts`, `--max-wait` and `--timeout`; `now` gives days and weeks their length. */
export function readNetwork(values: FlagValues, now: Temporal.Instant): NetworkOptions {
  const milliseconds = (name: string): number | undefined => {
    const value = single(values, name);
    if (value === undefined) return undefined;
    try {
      // Days and weeks need a starting point to become milliseconds.
      return parseDuration(value).total({ unit: 'milliseconds', relativeTo: now.toZonedDateTimeISO('UTC') });
    } catch (error) {
      throw new InputError(`--${name}: ${(error as Error).message}`);
    }
  };
  return {
    retry: { attempts: wholeNumber(single(values, 'max-attempts'), 'max-attempts', 6, 1, 100), maxWaitMs: milliseconds('max-wait') },
    timeoutMs: milliseconds('timeout'),
  };
}

// ---------------------------------------------------------------------------------------
// Review: the rules that mark changes (the built-in ones, a rules file, --sensitive), and working hours.

export const REVIEW_FLAGS = {
  rules: { type: 'string' },
  'working-hours': { type: 'string' },
  sensitive: { type: 'string', multiple: true },
} as const satisfies Record<string, FlagSpec>;

/** Help for the review flags. */
export const REVIEW_HELP = `  --rules FILE          a rules file, YAML or JSON: rules of your own, and built-in
                        rules given another severity or turned off (see the README)
  --working-hours HOURS mark changes made outside these hours (low), e.g.
                        'Mon-Fri 08:00-18:00 Europe/Berlin' (default zone: --tz)
  --sensitive PATTERN   mark settings matching PATTERN too, as medium (repeatable;
                        case-insensitive, from the start of a word, * for any text)`;

/** A rules file as read from disk: parsed by the core when the run starts, before anything is sent. */
export interface RulesFile {
  /** The path as given, which errors name. */
  name: string;
  text: string;
}

export interface ReviewOptions {
  /** Setting-name patterns that count as sensitive beside the built-in ones, a medium rule each (the Action's `sensitive-settings`). */
  sensitiveSettings: string[];
  /** The `--rules` file (the Action's `rules`). */
  rulesFile?: RulesFile;
  /** With them, a change outside these hours is marked (the Action's `working-hours`). */
  workingHours?: WorkingHours;
}

/** Most bytes of a file a flag names (rules, reviewers, a key): a page of text, not a data set. */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The UTF-8 text of the file `path` that `flag` names, or an InputError naming the flag,
 * the file and what is wrong with it; `what` says what the file should be when it is too large.
 */
export function readTextFile(path: string, flag: string, what: string): string {
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_FILE_BYTES) throw new InputError(`${flag}: ${path} is larger than 1 MiB: ${what}`);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${flag}: cannot read ${path}: ${fileProblem(error)}`);
  }
}

/**
 * What went wrong with a file a flag names, in words: `missing` for one that does not
 * exist (ENOENT), the usual codes said plainly, else the system's message.
 */
export function fileProblem(error: unknown, missing = 'no such file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? missing
    : code === 'EISDIR'
    ? 'it is a directory'
    : code === 'EACCES'
    ? 'permission denied'
    : error instanceof TypeError
    ? 'it is not UTF-8 text'
    : (error as Error).message;
}

/** The text of the `--rules` file, or an InputError naming the file and what is wrong with it. */
function readRulesFile(path: string): RulesFile {
  const text = readTextFile(path, '--rules', 'a rules file is a list of rules');
  return { name: path, text };
}

/**
 * `--sensitive` patterns, each checked as the core uses it (one that matches everything
 * is refused), `--rules` (the file read, not yet parsed) and `--working-hours` (in
 * `zone`, the output's, when it names none).
 */
export function readReview(values: FlagValues, zone: string): ReviewOptions {
  const sensitiveSettings = many(values, 'sensitive');
  try {
    sensitivity(sensitiveSettings);
  } catch (error) {
    throw new InputError(`--sensitive: ${(error as Error).message}`);
  }
  const rules = single(values, 'rules');
  const hours = single(values, 'working-hours');
  let workingHours: WorkingHours | undefined;
  try {
    workingHours = hours === undefined ? undefined : parseWorkingHours(hours, zone);
  } catch (error) {
    throw new InputError((error as Error).message.replace(/^working hours /, '--working-hours '));
  }
  return {
    sensitiveSettings,
    ...(rules === undefined ? {} : { rulesFile: readRulesFile(rules) }),
    ...(workingHours ? { workingHours } : {}),
  };
}

/** `--min-severity LEVEL`, or `--sensitive-only` (medium); both at once is a mistake. */
export function readMinSeverity(values: FlagValues): Severity | undefined {
  const level = single(values, 'min-severity');
  if (values['sensitive-only'] && level !== undefined) {
    throw new InputError('--sensitive-only means --min-severity medium: give one of them');
  }
  if (values['sensitive-only']) return 'medium';
  if (level === undefined) return undefined;
  try {
    return parseSeverity(level);
  } catch (error) {
    throw new InputError(`--min-severity: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------

/** The flags both commands take but the review flags (which each places among its own). */
export const SHARED_FLAGS = { ...OUTPUT_FLAGS, ...ACCOUNT_FLAGS, ...NETWORK_FLAGS, ...BASIC_FLAGS } as const;

/** The options of the shared groups, each command's own beside them. */
export type SharedOptions<Format extends string> = BasicOptions & OutputOptions<Format> & AccountOptions & NetworkOptions & ReviewOptions;
