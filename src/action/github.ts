/**
 * The GitHub side: finding earlier reports and opening a new one, through the REST
 * API (octokit from @actions/github). Every failure becomes a `GitHubError` with one
 * readable line naming the fix.
 */
import type { getOctokit } from '@actions/github';
import type { Body } from './split.ts';
import type { Repository } from './inputs.ts';
import { type EarlierReport, isPullRequest } from './reported.ts';

export type Octokit = ReturnType<typeof getOctokit>;

/** A GitHub API call failed; the message says what to do about it. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  readonly status: number | undefined;
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
}

/** The parts of octokit's `RequestError` (name `HttpError`) read here. */
interface HttpErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return error instanceof Error && typeof (error as Partial<HttpErrorLike>).status === 'number';
}

/** Longest part of GitHub's error body kept in a message. */
const MAX_MESSAGE = 300;

/** `Validation Failed: body is too long (maximum is 65536 characters)` from GitHub's error body. */
function gitHubMessage(error: HttpErrorLike): string {
  const data = error.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : '';
  const details = Array.isArray(data?.errors)
    ? data.errors
        .map((entry: unknown) => {
          if (typeof entry === 'string') return entry;
          const item = entry as { message?: unknown; field?: unknown; code?: unknown } | null;
          if (typeof item?.message === 'string') return item.message;
          return [item?.field, item?.code].filter((part) => typeof part === 'string').join(' ');
        })
        .filter(Boolean)
    : [];
  const text = [message, details.join('; ')].filter(Boolean).join(': ');
  // octokit's own message already holds GitHub's, plus a documentation link.
  const flat = (text || error.message).replace(/\s+/g, ' ').trim();
  // Cut between words: half a word may be half a token, which redaction (whole secrets only) would miss.
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE).replace(/\s*\S*$/, '')}…` : flat;
}

function hintFor(error: HttpErrorLike, repository: Repository): string | undefined {
  const slug = `${repository.owner}/${repository.repo}`;
  const remaining = error.response?.headers?.['x-ratelimit-remaining'];
  const limited = remaining === '0' || /rate limit/i.test(gitHubMessage(error));
  switch (true) {
    case error.status === 401:
      return 'check the github-token input (the default ${{ github.token }} works)';
    case (error.status === 403 || error.status === 429) && limited:
      return "GitHub's API rate limit is used up; run the workflow again later";
    case error.status === 403:
      return 'the workflow needs `permissions: issues: write`';
    case error.status === 404:
      return `check that ${slug} exists and that github-token can read it`;
    case error.status === 410:
      return `issues are turned off in ${slug}: turn them on in the repository's settings`;
    case error.status >= 500:
      return 'GitHub is having trouble; run the workflow again later';
    default:
      return undefined;
  }
}

/** `GET /repos/acme/audit/issues` from a request URL, without origin or query. */
function requestLine(error: HttpErrorLike): string {
  const method = error.request?.method ?? '';
  let path = '';
  try {
    path = new URL(error.request?.url ?? '').pathname;
  } catch {
    path = '';
  }
  return [method, path].filter(Boolean).join(' ');
}

/**
 * A readable one-line error for a failed GitHub call, e.g.
 * `GitHub refused to open the report issue (POST /repos/acme/audit/issues: 403 Resource not accessible by integration): the workflow needs `permissions: issues: write``.
 */
export function describeGitHubError(error: unknown, doing: string, repository: Repository): GitHubError {
  if (error instanceof GitHubError) return error;
  if (isHttpError(error) && error.status > 0) {
    const hint = hintFor(error, repository);
    const line = requestLine(error);
    const detail = `${line ? `${line}: ` : ''}${error.status} ${gitHubMessage(error)}`;
    return new GitHubError(`GitHub refused to ${doing} (${detail})${hint ? `: ${hint}` : ''}`, { status: error.status, cause: error });
  }
  const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return new GitHubError(`could not reach GitHub to ${doing} (${cause}); run the workflow again later`, { cause: error });
}

async function call<T>(doing: string, repository: Repository, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeGitHubError(error, doing, repository);
  }
}

/**
 * The repository's issues labelled `label` (open and closed) updated at or after
 * `since`, with the comments of those that have any. Pull requests are skipped.
 *
 * This lists issues through the REST API, not the search API: search is eventually
 * consistent and can miss an issue opened a minute ago, which would report its
 * changes twice. https://docs.github.com/en/rest/issues/issues#list-repository-issues
 */
export async function findReports(
  octokit: Octokit,
  repository: Repository,
  label: string,
  since: Date,
): Promise<EarlierReport[]> {
  const issues = await call(`list the issues labelled ${JSON.stringify(label)}`, repository, () =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repository,
      labels: label,
      state: 'all',
      since: since.toISOString(),
      per_page: 100,
    }),
  );
  const reports: EarlierReport[] = [];
  for (const issue of issues) {
    if (isPullRequest(issue)) continue;
    const comments =
      issue.comments > 0
        ? await call(`list the comments of issue #${issue.number}`, repository, () =>
            octokit.paginate(octokit.rest.issues.listComments, { ...repository, issue_number: issue.number, per_page: 100 }),
          )
        : [];
    reports.push({ issue, comments });
  }
  return reports;
}

/** GitHub's 422 when an assignee does not exist or cannot be assigned in this repository. */
function refusesAssignees(error: unknown): boolean {
  if (!isHttpError(error) || error.status !== 422) return false;
  const data = error.response?.data as { errors?: { field?: unknown; value?: unknown; message?: unknown }[] } | undefined;
  if (Array.isArray(data?.errors) && data.errors.some((entry) => entry?.field === 'assignees')) return true;
  return /assignee/i.test(JSON.stringify(data ?? {}));
}

export interface OpenedIssue {
  number: number;
  url: string;
}

export interface OpenOptions {
  title: string;
  /** The first body goes in the issue, each further one in a follow-up comment. */
  bodies: readonly Body[];
  labels: readonly string[];
  assignees: readonly string[];
  /** Told about assignees GitHub refused. */
  warn(message: string): void;
  /** Called as soon as the issue exists, before any comment is posted. */
  onOpened?(issue: OpenedIssue): void;
}

/**
 * Opens the report issue with the first body, then posts the other bodies as
 * comments, in order. POSTs are never retried: a POST that timed out may still have
 * created the issue, and a second one would report its changes twice.
 */
export async function openReport(octokit: Octokit, repository: Repository, options: OpenOptions): Promise<OpenedIssue> {
  const [first, ...rest] = options.bodies;
  if (!first) throw new RangeError('a report needs at least one body');
  const create = (assignees: readonly string[]) =>
    octokit.rest.issues.create({
      ...repository,
      title: options.title,
      body: first.text,
      labels: [...options.labels],
      ...(assignees.length ? { assignees: [...assignees] } : {}),
    });
  const doing = 'open the report issue';
  let response: Awaited<ReturnType<typeof create>>;
  try {
    response = await create(options.assignees);
  } catch (error) {
    if (!options.assignees.length || !refusesAssignees(error)) throw describeGitHubError(error, doing, repository);
    // GitHub creates nothing on a 422, so trying again without assignees cannot duplicate the report.
    const reason = isHttpError(error) ? `${error.status} ${gitHubMessage(error)}` : String(error);
    options.warn(`GitHub refused the assignees ${options.assignees.join(', ')} (${reason}); the issue is opened without them`);
    response = await call(doing, repository, () => create([]));
  }
  const issue = { number: response.data.number, url: response.data.html_url };
  options.onOpened?.(issue);

  for (const [index, body] of rest.entries()) {
    const part = `post part ${index + 2} of ${options.bodies.length} on issue #${issue.number}`;
    await call(part, repository, () => octokit.rest.issues.createComment({ ...repository, issue_number: issue.number, body: body.text }));
  }
  return issue;
}
