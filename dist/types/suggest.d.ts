/**
 * "Did you mean ...?": the known word nearest to a mistyped one, by edit distance
 * (Damerau-Levenshtein with adjacent swaps, so `acount_setting` and `accuont_setting`
 * are both one edit from `account_setting`).
 */
/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidate nearest to `word` (case-insensitive) when it is close enough to be a
 * typo: at most one edit for words up to four letters, two up to eight, three beyond.
 * Undefined when `word` is itself a candidate, or nothing is that close.
 *
 * @example closestMatch('account_settings', ['account_setting', 'user']) // 'account_setting'
 */
export declare function closestMatch(word: string, candidates: readonly string[]): string | undefined;
