/**
 * The layering ARCHITECTURE.md describes, checked on the sources: which folder of the
 * core may import which, the edges (CLI, Action, sandbox, and the review trail both the
 * CLI and the Action build on) through the core's surface, and no import cycle anywhere
 * in `src/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './helpers/run-script.ts';

const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of each source file, as paths relative to `src/`. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
      relative(SRC, normalize(join(dirname(file), match[1]!)))
    );
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** The layer of a core file: its folder, or `root` for the core's own files. */
function coreLayer(path: string): string | undefined {
  const match = /^core\/(?:([a-z-]+)\/)?[^/]+$/.exec(path);
  if (!match) return undefined;
  return match[1] ?? (path === 'core/mod.ts' ? 'mod' : 'root');
}

/** What each core layer may import (ARCHITECTURE.md, "The core's folders"). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  root: ['root'],
  time: ['root', 'time'],
  auth: ['root', 'auth'],
  fetch: ['root', 'time', 'auth', 'fetch'],
  review: ['root', 'time', 'review'],
  render: ['root', 'time', 'review', 'render'],
  export: ['root', 'time', 'fetch', 'review', 'export'],
  mod: ['root', 'time', 'auth', 'fetch', 'review', 'render', 'export'],
};

const graph = importGraph();

test('each folder of the core imports only the folders below it', () => {
  const crossings: string[] = [];
  for (const [file, targets] of graph) {
    const layer = coreLayer(file);
    if (!layer) continue;
    for (const target of targets) {
      const targetLayer = coreLayer(target);
      if (!targetLayer) crossings.push(`${file} -> ${target} (outside the core)`);
      else if (!(MAY_IMPORT[layer] ?? []).includes(targetLayer)) crossings.push(`${file} -> ${target}`);
    }
  }
  assert.equal(crossings, []);
});

/** The edges that build on the review trail (`src/trail/`): it serves both, and imports neither. */
const SHARED_BY = ['cli', 'action'];

test('the CLI, the Action and the trail reach the core through its surface; the CLI and the Action meet only in the trail', () => {
  const crossings: string[] = [];
  for (const [file, targets] of graph) {
    const edge = /^(cli|action|sandbox|trail)\//.exec(file)?.[1];
    if (!edge) continue;
    for (const target of targets) {
      const layer = coreLayer(target);
      const other = /^(cli|action|sandbox|trail)\//.exec(target)?.[1];
      const allowed = layer === undefined
        ? other === edge || (edge === 'cli' && other === 'sandbox') || (SHARED_BY.includes(edge) && other === 'trail')
        : layer === 'mod' || layer === 'root' || (edge === 'sandbox' && target === 'core/auth/dns-label.ts');
      if (!allowed) crossings.push(`${file} -> ${target}`);
    }
  }
  assert.equal(crossings, []);
});

test('no import cycle in src/', () => {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  assert.equal(cycles, []);
});

test.run();
