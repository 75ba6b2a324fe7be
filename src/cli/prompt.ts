/** Questions on a terminal, like the seed's `input()`; asked on stderr so stdout stays data. */
import process from 'node:process';
import { createInterface } from 'node:readline/promises';
import { InputError } from '../core/mod.ts';
import { Interrupted } from './io.ts';

/** Whether a person can answer questions: stdin is a terminal. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY);
}

export interface Prompter {
  /**
   * Asks `question` until `check` accepts the trimmed answer: a refused answer (an
   * InputError) is explained on the next line and the question asked again.
   */
  ask<T>(question: string, check: (answer: string) => T): Promise<T>;
  close(): void;
}

/** A prompter on the terminal; close it when done. */
export function openPrompter(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Prompter {
  const terminal = createInterface({ input, output });
  return {
    async ask(question, check) {
      for (;;) {
        let answer: string;
        try {
          answer = (await terminal.question(question)).trim();
        } catch (error) {
          // Ctrl-C (or the end of input) at the question: end the prompt's line, stop as interrupted.
          if ((error as Error).name !== 'AbortError') throw error;
          output.write('\n');
          throw new Interrupted();
        }
        try {
          return check(answer);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          output.write(`  ${error.message}; try again\n`);
        }
      }
    },
    close: () => terminal.close(),
  };
}
