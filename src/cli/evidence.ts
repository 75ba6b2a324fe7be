/**
 * evidence: who reviewed each change the Action reported in a period, as an auditor
 * asks for it (Markdown, CSV or JSON), read from the report issues on GitHub. This file
 * reads the command line and the environment once; the run (`evidence-run.ts`, with the
 * GitHub client) is loaded only when the command runs.
 */
import type { Temporal } from 'temporal-polyfill';
import { InputError, parseDuration, parseRange, type TimeWindow, windowEndingAt } from '../core/mod.ts';
import { EVIDENCE_FORMATS } from '../trail/evidence-render.ts';
import { readRepository } from '../trail/repository.ts';
import { GITHUB_LOGIN, parseReviewers, usesEmails } from '../trail/reviewers.ts';
import { accountFromEnv } from './credentials.ts';
import type { EvidenceOptions } from './evidence-options.ts';
import { readBasic, readOutput, readTextFile } from './flag-groups.ts';
import { type CommandContext, type FlagSpec, type Invocation, type Program, readCommandLine, single } from './flags.ts';

const FLAGS = {
  repo: { type: 'string' },
  since: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  format: { type: 'string' },
  tz: { type: 'string' },
  reviewers: { type: 'string' },
  'review-within': { type: 'string' },
  author: { type: 'string' },
  label: { type: 'string' },
  // A file that holds the key: the key itself on the command line would end up in shell history.
  'marker-key': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies Record<string, FlagSpec>;

const DEFAULT_SINCE = '90d';
const DEFAULT_REVIEW_WITHIN = '7d';
const DEFAULT_AUTHOR = 'github-actions[bot]';
const DEFAULT_LABEL = 'zendesk-audit';

/** The usage text, for the command as it was run. */
export function usage(command = 'zendesk-audit evidence'): string {
  return `Usage: ${command} --repo OWNER/NAME [options]

Lists every change the GitHub Action reported in a period, one row each, with who
signed it off and when: ticked in the report (from GitHub's edit history) or by a
comment "/reviewed ID"; a sign-off by the change's own actor is a self-review, not
accepted. Says whether a report was edited after it was posted. Read from the report
issues, whose signed markers carry each change's time, actor and severity.

Options:
  --repo OWNER/NAME       the repository of the reports (default: $GITHUB_REPOSITORY)
  --since DURATION        changes made in the last 90d (the default), 12w, ...
  --start DATE --end DATE changes made from one day to another (YYYY-MM-DD in --tz,
                          or ISO 8601 instants); --end defaults to now
  --format FORMAT         markdown (default: a summary, then the table), csv or json
  --tz ZONE               IANA time zone for Markdown times and for DATE (default: $TZ,
                          else the system's zone)
  --reviewers FILE        lines "github-login: zendesk-user-id-or-email": a sign-off
                          by the login mapped to a change's actor is a self-review
  --review-within DURATION  a high or medium change not signed off this long after
                          it was reported is overdue (default ${DEFAULT_REVIEW_WITHIN})
  --author LOGIN          the identity whose reports count (default ${DEFAULT_AUTHOR})
  --label LABEL           the label the reports carry (default ${DEFAULT_LABEL}); a
                          report without it is read too, with a note
  --marker-key FILE       a file holding the Action's marker-key (instead of
                          ZENDESK_MARKER_KEY; the key itself never goes on the command line)
  --debug                 print stack traces with errors
  -h, --help              show this help
  -V, -v, --version       print the version

Environment:
  GITHUB_TOKEN            a token that can read the repository's issues
  GITHUB_API_URL, GITHUB_GRAPHQL_URL   GitHub's API (default https://api.github.com)
  ZENDESK_MARKER_KEY      the Action's marker-key, when it has one; else the Zendesk
                          credential it signs with: ZENDESK_CLIENT_SECRET,
                          ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN
  ZENDESK_SUBDOMAIN and Zendesk credentials: only when --reviewers maps an email
                          (the actors' emails come from Zendesk, users:read)

Examples:
  ${command} --repo acme/audit --since 90d
  ${command} --repo acme/audit --start 2026-07-01 --end 2026-09-30 --format csv > evidence.csv
  ${command} --repo acme/audit --format json --reviewers .github/zendesk-reviewers.txt

Exit codes: 0 success, 1 GitHub or Zendesk failed, 2 bad usage or input.
`;
}

/** `https:` (or `http:` to this machine), without credentials: where the token goes. */
function apiUrlFrom(text: string, name: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${name} is not a URL: write e.g. https://api.github.com`);
  }
  const loopback = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i.test(url.hostname);
  if (url.username || url.password) throw new InputError(`${name} holds a user name or password: leave them out`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new InputError(`${name} ${url.origin} uses plain http: to a host that is not loopback; use https:`);
  }
  return url.href.replace(/\/$/, '');
}

function durationOf(text: string, flag: string): Temporal.Duration {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new InputError(`--${flag}: ${(error as Error).message}`);
  }
}

/** The period from --since, or --start/--end. */
function readPeriod(values: Record<string, unknown>, zone: string, now: Temporal.Instant): TimeWindow {
  const since = single(values as never, 'since');
  const start = single(values as never, 'start');
  const end = single(values as never, 'end');
  if (since !== undefined && (start !== undefined || end !== undefined)) {
    throw new InputError('use either --since or --start/--end, not both');
  }
  if (end !== undefined && start === undefined) throw new InputError('--end needs --start');
  if (start !== undefined) return parseRange(start, end, zone, now);
  return windowEndingAt(now, durationOf(since ?? DEFAULT_SINCE, 'since'), zone);
}

/**
 * The command line and environment as the evidence command's options, every value
 * checked before anything is sent, or the InputError that names the first mistake.
 */
export function readEvidence(argv: string[], context: CommandContext): Invocation<EvidenceOptions> {
  return readCommandLine(argv, FLAGS, usage(context.command), (values): EvidenceOptions => {
    const { env } = context;
    const output = readOutput(values, env, EVIDENCE_FORMATS);
    const repository = readRepository(
      single(values, 'repo') ?? env.GITHUB_REPOSITORY?.trim(),
      single(values, 'repo') ? '--repo' : '--repo (or GITHUB_REPOSITORY)',
    );
    const period = readPeriod(values, output.zone, context.now);
    const reviewersPath = single(values, 'reviewers');
    const reviewers = reviewersPath === undefined
      ? new Map()
      : parseReviewers(readTextFile(reviewersPath, '--reviewers', 'it is a list of logins'), reviewersPath);
    const reviewWithinText = single(values, 'review-within') ?? DEFAULT_REVIEW_WITHIN;
    const reviewWithin = durationOf(reviewWithinText, 'review-within');
    const author = (single(values, 'author') ?? DEFAULT_AUTHOR).trim().replace(/^@/, '');
    if (!GITHUB_LOGIN.test(author.replace(/\[bot\]$/, ''))) {
      throw new InputError(`--author ${JSON.stringify(author)} is not a GitHub login, e.g. github-actions[bot]`);
    }
    const label = (single(values, 'label') ?? DEFAULT_LABEL).trim();
    if (!label) throw new InputError("--label is empty: give the label the reports carry (the first of the Action's labels)");
    const githubToken = env.GITHUB_TOKEN?.trim();
    if (!githubToken) throw new InputError("GITHUB_TOKEN is not set: give a token that can read the repository's issues");
    const apiUrl = apiUrlFrom(env.GITHUB_API_URL?.trim() || 'https://api.github.com', 'GITHUB_API_URL');
    const graphqlText = env.GITHUB_GRAPHQL_URL?.trim();
    const graphqlUrl = graphqlText ? apiUrlFrom(graphqlText, 'GITHUB_GRAPHQL_URL') : undefined;
    if (graphqlUrl && new URL(graphqlUrl).origin !== new URL(apiUrl).origin) {
      throw new InputError("GITHUB_GRAPHQL_URL is on another host than GITHUB_API_URL: the token goes to GitHub's API host only");
    }
    const keyPath = single(values, 'marker-key');
    const fromFile = keyPath === undefined ? undefined : readTextFile(keyPath, '--marker-key', 'it holds one key').trim();
    if (fromFile === '') throw new InputError(`--marker-key: ${keyPath} is empty: write the Action's marker-key in it`);
    const explicit = fromFile ?? env.ZENDESK_MARKER_KEY?.trim();
    const markerSecrets = explicit
      ? [explicit]
      : ['ZENDESK_CLIENT_SECRET', 'ZENDESK_API_TOKEN', 'ZENDESK_OAUTH_TOKEN'].map((name) => env[name]?.trim() ?? '').filter(Boolean);
    if (markerSecrets.length === 0) {
      throw new InputError(
        "no marker key: set ZENDESK_MARKER_KEY or --marker-key FILE (the Action's marker-key), or the Zendesk credential the Action signs with (ZENDESK_CLIENT_SECRET, ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN)",
      );
    }
    if (usesEmails(reviewers)) {
      const account = accountFromEnv({}, env);
      if (account.subdomain === undefined && account.baseUrl === undefined) {
        throw new InputError(
          `${reviewersPath} maps a login to an email: set ZENDESK_SUBDOMAIN and Zendesk credentials (users:read) to learn the actors' emails, or map user ids`,
        );
      }
    }
    return {
      ...readBasic(values),
      repository,
      period,
      format: output.format,
      zone: output.zone,
      reviewers,
      reviewWithin,
      reviewWithinText,
      author,
      label,
      githubToken,
      apiUrl,
      ...(graphqlUrl ? { graphqlUrl } : {}),
      markerSecrets,
      env,
    };
  });
}

/** The run, loaded only now: the GitHub client is no part of the other commands. */
async function evidence(options: EvidenceOptions): Promise<void> {
  const { runEvidence } = await import('./evidence-run.ts');
  await runEvidence(options);
}

/** evidence as a program: its command line read once, then the run. */
export const evidenceProgram: Program<EvidenceOptions> = { read: readEvidence, run: evidence };
