/** Questions on a terminal, like the seed's `input()`; asked on stderr so stdout stays data. */
import process from 'node:process';
import { createInterface } from 'node:readline/promises';

/** Whether a person can answer questions: stdin is a terminal. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY);
}

/** Asks each question in turn and returns the trimmed answers. */
export async function ask(questions: string[]): Promise<string[]> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answers: string[] = [];
    for (const question of questions) answers.push((await terminal.question(question)).trim());
    return answers;
  } finally {
    terminal.close();
  }
}
