/**
 * A local fake of the parts of GitHub's REST API the Action uses, on node:http at
 * 127.0.0.1 and a free port: listing a repository's issues (filters, Link-header
 * pagination, pull requests mixed in as GitHub does), opening, editing and closing
 * issues, listing, posting and editing comments, GitHub-shaped errors, and a request log.
 *
 * Tokens have identities, as on GitHub: a user's token (a PAT) acts as that user; an
 * installation token acts as `<app>[bot]`, and what it writes carries
 * `performed_via_github_app`. GraphQL's `viewer` names either; REST `GET /user` refuses
 * installation tokens (403 "Resource not accessible by integration"). Anyone with a
 * token can edit a body without becoming its author; each edit of an issue body is kept
 * as GitHub keeps it (GraphQL `Issue.userContentEdits`: once a body is edited, its
 * creation and every edit, newest first, each with its editor, time and the body after
 * it in `diff`; a revision someone deleted keeps its editor and time, not its body).
 * GitHub's clock can be moved forward (`advance`): what is posted and the `Date` header
 * follow it. Every answer can be delayed
 * (`latencyMs`) or held back (`hold`), so two runs can race and edits can land between
 * a run's requests; a request can be dropped unhandled (`{ drop: true }`), where a test
 * kills the run. A repository's former names answer with GitHub's redirects (301 for a
 * read, 307 for a write) to the current one. The request log counts every request.
 * https://docs.github.com/en/rest/issues/issues
 * https://docs.github.com/en/graphql/reference/queries#viewer
 * https://docs.github.com/en/graphql/reference/objects#usercontentedit
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#follow-redirects
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** GitHub's limit on an issue or comment body; longer gets 422. */
export const BODY_LIMIT = 65_536;

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
  /** The account's id; derived from the login when left out. */
  id?: number;
}

/** Who a token acts as. */
export interface FakeIdentity extends FakeUser {
  /** The GitHub App an installation token belongs to (`github-actions` for `GITHUB_TOKEN`). */
  app?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  /** `performed_via_github_app`'s slug, or null. */
  app?: string | null;
  /** Its edit history, oldest first (GraphQL `IssueComment.userContentEdits`), as for an issue body. */
  edits?: FakeEdit[];
}

/** One revision of an issue body, as `userContentEdits` gives it. */
export interface FakeEdit {
  editor: FakeUser;
  editedAt: string;
  /** The body after the edit; null once the revision was deleted from the history. */
  body: string | null;
  deletedAt?: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  user: FakeUser;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  created_at: string;
  updated_at: string;
  /** Pull requests share the issues' numbering and list. */
  pullRequest: boolean;
  comments: FakeComment[];
  /** `performed_via_github_app`'s slug, or null. */
  app?: string | null;
  state_reason?: string | null;
  duplicate_issue_id?: number;
  /** The body's edit history, oldest first: empty until the first edit, then its creation and each edit. */
  edits: FakeEdit[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The request body as text ('' for none). */
  body: string;
  authorization: string | undefined;
}

/** A canned answer that replaces the normal one. */
export interface FakeReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Handle the request as usual, then never answer (`hang`) or drop the connection (`reset`): a write whose outcome the client cannot know. */
export interface FakeLoss {
  afterHandling: 'hang' | 'reset';
}

/** Drop the connection without handling the request: what a run killed as it sent it leaves behind. */
export interface FakeDrop {
  drop: true;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The only token accepted. */
  token?: string;
  /** Who the token acts as: the author of issues and comments it posts. Default `github-actions[bot]`, an installation token. */
  login?: string;
  /** More tokens, each with its identity (other users, other apps' installation tokens). */
  tokens?: Record<string, FakeIdentity>;
  /** Users that exist and can be assigned. */
  assignable?: string[];
  /** Milliseconds every answer is delayed by. */
  latencyMs?: number;
  /** Former `owner/repo` names of the repository: requests to them are redirected, as GitHub does after a rename. */
  formerNames?: string[];
}

export interface FakeGitHub {
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly login: string;
  start(): Promise<string>;
  close(): Promise<void>;
  /** Issues and pull requests, by number. */
  readonly items: FakeIssue[];
  /** Issues only (not pull requests), oldest first. */
  issues(): FakeIssue[];
  readonly requests: LoggedRequest[];
  /** Adds an issue or pull request as someone else made it; returns it. */
  seed(item: Partial<Omit<FakeIssue, 'comments'>> & { comments?: Partial<FakeComment>[] }): FakeIssue;
  /**
   * Called for every authenticated request before the normal handling; a reply
   * replaces the answer (e.g. a 403, or a failure on the second comment).
   */
  intercept: ((request: LoggedRequest) => FakeReply | FakeLoss | FakeDrop | undefined) | undefined;
  /** Milliseconds every answer is delayed by (settable between runs). */
  latencyMs: number;
  /** Awaited before a request is handled: holds it back, e.g. until another run catches up. */
  hold: ((request: LoggedRequest) => Promise<void> | undefined) | undefined;
  /** The identity of `token`, and of every token in `tokens`. */
  identity(token: string): FakeIdentity | undefined;
  /** A personal access token acting as the user `login` (made on first use). */
  userToken(login: string): string;
  /** GitHub's time now: this machine's, moved forward by `advance`. */
  now(): number;
  /** Moves GitHub's clock forward by `ms`: what is posted from now on is dated later, as is the `Date` header. */
  advance(ms: number): void;
  /** Deletes revision `index` (0: the creation) of issue `number`'s edit history, as its menu on GitHub does. */
  deleteRevision(number: number, index: number): void;
  /** The same for comment `id`'s revision `index`. */
  deleteCommentRevision(id: number, index: number): void;
}

function isoSecond(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const DOCS = 'https://docs.github.com/rest';

function validationFailed(resource: string, errors: Record<string, unknown>[]): FakeReply {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: errors.map((error) => ({ resource, ...error })), documentation_url: DOCS, status: '422' },
  };
}

export function createFakeGitHub(options: FakeGitHubOptions = {}): FakeGitHub {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'audit';
  const token = options.token ?? 'ghs_fakeGitHubToken0123456789';
  const login = options.login ?? 'github-actions[bot]';
  const appOf = (name: string) => /^(.+)\[bot\]$/.exec(name)?.[1];
  const identities = new Map<string, FakeIdentity>([
    [token, { login, type: appOf(login) ? 'Bot' : 'User', ...(appOf(login) ? { app: appOf(login) } : {}) }],
    ...Object.entries(options.tokens ?? {}),
  ]);
  const assignable = new Set((options.assignable ?? ['octocat', 'hubot']).map((name) => name.toLowerCase()));
  const formerNames = new Set((options.formerNames ?? []).map((name) => name.toLowerCase()));
  const items: FakeIssue[] = [];
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let url = '';
  let commentIds = 1000;
  let clockOffsetMs = 0;
  const clock = () => Date.now() + clockOffsetMs;

  const userOf = (name: string): FakeUser => ({ login: name, type: name.endsWith('[bot]') ? 'Bot' : 'User' });
  /** A stable id per login: GitHub's are per account; `github-actions[bot]`'s is 41898282. */
  const idOf = (user: FakeUser) =>
    user.id ??
      (user.login === 'github-actions[bot]'
        ? 41898282
        : 1000 + [...user.login].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) % 1_000_000, 7));
  /** What GitHub shows for a seeded item: bots write through their app; users write directly. */
  const defaultApp = (user: FakeUser) => appOf(user.login) ?? null;
  const userJson = (user: FakeUser) => ({ login: user.login, id: idOf(user), type: user.type });
  const appJson = (
    slug: string | null | undefined,
  ) => (slug ? { id: 15368, slug, name: slug === 'github-actions' ? 'GitHub Actions' : slug, owner: { login: 'github' } } : null);
  const htmlUrl = (number: number) => `https://github.com/${owner}/${repo}/issues/${number}`;

  function issueJson(item: FakeIssue) {
    return {
      url: `${url}/repos/${owner}/${repo}/issues/${item.number}`,
      html_url: item.pullRequest ? `https://github.com/${owner}/${repo}/pull/${item.number}` : htmlUrl(item.number),
      id: 100_000 + item.number,
      number: item.number,
      title: item.title,
      body: item.body,
      user: userJson(item.user),
      performed_via_github_app: appJson(item.app),
      labels: item.labels.map((name, index) => ({ id: index + 1, name, color: 'ededed', default: false })),
      state: item.state,
      assignee: item.assignees[0] ? { login: item.assignees[0] } : null,
      assignees: item.assignees.map((name) => ({ login: name })),
      comments: item.comments.length,
      created_at: item.created_at,
      updated_at: item.updated_at,
      closed_at: item.state === 'closed' ? item.updated_at : null,
      state_reason: item.state_reason ?? null,
      ...(item.pullRequest ? { pull_request: { url: `${url}/repos/${owner}/${repo}/pulls/${item.number}`, merged_at: null } } : {}),
    };
  }

  /** A comment's GraphQL id (opaque to clients, as GitHub's are). */
  const commentNodeId = (id: number) => `IC_fake${id}`;

  function commentJson(item: FakeIssue, comment: FakeComment) {
    return {
      id: comment.id,
      html_url: `${htmlUrl(item.number)}#issuecomment-${comment.id}`,
      issue_url: `${url}/repos/${owner}/${repo}/issues/${item.number}`,
      body: comment.body,
      user: userJson(comment.user),
      performed_via_github_app: appJson(comment.app),
      node_id: commentNodeId(comment.id),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
    };
  }

  /** One page of `all` and the Link header GitHub sends with it. */
  function paginate<T>(all: T[], query: URLSearchParams, path: string): FakeReply {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number) => {
      const next = new URLSearchParams(query);
      next.set('page', String(n));
      return `<${url}${path}?${next}>`;
    };
    const relations: string[] = [];
    if (page > 1) relations.push(`${link(page - 1)}; rel="prev"`);
    if (page < last) relations.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) relations.push(`${link(1)}; rel="first"`);
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: relations.length ? { link: relations.join(', ') } : {},
    };
  }

  function listIssues(query: URLSearchParams, path: string): FakeReply {
    const state = query.get('state') ?? 'open';
    const labels = (query.get('labels') ?? '').split(',').map((label) => label.trim()).filter(Boolean);
    const since = query.get('since');
    const sinceMs = since ? Date.parse(since) : undefined;
    if (sinceMs !== undefined && Number.isNaN(sinceMs)) {
      return validationFailed('Issue', [{ field: 'since', code: 'invalid' }]);
    }
    const creator = query.get('creator');
    const matching = items
      .filter((item) => state === 'all' || item.state === state)
      .filter((item) => creator === null || item.user.login.toLowerCase() === creator.toLowerCase())
      .filter((item) => labels.every((label) => item.labels.some((name) => name.toLowerCase() === label.toLowerCase())))
      .filter((item) => sinceMs === undefined || Date.parse(item.updated_at) >= sinceMs)
      // GitHub's default: sort=created, direction=desc; numbers follow creation.
      .sort((a, b) => {
        const field = query.get('sort') === 'updated' ? 'updated_at' : 'created_at';
        const order = Date.parse(a[field]) - Date.parse(b[field]) || a.number - b.number;
        return query.get('direction') === 'asc' ? order : -order;
      })
      .map(issueJson);
    return paginate(matching, query, path);
  }

  function createIssue(input: Record<string, unknown>, by: FakeIdentity): FakeReply {
    const title = typeof input.title === 'string' ? input.title : '';
    const body = typeof input.body === 'string' ? input.body : null;
    if (!title.trim()) return validationFailed('Issue', [{ field: 'title', code: 'missing_field' }]);
    if (body !== null && body.length > BODY_LIMIT) {
      return validationFailed('Issue', [{
        field: 'body',
        code: 'custom',
        message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
      }]);
    }
    const assignees = Array.isArray(input.assignees) ? input.assignees.map(String) : [];
    const unknown = assignees.filter((name) => !assignable.has(name.toLowerCase()));
    if (unknown.length) {
      return validationFailed('Issue', unknown.map((value) => ({ value, field: 'assignees', code: 'invalid' })));
    }
    const labels = Array.isArray(input.labels)
      ? input.labels.map((label) => (typeof label === 'string' ? label : String((label as { name?: unknown }).name)))
      : [];
    const now = isoSecond(clock());
    const item: FakeIssue = {
      number: items.length + 1,
      title,
      body,
      user: { login: by.login, type: by.type, ...(by.id === undefined ? {} : { id: by.id }) },
      app: by.app ?? null,
      state: 'open',
      labels,
      assignees,
      created_at: now,
      updated_at: now,
      pullRequest: false,
      comments: [],
      edits: [],
    };
    items.push(item);
    return { status: 201, body: issueJson(item) };
  }

  function addComment(item: FakeIssue, input: Record<string, unknown>, by: FakeIdentity): FakeReply {
    const body = typeof input.body === 'string' ? input.body : '';
    if (!body) return validationFailed('IssueComment', [{ field: 'body', code: 'missing_field' }]);
    if (body.length > BODY_LIMIT) {
      return validationFailed('IssueComment', [{
        field: 'body',
        code: 'custom',
        message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
      }]);
    }
    const now = isoSecond(clock());
    const comment: FakeComment = {
      id: ++commentIds,
      body,
      user: { login: by.login, type: by.type, ...(by.id === undefined ? {} : { id: by.id }) },
      app: by.app ?? null,
      created_at: now,
      updated_at: now,
    };
    item.comments.push(comment);
    item.updated_at = now;
    return { status: 201, body: commentJson(item, comment) };
  }

  /**
   * Edits of an issue: any token may (GitHub asks for triage or write access; the fake does not check). The author stays;
   * a new body is kept in the edit history, with who edited it and when.
   */
  function updateIssue(item: FakeIssue, input: Record<string, unknown>, by: FakeIdentity): FakeReply {
    if (typeof input.body === 'string') {
      if (input.body.length > BODY_LIMIT) {
        return validationFailed('Issue', [{
          field: 'body',
          code: 'custom',
          message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
        }]);
      }
      if (input.body !== item.body) {
        if (item.edits.length === 0) item.edits.push({ editor: item.user, editedAt: item.created_at, body: item.body ?? '' });
        item.edits.push({ editor: { login: by.login, type: by.type }, editedAt: isoSecond(clock()), body: input.body });
      }
      item.body = input.body;
    }
    if (typeof input.title === 'string') item.title = input.title;
    if (input.state === 'open' || input.state === 'closed') item.state = input.state;
    if (input.state_reason !== undefined) {
      const reasons = ['completed', 'not_planned', 'duplicate', 'reopened', null];
      if (!reasons.includes(input.state_reason as string | null)) {
        return validationFailed('Issue', [{ field: 'state_reason', code: 'invalid' }]);
      }
      item.state_reason = input.state_reason as string | null;
    }
    if (typeof input.duplicate_issue_id === 'number') {
      if (!items.some((other) => 100_000 + other.number === input.duplicate_issue_id)) {
        return validationFailed('Issue', [{ field: 'duplicate_issue_id', code: 'invalid' }]);
      }
      item.duplicate_issue_id = input.duplicate_issue_id;
    }
    if (Array.isArray(input.labels)) item.labels = input.labels.map(String);
    item.updated_at = isoSecond(clock());
    return { status: 200, body: issueJson(item) };
  }

  /** GraphQL's `Actor` for `user`: a bot's login without `[bot]`, as GraphQL writes it (REST writes `github-actions[bot]`). */
  const actorJson = (user: FakeUser) =>
    user.type === 'Bot' ? { __typename: 'Bot', login: user.login.replace(/\[bot\]$/, '') } : { __typename: 'User', login: user.login };

  /**
   * `repository(owner, name) { issue(number) { userContentEdits(first, after) { ... } } }`: the history newest first,
   * paged by an opaque cursor, at most 100 a page as GitHub allows.
   */
  function contentEdits(variables: Record<string, unknown>): FakeReply {
    if (variables.owner !== owner || variables.name !== repo) {
      return {
        status: 200,
        body: { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }] },
      };
    }
    const item = items.find((candidate) => candidate.number === variables.number && !candidate.pullRequest);
    if (!item) {
      return {
        status: 200,
        body: { data: { repository: { issue: null } }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to an Issue' }] },
      };
    }
    const page = editsConnection(item.edits, variables);
    if (!('connection' in page)) return page;
    return { status: 200, body: { data: { repository: { issue: { userContentEdits: page.connection } } } } };
  }

  /** `node(id) { ... on IssueComment { userContentEdits(first, after) { ... } } }`: a comment's history, as an issue's. */
  function commentEdits(variables: Record<string, unknown>): FakeReply {
    const comment = items.flatMap((item) => item.comments).find((candidate) => commentNodeId(candidate.id) === variables.id);
    if (!comment) {
      return {
        status: 200,
        body: {
          data: { node: null },
          errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${String(variables.id)}'` }],
        },
      };
    }
    const page = editsConnection(comment.edits ?? [], variables);
    if (!('connection' in page)) return page;
    return { status: 200, body: { data: { node: { __typename: 'IssueComment', userContentEdits: page.connection } } } };
  }

  /** One page of `edits`, newest first, by an opaque cursor; at most 100 a page, as GitHub allows. */
  function editsConnection(edits: FakeEdit[], variables: Record<string, unknown>): FakeReply | { connection: Record<string, unknown> } {
    const first = Number(variables.first);
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      return { status: 200, body: { errors: [{ message: 'first must be between 1 and 100' }] } };
    }
    const newest = [...edits].reverse();
    const start = typeof variables.after === 'string' ? Number(atob(variables.after)) + 1 : 0;
    const page = newest.slice(start, start + first);
    const nodes = page.map((edit) => ({
      editedAt: edit.editedAt,
      deletedAt: edit.deletedAt ?? null,
      editor: actorJson(edit.editor),
      diff: edit.body,
    }));
    const end = start + page.length - 1;
    const connection = {
      totalCount: newest.length,
      pageInfo: { hasNextPage: start + page.length < newest.length, endCursor: page.length ? btoa(String(end)) : null },
      nodes,
    };
    return { connection };
  }

  /** GraphQL: `viewer`, which answers for every kind of token, and an issue's `userContentEdits`. */
  function graphql(input: Record<string, unknown>, by: FakeIdentity): FakeReply {
    const query = typeof input.query === 'string' ? input.query : '';
    const variables = (input.variables ?? {}) as Record<string, unknown>;
    if (/\bnode\s*\(/.test(query) && /\buserContentEdits\b/.test(query)) return commentEdits(variables);
    if (/\buserContentEdits\b/.test(query)) return contentEdits(variables);
    if (!/\bviewer\b/.test(query)) {
      return { status: 200, body: { errors: [{ message: 'the fake GitHub answers only viewer and userContentEdits' }] } };
    }
    return { status: 200, body: { data: { viewer: { login: by.login, databaseId: idOf(by) } } } };
  }

  function route(request: LoggedRequest, by: FakeIdentity): FakeReply {
    const notFound: FakeReply = { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    if (request.path === '/graphql' && request.method === 'POST') {
      try {
        return graphql(JSON.parse(request.body || '{}') as Record<string, unknown>, by);
      } catch {
        return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } };
      }
    }
    if (request.path === '/user' && request.method === 'GET') {
      // https://docs.github.com/en/rest/users/users#get-the-authenticated-user: not for installation tokens.
      if (by.app) {
        return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
      }
      return { status: 200, body: userJson(by) };
    }
    const renamed = /^\/repos\/([^/]+\/[^/]+)(\/.*)?$/.exec(request.path);
    if (renamed && formerNames.has(renamed[1]!.toLowerCase())) {
      const location = `${url}/repos/${owner}/${repo}${renamed[2] ?? ''}${request.query.size ? `?${request.query}` : ''}`;
      const status = request.method === 'GET' ? 301 : 307;
      return { status, body: { message: 'Moved Permanently', url: location, documentation_url: DOCS }, headers: { location } };
    }
    const commentEdit = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/?$/.exec(request.path);
    const match = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+)(\/comments)?)?\/?$/.exec(request.path);
    const repoMatch = commentEdit ?? match;
    if (!repoMatch || repoMatch[1] !== owner || repoMatch[2] !== repo) return notFound;
    let input: Record<string, unknown> = {};
    if (request.method === 'POST' || request.method === 'PATCH') {
      try {
        input = JSON.parse(request.body || '{}') as Record<string, unknown>;
      } catch {
        return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } };
      }
    }
    if (commentEdit) {
      const owning = items.find((candidate) => candidate.comments.some((comment) => comment.id === Number(commentEdit[3])));
      const comment = owning?.comments.find((candidate) => candidate.id === Number(commentEdit[3]));
      if (!owning || !comment) return notFound;
      // https://docs.github.com/en/rest/issues/comments#get-an-issue-comment
      if (request.method === 'GET') return { status: 200, body: commentJson(owning, comment) };
      // https://docs.github.com/en/rest/issues/comments#delete-an-issue-comment
      if (request.method === 'DELETE') {
        owning.comments.splice(owning.comments.indexOf(comment), 1);
        return { status: 204, body: null };
      }
      if (request.method !== 'PATCH') return notFound;
      if (typeof input.body !== 'string' || !input.body) {
        return validationFailed('IssueComment', [{ field: 'body', code: 'missing_field' }]);
      }
      if (input.body !== comment.body) {
        comment.edits ??= [];
        if (comment.edits.length === 0) comment.edits.push({ editor: comment.user, editedAt: comment.created_at, body: comment.body });
        comment.edits.push({ editor: { login: by.login, type: by.type }, editedAt: isoSecond(clock()), body: input.body });
      }
      comment.body = input.body;
      comment.updated_at = isoSecond(clock());
      return { status: 200, body: commentJson(owning, comment) };
    }
    if (!match) return notFound;
    if (match[3] === undefined) {
      if (request.method === 'GET') return listIssues(request.query, request.path);
      if (request.method === 'POST') return createIssue(input, by);
      return notFound;
    }
    const item = items.find((candidate) => candidate.number === Number(match[3]));
    if (!item) return notFound;
    if (!match[4]) {
      if (request.method === 'GET') return { status: 200, body: issueJson(item) };
      if (request.method === 'PATCH') return updateIssue(item, input, by);
      return notFound;
    }
    if (request.method === 'GET') {
      const since = request.query.get('since');
      const sinceMs = since ? Date.parse(since) : undefined;
      const comments = item.comments.filter((comment) => sinceMs === undefined || Date.parse(comment.updated_at) >= sinceMs);
      return paginate(comments.map((comment) => commentJson(item, comment)), request.query, request.path);
    }
    if (request.method === 'POST') return addComment(item, input, by);
    return notFound;
  }

  const fake: FakeGitHub = {
    get url() {
      return url;
    },
    owner,
    repo,
    token,
    login,
    items,
    requests,
    intercept: undefined,
    hold: undefined,
    latencyMs: options.latencyMs ?? 0,
    identity: (presented) => identities.get(presented),
    userToken(name) {
      const token = `ghp_fake_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
      if (!identities.has(token)) identities.set(token, { login: name, type: 'User' });
      return token;
    },
    now: () => clock(),
    advance(ms) {
      clockOffsetMs += ms;
    },
    deleteRevision(number, index) {
      const edit = items.find((item) => item.number === number)?.edits[index];
      if (!edit) throw new RangeError(`issue ${number} has no revision ${index}`);
      edit.body = null;
      edit.deletedAt = isoSecond(clock());
    },
    deleteCommentRevision(id, index) {
      const edit = items.flatMap((item) => item.comments).find((comment) => comment.id === id)?.edits?.[index];
      if (!edit) throw new RangeError(`comment ${id} has no revision ${index}`);
      edit.body = null;
      edit.deletedAt = isoSecond(clock());
    },
    issues: () => items.filter((item) => !item.pullRequest),

    seed(partial) {
      const now = isoSecond(clock());
      const number = items.length + 1;
      const item: FakeIssue = {
        number,
        title: partial.title ?? `Item ${number}`,
        body: partial.body ?? '',
        user: partial.user ?? userOf('someone'),
        state: partial.state ?? 'open',
        labels: partial.labels ?? [],
        assignees: partial.assignees ?? [],
        created_at: partial.created_at ?? now,
        updated_at: partial.updated_at ?? partial.created_at ?? now,
        pullRequest: partial.pullRequest ?? false,
        comments: [],
        app: partial.app !== undefined ? partial.app : defaultApp(partial.user ?? userOf('someone')),
        edits: partial.edits ?? [],
      };
      for (const comment of partial.comments ?? []) {
        item.comments.push({
          id: ++commentIds,
          body: comment.body ?? '',
          user: comment.user ?? item.user,
          app: comment.app !== undefined ? comment.app : defaultApp(comment.user ?? item.user),
          created_at: comment.created_at ?? item.updated_at,
          updated_at: comment.updated_at ?? comment.created_at ?? item.updated_at,
        });
      }
      items.push(item);
      return item;
    },

    async start() {
      if (server) return url;
      const listening = createServer((request, response) => void handle(request, response));
      listening.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(0, '127.0.0.1', () => resolve());
      });
      server = listening;
      url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
      return url;
    },

    async close() {
      const listening = server;
      if (!listening) return;
      server = undefined;
      const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = new URL(request.url ?? '/', 'http://fake');
    const logged: LoggedRequest = {
      method: request.method ?? 'GET',
      path: target.pathname,
      query: target.searchParams,
      body: Buffer.concat(chunks).toString('utf8'),
      authorization: request.headers.authorization,
    };
    requests.push(logged);
    if (fake.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
    await fake.hold?.(logged);
    const presented = /^(?:token|bearer)\s+(\S+)$/i.exec(logged.authorization ?? '')?.[1];
    const by = presented === undefined ? undefined : identities.get(presented);
    let reply: FakeReply;
    if (!by) reply = { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
    else {
      const intercepted = fake.intercept?.(logged);
      if (intercepted && 'drop' in intercepted) {
        request.socket.destroy();
        return;
      }
      if (intercepted && 'afterHandling' in intercepted) {
        route(logged, by);
        if (intercepted.afterHandling === 'reset') request.socket.destroy();
        // 'hang': never answered; close() drops the connection.
        return;
      }
      reply = intercepted ?? route(logged, by);
    }
    // A 204 has no body (RFC 9110, section 15.3.5).
    const text = reply.status === 204 ? '' : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      date: new Date(clock()).toUTCString(),
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...reply.headers,
    });
    response.end(text);
  }

  return fake;
}
