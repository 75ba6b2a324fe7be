/**
 * The Action's inputs (action.yml), read into one checked object before anything is
 * sent: every mistake is one line that names the input to fix.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import {
  auditLogParams,
  type Credentials,
  InputError,
  isClientCredentials,
  parseDuration,
  parseId,
  parseSeverity,
  parseWorkingHours,
  readCredentials,
  resolveBaseUrl,
  sensitivity,
  type Severity,
  validateSubdomain,
  validateZone,
  type WorkingHours,
} from '../core/mod.ts';
import { EVIDENCE_FORMATS, type EvidenceFormat } from '../trail/evidence-render.ts';
import { parseRepository, type Repository } from '../trail/repository.ts';
import { GITHUB_LOGIN, parseReviewers, type Reviewers } from '../trail/reviewers.ts';

/** Reads one input by its name in action.yml; `''` when it is not set. */
export type InputReader = (name: string) => string;

export interface ActionInputs {
  /** Where the API requests go. */
  baseUrl: URL;
  /** The account's own origin, for links in the report (the subdomain's, when one is given). */
  account: URL;
  credentials: Credentials;
  githubToken: string;
  repository: Repository;
  /** One or more audit-log source types; one the account has never logged fails the step once the fetch finds none of it. */
  sourceTypes: string[];
  /** Actors whose changes are ignored (a service account's routine ones, say). */
  excludeActors: number[];
  lookback: Temporal.Duration;
  /** The `lookback` input as written, for messages. */
  lookbackText: string;
  zone: string;
  /** At least one; the first finds earlier reports. */
  labels: string[];
  assignees: string[];
  dryRun: boolean;
  /** The `marker-key` input: signs the report markers instead of the Zendesk credential's secret. */
  markerKey?: string;
  /**
   * Secrets of Zendesk credentials given beside the client credentials in use (an API
   * token, an OAuth token): markers signed under them still verify, so that a workflow
   * moving to client credentials carries its earlier reports over.
   */
  formerSecrets: string[];
  /** Setting-name patterns that count as sensitive beside the built-in ones. */
  sensitiveSettings: string[];
  /** Labels added to a report that holds a sensitive change. */
  sensitiveLabels: string[];
  /** Users assigned to such a report, beside `assignees`. */
  sensitiveAssignees: string[];
  /** Records of other source types are reported when a rule of at least this severity matches them; `none`: never. */
  alertSeverity: Severity | 'none';
  /** The `rules` input: a rules file's name and text (parsed by the core before anything is sent). */
  rules?: { name: string; text: string };
  /** With them, a change outside these hours is marked (low). */
  workingHours?: WorkingHours;
  /** How far back the new-sign-in-IP rule looks for where each user signed in before (at least `lookback`). */
  baseline: Temporal.Duration;
  /** Labels added to a report that holds a change of each severity. */
  severityLabels: Partial<Record<Severity, string[]>>;
  /** `audit` (report new changes, remind of overdue reviews) or `evidence` (the review evidence of a period). */
  mode: 'audit' | 'evidence';
  /** Who is who: a sign-off by the login mapped to a change's own actor is a self-review. */
  reviewers: Reviewers;
  /** A high or medium change not signed off this long after it was reported is overdue; reminders come once per this long. */
  reviewWithin: Temporal.Duration;
  /** `review-within` as written. */
  reviewWithinText: string;
  /** In `mode: evidence`, the period the evidence covers, ending now. */
  evidencePeriod: Temporal.Duration;
  evidencePeriodText: string;
  /** In `mode: evidence`, the format of the evidence file. */
  evidenceFormat: EvidenceFormat;
}

/** The defaults of action.yml, also applied when an input is set to an empty string. */
export const DEFAULTS = {
  'source-type': 'account_setting',
  lookback: '48h',
  'time-zone': 'UTC',
  labels: 'zendesk-audit',
  'dry-run': 'false',
  'alert-severity': 'high',
  baseline: '30d',
  mode: 'audit',
  'review-within': '7d',
  'evidence-period': '31d',
  'evidence-format': 'csv',
} as const;

/** Inputs whose values are secrets: registered with `core.setSecret` before anything else runs. */
export const SECRET_INPUTS = ['zendesk-client-secret', 'zendesk-api-token', 'zendesk-oauth-token', 'github-token', 'marker-key'] as const;

/** How the Action names the client credentials in messages. */
export const CLIENT_CREDENTIAL_INPUTS = 'zendesk-client-id and zendesk-client-secret';

// GitHub refuses longer label names (422); it counts characters, so 26 emoji fit where 52 UTF-16 units would not.
const MAX_LABEL_LENGTH = 50;

/** Splits a comma- or newline-separated input into trimmed, non-empty, distinct items. */
export function splitList(text: string): string[] {
  const items = text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
  return [...new Set(items)];
}

function prefixed<T>(name: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

/** The inputs of each kind of credential (action.yml). */
const CREDENTIAL_INPUTS = {
  clientId: 'zendesk-client-id',
  clientSecret: 'zendesk-client-secret',
  oauthToken: 'zendesk-oauth-token',
  email: 'zendesk-email',
  apiToken: 'zendesk-api-token',
} as const;

/**
 * The client credentials when `zendesk-client-id` and `zendesk-client-secret` are set
 * (the lasting choice, preferred over the others), else the OAuth token, else the
 * API-token pair. A pair set by half, or an OAuth token beside an API token, is refused
 * before anything is sent.
 */
function credentialsFrom(read: InputReader): Credentials {
  return readCredentials(read, {
    names: CREDENTIAL_INPUTS,
    noneSet: 'no Zendesk credentials',
    noneHint: 'from repository secrets',
    keptIn: 'from repository secrets',
    refuseMixed: true,
  });
}

function accountFrom(read: InputReader): { baseUrl: URL; account: URL } {
  const subdomainText = read('zendesk-subdomain');
  const baseUrlText = read('zendesk-base-url');
  if (!subdomainText && !baseUrlText) {
    throw new InputError('no Zendesk account: set zendesk-subdomain (acme for https://acme.zendesk.com) or zendesk-base-url');
  }
  const subdomain = subdomainText ? prefixed('zendesk-subdomain', () => validateSubdomain(subdomainText)) : undefined;
  const baseUrl = prefixed(
    baseUrlText ? 'zendesk-base-url' : 'zendesk-subdomain',
    () => resolveBaseUrl({ subdomain, baseUrl: baseUrlText || undefined }),
  );
  // Behind a proxy the API origin is not where people open the account: link to the subdomain's.
  const account = subdomain ? new URL(`https://${subdomain}.zendesk.com`) : baseUrl;
  return { baseUrl, account };
}

function repositoryFrom(text: string | undefined): Repository {
  const repository = text === undefined ? undefined : parseRepository(text);
  if (!repository) {
    throw new InputError(
      `GITHUB_REPOSITORY is ${text ? JSON.stringify(text) : 'not set'}: run this inside a GitHub Actions workflow (it sets owner/repo)`,
    );
  }
  return repository;
}

function booleanFrom(name: string, text: string): boolean {
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  throw new InputError(`${name} is ${JSON.stringify(text)}: use true or false`);
}

function labelsFrom(text: string): string[] {
  const labels = splitList(text);
  if (labels.length === 0) throw new InputError('labels: give at least one label; the first one finds earlier reports');
  for (const label of labels) {
    if (Array.from(label).length > MAX_LABEL_LENGTH) {
      throw new InputError(`labels: ${JSON.stringify(label)} is longer than GitHub's ${MAX_LABEL_LENGTH} characters`);
    }
  }
  return labels;
}

function assigneesFrom(text: string, name = 'assignees'): string[] {
  const logins = splitList(text).map((login) => login.replace(/^@/, ''));
  for (const login of logins) {
    if (!GITHUB_LOGIN.test(login)) throw new InputError(`${name}: ${JSON.stringify(login)} is not a GitHub user name`);
  }
  return [...new Set(logins)];
}

function sensitiveLabelsFrom(text: string, name = 'sensitive-labels'): string[] {
  const labels = splitList(text);
  for (const label of labels) {
    if (label.length > MAX_LABEL_LENGTH) {
      throw new InputError(`${name}: ${JSON.stringify(label)} is longer than GitHub's ${MAX_LABEL_LENGTH} characters`);
    }
  }
  return labels;
}

/** `high: security-high, medium: security-review`: labels per severity, comma or newline separated, a severity may come more than once. */
function severityLabelsFrom(text: string): Partial<Record<Severity, string[]>> {
  const labels: Partial<Record<Severity, string[]>> = {};
  for (const item of splitList(text)) {
    const [name = '', label = '', extra] = item.split(':').map((part) => part.trim());
    if (!label || extra !== undefined) {
      throw new InputError(`severity-labels: ${JSON.stringify(item)} is not severity: label, e.g. high: security-high`);
    }
    const severity = prefixed('severity-labels', () => parseSeverity(name));
    (labels[severity] ??= []).push(...sensitiveLabelsFrom(label, 'severity-labels'));
  }
  return labels;
}

function alertSeverityFrom(text: string): Severity | 'none' {
  if (text.trim().toLowerCase() === 'none') return 'none';
  try {
    return parseSeverity(text);
  } catch {
    throw new InputError(`alert-severity: ${JSON.stringify(text)} is not high, medium, low or none`);
  }
}

function modeFrom(text: string): 'audit' | 'evidence' {
  const mode = text.trim().toLowerCase();
  if (mode === 'audit' || mode === 'evidence') return mode;
  throw new InputError(`mode: ${JSON.stringify(text)} is not audit or evidence`);
}

function evidenceFormatFrom(text: string): EvidenceFormat {
  const format = EVIDENCE_FORMATS.find((candidate) => candidate === text.trim().toLowerCase());
  if (!format) throw new InputError(`evidence-format: ${JSON.stringify(text)} is not ${EVIDENCE_FORMATS.join(', ')}`);
  return format;
}

/** `working-hours`, in `zone` (the `time-zone` input) when it names none. */
function workingHoursFrom(text: string, zone: string): WorkingHours {
  try {
    return parseWorkingHours(text, zone);
  } catch (error) {
    throw new InputError((error as Error).message.replace(/^working hours /, 'working-hours '));
  }
}

/** Most bytes of a file an input names (rules, reviewers): a page of text, not a data set. */
const MAX_FILE_BYTES = 1024 * 1024;

/** A `rules` input that is the rules themselves: it spans lines (a block scalar, `rules: |`), or is one line of JSON or YAML. */
const INLINE_RULES = /\n|^\s*(?:\{|rules\s*:)/;
/** A `reviewers` input that is the mapping itself: it spans lines, or is one `login: who`. */
const INLINE_REVIEWERS = /\n|:/;

/**
 * An input that holds its text inline (as `inline` tells), else a path to a file in the
 * repository (checked out by `actions/checkout`), relative to the workspace and inside
 * it; its name (for messages) and text.
 */
function inlineOrFile(
  name: string,
  text: string,
  workspace: string | undefined,
  inline: RegExp,
  example: string,
): { name: string; text: string } | undefined {
  if (!text.trim()) return undefined;
  if (inline.test(text)) return { name: `${name} input`, text };
  const root = resolve(workspace || '.');
  const path = resolve(root, text.trim());
  const inside = relative(root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(`${name}: ${JSON.stringify(text.trim())} is outside the repository: give a path inside it, e.g. ${example}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT'
      ? 'no such file (check out the repository first: actions/checkout)'
      : code === 'EISDIR'
      ? 'it is a directory'
      : code;
    throw new InputError(`${name}: cannot read ${text.trim()}: ${why}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(`${name}: ${text.trim()} is larger than 1 MiB: it is a page of text`);
  return { name: text.trim(), text: new TextDecoder().decode(bytes) };
}

/** The `rules` input: inline YAML or JSON, else a path to a file in the repository. */
function rulesFrom(text: string, workspace: string | undefined): { name: string; text: string } | undefined {
  return inlineOrFile('rules', text, workspace, INLINE_RULES, '.github/zendesk-rules.yml');
}

/** The `reviewers` input: `login: zendesk-user-id-or-email` lines inline, else a path to such a file in the repository. */
function reviewersFrom(text: string, workspace: string | undefined): Reviewers {
  const found = inlineOrFile('reviewers', text, workspace, INLINE_REVIEWERS, '.github/zendesk-reviewers.txt');
  return found ? parseReviewers(found.text, found.name) : new Map();
}

/** Patterns one per line or comma separated; each checked as the core would use it. */
function sensitiveSettingsFrom(text: string): string[] {
  const patterns = splitList(text);
  prefixed('sensitive-settings', () => {
    try {
      sensitivity(patterns);
    } catch (error) {
      throw new InputError((error as Error).message);
    }
  });
  return patterns;
}

/**
 * Every input, checked, with action.yml's defaults for those left empty.
 *
 * @param read  reads an input by name (`core.getInput` in the Action)
 * @param env   the process environment, for `GITHUB_REPOSITORY`
 */
export function readInputs(read: InputReader, env: Record<string, string | undefined>): ActionInputs {
  const value = (name: string) => read(name).trim() || (DEFAULTS as Record<string, string>)[name] || '';
  const { baseUrl, account } = accountFrom(value);
  const credentials = credentialsFrom(value);
  const githubToken = value('github-token');
  if (!githubToken) {
    throw new InputError('github-token is empty: leave it at its default ${{ github.token }} or pass a token that can write issues');
  }
  const repository = repositoryFrom(env.GITHUB_REPOSITORY);

  const sourceTypes = splitList(value('source-type'));
  prefixed('source-type', () => auditLogParams({ sourceType: sourceTypes }));
  const excludeActors = prefixed('exclude-actors', () => splitList(value('exclude-actors')).map((id) => parseId(id, 'actor id')));

  const lookbackText = value('lookback');
  const lookback = prefixed('lookback', () => parseDuration(lookbackText));
  const zone = prefixed('time-zone', () => validateZone(value('time-zone')));
  // No label, no way to find earlier reports: an empty input falls back to the default.
  const labels = labelsFrom(value('labels'));
  const assignees = assigneesFrom(value('assignees'));
  const dryRun = booleanFrom('dry-run', value('dry-run'));
  const markerKey = read('marker-key').trim() || undefined;
  const sensitiveSettings = sensitiveSettingsFrom(value('sensitive-settings'));
  const sensitiveLabels = sensitiveLabelsFrom(value('sensitive-labels'));
  const sensitiveAssignees = assigneesFrom(value('sensitive-assignees'), 'sensitive-assignees');
  const alertSeverity = alertSeverityFrom(value('alert-severity'));
  const rules = rulesFrom(read('rules'), env.GITHUB_WORKSPACE);
  const hours = value('working-hours');
  const workingHours = hours ? workingHoursFrom(hours, zone) : undefined;
  const baseline = prefixed('baseline', () => parseDuration(value('baseline')));
  const severityLabels = severityLabelsFrom(value('severity-labels'));
  const mode = modeFrom(value('mode'));
  const reviewers = reviewersFrom(read('reviewers'), env.GITHUB_WORKSPACE);
  const reviewWithinText = value('review-within');
  const reviewWithin = prefixed('review-within', () => parseDuration(reviewWithinText));
  const evidencePeriodText = value('evidence-period');
  const evidencePeriod = prefixed('evidence-period', () => parseDuration(evidencePeriodText));
  const evidenceFormat = evidenceFormatFrom(value('evidence-format'));

  return {
    baseUrl,
    account,
    credentials,
    githubToken,
    repository,
    sourceTypes,
    excludeActors,
    lookback,
    lookbackText,
    zone,
    labels,
    assignees,
    dryRun,
    ...(markerKey ? { markerKey } : {}),
    formerSecrets: isClientCredentials(credentials) ? [value('zendesk-api-token'), value('zendesk-oauth-token')].filter(Boolean) : [],
    sensitiveSettings,
    sensitiveLabels,
    sensitiveAssignees,
    alertSeverity,
    ...(rules ? { rules } : {}),
    ...(workingHours ? { workingHours } : {}),
    baseline,
    severityLabels,
    mode,
    reviewers,
    reviewWithin,
    reviewWithinText,
    evidencePeriod,
    evidencePeriodText,
    evidenceFormat,
  };
}
