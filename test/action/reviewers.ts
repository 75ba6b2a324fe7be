/**
 * Reviewers at work on the fake GitHub, over HTTP with their own tokens, as a person in
 * GitHub's web editor: ticking and unticking a report's task-list items (an edit of the
 * issue body, which GitHub keeps in its edit history under their name), commenting, and
 * editing a body's text. And the evidence command run against it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import type { EvidenceRow } from '../../src/trail/evidence.ts';
import { runScript, type ScriptResult } from '../helpers/run-script.ts';
import { CREDENTIALS } from './audit-setup.ts';
import type { FakeGitHub } from './fake-github.ts';

export interface Reviewer {
  login: string;
  /** Ticks (or unticks) the "Needs attention" item of audit log `id` in issue `number`'s body. */
  tick(number: number, id: number, ticked?: boolean): Promise<void>;
  /** Comments `body` on issue `number`. */
  comment(number: number, body: string): Promise<void>;
  /** Replaces issue `number`'s body with what `edit` makes of it. */
  edit(number: number, edit: (body: string) => string): Promise<void>;
  /** Replaces comment `id`'s body with what `edit` makes of it (anyone who can edit issues can). */
  editComment(id: number, edit: (body: string) => string): Promise<void>;
  /** Closes issue `number`. */
  close(number: number): Promise<void>;
  /** Deletes comment `id` (anyone who can edit issues can). */
  deleteComment(id: number): Promise<void>;
  /** Sets issue `number`'s labels (anyone who can triage can). */
  setLabels(number: number, labels: string[]): Promise<void>;
}

/** The user `login` of the fake GitHub, acting through the REST API with a token of their own. */
export function reviewer(github: FakeGitHub, login: string): Reviewer {
  const token = github.userToken(login);
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${github.url}/repos/${github.owner}/${github.repo}${path}`, {
      method,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status}`);
    return (response.status === 204 ? {} : await response.json()) as { body?: string };
  };
  const edit = async (number: number, change: (body: string) => string) => {
    const issue = await request('GET', `/issues/${number}`);
    await request('PATCH', `/issues/${number}`, { body: change(issue.body ?? '') });
  };
  return {
    login,
    edit,
    tick: (number, id, ticked = true) =>
      edit(number, (body) => {
        const item = new RegExp(`^- \\[[ x]\\] (.* · audit log ${id})$`, 'm');
        assert.match(body, item, `issue #${number} has an item for audit log ${id}`);
        return body.replace(item, `- [${ticked ? 'x' : ' '}] $1`);
      }),
    comment: async (number, body) => {
      await request('POST', `/issues/${number}/comments`, { body });
    },
    close: async (number) => {
      await request('PATCH', `/issues/${number}`, { state: 'closed' });
    },
    deleteComment: async (id) => {
      await request('DELETE', `/issues/comments/${id}`);
    },
    setLabels: async (number, labels) => {
      await request('PATCH', `/issues/${number}`, { labels });
    },
    editComment: async (id, change) => {
      const comment = await request('GET', `/issues/comments/${id}`);
      await request('PATCH', `/issues/comments/${id}`, { body: change(comment.body ?? '') });
    },
  };
}

/** What `zendesk-audit evidence --format json` prints. */
export interface EvidenceJson {
  repository: string;
  generated_at: string;
  summary: { total: number; by_status: Record<string, number>; median_hours_to_review: number | null; edited_reports: number[] };
  notes: string[];
  rows: EvidenceRow[];
}

/** Runs `zendesk-audit evidence` against the fake GitHub with `args`; the marker key from the Zendesk API token, as the Action signs. */
export async function evidence(github: FakeGitHub, args: string[], env: Record<string, string> = {}): Promise<ScriptResult> {
  return runScript('zendesk-audit', ['evidence', '--repo', `${github.owner}/${github.repo}`, ...args], {
    GITHUB_TOKEN: github.userToken('auditor'),
    GITHUB_API_URL: github.url,
    ZENDESK_API_TOKEN: CREDENTIALS.apiToken,
    ...env,
  });
}

/** The evidence as JSON, the command having succeeded. */
export async function evidenceJson(github: FakeGitHub, args: string[] = [], env: Record<string, string> = {}): Promise<EvidenceJson> {
  const result = await evidence(github, ['--format', 'json', ...args], env);
  assert.is(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as EvidenceJson;
}

/** A reviewers file in `directory`, for `--reviewers`. */
export function reviewersFile(directory: string, text: string): string {
  const path = join(directory, 'reviewers.txt');
  writeFileSync(path, text);
  return path;
}

/** An audit-log time `minutes` before now (this machine's clock, which the sandbox's records follow). */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}
