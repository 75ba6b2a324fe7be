/**
 * The digest of a report body as the Action posted it, which its signed marker carries,
 * so that an edit after posting shows. Reviewers tick and untick the body's task-list
 * items, which edits the body: those edits must not count. So the digest is taken over
 * the body with every task box written unticked (`[ ]`), line ends as `\n` (GitHub's
 * editor may save `\r\n`) and the white space at its end dropped. Anything else that
 * changes, a row's text, an item added or removed, changes the digest.
 * Task-list items: https://github.github.com/gfm/#task-list-items-extension-
 */
import { base64url } from './mac.ts';

/** A task-list item's line: its list marker, the box and what it holds, and the rest. */
const TASK_LINE = /^(\s*[-*+]\s+\[)([ xX])(\]\s.*)$/;

/** One task-list item of a body: its line as posted (box unticked) and whether it is ticked. */
export interface TaskLine {
  text: string;
  ticked: boolean;
}

/** `text` with `\r\n` line ends as `\n`. */
function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** The task-list items of `text`, in order. */
export function taskLines(text: string): TaskLine[] {
  const found: TaskLine[] = [];
  for (const line of lines(text)) {
    const match = TASK_LINE.exec(line);
    if (match) found.push({ text: `${match[1]} ${match[3]}`, ticked: match[2] !== ' ' });
  }
  return found;
}

/** `text` as ticks leave it unchanged: every task box unticked, `\n` line ends, no trailing white space. */
export function untickedForm(text: string): string {
  return lines(text).map((line) => line.replace(TASK_LINE, '$1 $3')).join('\n').trimEnd();
}

/** The SHA-256 of `untickedForm(text)`, in base64url (43 characters). */
export async function bodyDigest(text: string): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(untickedForm(text))));
}
