/**
 * Name patterns as people write them: case-insensitive, matching from the start of a
 * word, `*` for any text, and a space, `-` or `_` for any run of those, so
 * `two factor` matches `Two-Factor authentication` and `sso` does not match `Lessons`.
 */

const SEPARATORS = /[\s_-]+/;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function patternSource(pattern: string): string {
  return pattern
    .trim()
    .split('*')
    .map((piece) =>
      piece
        .split(SEPARATORS)
        .map((word) => word.replace(SPECIAL, '\\$&'))
        .join('[\\s_-]+')
    )
    .join('.*');
}

/** Why `pattern` cannot be used, or undefined when it can: one that is empty after trimming `*` would match everything. */
export function patternProblem(pattern: string): string | undefined {
  return /[^*\s_-]/.test(pattern) ? undefined : `the pattern ${JSON.stringify(pattern)} matches everything: give some text`;
}

/**
 * One regular expression for any of `patterns`, or undefined when there are none.
 * Throws a `TypeError` naming a pattern that would match everything.
 *
 * @example compilePatterns(['two factor']).test('Security: Require Two-Factor authentication') // true
 * @example compilePatterns(['sso']).test('Lessons learned macro') // false
 */
export function compilePatterns(patterns: readonly string[]): RegExp | undefined {
  const given = patterns.map((pattern) => pattern.trim()).filter(Boolean);
  if (given.length === 0) return undefined;
  for (const pattern of given) {
    const problem = patternProblem(pattern);
    if (problem) throw new TypeError(problem);
  }
  // A word starts after anything that is not a letter or digit (Unicode-aware).
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${given.map(patternSource).join('|')})`, 'iu');
}
