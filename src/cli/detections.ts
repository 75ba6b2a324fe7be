/**
 * The scripts' detections: the rules in force (the built-in ones, a `--rules` file, a
 * medium rule per `--sensitive` pattern), the sign-in baseline of the new-sign-in-IP rule,
 * and the records of a stream with their detections, kept at or above `--min-severity`.
 *
 * The baseline is the run's own window. A sign-in is new when its user signed in earlier
 * in the window, and not from its address. In a stream oldest first that holds every
 * sign-in of the window (`--order asc`, no `--ip` filter), those earlier sign-ins have
 * all gone by when a sign-in arrives, so the stream feeds the baseline as it passes. Newest
 * first (the default), they come after it, up to the end of the stream: the detector
 * would have to hold every sign-in until the end, and memory would grow with the window.
 * So the window's sign-ins (`filter[action]=login`) are fetched first, and only when the
 * run could list a sign-in and the rule is on. BENCHMARKS.md ("Detections") has what
 * that costs.
 */
import {
  atLeast,
  type AuditLog,
  type AuditLogQuery,
  compileRules,
  type DetectedRecord,
  Detector,
  type IncrementalExport,
  isSignIn,
  parallelAuditLogs,
  type ParallelOptions,
  parseRulesFile,
  type RuleSet,
  type Severity,
  SignInBaseline,
  type WorkingHours,
  type ZendeskClient,
} from '../core/mod.ts';
import type { ReviewOptions } from './flag-groups.ts';

/** The rules in force: the built-in ones, changed by the rules file, and a medium rule per `--sensitive` pattern. */
export async function compileReview(review: ReviewOptions): Promise<RuleSet> {
  const user = review.rulesFile ? await parseRulesFile(review.rulesFile.text, review.rulesFile.name) : undefined;
  return compileRules({ sensitive: review.sensitiveSettings, ...(user ? { user } : {}) });
}

/** The source type of sign-ins (activity type "Signed in", `action: login`). */
const SIGN_IN_SOURCE_TYPE = 'user';

const listOf = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

/**
 * Where the new-sign-in-IP rule's baseline comes from for a run of `query`: `none` when
 * the run lists no sign-in or the rule is off; `stream` when the stream itself holds
 * every earlier sign-in of the window as each one arrives (oldest first, no address
 * filter); else `fetch`, the window's sign-ins first.
 */
export function baselineSource(query: AuditLogQuery, rules: RuleSet): 'none' | 'stream' | 'fetch' {
  const types = listOf(query.sourceType);
  const actions = listOf(query.action);
  const listsSignIns = (types.length === 0 || types.includes(SIGN_IN_SOURCE_TYPE)) && (actions.length === 0 || actions.includes('login'));
  if (!listsSignIns || !rules.window('new-sign-in-ip')) return 'none';
  return query.order === 'asc' && listOf(query.ipAddress).length === 0 ? 'stream' : 'fetch';
}

/** Where the users of `query` signed in from during its window: its sign-ins, whatever their address or source type. */
export function fetchBaseline(
  client: ZendeskClient,
  query: AuditLogQuery,
  options: Pick<ParallelOptions, 'concurrency' | 'signal'>,
): Promise<SignInBaseline> {
  const signIns: AuditLogQuery = { action: ['login'], actorId: query.actorId ?? [], order: 'asc' };
  return SignInBaseline.from(parallelAuditLogs(client, query.createdAt ? { ...signIns, createdAt: query.createdAt } : signIns, options));
}

/** Options of {@link detectRecords}. */
export interface DetectOptions {
  rules: RuleSet;
  workingHours?: WorkingHours;
  /** The baseline; with `feed`, filled from the stream as it passes (oldest first only, see the module comment). */
  baseline?: SignInBaseline;
  feed?: boolean;
  /** Keep only records with a detection at or above this. */
  minSeverity?: Severity;
  /**
   * An incremental export's choice of the records to write (`IncrementalExport`), made
   * after detection: the records already written, in the overlap a run reads again, are
   * not written twice, but the detector sees them (a revert or a burst across two runs).
   */
  select?: Pick<IncrementalExport, 'isNew' | 'wrote'>;
  /** Counts the records passed on. */
  written: { count: number };
}

/** The records of `records` (in `created_at` order, either way) with their detections, as soon as they are final. */
export async function* detectRecords(records: AsyncIterable<AuditLog>, options: DetectOptions): AsyncGenerator<DetectedRecord> {
  const { minSeverity, written, select } = options;
  const kept = (detected: DetectedRecord) => {
    if (select) {
      if (!select.isNew(detected.record)) return false;
      select.wrote(detected.record);
    }
    if (minSeverity !== undefined && !atLeast(detected.severity, minSeverity)) return false;
    written.count++;
    return true;
  };
  const feed = options.feed ? options.baseline : undefined;
  const detector = new Detector({
    rules: options.rules,
    ...(options.workingHours ? { workingHours: options.workingHours } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
  });
  for await (const record of records) {
    // Added before it is judged: a sign-in's own address counts from its own time on, as in a baseline built beforehand.
    if (feed && isSignIn(record)) feed.add(record);
    for (const detected of detector.push(record)) if (kept(detected)) yield detected;
  }
  for (const detected of detector.flush()) if (kept(detected)) yield detected;
}
