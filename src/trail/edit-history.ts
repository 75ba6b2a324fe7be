/**
 * An issue body's edit history, from GitHub's GraphQL `Issue.userContentEdits`: who
 * edited the body, when, and what it read after each edit. Ticking a task-list item is
 * such an edit, and this history is the only record of who ticked it: the REST API and
 * the issue's timeline keep no event for a body edit.
 *
 * What GitHub documents of a `UserContentEdit` is its `editor`, `editedAt`, `deletedAt`
 * and `deletedBy`, and `diff` as "a summary of the changes for this edit"
 * (https://docs.github.com/en/graphql/reference/objects#usercontentedit). What it
 * answers, as others who rebuild histories from it have seen (git-bug's GitHub import
 * takes `diff` as the new text, and the first entry as the creation), is the whole body
 * after the edit, newest first, and, once a body was edited at all, an entry for its
 * creation by its author. The history is read as that, and checked rather than trusted:
 * a `diff` is only ever used where its text proves itself (the creation must match the
 * digest the Action signed, see `sign-offs.ts`); a revision whose text GitHub does not
 * give (deleted from the history by someone with write access, or null) is an edit
 * whose outcome is unknown, and nothing that happened across it is credited to anyone.
 */
import { call, type Octokit } from './github.ts';
import type { Repository } from './repository.ts';

/** One revision of a body. */
export interface Revision {
  /** Who made it, as REST writes a login (`github-actions[bot]` for a bot); undefined for a deleted account. */
  editor?: string;
  /** When (ISO 8601, GitHub's clock). */
  at: string;
  /** The body after it; undefined when GitHub does not give it (a deleted revision). */
  body?: string;
}

/** What the history says, oldest first. */
export interface History {
  revisions: Revision[];
  /** Whether every revision was read; false when the history is longer than the pages read. */
  complete: boolean;
  /** Requests made. */
  pages: number;
}

/** Revisions asked for in one request: each holds a whole body of up to 65,536 characters. */
export const HISTORY_PAGE = 20;

/** The revisions GitHub gives of one body, newest first: the same for an issue and a comment. */
const EDITS = `userContentEdits(first: $first, after: $after) {
  totalCount
  pageInfo { hasNextPage endCursor }
  nodes { editedAt deletedAt diff editor { __typename login } }
}`;

const QUERY = `query($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${EDITS} } }
}`;

interface EditNode {
  editedAt?: unknown;
  deletedAt?: unknown;
  diff?: unknown;
  editor?: { __typename?: unknown; login?: unknown } | null;
}

type Connection = { pageInfo?: { hasNextPage?: unknown; endCursor?: unknown }; nodes?: (EditNode | null)[] } | null;

interface IssueAnswer {
  repository?: { issue?: { userContentEdits?: Connection } | null } | null;
}

/** A comment's history, asked by its GraphQL id (REST's `node_id`): https://docs.github.com/en/graphql/reference/objects#issuecomment */
const COMMENT_QUERY = `query($id: ID!, $first: Int!, $after: String) {
  node(id: $id) { ... on IssueComment { ${EDITS} } }
}`;

interface CommentAnswer {
  node?: { userContentEdits?: Connection } | null;
}

/** A GraphQL actor's login as REST writes it: GraphQL names a bot `github-actions`, REST `github-actions[bot]`. */
function restLogin(editor: EditNode['editor']): string | undefined {
  if (!editor || typeof editor.login !== 'string' || !editor.login) return undefined;
  return editor.__typename === 'Bot' && !editor.login.endsWith('[bot]') ? `${editor.login}[bot]` : editor.login;
}

function revisionOf(node: EditNode): Revision | undefined {
  if (typeof node.editedAt !== 'string' || Number.isNaN(Date.parse(node.editedAt))) return undefined;
  const editor = restLogin(node.editor);
  const deleted = node.deletedAt !== null && node.deletedAt !== undefined;
  return {
    ...(editor === undefined ? {} : { editor }),
    at: node.editedAt,
    ...(typeof node.diff === 'string' && !deleted ? { body: node.diff } : {}),
  };
}

/**
 * The edit history of issue `number`'s body, oldest first, reading at most `maxPages`
 * pages of `HISTORY_PAGE` revisions (newest first, so what is left unread is the
 * oldest). Empty for a body never edited.
 */
export function bodyHistory(octokit: Octokit, repository: Repository, number: number, maxPages: number): Promise<History> {
  return readHistory(maxPages, (after) =>
    call(
      `read the edit history of issue #${number}`,
      repository,
      () =>
        octokit.graphql<IssueAnswer>(QUERY, {
          owner: repository.owner,
          name: repository.repo,
          number,
          first: HISTORY_PAGE,
          ...(after === undefined ? {} : { after }),
        }),
    ).then((answer) => answer?.repository?.issue?.userContentEdits));
}

/** The edit history of the comment whose GraphQL id is `nodeId`, as `bodyHistory` reads an issue's. */
export function commentHistory(octokit: Octokit, repository: Repository, nodeId: string, maxPages: number): Promise<History> {
  return readHistory(maxPages, (after) =>
    call(
      `read the edit history of comment ${nodeId}`,
      repository,
      () => octokit.graphql<CommentAnswer>(COMMENT_QUERY, { id: nodeId, first: HISTORY_PAGE, ...(after === undefined ? {} : { after }) }),
    ).then((answer) => answer?.node?.userContentEdits));
}

/** The revisions of the pages `page` gives (newest first, from the cursor `after`), oldest first. */
async function readHistory(maxPages: number, page: (after: string | undefined) => Promise<Connection | undefined>): Promise<History> {
  const newestFirst: Revision[] = [];
  let after: string | undefined;
  let pages = 0;
  let complete = false;
  while (pages < maxPages) {
    const connection = await page(after);
    pages++;
    for (const node of connection?.nodes ?? []) {
      const revision = node ? revisionOf(node) : undefined;
      if (revision) newestFirst.push(revision);
    }
    const next = connection?.pageInfo?.endCursor;
    if (connection?.pageInfo?.hasNextPage !== true || typeof next !== 'string') {
      complete = true;
      break;
    }
    after = next;
  }
  // Oldest first. GitHub's times are whole seconds: equal times keep the order GitHub gave.
  const revisions = newestFirst.reverse();
  return { revisions, complete, pages };
}
