/**
 * Name patterns as people write them: case-insensitive, matching from the start of a
 * word, `*` for any text, and a space, `-` or `_` for any run of those, so
 * `two factor` matches `Two-Factor authentication` and `sso` does not match `Lessons`.
 */
/** Why `pattern` cannot be used, or undefined when it can: one that is empty after trimming `*` would match everything. */
export declare function patternProblem(pattern: string): string | undefined;
/**
 * One regular expression for any of `patterns`, or undefined when there are none.
 * Throws a `TypeError` naming a pattern that would match everything.
 *
 * @example compilePatterns(['two factor']).test('Security: Require Two-Factor authentication') // true
 * @example compilePatterns(['sso']).test('Lessons learned macro') // false
 */
export declare function compilePatterns(patterns: readonly string[]): RegExp | undefined;
