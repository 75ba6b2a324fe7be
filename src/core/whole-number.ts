/**
 * The value of `text` when it is written in decimal digits only (`0042` is 42), else
 * undefined: no sign, space, point or exponent, which `Number()` would all accept.
 * Callers check the range (`Number.isSafeInteger` for a value that must be exact).
 */
export function wholeNumberOf(text: string | null | undefined): number | undefined {
  return text != null && /^\d+$/.test(text) ? Number(text) : undefined;
}
