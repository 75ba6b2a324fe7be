/**
 * Runs a script: maps what went wrong to one readable line on stderr and an exit
 * code (0 ok, 1 the Zendesk call failed, 2 bad usage or input). `process.exitCode`
 * rather than `process.exit()`, so buffered output is never cut off.
 */
import process from 'node:process';
import { Temporal } from 'temporal-polyfill';
import { breakCommandsAfterLineStart, escapeUnsafe, failureText, InputError, redactor, secretForms, ZendeskError } from '../core/mod.ts';
import { GitHubError } from '../trail/github-error.ts';
import { credentialsFromEnv, type Environment, SECRET_VARIABLES } from './credentials.ts';
import type { Program } from './flags.ts';
import { CheckpointLocked } from './checkpoint-file.ts';
import { ClosedPipe, Interrupted, streamOutput } from './io.ts';
import { canPrompt } from './prompt.ts';

/** 130: interrupted, 128 + SIGINT's number, as shells report a program stopped by Ctrl-C. */
export const EXIT = { ok: 0, zendesk: 1, usage: 2, interrupted: 130 } as const;

/** Removes any form of the environment's credentials, and of `also` (a secret read elsewhere), from `text`. */
export function environmentRedactor(env: Environment, also: readonly string[] = []): (text: string) => string {
  let secrets: string[] = [...also];
  try {
    secrets = secretForms(credentialsFromEnv(env));
  } catch {
    // Half-set credentials: still hide whatever parts are present.
  }
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (value && value.length >= 4) secrets.push(value);
  }
  return redactor(secrets);
}

/** The permissions the scripts need under Deno, as `deno run` takes them. */
const DENO_FLAGS = '--allow-net --allow-env';

/**
 * Deno refused an access the run was not given (`NotCapable` since Deno 2, `PermissionDenied`
 * before): its words name the flag, e.g. `Requires env access to "TZ", run again with the
 * --allow-env flag` (https://docs.deno.com/runtime/fundamentals/security/).
 */
function denoPermission(error: unknown): string | undefined {
  if (!(error instanceof Error) || (error.name !== 'NotCapable' && error.name !== 'PermissionDenied')) return undefined;
  const access = /Requires (\w+) access/.exec(error.message)?.[1] ?? 'an';
  const flag = /--allow-[a-z-]+/.exec(error.message)?.[0];
  const needed = flag && !DENO_FLAGS.includes(flag) ? `${DENO_FLAGS} ${flag}` : DENO_FLAGS;
  return `Deno did not allow ${access} access: run with ${needed}, e.g. deno run ${needed} ${
    denoScript() ?? 'scripts/settings-changes.js'
  } --demo`;
}

/**
 * The script as a person names it to `deno run`, from the main module: `scripts/settings-changes.js`
 * in a clone, `jsr:@zendesk-audit/zendesk-audit/settings-changes` from JSR; undefined under Node.
 * (Not relative to the working directory: reading that needs --allow-read.)
 */
function denoScript(): string | undefined {
  const main = (globalThis as { Deno?: { mainModule?: string } }).Deno?.mainModule;
  if (!main) return undefined;
  const jsr = /^https:\/\/jsr\.io\/(@[^/]+\/[^/]+)\/[^/]+\/scripts\/([^/]+)\.js$/.exec(main);
  if (jsr) return `jsr:${jsr[1]}/${jsr[2]}`;
  const script = /\/(scripts\/[^/]+\.js)$/.exec(main)?.[1];
  return script ?? main;
}

/** How the run was started, for the usage text: `deno run --allow-net --allow-env scripts/...` under Deno; the script's own default under Node. */
function invokedAs(): string | undefined {
  const script = denoScript();
  return script === undefined ? undefined : `deno run ${DENO_FLAGS} ${script}`;
}

/** The exit code for `error`, and the line to print (undefined: print nothing). */
export function describeFailure(error: unknown): { code: number; message?: string } {
  if (error instanceof ClosedPipe) return { code: EXIT.ok };
  const permission = denoPermission(error);
  if (permission) return { code: EXIT.usage, message: permission };
  if (error instanceof Interrupted) return { code: EXIT.interrupted, message: error.message };
  if (error instanceof InputError) return { code: EXIT.usage, message: error.message };
  if (error instanceof ZendeskError || error instanceof GitHubError) return { code: EXIT.zendesk, message: error.message };
  // Not a usage mistake: the same command runs once the other export ends.
  if (error instanceof CheckpointLocked) return { code: EXIT.zendesk, message: error.message };
  if (error instanceof Error && error.name === 'AbortError') return { code: EXIT.interrupted, message: 'cancelled' };
  return { code: EXIT.zendesk, message: `${failureText(error)} (run again with --debug for details)` };
}

function details(error: unknown): string {
  const lines: string[] = [];
  for (let current = error; current; current = (current as Error).cause) {
    lines.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    if (!(current instanceof Error)) break;
  }
  return lines.join('\ncaused by: ');
}

/**
 * Runs `program` with the process's arguments and environment: reads them once into its
 * options (or the text to print), then runs from those.
 */
export async function runProgram<T extends { debug: boolean }>(program: Program<T>): Promise<void> {
  let redact = (text: string) => text;
  let debug = false;
  try {
    // Under Deno without --allow-env, the first read of a variable throws: inside the try, it is one line.
    const env = process.env as Environment;
    redact = environmentRedactor(env);
    const context = { env, now: Temporal.Now.instant(), interactive: canPrompt(), command: invokedAs() };
    const invocation = program.read(process.argv.slice(2), context);
    if (invocation.kind === 'print') return await streamOutput().write(invocation.text);
    if (invocation.kind === 'usage') {
      process.stderr.write(invocation.text);
      process.exitCode = EXIT.usage;
      return;
    }
    debug = invocation.options.debug;
    await program.run(invocation.options);
  } catch (error) {
    const { code, message } = describeFailure(error);
    // Server text in a message: no terminal escape, bidi override or workflow command (in a GitHub Actions step) reaches stderr.
    if (message) process.stderr.write(`error: ${breakCommandsAfterLineStart(escapeUnsafe(redact(message), '\n'))}\n`);
    if (debug) process.stderr.write(`${redact(details(error))}\n`);
    process.exitCode = code;
  }
}
