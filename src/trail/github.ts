/**
 * The GitHub client both the Action and the evidence command use: learning who the token
 * acts as, listing labelled issues and their comments, through GitHub's REST and GraphQL
 * APIs (octokit from @actions/github). Every request has a timeout; reads are retried
 * with backoff, honouring `retry-after` and the rate limits; every failure becomes a
 * `GitHubError` with one readable line naming the fix.
 */
import { getOctokit } from '@actions/github';
import { GitHubError } from './github-error.ts';
import type { Repository } from './repository.ts';
import { type CommentSummary, type Identity, identityOf, type IssueSummary } from './reported.ts';

export { GitHubError };

export type Octokit = ReturnType<typeof getOctokit>;

/** The parts of octokit's `RequestError` (name `HttpError`) read here. */
export interface HttpErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

/**
 * An answer from GitHub with a status. octokit turns a failed fetch (DNS, refused
 * connection, timeout) into a `RequestError` with status 500 and no response: that is
 * no answer at all, and must not read as "GitHub 500".
 */
export function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<HttpErrorLike>).status === 'number' &&
    (error as Partial<HttpErrorLike>).response !== undefined
  );
}

/** Longest part of GitHub's error body kept in a message. */
const MAX_MESSAGE = 300;

/**
 * `text` on one line, cut between words to `MAX_MESSAGE`. The text was redacted whole
 * before it gets here (`createGitHub`): a cut must never come first, or a secret across
 * it would leave a piece that no longer matches.
 */
function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE).replace(/\s*\S*$/, '')}…` : flat;
}

/** `Validation Failed: body is too long (maximum is 65536 characters)` from GitHub's error body. */
export function gitHubMessage(error: HttpErrorLike): string {
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
  return shortened(text || error.message);
}

function hintFor(error: HttpErrorLike, repository: Repository): string | undefined {
  const slug = `${repository.owner}/${repository.repo}`;
  const remaining = error.response?.headers?.['x-ratelimit-remaining'];
  const limited = remaining === '0' || /rate limit/i.test(gitHubMessage(error));
  switch (true) {
    case error.status === 401:
      return 'check the github-token input (the default ${{ github.token }} works)';
    case error.status === 429 || (error.status === 403 && limited):
      return "GitHub's API rate limit is used up (or its secondary limit hit); run the workflow again later";
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
  const elsewhere = otherHost(error);
  if (elsewhere) {
    return new GitHubError(`refused to follow GitHub's answer to ${doing}: ${elsewhere.message}; check GITHUB_API_URL`, { cause: error });
  }
  const refused = graphqlErrors(error);
  if (refused) return new GitHubError(`GitHub refused to ${doing} (GraphQL: ${refused})`, { cause: error });
  if (isHttpError(error) && error.status > 0) {
    const hint = hintFor(error, repository);
    const line = requestLine(error);
    const detail = `${line ? `${line}: ` : ''}${error.status} ${gitHubMessage(error)}`;
    return new GitHubError(`GitHub refused to ${doing} (${detail})${hint ? `: ${hint}` : ''}`, { status: error.status, cause: error });
  }
  const cause = networkCause(error);
  return new GitHubError(`could not reach GitHub to ${doing} (${cause}); check GITHUB_API_URL, or run the workflow again later`, {
    cause: error,
  });
}

/** The messages of a GraphQL answer's `errors` (octokit's `GraphqlResponseError`), redacted as they arrived, on one line. */
function graphqlErrors(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'GraphqlResponseError') return undefined;
  const errors = (error as { errors?: unknown }).errors;
  const messages = Array.isArray(errors)
    ? errors.map((entry) => (entry as { message?: unknown } | null)?.message).filter((message) => typeof message === 'string')
    : [];
  return shortened(messages.join('; ') || 'an error without a message');
}

/** `getaddrinfo ENOTFOUND api.github.com`, `connect ECONNREFUSED ...`, `no answer within 30 s`: the innermost reason. */
function networkCause(error: unknown): string {
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current.name === 'TimeoutError' || current instanceof GitHubTimeout) return current.message;
    if (current.message) message = current.message;
    current = current.cause;
  }
  return shortened(message);
}

/** A request to GitHub that got no complete answer in time. */
export class GitHubTimeout extends Error {
  override name = 'GitHubTimeout';
}

/** GitHub's answer sent the request to another host (a redirect, a pagination link): not followed. */
export class GitHubOtherHost extends Error {
  override name = 'GitHubOtherHost';
}

export function otherHost(error: unknown): GitHubOtherHost | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 4; depth++, current = current.cause) {
    if (current instanceof GitHubOtherHost) return current;
  }
  return undefined;
}

/** Redirects followed for one request, at most: GitHub's own (a renamed repository) take one. */
const MAX_REDIRECTS = 3;

/** Every string in `value` (a parsed JSON body) redacted. */
function redactJson(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, redact)]));
  }
  return value;
}

export interface GitHubOptions {
  /** API origin; default `GITHUB_API_URL` as @actions/github reads it. */
  baseUrl?: string;
  /**
   * Where GraphQL queries go (`GITHUB_GRAPHQL_URL` on a runner); by default octokit's
   * choice from `baseUrl` (`/graphql`, or `/api/graphql` for an Enterprise Server's
   * `/api/v3`). It must be on the API's origin, as every request.
   */
  graphqlUrl?: string;
  userAgent?: string;
  /** Time allowed for one request, body included. Default 30 000 ms. */
  timeoutMs?: number;
  /** Attempts of an idempotent read, the first included. Default 4. */
  attempts?: number;
  /** Longest total wait between attempts; a longer `retry-after` fails at once. Default 120 000 ms. */
  maxWaitMs?: number;
  /** First backoff delay (doubled each attempt, with jitter). Default 1000 ms. */
  baseDelayMs?: number;
  /** Told of each retry, with a readable line. */
  onRetry?(message: string): void;
  /**
   * Hides secrets in what GitHub says. Applied to the whole of an error's text (and of a
   * GraphQL answer's errors) as it arrives, before anything reads or cuts it.
   */
  redact?(text: string): string;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
}

export const GITHUB_TIMEOUT_MS = 30_000;

/**
 * How long to wait before trying a read again after `error`, or undefined when it is
 * not worth another try. Follows GitHub's "Rate limits for the REST API": a secondary
 * limit names its wait in `retry-after`; a used-up primary limit (`x-ratelimit-remaining: 0`)
 * resets at `x-ratelimit-reset` (epoch seconds); a secondary limit without either asks
 * for at least a minute. Server errors and failed connections back off exponentially.
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
export function gitHubRetryDelay(error: unknown, attempt: number, now: number, baseDelayMs = 1000): number | undefined {
  const backoff = baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random());
  if (otherHost(error)) return undefined;
  if (!isHttpError(error)) return error instanceof Error ? backoff : undefined;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const limited = error.status === 429 ||
    (error.status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(gitHubMessage(error))));
  if (limited) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now) + 1000;
    return Math.max(60_000, backoff);
  }
  if (error.status >= 500 && error.status !== 501) return Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : backoff;
  return undefined;
}

/** A GraphQL request: octokit's `/graphql`, its Enterprise Server form `…/api/graphql`, or the `graphqlUrl` given. */
function isGraphql(url: string | undefined): boolean {
  return url !== undefined && /(?:^|\/)graphql$/.test(url);
}

/** A request that reads only: the REST GETs, and the GraphQL queries (this project sends no mutation). */
function isIdempotent(options: { method?: string; url?: string }): boolean {
  const method = (options.method ?? 'GET').toUpperCase();
  return method === 'GET' || method === 'HEAD' || (method === 'POST' && isGraphql(options.url));
}

/**
 * An octokit for `token` whose every request has a timeout, and whose reads are
 * retried (`gitHubRetryDelay`). Writes are never retried here: a POST that got no answer
 * may have succeeded, and `openReport` looks for what it posted instead.
 *
 * Requests go to the API's origin only. GitHub answers a renamed or moved repository with
 * a redirect (301 for a read, 307 for a write) on its own host, which is followed; a
 * redirect or a pagination link to any other host is refused with one line, neither
 * followed nor trusted, so neither the token nor the answer's content crosses hosts.
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#follow-redirects
 */
export function createGitHub(token: string, options: GitHubOptions = {}): Octokit {
  const timeoutMs = options.timeoutMs ?? GITHUB_TIMEOUT_MS;
  const attempts = options.attempts ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const redact = options.redact ?? ((text: string) => text);
  const doFetch = options.fetch ?? globalThis.fetch;
  let origin = '';
  const timedFetch: typeof fetch = async (input, init = {}) => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new GitHubTimeout(`no complete answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout.signal]) : timeout.signal;
    try {
      let url = new URL(input instanceof Request ? input.url : String(input));
      const method = (init.method ?? 'GET').toUpperCase();
      const body = init.body;
      if (url.origin !== origin) throw new GitHubOtherHost(redact(`a link in GitHub's answer points to another host (${url.host})`));
      for (let redirects = 0;; redirects++) {
        const response = await doFetch(url, { ...init, method, body, signal, redirect: 'manual' });
        const location = response.status >= 300 && response.status < 400 && response.status !== 304
          ? response.headers.get('location')
          : null;
        if (location === null) {
          // The body too must come in time: read it here, under the same timer.
          const data = await response.arrayBuffer();
          return new Response(response.status === 204 || response.status === 304 ? null : data, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
        }
        await response.body?.cancel();
        const line = `${method} ${url.pathname}`;
        const target = new URL(location, url);
        if (target.origin !== origin) {
          throw new GitHubOtherHost(redact(`${line} redirects to another host (${target.host})`));
        }
        if (redirects === MAX_REDIRECTS) throw new GitHubOtherHost(`${line} redirects more than ${MAX_REDIRECTS} times`);
        // 303, and 301/302 after a write, would turn the write into a read (RFC 9110 section 15.4): GitHub sends 307 for writes.
        if (response.status === 303 || (method !== 'GET' && method !== 'HEAD' && response.status !== 307 && response.status !== 308)) {
          throw new GitHubOtherHost(`${line} answers ${response.status}, which would drop the request's body`);
        }
        url = target;
      }
    } catch (error) {
      if (timeout.signal.aborted) throw timeout.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  const octokit = getOctokit(token, {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    request: { fetch: timedFetch },
  });
  origin = new URL(octokit.request.endpoint.DEFAULTS.baseUrl).origin;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    if (options.graphqlUrl && isGraphql(requestOptions.url)) requestOptions.url = options.graphqlUrl;
    let waited = 0;
    for (let attempt = 1;; attempt++) {
      try {
        const response = await request(requestOptions);
        // A GraphQL error comes in a 200; octokit's graphql turns it into an error after this.
        const data = response.data as { errors?: unknown } | undefined;
        if (isGraphql(requestOptions.url) && Array.isArray(data?.errors)) data.errors = redactJson(data.errors, redact);
        return response;
      } catch (error) {
        if (isHttpError(error)) {
          error.message = redact(error.message);
          if (error.response) error.response.data = redactJson(error.response.data, redact);
        }
        if (!isIdempotent(requestOptions as { method?: string; url?: string }) || attempt >= attempts) throw error;
        const delay = gitHubRetryDelay(error, attempt, Date.now(), options.baseDelayMs);
        if (delay === undefined || waited + delay > maxWaitMs) throw error;
        waited += delay;
        const what = isHttpError(error) ? `${error.status} ${gitHubMessage(error)}` : networkCause(error);
        const line = requestLine({ request: octokit.request.endpoint.parse(requestOptions) } as unknown as HttpErrorLike);
        options.onRetry?.(`GitHub: ${line}: ${what}; trying again in ${Math.ceil(delay / 1000)} s`);
        await sleep(delay);
      }
    }
  });
  return octokit;
}

/**
 * Who `octokit`'s token acts as, from GraphQL's `viewer`: a user for a personal access
 * token, `<app>[bot]` for an installation token (`GITHUB_TOKEN` is one, of the
 * `github-actions` app). REST `GET /user` refuses installation tokens ("Resource not
 * accessible by integration"); `viewer` answers for every kind of token.
 * https://docs.github.com/en/graphql/reference/queries#viewer
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication
 */
export async function whoAmI(octokit: Octokit, repository: Repository): Promise<Identity> {
  const answer = await call(
    'learn who github-token acts as',
    repository,
    () => octokit.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>('query { viewer { login databaseId } }'),
  );
  const login = answer?.viewer?.login;
  if (typeof login !== 'string' || !login) {
    throw new GitHubError('GitHub did not say who github-token acts as (GraphQL viewer): check the github-token input');
  }
  // A user's databaseId is the `user.id` of what they write. A bot is known by its login
  // alone (no user can register a `[bot]` login) and by `performed_via_github_app`.
  const id = answer.viewer?.databaseId;
  return identityOf(login, typeof id === 'number' ? id : undefined);
}

export async function call<T>(doing: string, repository: Repository, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeGitHubError(error, doing, repository);
  }
}

/** One listing of labelled issues, and when GitHub made it. */
export interface Listing {
  /** Newest created first; pull requests left in (`isPullRequest`). */
  issues: IssueSummary[];
  /** GitHub's time when it answered the first page (its `Date` header), else this machine's when the listing began. */
  at: Date;
  /** Requests made (pages read). */
  pages: number;
}

export interface ListOptions {
  /** Only issues with this label; every issue when left out. */
  label?: string;
  /** Only issues updated at or after this; all when left out. */
  since?: Date;
  /** `open` for open issues only; default both. */
  state?: 'open' | 'all';
  /** `asc`: oldest created first; default newest first. */
  direction?: 'asc' | 'desc';
  /** Only issues this login opened (REST's `creator`): what others open costs nothing. */
  creator?: string;
  /** Stops the listing at the first issue (in the listing's order) for which this holds: it and those after are not read. */
  until?(issue: IssueSummary): boolean;
  /** Most pages (of 100) read; default all. */
  pages?: number;
}

/**
 * The repository's issues labelled `label` (open and closed, or open only), updated at
 * or after `since`, newest (or oldest) created first, page by page. This lists issues through the REST API,
 * not the search API: search is eventually consistent and can miss an issue opened a
 * minute ago, which would report its changes twice.
 * https://docs.github.com/en/rest/issues/issues#list-repository-issues
 */
export async function listLabelled(octokit: Octokit, repository: Repository, options: ListOptions, doing: string): Promise<Listing> {
  const started = new Date();
  const issues: IssueSummary[] = [];
  let at: Date | undefined;
  let pages = 0;
  await call(doing, repository, async () => {
    const params = {
      ...repository,
      ...(options.label ? { labels: options.label } : {}),
      state: options.state ?? 'all',
      ...(options.since ? { since: options.since.toISOString() } : {}),
      ...(options.creator ? { creator: options.creator } : {}),
      sort: 'created',
      direction: options.direction ?? 'desc',
      per_page: 100,
    } as const;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, params)) {
      const date = Date.parse(page.headers.date ?? '');
      at ??= Number.isNaN(date) ? started : new Date(date);
      pages++;
      for (const issue of page.data) {
        if (options.until?.(issue)) return;
        issues.push(issue);
      }
      if (pages === options.pages) return;
    }
  });
  return { issues, at: at ?? started, pages };
}

/** The comments of issue `number`, oldest first; with `pages`, at most that many pages of 100 (the oldest). */
export function listComments(octokit: Octokit, repository: Repository, number: number, pages?: number): Promise<CommentSummary[]> {
  let read = 0;
  return call(
    `list the comments of issue #${number}`,
    repository,
    () =>
      octokit.paginate(octokit.rest.issues.listComments, { ...repository, issue_number: number, per_page: 100 }, (response, done) => {
        if (pages !== undefined && ++read >= pages) done();
        return response.data;
      }),
  );
}
