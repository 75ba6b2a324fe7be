/**
 * The terminal edge: stdout for data, stderr for everything else. Writes respect
 * backpressure so streamed exports keep constant memory, and a closed pipe
 * (`... | head`) ends the program quietly.
 */
import process from 'node:process';
import { type Coverage, partialMessage } from './partial.ts';

export interface Output {
  write(chunk: string): Promise<void>;
}

/** Thrown when the reader of stdout went away; the program stops without an error. */
export class ClosedPipe extends Error {
  override name = 'ClosedPipe';
}

/** Ctrl-C stopped the run: what was written so far is only part of the result (exit code 130). */
export class Interrupted extends Error {
  override name = 'Interrupted';
  /** Records written before the stop, when known. */
  readonly written?: number;
  /** Which stretches of the window they cover, when known. */
  readonly coverage?: Coverage;
  /** `after`: a line to say instead of what to run to fetch the rest (an incremental export's next run fetches it). */
  constructor(written?: number, coverage?: Coverage, after?: string) {
    super(written === undefined ? 'interrupted' : `${partialMessage(written, coverage)}${after ? `\n${after}` : ''}`);
    this.written = written;
    this.coverage = coverage;
  }
}

/** Writes to a Node stream, waiting for 'drain' when its buffer is full. */
export function streamOutput(stream: NodeJS.WritableStream = process.stdout): Output {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    async write(chunk: string) {
      if (closed) throw new ClosedPipe();
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
          stream.on('close', done);
        });
      }
      if (closed) throw new ClosedPipe();
    },
  };
}

/** Writes every chunk of `chunks` to `output`. */
export async function pipe(chunks: AsyncIterable<string>, output: Output): Promise<void> {
  for await (const chunk of chunks) await output.write(chunk);
}

/** One diagnostic line on stderr. */
export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}
