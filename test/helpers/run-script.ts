/**
 * Runs the real scripts (`node scripts/*.js`, which load dist/) as child processes,
 * the way a user does, with a clean environment: only PATH, TZ and what the test gives.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createSandbox, DEMO_CREDENTIALS, type Sandbox, type SandboxOptions } from '../../src/sandbox/mod.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type ScriptName = 'settings-changes' | 'user-activity' | 'zendesk-audit';

/** Runs `scripts/{name}.js` with `args`; `env` replaces the environment (PATH kept). */
export function runScript(
  name: ScriptName,
  args: string[],
  env: Record<string, string> = {},
  options: { input?: string; node?: string } = {},
): Promise<ScriptResult> {
  return startScript(name, args, env, options).result;
}

/** Starts `scripts/{name}.js` as `runScript` does, and hands back its process (to signal it) beside its result. */
export function startScript(
  name: ScriptName,
  args: string[],
  env: Record<string, string> = {},
  options: { input?: string; node?: string } = {},
): { child: ChildProcess; result: Promise<ScriptResult> } {
  const child = spawn(options.node ?? process.execPath, [`scripts/${name}.js`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const result = new Promise<ScriptResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  child.stdin.end(options.input ?? '');
  return { child, result };
}

/** API-token credentials the sandbox accepts, as environment variables. */
export function tokenEnv(sandbox: Sandbox): Record<string, string> {
  return {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_USER_EMAIL: DEMO_CREDENTIALS.email,
    ZENDESK_API_TOKEN: DEMO_CREDENTIALS.apiToken,
  };
}

/** A started sandbox without a rate limit (unless asked), closed by the returned function. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = createSandbox({ rateLimit: 0, ...options });
  await sandbox.start();
  return sandbox;
}

/** Listing requests the sandbox received (the log keeps path and query only). */
export function auditLogRequests(sandbox: Sandbox): URLSearchParams[] {
  return sandbox.requests
    .filter((request) => new URL(request.url, 'http://x').pathname.startsWith('/api/v2/audit_logs'))
    .map((request) => new URL(request.url, 'http://x').searchParams);
}
