/**
 * Whole numbers, checked one way everywhere: the value typed, the range it must fall in,
 * and the words that name that range in an error.
 */

/**
 * The value of `text` when it is written in decimal digits only (`0042` is 42), else
 * undefined: no sign, space, point or exponent, which `Number()` would all accept.
 * Callers check the range (`isWhole`: a value that must be exact is a safe integer).
 */
export function wholeNumberOf(text: string | null | undefined): number | undefined {
  return text != null && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Whether `value` is a whole number from `min` to `max` that a JSON number holds exactly. */
export function isWhole(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** `a whole number from 1 to 100`, or `from 1` when there is no upper bound: the range in an error. */
export function wholeRange(min: number, max = Number.MAX_SAFE_INTEGER): string {
  return `a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`;
}

/** `value` when it is a whole number from `min` to `max`, else a `RangeError` that names it. */
export function checkWhole(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (isWhole(value, min, max)) return value;
  throw new RangeError(`${name} must be ${wholeRange(min, max)}, got ${value}`);
}

/** Whether `value` is an id Zendesk could have issued: a positive integer that a JSON number holds exactly. */
export function isZendeskId(value: unknown): value is number {
  return isWhole(value, 1);
}
