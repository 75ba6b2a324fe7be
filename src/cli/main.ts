/**
 * Runs a script: maps what went wrong to one readable line on stderr and an exit
 * code (0 ok, 1 the Zendesk call failed, 2 bad usage or input). `process.exitCode`
 * rather than `process.exit()`, so buffered output is never cut off.
 */
import process from 'node:process';
import { breakCommandsAfterLineStart, escapeUnsafe, failureText, InputError, redactor, secretForms, ZendeskError } from '../core/mod.ts';
import { credentialsFromEnv, type Environment, SECRET_VARIABLES } from './credentials.ts';
import { ClosedPipe, Interrupted } from './io.ts';

/** 130: interrupted, 128 + SIGINT's number, as shells report a program stopped by Ctrl-C. */
export const EXIT = { ok: 0, zendesk: 1, usage: 2, interrupted: 130 } as const;

/** Removes any form of the environment's credentials from `text`. */
export function environmentRedactor(env: Environment): (text: string) => string {
  let secrets: string[] = [];
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

/** The exit code for `error`, and the line to print (undefined: print nothing). */
export function describeFailure(error: unknown): { code: number; message?: string } {
  if (error instanceof ClosedPipe) return { code: EXIT.ok };
  if (error instanceof Interrupted) return { code: EXIT.interrupted, message: error.message };
  if (error instanceof InputError) return { code: EXIT.usage, message: error.message };
  if (error instanceof ZendeskError) return { code: EXIT.zendesk, message: error.message };
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

/** A script's program: `argv` without the node and script paths. */
export type Program = (argv: string[], env: Environment) => Promise<void>;

/** Runs `program` with the process's arguments and environment. */
export async function runProgram(program: Program): Promise<void> {
  const argv = process.argv.slice(2);
  const env = process.env as Environment;
  const redact = environmentRedactor(env);
  try {
    await program(argv, env);
  } catch (error) {
    const { code, message } = describeFailure(error);
    // Server text in a message: no terminal escape, bidi override or workflow command (in a GitHub Actions step) reaches stderr.
    if (message) process.stderr.write(`error: ${breakCommandsAfterLineStart(escapeUnsafe(redact(message), '\n'))}\n`);
    if (argv.includes('--debug')) process.stderr.write(`${redact(details(error))}\n`);
    process.exitCode = code;
  }
}
