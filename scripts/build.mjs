// Builds dist/ from src/ with esbuild. dist/ is committed: the scripts and the Action
// run from a fresh clone with no install, and CI fails when dist/ differs from this build.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// Bundled CommonJS (from @actions/*) calls require(): give ESM one.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: { js: requireShim },
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

await rm('dist', { recursive: true, force: true });

// The scripts take Temporal from src/cli/temporal/installed-or-bundled.ts: the package's
// installed dependency, else (in a clone) the bundled copy in its own chunk, which the
// package leaves out (package.json `files`).
const TEMPORAL_CHOICE = resolve('src/cli/temporal/installed-or-bundled.ts');
const installedOrBundledTemporal = {
  name: 'installed-or-bundled-temporal',
  setup(build) {
    build.onResolve({ filter: /^temporal-polyfill$/ }, ({ importer }) => {
      if (importer.endsWith('temporal-polyfill.ts')) return undefined; // The bundled copy itself.
      if (importer === TEMPORAL_CHOICE) return { path: 'temporal-polyfill', external: true }; // The installed one.
      return { path: TEMPORAL_CHOICE };
    });
  },
};

// The two scripts and the package's command share their code through chunks; --demo loads
// the sandbox chunk only when used.
await build({
  ...shared,
  plugins: [installedOrBundledTemporal],
  entryPoints: {
    'settings-changes': 'src/cli/entry/settings-changes.ts',
    'user-activity': 'src/cli/entry/user-activity.ts',
    'zendesk-audit': 'src/cli/entry/zendesk-audit.ts',
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The Action is one file, as GitHub runs it: `runs.main: dist/index.js`.
await build({ ...shared, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });

// The package's export (`import { auditLogs } from 'zendesk-audit'`): the core, with
// temporal-polyfill left to the installer so a caller's Temporal values are the same kind,
// and yaml (loaded only to read a rules file) too, so the core stays small.
await build({
  ...shared,
  entryPoints: ['src/core/mod.ts'],
  outfile: 'dist/core.js',
  banner: {},
  external: ['temporal-polyfill', 'yaml'],
});

// Its type declarations, dist/types/*.d.ts.
execFileSync('node_modules/.bin/tsc', ['-p', 'tsconfig.types.json'], { stdio: 'inherit' });
