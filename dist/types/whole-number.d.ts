/**
 * The value of `text` when it is written in decimal digits only (`0042` is 42), else
 * undefined: no sign, space, point or exponent, which `Number()` would all accept.
 * Callers check the range (`Number.isSafeInteger` for a value that must be exact).
 */
export declare function wholeNumberOf(text: string | null | undefined): number | undefined;
/** `value` when it is a whole number from `min` to `max`, else a `RangeError` that names it. */
export declare function checkWhole(name: string, value: number, min: number, max?: number): number;
/** Whether `value` is an id Zendesk could have issued: a positive integer that a JSON number holds exactly. */
export declare function isZendeskId(value: unknown): value is number;
