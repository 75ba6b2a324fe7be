/**
 * Temporal for the scripts' bundles (scripts/build.mjs points every `temporal-polyfill`
 * import of theirs here): the installed `temporal-polyfill` when there is one, as in the
 * npm package, which depends on it, so the package ships no second copy; else the copy
 * bundled beside the scripts, so that a clone runs them with no install.
 */
// A name esbuild does not resolve at build time: looked up where the bundle runs.
const installed = 'temporal-polyfill';

let polyfill: typeof import('./temporal-polyfill.ts');
try {
  polyfill = await import(installed);
} catch {
  polyfill = await import('./temporal-polyfill.ts');
}

export const { Temporal } = polyfill;
