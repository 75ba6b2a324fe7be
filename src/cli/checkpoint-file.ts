/**
 * The file side of `--checkpoint FILE` (the core's `export/incremental.ts` says why each
 * step is where it is): the lock beside the checkpoint, reading the checkpoint, making
 * the output durable, and replacing the checkpoint atomically.
 *
 * - **The lock** is `FILE.lock`, created exclusively (`O_CREAT | O_EXCL`, which POSIX
 *   makes atomic: https://pubs.opengroup.org/onlinepubs/9699919799/functions/open.html),
 *   holding `{"pid", "host", "since"}`. A lock whose host is this one and whose process
 *   no longer runs (`kill(pid, 0)` answers ESRCH) was left by a killed run: it is removed
 *   and taken, with a note on stderr. Any other lock refuses the run in one line (exit 1).
 *   Before the checkpoint is replaced, the run reads the lock again and goes on only if it
 *   is still its own: should two runs clear one stale lock at once and one of them remove
 *   the other's new lock, the run that lost it writes no checkpoint, so the next run
 *   repeats its records rather than skip any.
 * - **The output is durable** before the checkpoint moves: stdout drained (an empty write's
 *   callback runs once everything before it is handed to the system), then `fsync` of
 *   stdout when it is a file (`>> export.ndjson`); a pipe or a terminal has nothing to
 *   sync (EINVAL), and whatever reads it is then what keeps the records.
 * - **The checkpoint is replaced atomically**: written to `FILE.tmp-PID` in FILE's own
 *   directory (a rename across filesystems is not atomic), `fsync`ed, renamed over FILE
 *   (https://pubs.opengroup.org/onlinepubs/9699919799/functions/rename.html: another
 *   process sees the old file or the new one, never a mix), then the directory is
 *   `fsync`ed so the rename itself survives a power cut. A run killed before the rename
 *   leaves the old checkpoint whole; the next run repeats the killed run's records only.
 */
import { closeSync, constants, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname } from 'node:path';
import process from 'node:process';
import { type Checkpoint, InputError, parseCheckpoint } from '../core/mod.ts';
import { fileProblem } from './flag-groups.ts';

/** Another run holds the checkpoint's lock, or took it from this one: exit code 1, one line. */
export class CheckpointLocked extends Error {
  override name = 'CheckpointLocked';
}

/** What a lock file holds. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** A held lock: `release` removes it (once); `held` says whether the lock file is still this run's. */
export interface Lock {
  /** Said on stderr when a stale lock was cleared to take this one. */
  readonly cleared?: string;
  held(): boolean;
  release(): void;
}

/** The lock file of `file`. */
export const lockPath = (file: string) => `${file}.lock`;

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (Number.isSafeInteger(parsed.pid) && typeof parsed.host === 'string' && typeof parsed.since === 'string') {
      return parsed as LockOwner;
    }
  } catch {
    // Missing, or being written (a run creates it, then fills it): not a lock to judge.
  }
  return undefined;
}

/** Whether process `pid` runs on this host: `kill(pid, 0)` checks without signalling (EPERM: it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const sameOwner = (a: LockOwner | undefined, b: LockOwner | undefined) =>
  a !== undefined && b !== undefined && a.pid === b.pid && a.host === b.host && a.since === b.since;

/** Creates the lock file exclusively with `owner`, or answers false when one exists. */
function create(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new InputError(`--checkpoint: cannot create the lock ${path}: ${fileProblem(error, 'its directory does not exist')}`);
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of checkpoint `file`, clearing one left by a process of this host that no
 * longer runs; throws {@link CheckpointLocked} when another run holds it.
 */
export function acquireLock(file: string): Lock {
  const path = lockPath(file);
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
  let cleared: string | undefined;
  if (!create(path, owner)) {
    const found = readOwner(path);
    const stale = found !== undefined && found.host === owner.host && !running(found.pid);
    const by = found ? `process ${found.pid} on ${found.host} since ${found.since}` : 'a lock being written or unreadable';
    if (!stale) {
      throw new CheckpointLocked(`another export is using ${file} (${path}: ${by}); if none is running, remove ${path}`);
    }
    // Removed only if it is still the stale lock just read: another run may have cleared it and taken its own.
    if (sameOwner(readOwner(path), found)) {
      try {
        unlinkSync(path);
      } catch {
        // Cleared by another run first: the exclusive create below decides.
      }
    }
    if (!create(path, owner)) {
      throw new CheckpointLocked(`another export took ${file} (${path}) as this one cleared a stale lock: try again later`);
    }
    cleared =
      `note: cleared a stale lock on ${file}: ${by}, which no longer runs (a killed run; the export resumes from its last checkpoint)`;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: one taken from us belongs to the run that took it.
    if (sameOwner(readOwner(path), owner)) unlinkSync(path);
  };
  // A second Ctrl-C exits at once, past every finally: the lock goes with the process all the same.
  process.on('exit', release);
  return { ...(cleared ? { cleared } : {}), held: () => sameOwner(readOwner(path), owner), release };
}

/** The checkpoint in `file`, or undefined when there is none yet (the first run); one line for anything unreadable. */
export function readCheckpointFile(file: string): Checkpoint | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`--checkpoint: cannot read ${file}: ${fileProblem(error)}`);
  }
  return parseCheckpoint(text, file);
}

/** Codes `fsync` answers for what cannot be synced (a pipe, a terminal, some special files): nothing to make durable there. */
const UNSYNCABLE = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS', 'EBADF']);

function syncIfPossible(fd: number): void {
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!UNSYNCABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** Waits until everything written to stdout is handed to the system, then syncs it when it is a file. */
export async function flushStdout(stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
  const fd = (stream as { fd?: number }).fd;
  if (typeof fd === 'number') syncIfPossible(fd);
}

/** Writes `text` to checkpoint `file` atomically and durably: a temporary file beside it, fsync, rename, fsync of the directory. */
export function saveCheckpointFile(file: string, text: string): void {
  const directory = dirname(file);
  const temporary = `${directory}/${basename(file)}.tmp-${process.pid}`;
  // 'w', not exclusive: a temporary left by a killed run of the same process id is replaced.
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  let dir: number | undefined;
  try {
    dir = openSync(directory, 'r');
    syncIfPossible(dir);
  } catch (error) {
    // A system that cannot open a directory to sync it (EISDIR, EPERM on some) still renamed the file.
    if (!['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (dir !== undefined) closeSync(dir);
  }
}
