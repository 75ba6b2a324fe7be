/**
 * Which audit-log ids earlier runs already reported, read from the signed id markers
 * at the end of earlier report issues and of their follow-up comments.
 *
 * A marker counts only when all of these hold, so that nobody who can label, comment
 * on or edit issues can hide a change (at worst they make one be reported again):
 *
 * - the issue and the comment were written by the Action's own identity (`Identity`,
 *   learned from GitHub for the token, never assumed), and, when GitHub says an app
 *   made them (`performed_via_github_app`), by the Action's own app;
 * - the marker ends the body (one per body; a marker in a quote, a code block or
 *   mid-text is not read);
 * - its MAC verifies under this run's key (`markerKey`): it says exactly what the
 *   Action wrote, and the key is not in the hands of those who can only edit issues;
 * - it names this run's Zendesk account: ids are unique only within one account;
 * - comments count only on an issue whose own body ends with such a marker: a body whose
 *   marker was withdrawn (a report closed as a duplicate, `mend.ts`), edited or removed
 *   takes the ids of its comments with it.
 *
 * Only signed markers count. An unsigned marker (0.1.0's) is text like any other, whoever
 * wrote it.
 */
import type { Credentials } from '../core/mod.ts';
import { type ParsedMarker, parseMarker, verifyMarker } from './marker.ts';

/** Who the Action's token acts as (`whoAmI`). */
export interface Identity {
  login: string;
  /** The account's numeric id, when GitHub said. */
  id?: number;
  /** The app's slug, when the token is a GitHub App's (installation) token: `github-actions` for `GITHUB_TOKEN`. */
  app?: string;
}

/**
 * The identity of `login`: a bot's (`github-actions[bot]`) with its app, which GitHub
 * names on what it writes (`performed_via_github_app`); `id` only for a user, since a
 * bot's GraphQL id may come from another table than the REST `user.id`.
 */
export function identityOf(login: string, id?: number): Identity {
  const app = /^(.+)\[bot\]$/.exec(login)?.[1];
  return { login, ...(id === undefined || app ? {} : { id }), ...(app ? { app } : {}) };
}

/** Whether `login` (from GraphQL's edit history, say, which has no app or id) is the identity's: GitHub logins ignore case. */
export function isIdentityLogin(login: string | undefined, identity: Identity): boolean {
  return login !== undefined && login.toLowerCase() === identity.login.toLowerCase();
}

/** The author fields of an issue or comment that this reads. */
interface Authored {
  body?: string | null;
  user?: { login: string; id?: number } | null;
  /** The app that made it, if one did (https://docs.github.com/en/rest/issues/issues). */
  performed_via_github_app?: { slug?: string | null } | null;
  created_at?: string;
  /** Changes when its body is edited (by anyone who may). */
  updated_at?: string;
}

/** Whether a comment's body was changed after it was posted: GitHub moves `updated_at` on an edit (to the second). */
export function editedSinceCreated(comment: Authored): boolean {
  return comment.created_at !== undefined && comment.updated_at !== undefined && comment.updated_at !== comment.created_at;
}

/** The fields of a GitHub issue (from the REST list) that this reads. */
export interface IssueSummary extends Authored {
  number: number;
  state?: string;
  html_url?: string;
  id?: number;
  /** How many comments the issue has. */
  comments?: number;
  /** Present on pull requests, which the issues list also returns. */
  pull_request?: unknown;
  /** REST gives objects; a name alone is also accepted. */
  labels?: readonly (string | { name?: string | null })[];
}

/** The fields of an issue comment that this reads. */
export interface CommentSummary extends Authored {
  id?: number;
  /** Its GraphQL id, by which its edit history is asked. */
  node_id?: string;
}

/** An earlier report: the issue and its comments (empty when it has none). */
export interface EarlierReport {
  issue: IssueSummary;
  comments: readonly CommentSummary[];
}

/** What a run trusts: its identity on GitHub, its marker key, and its Zendesk account. */
export interface Trust {
  identity: Identity;
  /** The key this run signs with. */
  key: CryptoKey;
  /**
   * Keys of the other Zendesk credentials the run was given, whose markers verify too:
   * while a workflow moves from an API token to client credentials it passes both for a
   * run, and the reports signed under the old credential keep counting.
   */
  formerKeys?: readonly CryptoKey[];
  /** The Zendesk account as a marker names it (`acme.zendesk.com`); any account's markers count when left out (the evidence of a repository). */
  account?: string;
}

/** The issues REST list returns pull requests too; they are never reports. */
export function isPullRequest(issue: IssueSummary): boolean {
  return issue.pull_request !== undefined && issue.pull_request !== null;
}

/** Whether the Action's identity wrote `item`: the same account, and no other app acting for it. */
export function writtenBy(item: Authored, identity: Identity): boolean {
  const user = item.user;
  if (!user || user.login !== identity.login) return false;
  if (identity.id !== undefined && user.id !== undefined && user.id !== identity.id) return false;
  const app = item.performed_via_github_app?.slug;
  return app === undefined || app === null || app === identity.app;
}

/** The ids one report lists, as far as they can be trusted. */
export interface ReportIds {
  issue: IssueSummary;
  /** From verified signed markers: the issue body's, then its comments'. */
  signed: number[];
  /** When the run that opened the report listed the earlier ones (the body marker's `listed`), if the body's marker verifies. */
  listed?: number;
  /** Bodies that ended with a signed marker that failed to verify. */
  rejected: number;
}

/** The marker ending `body` when it verifies and names this account; `rejected` when it does not verify. */
export async function verifiedMarker(
  body: string | null | undefined,
  trust: Trust,
): Promise<ParsedMarker | 'rejected' | 'other-account' | undefined> {
  const marker = parseMarker(body ?? '');
  if (!marker) return undefined;
  let verified = false;
  for (const key of [trust.key, ...(trust.formerKeys ?? [])]) if (!verified) verified = await verifyMarker(key, marker);
  if (!verified) return 'rejected';
  // Another account's report in the same repository: its ids say nothing about this account's.
  return trust.account === undefined || marker.account === trust.account.toLowerCase() ? marker : 'other-account';
}

/**
 * The claim of `issue`'s own body, when the issue is a report of ours for this account:
 * written by our identity, not a pull request, and ending with a marker that verifies.
 * Only such an issue's comments are worth reading.
 */
export async function reportClaim(issue: IssueSummary, trust: Trust): Promise<ParsedMarker | 'rejected' | undefined> {
  if (isPullRequest(issue) || !writtenBy(issue, trust.identity)) return undefined;
  const claim = await verifiedMarker(issue.body, trust);
  return claim === 'other-account' ? undefined : claim;
}

/** The ids of one report: its body and, when the body's marker verifies, the comments on it by the Action's identity. */
export async function reportIdsOf(report: EarlierReport, trust: Trust): Promise<ReportIds> {
  const result: ReportIds = { issue: report.issue, signed: [], rejected: 0 };
  const claim = await reportClaim(report.issue, trust);
  if (claim === 'rejected') result.rejected++;
  if (!claim || claim === 'rejected') return result;
  result.signed.push(...claim.ids);
  result.listed = claim.listed;
  for (const comment of report.comments) {
    if (!writtenBy(comment, trust.identity)) continue;
    const found = await verifiedMarker(comment.body, trust);
    if (found === 'rejected') result.rejected++;
    else if (found && found !== 'other-account') result.signed.push(...found.ids);
  }
  return result;
}

/** What earlier reports say was reported. */
export interface Reported {
  ids: Set<number>;
  /** Per report with any trusted id. */
  reports: ReportIds[];
  /** Bodies whose marker did not verify (forged, edited, or signed with another key). */
  rejected: number;
}

/** Every trusted id of `reports` (see the module comment for what is trusted). Open and closed reports count alike. */
export function reportedIds(reports: Iterable<ReportIds>): Reported {
  const ids = new Set<number>();
  const trusted: ReportIds[] = [];
  let rejected = 0;
  for (const report of reports) {
    rejected += report.rejected;
    for (const id of report.signed) ids.add(id);
    if (report.signed.length) trusted.push(report);
  }
  return { ids, reports: trusted, rejected };
}

/**
 * The secret the marker key is derived from (`markerKey`): the `marker-key` input when
 * set, else the secret part of the Zendesk credentials, which the Action's run has and
 * people who can only triage or edit issues do not. Changing it (a new API token, a new
 * OAuth token, a move to client credentials) makes every earlier marker fail to verify:
 * the changes of the next run's window are reported once more. A fixed `marker-key`
 * avoids that on rotation; a move from an API token to client credentials avoids it by
 * passing both for a run (the old key then verifies too: `Trust.formerKeys`).
 */
export function markerSecret(credentials: Credentials, explicit?: string): string {
  if (explicit) return explicit;
  if ('clientSecret' in credentials) return credentials.clientSecret;
  return 'apiToken' in credentials ? credentials.apiToken : credentials.oauthToken;
}

/** What `closeAsDuplicate` writes where a withdrawn marker was: no marker, and a word for the reader. */
export function withdrawnNote(of: number): string {
  return `<!-- zendesk-audit: withdrawn, this report duplicates #${of} -->`;
}

/** The report a body's `withdrawnNote` names, if it ends with one. Unsigned: anyone who can edit the body can write it. */
export function withdrawnOf(body: string): number | undefined {
  const match = /<!-- zendesk-audit: withdrawn, this report duplicates #(\d+) -->\s*$/.exec(body);
  return match ? Number(match[1]) : undefined;
}

/** `body` with its trailing signed marker replaced by `note`: its ids no longer count as reported. */
export function withdrawMarker(body: string, note: string): string {
  return body.replace(/<!-- zendesk-audit v\d+ [^>]*-->(\s*)$/, `${note}$1`);
}
