/**
 * The matcher: rules as data in (`built-in-rules.ts`, a user's rules file, `--sensitive`
 * patterns), per record the rules it matches out. One record costs a map lookup by its
 * source type and action (the rules that could match are listed once per pair), then a
 * few regular expressions; the description's from/to values are read only when a rule
 * asks for them.
 */
import type { AuditLog } from '../types.ts';
import { type ChangeValues, parseChange } from './change.ts';
import { BUILT_IN_RULES } from './built-in-rules.ts';
import { changeDirection } from './direction.ts';
import { compilePatterns } from './pattern.ts';
import {
  compareSeverity,
  type Detection,
  type Direction,
  highestSeverity,
  isSensitive,
  type MatchClause,
  type RuleSpec,
  type Sense,
  type UserRules,
  type WindowSpec,
} from './rule.ts';

interface CompiledClause {
  types: ReadonlySet<string> | undefined;
  actions: ReadonlySet<string> | undefined;
  label: RegExp | undefined;
  notLabel: RegExp | undefined;
  description: RegExp | undefined;
  notDescription: RegExp | undefined;
  from: RegExp | undefined;
  to: RegExp | undefined;
  direction: ((change: ChangeValues) => Direction | null) | undefined;
  directions: ReadonlySet<Direction> | undefined;
  self: boolean;
}

interface Candidate {
  rule: number;
  clause: CompiledClause;
}

/**
 * The clauses that could match records of one source type and action. Most name a label
 * or a description, and most records match none: one regular expression for all the
 * labels, and one for all the descriptions, rule most clauses out at once.
 */
interface Candidates {
  /** Whether a label matches any of the labels the clauses name; true when none names one. */
  anyLabel: (text: string) => boolean;
  anyDescription: (text: string) => boolean;
  /** The clauses left to try, by which of the two matched: index 1 the label, 2 the description, 3 both. */
  left: readonly (readonly Candidate[])[];
}

/** Texts repeat (setting names, `Turned on`): a test's answers for short ones are remembered, up to this many. */
const REMEMBERED = 2048;
const REMEMBERED_LENGTH = 200;

/** A test for any of `patterns`, remembering its answers for short texts. */
function anyOf(patterns: readonly (RegExp | undefined)[]): (text: string) => boolean {
  const sources = [...new Set(patterns.flatMap((pattern) => (pattern ? [pattern.source] : [])))];
  if (sources.length === 0) return () => true;
  const union = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu');
  const answers = new Map<string, boolean>();
  return (text) => {
    if (text.length > REMEMBERED_LENGTH) return union.test(text);
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = union.test(text);
      if (answers.size >= REMEMBERED) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}

function candidates(all: Candidate[]): Candidates {
  return {
    anyLabel: anyOf(all.map(({ clause }) => clause.label)),
    anyDescription: anyOf(all.map(({ clause }) => clause.description)),
    left: [0, 1, 2, 3].map((matched) =>
      all.filter(({ clause }) => (!clause.label || (matched & 1) !== 0) && (!clause.description || (matched & 2) !== 0))
    ),
  };
}

/** A window rule as the detector runs it: its parameters and the detection it adds (`reason` filled in per record where it varies). */
export interface WindowRule<Kind extends WindowSpec['kind'] = WindowSpec['kind']> {
  spec: Extract<WindowSpec, { kind: Kind }>;
  detection: Detection;
}

/** The compiled rules: what the detector and the renderers ask of them. */
export interface RuleSet {
  /** Every rule in force (turned-off ones left out), as written, with the user's severities. */
  readonly rules: readonly RuleSpec[];
  /** The record rules `record` matches, highest severity first, then in the table's order. */
  detect(record: AuditLog): readonly Detection[];
  /** Whether `record` is sensitive: a record rule of high or medium severity matches it. */
  record(record: AuditLog): boolean;
  /** The window rule of this kind, or undefined when it is turned off. */
  window<Kind extends WindowSpec['kind']>(kind: Kind): WindowRule<Kind> | undefined;
}

/** Options of {@link compileRules}. */
export interface RuleOptions {
  /** Setting-name patterns that count as sensitive (`--sensitive`, `sensitive-settings`): a medium rule each. */
  sensitive?: readonly string[];
  /** A user's rules file, checked by `parseRulesFile`. */
  user?: UserRules;
}

const EMPTY: readonly Detection[] = Object.freeze([]);
/** Distinct (source type, action) pairs whose candidate rules are remembered; beyond it they are worked out each time. */
const MAX_CACHED_PAIRS = 4096;

/** `api_token`, `apitoken` and `API-Token` are one source type. */
export function sourceTypeKey(sourceType: unknown): string {
  return typeof sourceType === 'string' ? sourceType.toLowerCase().replace(/[\s_/-]+/g, '') : '';
}

function clauses(match: RuleSpec['match']): readonly MatchClause[] {
  if (match === undefined) return [];
  return Array.isArray(match) ? match : [match as MatchClause];
}

function compileClause(clause: MatchClause): CompiledClause {
  return {
    types: clause.source_type ? new Set(clause.source_type.map(sourceTypeKey)) : undefined,
    actions: clause.action ? new Set(clause.action.map((action) => action.trim().toLowerCase())) : undefined,
    label: compilePatterns(clause.label ?? []),
    notLabel: compilePatterns(clause.not_label ?? []),
    description: compilePatterns(clause.description ?? []),
    notDescription: compilePatterns(clause.not_description ?? []),
    from: compilePatterns(clause.from ?? []),
    to: compilePatterns(clause.to ?? []),
    direction: clause.sense ? directionIn(clause.sense) : undefined,
    directions: clause.direction ? new Set(clause.direction) : undefined,
    self: clause.self === true,
  };
}

/**
 * The values of each change a description names: one per line where lines each name
 * one (`Support role changed from Agent to Admin` and `Explore role changed from Viewer
 * to Admin` in one record, Panther's `zendesk_get_roles`), else the whole text's.
 */
export function changesOf(description: unknown): ChangeValues[] {
  if (typeof description === 'string' && description.includes('\n')) {
    const lines = description.split('\n').map(parseChange).filter((change) => change.change_from !== null || change.change_to !== null);
    if (lines.length > 0) return lines;
  }
  return [parseChange(description)];
}

function changeMatches(clause: CompiledClause, change: ChangeValues): boolean {
  if (clause.from && (change.change_from === null || !clause.from.test(change.change_from))) return false;
  if (clause.to && (change.change_to === null || !clause.to.test(change.change_to))) return false;
  if (clause.directions) {
    const direction = clause.direction!(change);
    if (direction === null || !clause.directions.has(direction)) return false;
  }
  return true;
}

/** The direction of a change in `sense`, remembering the answers for short values (a setting's few values recur). */
function directionIn(sense: Sense): (change: ChangeValues) => Direction | null {
  const answers = new Map<string, Direction | null>();
  return ({ change_from: from, change_to: to }) => {
    if (from === null || to === null || from.length + to.length > REMEMBERED_LENGTH) return changeDirection(from, to, sense);
    const key = `${from}\u0000${to}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = changeDirection(from, to, sense);
      if (answers.size >= REMEMBERED) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The record's fields a clause reads, each read once and only when asked. */
class RecordView {
  readonly record: AuditLog;
  #changes: ChangeValues[] | undefined;
  constructor(record: AuditLog) {
    this.record = record;
  }
  get label(): string {
    const label: unknown = this.record.source_label;
    return typeof label === 'string' ? label : '';
  }
  get description(): string {
    const description: unknown = this.record.change_description;
    return typeof description === 'string' ? description : '';
  }
  get changes(): ChangeValues[] {
    return (this.#changes ??= changesOf(this.record.change_description));
  }
}

function clauseMatches(clause: CompiledClause, view: RecordView): boolean {
  if (clause.label && !clause.label.test(view.label)) return false;
  if (clause.notLabel && clause.notLabel.test(view.label)) return false;
  if (clause.description && !clause.description.test(view.description)) return false;
  if (clause.notDescription && clause.notDescription.test(view.description)) return false;
  if (clause.self) {
    const { actor_id: actor, source_id: source } = view.record;
    if (typeof actor !== 'number' || actor !== source) return false;
  }
  if (clause.from || clause.to || clause.directions) return view.changes.some((change) => changeMatches(clause, change));
  return true;
}

/** The medium rule a `--sensitive` pattern stands for. */
function sensitiveRule(pattern: string, index: number): RuleSpec {
  return {
    id: `sensitive-${index + 1}`,
    title: `Sensitive setting (${JSON.stringify(pattern)})`,
    severity: 'medium',
    match: { label: [pattern] },
    reason: `Its name matches ${JSON.stringify(pattern)}, a pattern given as sensitive.`,
    runbook: '',
  };
}

/** Built-in rules with the user's severities, turned-off ones left out; then the user's and the `--sensitive` ones. */
function rulesInForce(options: RuleOptions): RuleSpec[] {
  const overrides = new Map((options.user?.overrides ?? []).map((override) => [override.id, override]));
  const builtIn = BUILT_IN_RULES.map((rule) => {
    const override = overrides.get(rule.id);
    return override ? { ...rule, ...override } : rule;
  });
  const sensitive = (options.sensitive ?? []).map((pattern) => pattern.trim()).filter(Boolean).map(sensitiveRule);
  return [...builtIn, ...(options.user?.rules ?? []), ...sensitive].filter((rule) => rule.enabled !== false);
}

function detectionOf(rule: RuleSpec): Detection {
  return Object.freeze({ rule: rule.id, severity: rule.severity, reason: rule.reason, title: rule.title, runbook: rule.runbook });
}

/**
 * The rules in force: the built-in table, changed by a user's rules file, plus a medium
 * rule per `--sensitive` pattern. Throws a `TypeError` naming a pattern that would match
 * everything (the rules file's checks catch it first, with its line).
 *
 * @example compileRules({ sensitive: ['attach'] }).detect(record) // [{ rule: 'sensitive-1', severity: 'medium', ... }]
 */
export function compileRules(options: RuleOptions = {}): RuleSet {
  const rules = rulesInForce(options);
  const detections = rules.map(detectionOf);
  const recordClauses = rules.map((rule) => clauses(rule.match).map(compileClause));
  const windows = new Map<string, WindowRule>();
  rules.forEach((rule, index) => {
    if (rule.window) windows.set(rule.window.kind, { spec: rule.window, detection: detections[index]! } as WindowRule);
  });
  /** Per source type, per action: the clauses that could match. */
  const candidatesByPair = new Map<unknown, Map<unknown, Candidates>>();
  let cachedPairs = 0;

  function candidatesFor(record: AuditLog): Candidates {
    const { source_type: sourceType, action } = record as { source_type: unknown; action: unknown };
    let byAction = candidatesByPair.get(sourceType);
    const cached = byAction?.get(action);
    if (cached) return cached;
    const type = sourceTypeKey(sourceType);
    const actionKey = typeof action === 'string' ? action.toLowerCase() : '';
    const all: Candidate[] = [];
    recordClauses.forEach((list, rule) => {
      for (const clause of list) {
        if ((!clause.types || clause.types.has(type)) && (!clause.actions || clause.actions.has(actionKey))) all.push({ rule, clause });
      }
    });
    const found = candidates(all);
    // Only text keys are remembered (a record's fields are data: an object would be a new key each time).
    if (
      cachedPairs < MAX_CACHED_PAIRS && (typeof sourceType === 'string' || sourceType == null) &&
      (typeof action === 'string' || action == null)
    ) {
      if (!byAction) candidatesByPair.set(sourceType, byAction = new Map());
      byAction.set(action, found);
      cachedPairs++;
    }
    return found;
  }

  function detect(record: AuditLog): readonly Detection[] {
    const { anyLabel, anyDescription, left } = candidatesFor(record);
    if (left[3]!.length === 0) return EMPTY;
    const view = new RecordView(record);
    const pool = left[(anyLabel(view.label) ? 1 : 0) | (anyDescription(view.description) ? 2 : 0)]!;
    if (pool.length === 0) return EMPTY;
    const matched: number[] = [];
    for (const { rule, clause } of pool) {
      if (matched.at(-1) === rule) continue;
      if (clauseMatches(clause, view)) matched.push(rule);
    }
    if (matched.length === 0) return EMPTY;
    const found = matched.map((rule) => detections[rule]!);
    // Stable: equal severities keep the table's order.
    return found.length > 1 ? found.sort((a, b) => compareSeverity(b.severity, a.severity)) : found;
  }

  return {
    rules,
    detect,
    record: (record) => isSensitive(highestSeverity(detect(record))),
    window: <Kind extends WindowSpec['kind']>(kind: Kind) => windows.get(kind) as WindowRule<Kind> | undefined,
  };
}
