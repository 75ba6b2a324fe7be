/**
 * The evidence command's run: the GitHub client, the marker keys and, when a reviewer is
 * mapped by email, a Zendesk client for the actors' emails; then the evidence on stdout
 * and its notes on stderr. Loaded only by `evidence` (the other commands' bundles leave
 * the GitHub client out).
 */
import { ZoneClock } from '../core/mod.ts';
import { VERSION } from '../core/version.ts';
import { drawEvidence } from '../trail/draw-evidence.ts';
import { renderEvidence } from '../trail/evidence-render.ts';
import { createGitHub } from '../trail/github.ts';
import { markerKey } from '../trail/mac.ts';
import { identityOf } from '../trail/reported.ts';
import { actorEmails } from '../trail/reviewers.ts';
import type { EvidenceOptions } from './evidence-options.ts';
import { readAccount } from './flag-groups.ts';
import { note, streamOutput } from './io.ts';
import { environmentRedactor } from './main.ts';
import { openSession } from './session.ts';

/** The emails of the Zendesk users `ids`, from a session of their own (`users:read`) opened only when there are any. */
async function emailsFrom(options: EvidenceOptions, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const session = await openSession({ ...readAccount({}, options.env), retry: {}, zone: options.zone }, { scopes: ['users:read'] });
  try {
    return await actorEmails(session.client, ids);
  } finally {
    session.progress.done();
    await session.close();
  }
}

/** Draws up the evidence and writes it. */
export async function runEvidence(options: EvidenceOptions): Promise<void> {
  const keys = await Promise.all(options.markerSecrets.map((secret) => markerKey(secret)));
  // The marker key may come from a file (`--marker-key FILE`), not from the environment: hidden all the same.
  const redact = environmentRedactor(options.env, options.markerSecrets);
  const octokit = createGitHub(options.githubToken, {
    baseUrl: options.apiUrl,
    ...(options.graphqlUrl ? { graphqlUrl: options.graphqlUrl } : {}),
    userAgent: `zendesk-audit/${VERSION}`,
    redact,
    onRetry: (message) => note(redact(message)),
  });
  const drawn = await drawEvidence(octokit, options.repository, {
    label: options.label,
    period: options.period,
    reviewWithin: options.reviewWithin,
    reviewers: options.reviewers,
    trust: { identity: identityOf(options.author), key: keys[0]!, formerKeys: keys.slice(1) },
    actorEmails: (ids) => emailsFrom(options, ids),
  });
  const evidence = {
    repository: `${options.repository.owner}/${options.repository.repo}`,
    author: options.author,
    period: options.period,
    // GitHub's clock, which judged what is overdue, as the Action dates it: not this machine's.
    generatedAt: drawn.at,
    reviewWithin: options.reviewWithinText,
    rows: drawn.rows,
    notes: drawn.notes,
  };
  for (const line of drawn.notes) note(`note: ${line}`);
  await streamOutput().write(renderEvidence(evidence, options.format, new ZoneClock(options.zone)));
}
