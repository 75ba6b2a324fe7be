/**
 * Everything a script needs to fetch, from its checked options: a client for the account
 * (or, with --demo, the built-in sandbox), the zone's clock and the progress bar.
 */
import process from 'node:process';
import {
  createClient,
  credentialDestinationWarning,
  type Credentials,
  type FetchEvent,
  isApiToken,
  RateGate,
  type ZendeskClient,
  ZoneClock,
} from '../core/mod.ts';
import { API_TOKEN_WARNING, CLIENT_CREDENTIAL_NAMES } from './credentials.ts';
import type { AccountOptions, NetworkOptions, OutputOptions } from './flag-groups.ts';
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
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The share of the account's rate limit the run leaves to its other integrations (a run of many requests should leave some). Default 0. */
  reserveShare?: number;
  /** What a token minted from client credentials asks for: only what the script needs. Default `['auditlogs:read']`. */
  scopes?: readonly string[];
}

/** Connects to the account the options name (or starts the demo sandbox); nothing is sent yet. */
export async function openSession(
  options: AccountOptions & NetworkOptions & Pick<OutputOptions<string>, 'zone'>,
  { reserveShare = 0, scopes = ['auditlogs:read'] }: SessionOptions = {},
): Promise<Session> {
  const { zone } = options;
  const progress = createProgress(process.stderr);
  // Said once a request has gone out on it, so that a usage error stays the one line printed.
  let warning: string | undefined;
  const common = {
    retry: options.retry,
    timeoutMs: options.timeoutMs,
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

  const connect = (baseUrl: URL, credentials: Credentials, accountSetting?: string) => ({
    client: createClient({ baseUrl, credentials, accountSetting, ...common }),
    account: baseUrl,
    zone,
    clock: new ZoneClock(zone),
    progress,
  });

  if (options.demo) {
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
      close: () => sandbox.close(),
    };
  }

  const { baseUrl, credentials } = options;
  if (isApiToken(credentials)) warning = API_TOKEN_WARNING;
  const destination = credentialDestinationWarning(baseUrl);
  if (destination) note(`warning: ${destination}`);
  return {
    ...connect(baseUrl, credentials, options.accountSetting),
    demo: false,
    close: async () => {},
  };
}
