/**
 * What an end-to-end test of the Action needs: a sandbox Zendesk account and a fake
 * GitHub, both on loopback, and a way to run the built Action against them and check
 * that no secret leaked.
 */
import { existsSync } from 'node:fs';
import * as assert from 'uvu/assert';
import { parseMarker } from '../../src/trail/marker.ts';
import { type AuditLog, detectAll, severityTally } from '../../src/core/mod.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/mod.ts';
import { createFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.ts';
import { type ActionRun, BUNDLE, runAction } from './run-action.ts';

/** Credentials distinctive enough that finding them anywhere is a leak, not a coincidence. */
export const CREDENTIALS = {
  email: 'auditor@acme.example',
  apiToken: 'zdApiToken7f3Kq9LmX2vB8nW4',
  oauthToken: 'zdOAuthToken5hJ2pR8sT1yU6cE0',
};
export const GITHUB_TOKEN = 'ghs_e2eFakeToken4Xz9Qw2Lp7Rt5';
/** The sandbox's confidential OAuth client in these tests. */
export const CLIENT = { id: 'zendesk_audit_e2e', secret: 'zdClientSecret3Wq8Ne5Tb1Kx6' };
/** What starts every access token the sandbox mints: found anywhere, a minted token leaked. */
export const MINTED_TOKEN_PREFIX = 'sandbox_at_';
/** Inputs that sign in with the client credentials instead of the API token. */
export const CLIENT_INPUTS = {
  'zendesk-email': '',
  'zendesk-api-token': '',
  'zendesk-client-id': CLIENT.id,
  'zendesk-client-secret': CLIENT.secret,
};

/** Every form in which a secret could leak. */
export const SECRETS = [
  CREDENTIALS.apiToken,
  CREDENTIALS.oauthToken,
  btoa(`${CREDENTIALS.email}/token:${CREDENTIALS.apiToken}`),
  GITHUB_TOKEN,
  CLIENT.secret,
  MINTED_TOKEN_PREFIX,
];

export interface Audit {
  sandbox: Sandbox;
  github: FakeGitHub;
  /** Inputs every run gets: the sandbox as account, API-token auth. */
  inputs: Record<string, string>;
  /** Runs the Action with `inputs` over the defaults (and `env` over the runner's), checks it leaked nothing, returns what it did. */
  run(inputs?: Record<string, string>, options?: { env?: Record<string, string>; signal?: AbortSignal }): Promise<ActionRun>;
  close(): Promise<void>;
}

export async function startAudit(options: SandboxOptions = {}, githubOptions: FakeGitHubOptions = {}): Promise<Audit> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  const sandbox = createSandbox({
    records: 40,
    days: 1,
    mix: { account_setting: 1 },
    rateLimit: 0,
    credentials: CREDENTIALS,
    oauthClient: { identifier: CLIENT.id, secret: CLIENT.secret, allowedScopes: ['read', 'auditlogs:read', 'users:read'] },
    ...options,
  });
  const zendeskUrl = await sandbox.start();
  const github = createFakeGitHub({ token: GITHUB_TOKEN, ...githubOptions });
  const githubUrl = await github.start();
  const inputs = {
    'zendesk-base-url': zendeskUrl,
    'zendesk-email': CREDENTIALS.email,
    'zendesk-api-token': CREDENTIALS.apiToken,
  };
  return {
    sandbox,
    github,
    inputs,
    async run(extra = {}, options = {}) {
      const result = await runAction({
        inputs: { ...inputs, ...extra },
        githubUrl,
        githubToken: GITHUB_TOKEN,
        env: options.env,
        signal: options.signal,
      });
      assertNoSecrets(result, github);
      return result;
    },
    async close() {
      await Promise.all([sandbox.close(), github.close()]);
    },
  };
}

/** No secret in the log (minus the runner's mask commands), stderr, summary, outputs, or anything posted to GitHub. */
export function assertNoSecrets(result: ActionRun, github: FakeGitHub): void {
  const posted = github.items.flatMap((item) => [item.title, item.body ?? '', ...item.comments.map((comment) => comment.body)]);
  const places: [string, string][] = [
    ['stdout', result.log],
    ['stderr', result.stderr],
    ['summary', result.summary],
    ['outputs', JSON.stringify(result.outputs)],
    ['GitHub', posted.join('\n')],
    ['GitHub requests', github.requests.map((request) => request.body).join('\n')],
  ];
  for (const secret of SECRETS) {
    for (const [place, text] of places) assert.not.ok(text.includes(secret), `a secret appeared in ${place}`);
  }
}

/** The `::error::` line of a failed run, unescaped. */
export function errorLine(result: ActionRun): string {
  const line = result.stdout.split('\n').find((candidate) => candidate.startsWith('::error::')) ?? '';
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

/**
 * Each report body the Action posted (issue bodies and its comments, by the token's
 * identity), oldest first, with its issue and the ids of its trailing signed marker
 * (unverified: the tests check what was posted, the Action checks what it reads).
 */
export function postedBodies(github: FakeGitHub): { issue: number; body: string; ids: number[] }[] {
  const ours = (login: string) => login === github.login;
  return github
    .issues()
    .filter((issue) => ours(issue.user.login))
    .flatMap((issue) =>
      [issue.body ?? '', ...issue.comments.filter((comment) => ours(comment.user.login)).map((comment) => comment.body)].map((body) => ({
        issue: issue.number,
        body,
        ids: [...(parseMarker(body)?.ids ?? [])],
      }))
    );
}

/** The outputs `high-count` and `medium-count` of a run that reports all of `records`, as their detections say. */
export function severityOutputs(records: readonly AuditLog[]): { 'high-count': string; 'medium-count': string } {
  const { high, medium } = severityTally(detectAll(records));
  return { 'high-count': String(high), 'medium-count': String(medium) };
}

/** The outputs of a run that reported nothing. */
export const NOTHING_REPORTED = {
  'changes-count': '0',
  'high-count': '0',
  'medium-count': '0',
  'issue-number': '',
  'issue-url': '',
  'overdue-count': '0',
};

/** The audit-log ids in the last column of the report table rows of `body`. */
export function tableIds(body: string): number[] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Time') && !line.startsWith('| ---'))
    .map((line) => Number(/\| (\d+) \|$/.exec(line)?.[1] ?? Number.NaN));
}
