/**
 * "Did you mean ...?": the known word nearest to a mistyped one, by edit distance
 * (Damerau-Levenshtein with adjacent swaps, so `acount_setting` and `accuont_setting`
 * are both one edit from `account_setting`).
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[][] = Array.from(
    { length: rows },
    (_, row) => Array.from({ length: cols }, (_, col) => (row === 0 ? col : col === 0 ? row : 0)),
  );
  for (let row = 1; row < rows; row++) {
    for (let col = 1; col < cols; col++) {
      const cost = a[row - 1] === b[col - 1] ? 0 : 1;
      let best = Math.min(table[row - 1]![col]! + 1, table[row]![col - 1]! + 1, table[row - 1]![col - 1]! + cost);
      if (row > 1 && col > 1 && a[row - 1] === b[col - 2] && a[row - 2] === b[col - 1]) {
        best = Math.min(best, table[row - 2]![col - 2]! + 1);
      }
      table[row]![col] = best;
    }
  }
  return table[a.length]![b.length]!;
}

/**
 * The candidate nearest to `word` (case-insensitive) when it is close enough to be a
 * typo: at most one edit for words up to four letters, two up to eight, three beyond.
 * Undefined when `word` is itself a candidate, or nothing is that close.
 *
 * @example closestMatch('account_settings', ['account_setting', 'user']) // 'account_setting'
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const allowed = typed.length <= 4 ? 1 : typed.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance === 0) return candidate === word ? undefined : candidate;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
