/**
 * The value of `text` when it is written in decimal digits only (`0042` is 42), else
 * undefined: no sign, space, point or exponent, which `Number()` would all accept.
 * Callers check the range (`Number.isSafeInteger` for a value that must be exact).
 */
export function wholeNumberOf(text: string | null | undefined): number | undefined {
  return text != null && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `value` when it is a whole number from `min` to `max`, else a `RangeError` that names it. */
export function checkWhole(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw new RangeError(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got ${value}`);
}

/** Whether `value` is an id Zendesk could have issued: a positive integer that a JSON number holds exactly. */
export function isZendeskId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
