/**
 * The evidence command's options, read once from the command line and the environment
 * (`evidence.ts`) and run by `evidence-run.ts`, which is loaded only when it runs.
 */
import type { Temporal } from 'temporal-polyfill';
import type { TimeWindow } from '../core/mod.ts';
import type { EvidenceFormat } from '../trail/evidence-render.ts';
import type { Repository } from '../trail/repository.ts';
import type { Reviewers } from '../trail/reviewers.ts';
import type { Environment } from './credentials.ts';

/** Everything the evidence command runs from, read at the start. */
export interface EvidenceOptions {
  debug: boolean;
  repository: Repository;
  period: TimeWindow;
  format: EvidenceFormat;
  zone: string;
  reviewers: Reviewers;
  reviewWithin: Temporal.Duration;
  reviewWithinText: string;
  author: string;
  label: string;
  githubToken: string;
  apiUrl: string;
  graphqlUrl?: string;
  /** The secrets a marker key may come from, the first the most likely. */
  markerSecrets: string[];
  /** Where to ask Zendesk for the actors' emails, when a reviewer is mapped by email. */
  env: Environment;
}
