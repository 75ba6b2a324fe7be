/**
 * Runs uvu test files under Node (through tsx) or Deno, in one process.
 *
 *   node --import tsx test/run.ts [dir|file ...] [--bail]
 *   deno run -A test/run.ts test/core
 *
 * uvu's own CLI imports test files with a bare `import()` that neither runtime can
 * point at TypeScript the way we need, so this does what `uvu/run` does.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

function testFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return testFiles(child);
      return entry.name.endsWith('.test.ts') ? [child] : [];
    });
}

const args = process.argv.slice(2);
const bail = args.includes('--bail');
const roots = args.filter((arg) => !arg.startsWith('--'));
const files = (roots.length ? roots : ['test']).flatMap((root) => testFiles(resolve(root)));

const state = globalThis as unknown as { UVU_DEFER: number; UVU_INDEX: number; UVU_QUEUE: unknown[][] };
state.UVU_DEFER = 1;
const uvu = await import('uvu');
for (const [index, file] of files.entries()) {
  state.UVU_INDEX = index;
  state.UVU_QUEUE.push([relative(process.cwd(), file)]);
  await import(pathToFileURL(file).href);
}
await uvu.exec(bail);
