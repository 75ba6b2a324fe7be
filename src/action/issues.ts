/**
 * What the Action writes on GitHub: opening a report (its issue, then each further part
 * as a comment), and closing a report that raced another as its duplicate. POSTs are
 * never retried (`createGitHub`): one that got no clear answer is looked for instead.
 */
import {
  call,
  describeGitHubError,
  gitHubMessage,
  isHttpError,
  listComments,
  listLabelled,
  type Octokit,
  otherHost,
} from '../trail/github.ts';
import type { Repository } from '../trail/repository.ts';
import { type Identity, isPullRequest } from '../trail/reported.ts';
import type { Body } from './split.ts';

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
  /** GitHub's id of the issue (not its number), for `duplicate_issue_id`. */
  id?: number;
}

export interface OpenOptions {
  title: string;
  /** The first body goes in the issue, each further one in a follow-up comment. */
  bodies: readonly Body[];
  labels: readonly string[];
  assignees: readonly string[];
  /** Told about assignees GitHub refused, and about posts recovered after a failed answer. */
  warn(message: string): void;
  /** Called as soon as the issue exists, before any comment is posted. */
  onOpened?(issue: OpenedIssue): void;
  /** Called after each body is on GitHub, with the ids of every body posted so far. */
  onPosted?(issue: OpenedIssue, ids: readonly number[]): void;
  /**
   * Who the token acts as: a post that failed without a clear answer (no answer,
   * a timeout, a 5xx) is looked for among this identity's issues or comments before
   * the step fails, since it may have been made.
   */
  identity?: Identity;
}

/** A failure after which the request may still have been carried out: no answer, a timeout, a server error (not a redirect refused). */
function ambiguous(error: unknown): boolean {
  return (!isHttpError(error) && !otherHost(error)) || (isHttpError(error) && error.status >= 500);
}

function byIdentity(author: { login?: string } | null | undefined, identity: Identity): boolean {
  return author?.login === identity.login;
}

/** An issue or comment of ours whose body ends as `body` does (its signed marker is unique to its ids). */
function samePost(posted: string | null | undefined, body: string): boolean {
  return typeof posted === 'string' && posted.replace(/\r\n/g, '\n').trimEnd() === body.replace(/\r\n/g, '\n').trimEnd();
}

/**
 * Opens the report issue with the first body, then posts the other bodies as
 * comments, in order. POSTs are never retried: a POST that timed out may still have
 * created the issue, and a second one would report its changes twice. Such a POST is
 * looked for instead (the issues with the first label, created since just before it,
 * by our identity, with exactly this body); only when it is not there does the step fail.
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
  const identity = options.identity;
  const started = new Date(Date.now() - 60_000);
  let issue: OpenedIssue | undefined;
  const recover = async (error: unknown): Promise<OpenedIssue> => {
    if (!identity || !ambiguous(error)) throw describeGitHubError(error, doing, repository);
    const found = await findPostedIssue(octokit, repository, options.labels[0] ?? '', started, identity, first.text);
    if (!found) throw describeGitHubError(error, doing, repository);
    options.warn(
      `GitHub gave no clear answer when the issue was opened (${
        describeGitHubError(error, doing, repository).message
      }), but it was: #${found.number}`,
    );
    return found;
  };
  try {
    const response = await create(options.assignees);
    issue = { number: response.data.number, url: response.data.html_url, id: response.data.id };
  } catch (error) {
    if (options.assignees.length && refusesAssignees(error)) {
      // GitHub creates nothing on a 422, so trying again without assignees cannot duplicate the report.
      const reason = isHttpError(error) ? `${error.status} ${gitHubMessage(error)}` : String(error);
      options.warn(`GitHub refused the assignees ${options.assignees.join(', ')} (${reason}); the issue is opened without them`);
      try {
        const response = await create([]);
        issue = { number: response.data.number, url: response.data.html_url, id: response.data.id };
      } catch (again) {
        issue = await recover(again);
      }
    } else {
      issue = await recover(error);
    }
  }
  const opened = issue;
  options.onOpened?.(opened);
  const ids = [...first.ids];
  options.onPosted?.(opened, ids);

  for (const [index, body] of rest.entries()) {
    const part = `post part ${index + 2} of ${options.bodies.length} on issue #${opened.number}`;
    const postedAt = new Date(Date.now() - 60_000);
    try {
      await octokit.rest.issues.createComment({ ...repository, issue_number: opened.number, body: body.text });
    } catch (error) {
      if (!identity || !ambiguous(error)) throw describeGitHubError(error, part, repository);
      const comments = await call(
        `look for part ${index + 2} on issue #${opened.number}`,
        repository,
        () =>
          octokit.paginate(octokit.rest.issues.listComments, {
            ...repository,
            issue_number: opened.number,
            since: postedAt.toISOString(),
            per_page: 100,
          }),
      );
      if (!comments.some((comment) => byIdentity(comment.user, identity) && samePost(comment.body, body.text))) {
        throw describeGitHubError(error, part, repository);
      }
      options.warn(`GitHub gave no clear answer when part ${index + 2} was posted, but it was`);
    }
    ids.push(...body.ids);
    options.onPosted?.(opened, ids);
  }
  return opened;
}

/** Our issue with exactly `body`, labelled `label`, created since `since`: a create that got no clear answer. */
async function findPostedIssue(
  octokit: Octokit,
  repository: Repository,
  label: string,
  since: Date,
  identity: Identity,
  body: string,
): Promise<OpenedIssue | undefined> {
  const { issues } = await listLabelled(
    octokit,
    repository,
    // Newest first: the issue looked for is among the first.
    { label, since, until: (issue) => Date.parse(issue.created_at ?? '') < since.getTime() },
    `look for the report issue labelled ${JSON.stringify(label)}`,
  );
  const found = issues.find((issue) => !isPullRequest(issue) && byIdentity(issue.user, identity) && samePost(issue.body, body));
  return found ? { number: found.number, url: found.html_url ?? '', ...(found.id === undefined ? {} : { id: found.id }) } : undefined;
}

/**
 * Closes our report `issue` as a duplicate of the earlier report `of` that another run
 * opened at the same time, and withdraws its markers: what `of` lists stays reported
 * there, and whatever `of` lacks is reported by the next run.
 *
 * One request is the commit point: it closes the issue and replaces its body's marker
 * with `withdrawnNote` at once, and with the body's marker go the ids of every part on
 * the issue (`reportIdsOf` reads comments only under a body whose marker verifies). A run
 * stopped before it leaves both reports as they were, for the next run to mend
 * (`mendUnfinished`); one stopped after it leaves only tidying undone: the comments'
 * own markers withdrawn, and a comment that links the two for readers.
 * https://docs.github.com/en/rest/issues/issues#update-an-issue (`state_reason: duplicate`)
 */
export async function closeAsDuplicate(
  octokit: Octokit,
  repository: Repository,
  issue: OpenedIssue,
  of: OpenedIssue,
  options: { identity: Identity; withdraw(body: string): string },
): Promise<void> {
  const doing = `close issue #${issue.number} as a duplicate of #${of.number}`;
  const current = await call(
    `read issue #${issue.number}`,
    repository,
    () => octokit.rest.issues.get({ ...repository, issue_number: issue.number }),
  );
  const close = (reason: 'duplicate' | 'not_planned') =>
    octokit.rest.issues.update({
      ...repository,
      issue_number: issue.number,
      body: options.withdraw(current.data.body ?? ''),
      state: 'closed',
      state_reason: reason,
      ...(reason === 'duplicate' && of.id !== undefined ? { duplicate_issue_id: of.id } : {}),
    });
  try {
    await close('duplicate');
  } catch (error) {
    // A GitHub that does not know the `duplicate` reason yet (older Enterprise Servers) refuses it with a 422, and changes nothing.
    if (!isHttpError(error) || error.status !== 422) throw describeGitHubError(error, doing, repository);
    await call(doing, repository, () => close('not_planned'));
  }
  const comments = current.data.comments > 0 ? await listComments(octokit, repository, issue.number) : [];
  for (const comment of comments) {
    if (!byIdentity(comment.user, options.identity) || !comment.body || comment.id === undefined) continue;
    const body = options.withdraw(comment.body);
    const id = comment.id;
    if (body !== comment.body) {
      await call(doing, repository, () => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body }));
    }
  }
  await call(doing, repository, () =>
    octokit.rest.issues.createComment({
      ...repository,
      issue_number: issue.number,
      body:
        `Closed as a duplicate of #${of.number}: another run of the Zendesk audit reported the same changes at the same time. Any change that #${of.number} lacks is reported by the next run.`,
    }));
}
