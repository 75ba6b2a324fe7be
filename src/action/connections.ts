/**
 * What a run of the Action talks to, opened once: the Zendesk account (its client), GitHub
 * (octokit), the keys that sign and verify markers, and, learned when first needed, who
 * the GitHub token acts as. Every step (the audit, the reminders, the evidence) uses
 * these.
 */
import * as core from '@actions/core';
import { breakWorkflowCommands, createClient, RateGate, type ZendeskClient } from '../core/mod.ts';
import { VERSION } from '../core/version.ts';
import { createGitHub, type Octokit, whoAmI } from '../trail/github.ts';
import { markerKey } from '../trail/mac.ts';
import { markerSecret, type Trust } from '../trail/reported.ts';
import { actorEmails, usesEmails } from '../trail/reviewers.ts';
import { type ActionInputs, CLIENT_CREDENTIAL_INPUTS } from './inputs.ts';

export const USER_AGENT = `zendesk-audit-action/${VERSION}`;

export interface Connections {
  /** Hides every form of every secret in a text (`***`). */
  redact(text: string): string;
  client: ZendeskClient;
  octokit: Octokit;
  /** The key this run signs with. */
  key: CryptoKey;
  /** Who the token acts as, with the keys and the account: learned from GitHub on the first call (GraphQL `viewer`), once. */
  trust(): Promise<Trust>;
  /** The emails of Zendesk users by id, when a reviewer is mapped by email (`users:read`); undefined otherwise. */
  actorEmails?(ids: readonly number[]): Promise<Map<number, string>>;
}

/**
 * Opens the run's connections. `redact` hides secrets in what servers say; `protect`
 * masks a secret in the log (each access token minted from client credentials goes
 * through it before its first use).
 */
export async function connect(
  inputs: ActionInputs,
  redact: (text: string) => string,
  protect: (secret: string) => void,
): Promise<Connections> {
  const log = (message: string) => core.info(breakWorkflowCommands(redact(message)));
  const emails = usesEmails(inputs.reviewers);
  const client = createClient({
    baseUrl: inputs.baseUrl,
    credentials: inputs.credentials,
    // Only what the run reads: users only to learn the actors' emails a reviewer is mapped by.
    scopes: emails ? ['auditlogs:read', 'users:read'] : ['auditlogs:read'],
    credentialNames: CLIENT_CREDENTIAL_INPUTS,
    onToken: protect,
    userAgent: USER_AGENT,
    // The account's rate limit is shared by every request: a 429 seen by one holds the others too.
    gate: new RateGate(),
    onEvent: (event) => {
      if (event.type === 'retry') log(`Zendesk: ${event.error.message}; trying again in ${Math.ceil(event.delayMs / 1000)} s`);
    },
  });
  const octokit = createGitHub(inputs.githubToken, { userAgent: USER_AGENT, onRetry: log, redact });
  const key = await markerKey(markerSecret(inputs.credentials, inputs.markerKey));
  let trust: Promise<Trust> | undefined;
  const learn = async (): Promise<Trust> => {
    const formerKeys = inputs.markerKey ? [] : await Promise.all(inputs.formerSecrets.map((secret) => markerKey(secret)));
    return { identity: await whoAmI(octokit, inputs.repository), key, formerKeys, account: inputs.account.host };
  };
  const emailsOf = (ids: readonly number[]) => actorEmails(client, ids);
  return { redact, client, octokit, key, trust: () => (trust ??= learn()), ...(emails ? { actorEmails: emailsOf } : {}) };
}
