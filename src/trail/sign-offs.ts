/**
 * Who signed off which change of a report, from what GitHub recorded of them, never from
 * what the report's text says (anyone who can edit the issue can write "reviewed by
 * alice" into it):
 *
 * - **A tick.** A reviewer ticks a "Needs attention" task-list item in the report's first
 *   body. GitHub records the edit (`edit-history.ts`): its editor, its time, and the body
 *   after it. A box that turns ticked in a revision is signed off by that revision's
 *   editor, at its time; one that turns unticked again withdraws it, whoever unticks it.
 *   A tick made by the Action's own identity (another workflow posting as it) signs off
 *   nothing; one whose revision's text GitHub no longer gives (a revision deleted from
 *   the history, or older than the pages read) is `unattributed`: ticked, but by nobody
 *   known, so not accepted.
 * - **A comment** on the report starting `/reviewed ID [ID…] [note]`, written by its
 *   author (GitHub's REST comment list names the author) and not edited since it was
 *   posted (someone with write access can edit another's comment; an edited comment is
 *   set aside rather than credited to its author). It signs off those ids the report
 *   lists, at the comment's time; deleting it withdraws it.
 *
 * Which change a task stands for comes from the first body's signed marker (`tasks`, in
 * the order of the items as posted); an item is known by its text as posted, so a line
 * someone adds (`- [x] …`), or one they reword, stands for nothing.
 */
import { taskLines } from './body-digest.ts';
import type { Revision } from './edit-history.ts';
import { type CommentSummary, editedSinceCreated, type Identity, isIdentityLogin, writtenBy } from './reported.ts';

/** One sign-off: who, when, how. */
export interface SignOff {
  /** The GitHub login, as REST writes it. */
  login: string;
  /** When (ISO 8601, GitHub's clock). */
  at: string;
  via: 'tick' | 'comment';
  /** What a `/reviewed` comment says after its ids. */
  note?: string;
}

/** What a ticked box says: a sign-off, or a tick nobody known made. */
export type Tick = SignOff | 'unattributed';

/**
 * The boxes of `body` that are ticked, as indexes into `posted` (the task lines as
 * posted, unticked): the k-th line of a text stands for the k-th posted line of that
 * text; lines that were never posted stand for nothing.
 */
function tickedIndexes(body: string, posted: readonly string[]): Set<number> {
  const places = new Map<string, number[]>();
  posted.forEach((text, index) => places.set(text, [...(places.get(text) ?? []), index]));
  const seen = new Map<string, number>();
  const ticked = new Set<number>();
  for (const line of taskLines(body)) {
    const occurrence = seen.get(line.text) ?? 0;
    seen.set(line.text, occurrence + 1);
    const index = places.get(line.text)?.[occurrence];
    if (index !== undefined && line.ticked) ticked.add(index);
  }
  return ticked;
}

/** Options of `tickSignOffs`. */
export interface TickOptions {
  /** The first body's task lines as posted (`taskLines` of the authenticated original), in order. */
  posted: readonly string[];
  /** The audit-log id each posted task stands for (the marker's `tasks`), in the same order. */
  tasks: readonly number[];
  /** The body's edit history, oldest first. */
  revisions: readonly Revision[];
  /** Whether `revisions` starts with the body's creation (the whole history was read). */
  complete: boolean;
  /** The body as it is now. */
  current: string;
  identity: Identity;
}

/**
 * The ticked boxes of a report's first body, by the audit-log id each stands for, with
 * who ticked each (see the module comment): the boxes ticked now, each credited to the
 * revision that last ticked it.
 */
export function tickSignOffs(options: TickOptions): Map<number, Tick> {
  const { posted, tasks, identity } = options;
  const state = new Map<number, Tick | 'action'>();
  // Before the first revision: the creation holds no tick; an unread start is unknown.
  let previous: Set<number> | undefined = options.complete ? new Set() : undefined;
  const apply = (body: string | undefined, editor: string | undefined, at: string) => {
    if (body === undefined) {
      previous = undefined;
      return;
    }
    const now = tickedIndexes(body, posted);
    for (const index of now) {
      if (previous?.has(index)) continue;
      if (previous === undefined || editor === undefined) state.set(index, 'unattributed');
      else state.set(index, isIdentityLogin(editor, identity) ? 'action' : { login: editor, at, via: 'tick' });
    }
    for (const index of [...state.keys()]) if (!now.has(index)) state.delete(index);
    previous = now;
  };
  for (const revision of options.revisions) apply(revision.body, revision.editor, revision.at);
  // The body now should be the newest revision's; one edited after the history was read is nobody's known tick.
  const newest = options.revisions.at(-1);
  if (newest?.body !== options.current) apply(options.current, undefined, newest?.at ?? '');
  const ticks = new Map<number, Tick>();
  for (const [index, tick] of state) {
    const id = tasks[index];
    if (id !== undefined && tick !== 'action' && !ticks.has(id)) ticks.set(id, tick);
  }
  return ticks;
}

/** `/reviewed`, at the start of a comment, in any case. */
const COMMAND = /^\s*\/reviewed(?=\s|$)/i;

/** A `/reviewed` comment that signs off nothing, and why (for the evidence's notes). */
export interface SetAside {
  login: string;
  at: string;
  why: string;
}

/**
 * The sign-offs of the `/reviewed` comments among `comments` (a report's), for the ids
 * of `listed` (what the report lists); and the `/reviewed` comments set aside.
 */
export function commentSignOffs(
  comments: readonly CommentSummary[],
  listed: ReadonlySet<number>,
  identity: Identity,
): { signOffs: Map<number, SignOff[]>; setAside: SetAside[] } {
  const signOffs = new Map<number, SignOff[]>();
  const setAside: SetAside[] = [];
  for (const comment of comments) {
    const body = comment.body ?? '';
    const login = comment.user?.login;
    const at = comment.created_at ?? '';
    if (!COMMAND.test(body) || !login) continue;
    if (writtenBy(comment, identity) || isIdentityLogin(login, identity)) continue;
    if (editedSinceCreated(comment)) {
      setAside.push({ login, at, why: 'edited after it was posted: post a new /reviewed comment' });
      continue;
    }
    const [first = '', ...rest] = body.replace(COMMAND, '').replace(/\r\n?/g, '\n').split('\n');
    const words = first.trim().split(/[\s,]+/).filter(Boolean);
    const ids: number[] = [];
    while (words.length && /^\d{1,16}$/.test(words[0]!)) ids.push(Number(words.shift()));
    const note = [words.join(' '), ...rest].join('\n').trim();
    const known = ids.filter((id) => listed.has(id));
    if (known.length === 0) {
      setAside.push({ login, at, why: ids.length ? 'names no change this report lists' : 'names no audit-log id' });
      continue;
    }
    for (const id of new Set(known)) {
      const signOff: SignOff = { login, at, via: 'comment', ...(note ? { note } : {}) };
      signOffs.set(id, [...(signOffs.get(id) ?? []), signOff]);
    }
  }
  return { signOffs, setAside };
}
