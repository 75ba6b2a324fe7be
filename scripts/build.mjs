// Builds dist/ from src/ with esbuild. dist/ is committed: the scripts and the Action
// run from a fresh clone with no install, and CI fails when dist/ differs from this build.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Bundled CommonJS (from @actions/* and cross-fetch) calls require(): give ESM one.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: requireShim },
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

await rm('dist', { recursive: true, force: true });

// The two scripts share their code through chunks; --demo loads the sandbox chunk only when used.
await build({
  ...shared,
  entryPoints: {
    'settings-changes': 'src/cli/entry/settings-changes.ts',
    'user-activity': 'src/cli/entry/user-activity.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The Action is one file, as GitHub runs it: `runs.main: dist/index.js`.
await build({ ...shared, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
