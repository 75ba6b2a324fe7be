/**
 * The check of an ECS document against ECS's own field definitions: `@elastic/ecs`, Elastic's
 * package generated from the ECS repository's `ecs_flat.yml`, ships every field with its
 * type, normalization, allowed values and, per `event.category`, the `event.type` values
 * it expects (https://www.elastic.co/docs/reference/ecs/ecs-field-reference,
 * https://www.elastic.co/docs/reference/ecs/ecs-allowed-values-event-category).
 * Not a test file itself: the renderer's tests and the scripts' export tests use it.
 */
import { EcsFlat } from '@elastic/ecs';
import { isIpAddress } from '../../../src/core/ip-address.ts';

type Json = Record<string, unknown>;

interface FieldDefinition {
  type: string;
  normalize?: readonly string[];
  required?: boolean;
  allowed_values?: readonly { name: string; expected_event_types?: readonly string[] }[];
}

const FIELDS = EcsFlat as unknown as Record<string, FieldDefinition>;
/** Where the record's own fields go: the custom namespace ECS leaves to the source. */
const CUSTOM = 'zendesk.audit.';

/** Leaf fields of a document by their dotted names; arrays are leaves. */
function leaves(value: Json, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null && !Array.isArray(child) && !(prefix + key).startsWith(CUSTOM)
      ? leaves(child as Json, `${prefix}${key}.`)
      : [[prefix + key, child] as [string, unknown]]
  );
}

const TEXT_TYPES = new Set(['keyword', 'match_only_text', 'wildcard', 'constant_keyword', 'text']);

function fits(value: unknown, type: string): boolean {
  if (TEXT_TYPES.has(type)) return typeof value === 'string';
  if (type === 'date') return typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/.test(value);
  if (type === 'long' || type === 'integer') return Number.isSafeInteger(value);
  if (type === 'ip') return typeof value === 'string' && isIpAddress(value);
  if (type === 'boolean') return typeof value === 'boolean';
  return false;
}

/** Every way `document` breaks ECS as `@elastic/ecs` defines it; empty when it is a valid document. */
export function ecsProblems(document: Json): string[] {
  const problems: string[] = [];
  const fields = new Map(leaves(document));
  for (const [name, definition] of Object.entries(FIELDS)) {
    if (definition.required && !fields.has(name)) problems.push(`${name} is required`);
  }
  for (const [name, value] of fields) {
    if (name.startsWith(CUSTOM)) continue;
    const definition = FIELDS[name];
    if (!definition) {
      problems.push(`${name} is no ECS field, nor under ${CUSTOM}`);
      continue;
    }
    const isArray = definition.normalize?.includes('array');
    if (isArray && !Array.isArray(value)) problems.push(`${name} should be an array`);
    const values = Array.isArray(value) ? value : [value];
    if (!isArray && Array.isArray(value)) problems.push(`${name} is an array`);
    for (const one of values) {
      if (!fits(one, definition.type)) problems.push(`${name} ${JSON.stringify(one)} is no ${definition.type}`);
      const allowed = definition.allowed_values?.map((allowed) => allowed.name);
      if (allowed && !allowed.includes(String(one))) problems.push(`${name} ${String(one)} is not one of ${allowed.join(', ')}`);
    }
  }
  // Each type must be one its categories expect.
  const categories = FIELDS['event.category']!.allowed_values!;
  for (const category of (fields.get('event.category') ?? []) as string[]) {
    const expected = categories.find((allowed) => allowed.name === category)?.expected_event_types ?? [];
    for (const type of (fields.get('event.type') ?? []) as string[]) {
      if (!expected.includes(type)) problems.push(`event.type ${type} is not expected in category ${category}`);
    }
  }
  return problems;
}
