/** The repository that holds the reports: `owner/repo`, as GitHub names it. */
import { InputError } from '../core/mod.ts';

export interface Repository {
  owner: string;
  repo: string;
}

/** `owner/repo` as GitHub sets `GITHUB_REPOSITORY` (and as `--repo` takes it). */
const REPOSITORY = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/;

/** `acme/audit` as a `Repository`, or undefined when the text is not of that shape. */
export function parseRepository(text: string): Repository | undefined {
  const match = REPOSITORY.exec(text.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** `parseRepository`, or an `InputError` that names `setting` and shows the shape. */
export function readRepository(text: string | undefined, setting: string): Repository {
  const repository = text === undefined ? undefined : parseRepository(text);
  if (!repository) {
    throw new InputError(`${setting} is ${text ? JSON.stringify(text) : 'not set'}: give the repository as OWNER/NAME, e.g. acme/audit`);
  }
  return repository;
}
