/**
 * The check of an OCSF event against `ocsf-required.ts`: what the class and each object
 * require, their types and enumerations. Not a test file itself: the renderer's tests and
 * the scripts' export tests use it.
 */
import { isIpAddress } from '../../../src/core/ip-address.ts';
import { CLASSES, IAM_CATEGORY, type ObjectRules, OBJECTS, OCSF_SCHEMA_VERSION } from './ocsf-required.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with `value` as an attribute of OCSF type `type` at `path`. */
function checkValue(value: unknown, type: string, path: string, problems: string[]): void {
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) problems.push(`${path} is not an array`);
    else value.forEach((element, index) => checkValue(element, type.slice(0, -2), `${path}[${index}]`, problems));
    return;
  }
  const fits: Record<string, (value: unknown) => boolean> = {
    string_t: (value) => typeof value === 'string',
    integer_t: Number.isSafeInteger,
    long_t: Number.isSafeInteger,
    timestamp_t: Number.isSafeInteger,
    boolean_t: (value) => typeof value === 'boolean',
    ip_t: (value) => typeof value === 'string' && isIpAddress(value),
    object: isObject,
  };
  if (fits[type]) {
    if (!fits[type]!(value)) problems.push(`${path} is not ${type}: ${JSON.stringify(value)}`);
    return;
  }
  const rules = OBJECTS[type];
  if (!rules) problems.push(`${path} is a ${type}, which ocsf-required.ts has no rules for`);
  else if (!isObject(value)) problems.push(`${path} is not an object`);
  else checkObject(value, rules, `${path}.`, problems);
}

/** What is wrong with `value` against `rules`: required attributes, constraints, unknown attributes, types, enumerations. */
function checkObject(value: Json, rules: ObjectRules, path: string, problems: string[]): void {
  for (const name of rules.required) if (value[name] === undefined) problems.push(`${path}${name} is required (${rules.url})`);
  if (rules.atLeastOne && !rules.atLeastOne.some((name) => value[name] !== undefined)) {
    problems.push(`${path.slice(0, -1) || 'the event'} needs one of ${rules.atLeastOne.join(', ')} (${rules.url})`);
  }
  for (const [name, attribute] of Object.entries(value)) {
    const type = rules.attributes[name];
    if (type === undefined) {
      problems.push(`${path}${name} is no attribute of ${rules.url}`);
      continue;
    }
    checkValue(attribute, type, `${path}${name}`, problems);
    const values = rules.enums?.[name];
    if (values && !(String(attribute) in values)) problems.push(`${path}${name} ${String(attribute)} is not one of its values`);
  }
}

/** Every way `event` breaks OCSF 1.8.0 as `ocsf-required.ts` reads it; empty when it is a valid event. */
export function ocsfProblems(event: Json): string[] {
  const rules = Object.values(CLASSES).find((rules) => rules.uid === event.class_uid);
  if (!rules) return [`class_uid ${String(event.class_uid)} is none of the classes this export writes`];
  const problems: string[] = [];
  checkObject(event, rules, '', problems);
  const activity = event.activity_id as number;
  const caption = rules.enums!.activity_id![activity];
  if (event.category_uid !== IAM_CATEGORY.uid) problems.push(`category_uid is ${String(event.category_uid)}, not ${IAM_CATEGORY.uid}`);
  if (event.category_name !== IAM_CATEGORY.name) problems.push(`category_name is ${String(event.category_name)}`);
  if (event.class_name !== rules.caption) problems.push(`class_name is ${String(event.class_name)}, not ${rules.caption}`);
  if (event.type_uid !== rules.uid * 100 + activity) {
    problems.push(`type_uid ${String(event.type_uid)} is not class_uid * 100 + activity_id`);
  }
  if (event.type_name !== `${rules.caption}: ${caption}`) problems.push(`type_name ${String(event.type_name)} is not its type's caption`);
  // A sibling name is the caption of its id, but for Other, whose name the source gives.
  if (activity !== 99 && event.activity_name !== caption) problems.push(`activity_name ${String(event.activity_name)} is not ${caption}`);
  for (const [name, id] of [['severity', 'severity_id'], ['status', 'status_id']] as const) {
    const expected = rules.enums![id]![event[id] as number];
    if (event[name] !== undefined && event[name] !== expected) problems.push(`${name} ${String(event[name])} is not ${expected}`);
  }
  if ((event.metadata as Json | undefined)?.version !== OCSF_SCHEMA_VERSION) problems.push('metadata.version is not the schema read');
  return problems;
}
