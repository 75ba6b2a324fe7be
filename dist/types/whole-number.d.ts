/**
 * Whole numbers, checked one way everywhere: the value typed, the range it must fall in,
 * and the words that name that range in an error.
 */
/**
 * The value of `text` when it is written in decimal digits only (`0042` is 42), else
 * undefined: no sign, space, point or exponent, which `Number()` would all accept.
 * Callers check the range (`isWhole`: a value that must be exact is a safe integer).
 */
export declare function wholeNumberOf(text: string | null | undefined): number | undefined;
/** Whether `value` is a whole number from `min` to `max` that a JSON number holds exactly. */
export declare function isWhole(value: unknown, min: number, max?: number): value is number;
/** `a whole number from 1 to 100`, or `from 1` when there is no upper bound: the range in an error. */
export declare function wholeRange(min: number, max?: number): string;
/** `value` when it is a whole number from `min` to `max`, else a `RangeError` that names it. */
export declare function checkWhole(name: string, value: number, min: number, max?: number): number;
/** Whether `value` is an id Zendesk could have issued: a positive integer that a JSON number holds exactly. */
export declare function isZendeskId(value: unknown): value is number;
