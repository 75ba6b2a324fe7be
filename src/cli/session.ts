/**
 * Everything a script needs before it fetches: zone, account, credentials and a
 * client, all checked before anything is sent; or, with --demo, the built-in sandbox.
 */
import process from 'node:process';
import { Temporal } from 'temporal-polyfill';
import {
  createClient,
  credentialDestinationWarning,
  type Credentials,
  type FetchEvent,
  InputError,
  isApiToken,
  parseDuration,
  RateGate,
  resolveBaseUrl,
  type RetryOptions,
  systemZone,
  validateZone,
  type ZendeskClient,
  ZoneClock,
} from '../core/mod.ts';
import { accountFromEnv, API_TOKEN_WARNING, CLIENT_CREDENTIAL_NAMES, credentialsFromEnv, type Environment } from './credentials.ts';
import { type FlagValues, single, wholeNumber } from './flags.ts';
import { note } from './io.ts';
import { createProgress, type Progress } from './progress.ts';
import { VERSION } from '../core/version.ts';

export interface Session {
  client: ZendeskClient;
  /** The account's origin, for links to its pages. */
  account: URL;
  zone: string;
  clock: ZoneClock;
  progress: Progress;
  demo: boolean;
  /** The sandbox's users when --demo runs; for hints. */
  demoUsers?: { id: number; name: string }[];
  close(): Promise<void>;
}

/**
 * A `TZ` that is no zone name but a POSIX rule (`EST5EDT,M3.2.0,M11.1.0`, `<+0530>-5:30`)
 * or a path to a zone file (`:/etc/localtime`): the C library's forms, which leave the
 * choice to the system (https://www.gnu.org/software/libc/manual/html_node/TZ-Variable.html).
 */
const POSIX_TZ = /^(?:[A-Za-z]{3,}|<[^>]+>)[+-]?\d|^\//;

/** `--tz`, else `TZ` (an unknown name is an error, as for --tz), else the system's zone. */
export function chooseZone(flag: string | undefined, env: Environment): string {
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

function milliseconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  try {
    // Days and weeks need a starting point to become milliseconds.
    return parseDuration(value).total({ unit: 'milliseconds', relativeTo: Temporal.Now.zonedDateTimeISO('UTC') });
  } catch (error) {
    throw new InputError(`--${name}: ${(error as Error).message}`);
  }
}

/** `--max-attempts`, `--max-wait` and `--timeout`. */
function networkOptions(values: FlagValues): { retry: RetryOptions; timeoutMs?: number } {
  return {
    retry: {
      attempts: wholeNumber(single(values, 'max-attempts'), 'max-attempts', 6, 1, 100),
      maxWaitMs: milliseconds(single(values, 'max-wait'), 'max-wait'),
    },
    timeoutMs: milliseconds(single(values, 'timeout'), 'timeout'),
  };
}

async function resolveFetch(): Promise<typeof fetch> {
  if (typeof globalThis.fetch === 'function') return globalThis.fetch;
  return (await import('cross-fetch')).fetch as typeof fetch;
}

export interface SessionOptions {
  /** The share of the account's rate limit the run leaves to its other integrations (a run of many requests should leave some). Default 0. */
  reserveShare?: number;
  /** What a token minted from client credentials asks for: only what the script needs. Default `['auditlogs:read']`. */
  scopes?: readonly string[];
}

/** Checks the flags and the environment, then connects (or starts the demo sandbox). */
export async function openSession(
  values: FlagValues,
  env: Environment,
  zone: string,
  { reserveShare = 0, scopes = ['auditlogs:read'] }: SessionOptions = {},
): Promise<Session> {
  const network = networkOptions(values);
  const progress = createProgress(process.stderr);
  // Said once a request has gone out on it, so that a usage error stays the one line printed.
  let warning: string | undefined;
  const common = {
    fetch: await resolveFetch(),
    retry: network.retry,
    timeoutMs: network.timeoutMs,
    userAgent: `zendesk-audit/${VERSION}`,
    scopes,
    credentialNames: CLIENT_CREDENTIAL_NAMES,
    onEvent: (event: FetchEvent) => {
      if (warning !== undefined) {
        progress.clear();
        note(warning);
        warning = undefined;
      }
      progress.event(event);
    },
    // One rate-limit budget for every request of the run, however many go at once.
    gate: new RateGate({ reserveShare, onEvent: progress.event }),
  };

  const connect = (baseUrl: URL, credentials: Credentials) => ({
    client: createClient({ baseUrl, credentials, ...common }),
    account: baseUrl,
    zone,
    clock: new ZoneClock(zone),
    progress,
  });

  if (values.demo) {
    if (values['base-url'] !== undefined || values.subdomain !== undefined) {
      throw new InputError('--demo uses the built-in sandbox account: leave out --base-url and --subdomain');
    }
    const { createSandbox, DEMO_OAUTH_CLIENT } = await import('../sandbox/mod.ts');
    // With the scripted episodes, so a first run shows every section of a report.
    const sandbox = createSandbox({ episodes: true });
    const url = await sandbox.start();
    note(`Demo: the built-in sandbox account at ${url} (generated data, no credentials needed)`);
    // The demo signs in as a real run should: a confidential OAuth client minting its own token.
    const credentials: Credentials = { clientId: DEMO_OAUTH_CLIENT.identifier, clientSecret: DEMO_OAUTH_CLIENT.secret };
    return {
      ...connect(new URL(url), credentials),
      demo: true,
      demoUsers: sandbox.users().map((user) => ({ id: user.id, name: user.name })),
      close: () => sandbox.close(),
    };
  }

  const target = accountFromEnv({ subdomain: single(values, 'subdomain'), baseUrl: single(values, 'base-url') }, env);
  // Nothing named at all: a new user may be trying it out, so the sandbox is offered too.
  const baseUrl = resolveBaseUrl(target, ', or try --demo');
  const credentials = credentialsFromEnv(env);
  if (isApiToken(credentials)) warning = API_TOKEN_WARNING;
  const destination = credentialDestinationWarning(baseUrl);
  if (destination) note(`warning: ${destination}`);
  return {
    ...connect(baseUrl, credentials),
    demo: false,
    close: async () => {},
  };
}
