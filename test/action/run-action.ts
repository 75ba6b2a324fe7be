/**
 * Runs the built Action (`node dist/index.js`) in a child process the way the runner
 * does: inputs as `INPUT_*` variables with action.yml's defaults filled in, the
 * repository, the API URL, and the step-summary and output files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'index.js');

/** Inputs and their defaults as action.yml declares them (a reader for its simple shape). */
export function actionInputs(): Map<string, string | undefined> {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const inputs = new Map<string, string | undefined>();
  let section = '';
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const top = /^(\w[\w-]*):/.exec(line);
    if (top) {
      section = top[1]!;
      current = undefined;
      continue;
    }
    if (section !== 'inputs') continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      inputs.set(current, undefined);
      continue;
    }
    const fallback = /^ {4}default:\s*(.*)$/.exec(line);
    if (fallback && current) inputs.set(current, fallback[1]!.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1'));
  }
  return inputs;
}

/** `INPUT_` + name upper-cased with spaces as `_` (hyphens kept), as @actions/core reads it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Values of `$GITHUB_OUTPUT` (`name<<delimiter`, lines, `delimiter`) by name. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]!);
      outputs[name!] = value.join('\n');
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[index]!);
    if (plain) outputs[plain[1]!] = plain[2]!;
  }
  return outputs;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** stdout without the runner's `::add-mask::` commands (the runner consumes those). */
  log: string;
}

export interface RunOptions {
  /** Inputs by action.yml name; unset ones take their default. */
  inputs: Record<string, string>;
  /** The fake GitHub API. */
  githubUrl: string;
  /** What `${{ github.token }}` stands for. */
  githubToken: string;
  repository?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Aborting it kills the run at once (SIGKILL), as a cancelled job or a lost runner would. */
  signal?: AbortSignal;
}

/** Runs the bundle once and collects what a runner would see. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const directory = mkdtempSync(join(tmpdir(), 'zendesk-audit-action-'));
  const summaryFile = join(directory, 'summary.md');
  const outputFile = join(directory, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: directory,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: options.repository ?? 'acme/audit',
    GITHUB_API_URL: options.githubUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: directory,
    NO_PROXY: '127.0.0.1,localhost',
  };
  for (const [name, fallback] of actionInputs()) {
    const value = options.inputs[name] ?? (fallback === '${{ github.token }}' ? options.githubToken : fallback);
    if (value !== undefined) env[inputVariable(name)] = value;
  }
  for (const name of Object.keys(options.inputs)) {
    if (!actionInputs().has(name)) throw new Error(`action.yml has no input ${name}`);
  }
  Object.assign(env, options.env);

  const node = process.env.ACTION_NODE ?? process.execPath;
  const child = spawn(node, [BUNDLE], { cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const kill = () => child.kill('SIGKILL');
  if (options.signal?.aborted) kill();
  options.signal?.addEventListener('abort', kill);
  const code = await new Promise<number | null>((done) => child.on('close', (exitCode) => done(exitCode)));
  clearTimeout(timer);
  options.signal?.removeEventListener('abort', kill);

  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(directory, { recursive: true, force: true });
  const log = stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return { code, stdout, stderr, outputs, summary, log };
}
