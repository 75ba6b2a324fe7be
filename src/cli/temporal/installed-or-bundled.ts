/**
 * Temporal for the scripts' bundles (scripts/build.mjs points every `temporal-polyfill`
 * import of theirs here): the installed `temporal-polyfill` when there is one, as in the
 * npm package, which depends on it, so the package ships no second copy; else the copy
 * bundled beside the scripts, so that a clone runs them with no install.
 */
let polyfill: typeof import('./temporal-polyfill.ts');
try {
  // Left as it is by the build: looked up where the bundle runs.
  polyfill = await import('temporal-polyfill');
} catch {
  polyfill = await import('./temporal-polyfill.ts');
}

export const { Temporal } = polyfill;
