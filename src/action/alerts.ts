/**
 * What a run reports: the records of the `source-type` input in full, as the Action always
 * has, and alerts: records of any other source type that a rule of at least
 * `alert-severity` matches (an API token created, a user raised to admin, a sign-in from a
 * new address), each with its detections.
 *
 * - Fetching: with alerts on, one walk over every source type of the look-back window,
 *   from which the source-type records are picked by their `source_type` (compared
 *   exactly, as Zendesk's filter compares them); with `alert-severity: none`, the
 *   source-type records alone, as before. Detections run over everything fetched, so a
 *   burst of deletions or a revert is seen whatever the source types listed.
 * - The new-sign-in-IP rule: where each user signed in from over `baseline` (30 days by
 *   default, and at least the look-back) is fetched only when a sign-in could be reported
 *   for it: a sign-in among the source-type records, or among the others while the
 *   rule's severity reaches `alert-severity`. (A sign-in alerted for another, higher rule
 *   then shows without this rule's lower detection.)
 * - Exactly once: an alert is reported under the same signed markers as a change, by its
 *   audit-log id. `reportedIds` reads every id of every verified marker of this account,
 *   whatever source types the marker names, so a record reported once, as a change or as
 *   an alert, is never reported again, whatever a later run's `source-type` or
 *   `alert-severity`.
 */
import type { Temporal } from 'temporal-polyfill';
import {
  atLeast,
  type AuditLog,
  auditLogs,
  checkedSourceTypes,
  compileRules,
  detectAll,
  type DetectedRecord,
  isSignIn,
  parseRulesFile,
  type RuleSet,
  type Severity,
  SignInBaseline,
  type TimeWindow,
  toArray,
  windowEndingAt,
  type ZendeskClient,
} from '../core/mod.ts';
import type { ActionInputs } from './inputs.ts';

/** What a run found to report. */
export interface Audited {
  /** The records to report, with their detections, oldest first: every source-type record, and the alerts. */
  records: DetectedRecord[];
  /** Whether `record` is an alert: of a source type the run does not list in full. */
  isAlert(record: AuditLog): boolean;
}

type AlertInputs = Pick<
  ActionInputs,
  'sourceTypes' | 'excludeActors' | 'alertSeverity' | 'rules' | 'sensitiveSettings' | 'workingHours' | 'baseline' | 'zone'
>;

/** The rules in force: the built-in ones, changed by the `rules` input, and a medium rule per `sensitive-settings` pattern. */
export async function actionRules(inputs: Pick<ActionInputs, 'rules' | 'sensitiveSettings'>): Promise<RuleSet> {
  const user = inputs.rules ? await parseRulesFile(inputs.rules.text, inputs.rules.name) : undefined;
  return compileRules({ sensitive: inputs.sensitiveSettings, ...(user ? { user } : {}) });
}

/**
 * `records` without those whose actor is one of `actors`. On our side: the audit-log list
 * can only include actors (`filter[actor_id]`), not leave them out.
 */
export function withoutActors(records: readonly AuditLog[], actors: readonly number[]): AuditLog[] {
  if (actors.length === 0) return [...records];
  const excluded = new Set(actors);
  return records.filter((record) => !excluded.has(record.actor_id));
}

/** Whether the sign-ins of the baseline can change what is reported (see the module comment). */
function needsBaseline(records: readonly AuditLog[], inputs: AlertInputs, rules: RuleSet, isAlert: (record: AuditLog) => boolean): boolean {
  const rule = rules.window('new-sign-in-ip');
  if (!rule) return false;
  const alertsFor = inputs.alertSeverity !== 'none' && atLeast(rule.detection.severity, inputs.alertSeverity);
  return records.some((record) => isSignIn(record) && (!isAlert(record) || alertsFor));
}

/** The look-back window's records to report, with their detections; `info` says what was fetched. */
export async function auditedRecords(
  client: ZendeskClient,
  inputs: AlertInputs,
  window: TimeWindow,
  info: (message: string) => void,
  warn: (message: string) => void,
): Promise<Audited> {
  const rules = await actionRules(inputs);
  const alerts = inputs.alertSeverity !== 'none';
  const listed = new Set(inputs.sourceTypes);
  const isAlert = (record: AuditLog) => !listed.has(record.source_type);
  // All of the window before anything is posted: a Zendesk failure opens no issue, nor does a type the account never logged.
  const fetched = await toArray(
    checkedSourceTypes(
      auditLogs(client, { ...(alerts ? {} : { sourceType: inputs.sourceTypes }), createdAt: window, order: 'asc' }),
      { client, sourceTypes: inputs.sourceTypes, setting: 'source-type', onWarning: warn },
    ),
  );
  const records = withoutActors(fetched, inputs.excludeActors);
  if (records.length < fetched.length) info(`Ignored ${fetched.length - records.length} change(s) by the actors of exclude-actors`);
  let baseline: SignInBaseline | undefined;
  if (needsBaseline(records, inputs, rules, isAlert)) {
    // Days have their length in the zone (23 or 25 hours across DST), as the look-back's do.
    const start = earlier(windowEndingAt(window.end, inputs.baseline, inputs.zone).start, window.start);
    baseline = await SignInBaseline.from(auditLogs(client, { action: 'login', createdAt: { start, end: window.end }, order: 'asc' }));
  }
  const detected = detectAll(records, {
    rules,
    ...(baseline ? { baseline } : {}),
    ...(inputs.workingHours ? { workingHours: inputs.workingHours } : {}),
  });
  const reported = detected.filter(({ record, severity }) =>
    !isAlert(record) || (alerts && atLeast(severity, inputs.alertSeverity as Severity))
  );
  if (alerts) info(`Found ${reported.filter(({ record }) => isAlert(record)).length} alert(s) of other source types in the window`);
  return { records: reported, isAlert };
}

function earlier(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return a.epochMilliseconds < b.epochMilliseconds ? a : b;
}
