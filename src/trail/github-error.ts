/**
 * The error of a failed GitHub request, in a module of its own: what a caller needs to
 * tell a GitHub failure (exit code 1, one line) without loading the GitHub client.
 */

/** A GitHub API call failed; the message says what to do about it. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  readonly status: number | undefined;
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
}
