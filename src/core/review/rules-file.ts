/**
 * A user's rules file (`--rules FILE`, the Action's `rules` input), YAML or JSON (YAML
 * 1.2 reads JSON as it is): rules of their own, and built-in rules given another
 * severity or turned off. Checked whole before anything is sent; a problem is one line
 * naming the file, the line and the field:
 *
 *   rules.yml:7: rules[1].severity: "critical" is not a severity: write high, medium or low
 *
 * The caller reads the file; this takes its text and name. The format, with the fields
 * of `MatchClause` (`rule.ts`):
 *
 * ```yaml
 * rules:
 *   - id: acme.attachments-off          # a rule of your own
 *     title: Customers can no longer attach files
 *     severity: medium
 *     reason: Support needs screenshots.
 *     match:
 *       source_type: account_setting
 *       label: customers can attach files
 *       sense: protects
 *       direction: weakening
 *   - id: zendesk.api-token-deleted      # a built-in rule: severity and enabled only
 *     severity: medium
 *   - id: zendesk.outside-working-hours
 *     enabled: false
 * ```
 *
 * YAML is read by the `yaml` package (https://eemeli.org/yaml/), loaded only when a
 * file is read (it is larger than the rest of the core), with its core schema: no
 * custom tags, duplicate keys refused, aliases capped.
 */
import type { Node } from 'yaml';
import { InputError } from '../errors.ts';
import { closestMatch } from '../suggest.ts';
import { BUILT_IN_RULES } from './built-in-rules.ts';
import { patternProblem } from './pattern.ts';
import { DIRECTIONS, type MatchClause, type RuleSpec, type Sense, SEVERITIES, type Severity, type UserRules } from './rule.ts';

type Path = readonly (string | number)[];
/** Reports a problem at `path` (at its key, not its value, when `atKey`); never returns. */
type Fail = (path: Path, message: string, atKey?: boolean) => never;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const BUILT_IN_PREFIX = 'zendesk.';
const BUILT_IN_IDS = BUILT_IN_RULES.map((rule) => rule.id);
const OVERRIDE_FIELDS = ['id', 'severity', 'enabled'];
const RULE_FIELDS = ['id', 'title', 'severity', 'reason', 'runbook', 'match', 'enabled'];
const PATTERN_FIELDS = ['label', 'not_label', 'description', 'not_description', 'from', 'to'] as const;
const NAME_FIELDS = ['source_type', 'action'] as const;
const CLAUSE_FIELDS = [...NAME_FIELDS, ...PATTERN_FIELDS, 'sense', 'direction', 'self'];
const SENSES = ['protects', 'opens', 'ip-ranges'];

/** `rules[2].match.label[0]`. */
function pathText(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkFields(value: Record<string, unknown>, allowed: readonly string[], path: Path, fail: Fail, hint = ''): void {
  for (const field of Object.keys(value)) {
    if (allowed.includes(field)) continue;
    const near = closestMatch(field, allowed);
    fail([...path, field], `unknown field${near ? ` (did you mean ${near}?)` : ''}${hint}`, true);
  }
}

function text(value: unknown, path: Path, fail: Fail): string {
  if (typeof value !== 'string' || !value.trim()) fail(path, 'give some text');
  return value.trim();
}

/** A string or a list of strings, as a list. */
function texts(value: unknown, path: Path, fail: Fail): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) fail(path, 'give at least one value');
  return list.map((item, index) => text(item, Array.isArray(value) ? [...path, index] : path, fail));
}

function severity(value: unknown, path: Path, fail: Fail): Severity {
  const given = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (!(SEVERITIES as readonly unknown[]).includes(given)) {
    fail(path, `${JSON.stringify(value)} is not a severity: write high, medium or low`);
  }
  return given as Severity;
}

function sense(value: unknown, path: Path, fail: Fail): Sense {
  if (typeof value === 'string' && SENSES.includes(value)) return value as Sense;
  if (isObject(value)) {
    checkFields(value, ['levels'], path, fail);
    const levels = value.levels;
    if (!Array.isArray(levels) || levels.length < 2) fail([...path, 'levels'], 'list the levels, the most open first, at least two');
    return { levels: levels.map((level, index) => texts(level, [...path, 'levels', index], fail)) };
  }
  return fail(path, `${JSON.stringify(value)} is not a sense: write protects, opens, ip-ranges, or levels: [...]`);
}

function clause(value: unknown, path: Path, fail: Fail): MatchClause {
  if (!isObject(value)) fail(path, 'write the conditions as fields: source_type, action, label, description, ...');
  checkFields(value, CLAUSE_FIELDS, path, fail);
  if (Object.keys(value).length === 0) fail(path, 'a match with no condition would match every record: give at least one');
  const result: Record<string, unknown> = {};
  for (const field of NAME_FIELDS) if (field in value) result[field] = texts(value[field], [...path, field], fail);
  for (const field of PATTERN_FIELDS) {
    if (!(field in value)) continue;
    const patterns = texts(value[field], [...path, field], fail);
    patterns.forEach((pattern, index) => {
      const problem = patternProblem(pattern);
      if (problem) fail(Array.isArray(value[field]) ? [...path, field, index] : [...path, field], problem);
    });
    result[field] = patterns;
  }
  if ('sense' in value) result.sense = sense(value.sense, [...path, 'sense'], fail);
  if ('direction' in value) {
    if (!('sense' in value)) {
      fail([...path, 'direction'], 'a direction is read in a sense: add sense (protects, opens, ip-ranges or levels)', true);
    }
    result.direction = texts(value.direction, [...path, 'direction'], fail).map((direction, index) => {
      if (!(DIRECTIONS as readonly string[]).includes(direction)) {
        fail(
          Array.isArray(value.direction) ? [...path, 'direction', index] : [...path, 'direction'],
          `${JSON.stringify(direction)} is not a direction: write weakening, strengthening or unknown`,
        );
      }
      return direction;
    });
  }
  if ('self' in value) {
    if (typeof value.self !== 'boolean') fail([...path, 'self'], 'write true or false');
    result.self = value.self;
  }
  return result as MatchClause;
}

function match(value: unknown, path: Path, fail: Fail): MatchClause | MatchClause[] {
  if (Array.isArray(value)) {
    if (value.length === 0) fail(path, 'give at least one set of conditions');
    return value.map((item, index) => clause(item, [...path, index], fail));
  }
  return clause(value, path, fail);
}

/**
 * A rule of the user's own, checked: an id of their own, a title, a severity and what it
 * matches; `reason` defaults to the title. A built-in rule may match by a `window` instead.
 */
function newRule(value: Record<string, unknown>, id: string, path: Path, fail: Fail, builtIn = false): RuleSpec {
  checkFields(value, builtIn ? [...RULE_FIELDS, 'window'] : RULE_FIELDS, path, fail);
  const windowed = builtIn && 'window' in value;
  for (const field of ['title', 'severity', windowed ? 'window' : 'match']) if (!(field in value)) fail(path, `rule ${id} needs ${field}`);
  if (windowed && 'match' in value) fail([...path, 'match'], 'a window rule matches by its kind', true);
  const title = text(value.title, [...path, 'title'], fail);
  const rule: RuleSpec = {
    id,
    title,
    severity: severity(value.severity, [...path, 'severity'], fail),
    reason: 'reason' in value ? text(value.reason, [...path, 'reason'], fail) : title,
    runbook: 'runbook' in value ? text(value.runbook, [...path, 'runbook'], fail) : '',
  };
  if (!windowed) rule.match = match(value.match, [...path, 'match'], fail);
  if ('enabled' in value) rule.enabled = enabled(value.enabled, [...path, 'enabled'], fail);
  return rule;
}

function enabled(value: unknown, path: Path, fail: Fail): boolean {
  if (typeof value !== 'boolean') fail(path, 'write true or false');
  return value;
}

function ruleId(value: Record<string, unknown>, path: Path, fail: Fail): string {
  if (!('id' in value)) fail(path, 'each rule needs an id, e.g. acme.attachments-off');
  const id = value.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    fail([...path, 'id'], `${JSON.stringify(id)} is not an id: letters, digits, '.', '-' and '_', e.g. acme.attachments-off`);
  }
  return id;
}

/** Each rule of the file's `rules` list, checked, split into new rules and changes to built-in ones. */
function checkRules(value: unknown, file: string, fail: Fail): UserRules {
  if (value === null || value === undefined) fail([], 'the file is empty: write rules: followed by a list of rules');
  if (!isObject(value)) fail([], 'write rules: followed by a list of rules');
  checkFields(value, ['rules'], [], fail);
  if (!Array.isArray(value.rules)) fail(['rules'], 'write a list of rules, each starting with - id:');
  const rules: RuleSpec[] = [];
  const overrides: UserRules['overrides'][number][] = [];
  const seen = new Set<string>();
  value.rules.forEach((item: unknown, index: number) => {
    const path = ['rules', index];
    if (!isObject(item)) fail(path, 'write a rule as fields: id, title, severity, match, ...');
    const id = ruleId(item, path, fail);
    if (seen.has(id)) fail([...path, 'id'], `${id} is given twice`);
    seen.add(id);
    if (BUILT_IN_IDS.includes(id)) {
      checkFields(
        item,
        OVERRIDE_FIELDS,
        path,
        fail,
        `: a built-in rule takes only severity and enabled; to match other records, write a rule with an id of your own`,
      );
      const override: { id: string; severity?: Severity; enabled?: boolean } = { id };
      if ('severity' in item) override.severity = severity(item.severity, [...path, 'severity'], fail);
      if ('enabled' in item) override.enabled = enabled(item.enabled, [...path, 'enabled'], fail);
      if (!('severity' in item) && !('enabled' in item)) fail(path, `give ${id} a severity or enabled: false`);
      overrides.push(override);
    } else if (id.startsWith(BUILT_IN_PREFIX) || /^sensitive-\d+$/.test(id)) {
      const near = closestMatch(id, BUILT_IN_IDS);
      fail(
        [...path, 'id'],
        `no built-in rule is called ${id}${
          near ? ` (did you mean ${near}?)` : ''
        }; ids of your own rules must not start with ${BUILT_IN_PREFIX}`,
      );
    } else {
      rules.push(newRule(item, id, path, fail));
    }
  });
  return { file, rules, overrides };
}

type Yaml = typeof import('yaml');

/**
 * The `yaml` package, loaded on first use. Its Node entry is CommonJS: imported as it is
 * (Node, Deno), its exports are named; bundled into a chunk of its own (the scripts'
 * esbuild bundles), they arrive as the chunk's default export.
 */
async function loadYaml(): Promise<Yaml> {
  const loaded: Yaml | { default: Yaml } = await import('yaml');
  return 'parseDocument' in loaded ? loaded : loaded.default;
}

/** The node at `path` in the document (its key's node when `atKey`), or the deepest one on the way. */
function nodeAt({ isMap, isSeq }: Yaml, root: unknown, path: Path, atKey: boolean): Node | undefined {
  let node = root as Node | undefined;
  for (const [index, part] of path.entries()) {
    let next: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      next = (atKey && index === path.length - 1 ? pair?.key : pair?.value) as Node | undefined;
    } else if (isSeq(node) && typeof part === 'number') {
      next = node.items[part] as Node | undefined;
    }
    if (!next?.range) break;
    node = next;
  }
  return node;
}

/**
 * The rules of a rules file, checked, from its `text`; `file` names it in errors.
 * Rejects with an `InputError` of one line: `rules.yml:7: rules[1].severity: "critical" is not a severity: ...`.
 */
export async function parseRulesFile(text: string, file: string): Promise<UserRules> {
  const yaml = await loadYaml();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const syntax = document.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`${file}:${line}:${col}: not valid YAML or JSON: ${message}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const fail: Fail = (path, message, atKey = false) => {
    const node = nodeAt(yaml, document.contents, path, atKey);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    throw new InputError(`${file}:${line}: ${path.length ? `${pathText(path)}: ` : ''}${message}`);
  };
  return checkRules(value, file, fail);
}

/**
 * The problems of a rule as written in the built-in table, by the checks a user's rule
 * passes (a built-in rule may also carry a window): none for a good rule.
 */
export function builtInRuleProblems(rule: RuleSpec): string[] {
  const problems: string[] = [];
  const fail: Fail = (path, message) => {
    problems.push(`${rule.id}: ${path.length ? `${pathText(path)}: ` : ''}${message}`);
    throw new InputError(message);
  };
  try {
    if (!rule.id.startsWith(BUILT_IN_PREFIX)) fail(['id'], `built-in ids start with ${BUILT_IN_PREFIX}`);
    if (!/^https:\/\/support\.zendesk\.com\/hc\//.test(rule.runbook.split(' ').at(-1)!)) {
      fail(['runbook'], "end with a link to Zendesk's help");
    }
    newRule({ ...rule }, rule.id, [], fail, true);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  return problems;
}
