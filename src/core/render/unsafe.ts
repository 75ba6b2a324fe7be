/**
 * Characters that must not reach a reader unchanged, whatever the output format.
 * Shared by the renderers; each decides what to show instead.
 */

/**
 * DEL, C1 controls (U+009B is CSI on many terminals), bidirectional marks,
 * embeddings, overrides and isolates (the "Trojan Source" characters, CVE-2021-42574),
 * and the line and paragraph separators. Joiners and variation selectors stay: emoji need them.
 */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** Lone surrogates are not text at all; a pair is one emoji or other astral character. */
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

/** The above, C0 controls (NUL, ESC, newline, tab, ...) and lone surrogates. */
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]|${LONE_SURROGATE}`, 'g');
/** What `JSON.stringify` leaves raw: it escapes C0 controls and lone surrogates itself. */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

/** `text` with every unsafe character replaced by what `replacement` returns for it. */
export function replaceUnsafe(text: string, replacement: (character: string) => string): string {
  return text.replace(UNSAFE, replacement);
}

/**
 * JSON text (from `JSON.stringify`) with the unsafe characters it leaves raw written
 * as `\uXXXX`, and `##[` as `#\u0023[`: a GitHub Actions runner reads `##[` as a
 * command anywhere in a line of a step's output (see `breakWorkflowCommands`). Both can
 * only occur inside string literals, so the JSON stays valid and parses back to exactly
 * the same values; the structural line breaks of pretty JSON stay, and no line of it
 * starts with server text, so `::` needs nothing.
 */
export function escapeUnsafeInJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape).replaceAll('##[', '#\\u0023[');
}

/** `\u001b`: the JSON and JavaScript escape of one UTF-16 unit. */
export function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every unsafe character but those in `keep` written as its `\uXXXX`
 * escape: the one escaper of every output format that has no escape of its own (CSV
 * cells, error lines). `keep` lets a format hold the line breaks it can quote.
 *
 * @example escapeUnsafe('a\u001b[2Jb\u202e', '\n') // 'a\\u001b[2Jb\\u202e'
 */
export function escapeUnsafe(text: string, keep = ''): string {
  return replaceUnsafe(text, (character) => (keep.includes(character) ? character : unicodeEscape(character)));
}

/**
 * Text made harmless for a GitHub Actions log, where the scripts and the Action may
 * print server text: a workflow command starts with `::` at the beginning of a line,
 * and the runner still reads the legacy `##[command]` form anywhere in a line. A
 * zero-width space breaks both up; the text reads the same.
 * https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
 */
export function breakWorkflowCommands(text: string): string {
  return text.replace(/::/g, ':\u200B:').replace(/##\[/g, '#\u200B#[');
}

/**
 * The same for text whose own start is safe (`error: ...`, a line of text output, a
 * CSV cell after a comma): only what could begin a command breaks, `::` at the start of
 * a following line (after any space: the runner trims a line before it looks) and
 * `##[` anywhere, so that an IPv6 address such as `fe80::1` stays as typed. A lone CR
 * counts as a line end too, as it does for .NET's `StreamReader.ReadLine`
 * (https://learn.microsoft.com/dotnet/api/system.io.streamreader.readline).
 */
export function breakCommandsAfterLineStart(text: string): string {
  return text.replace(/([\r\n]\s*)::/g, '$1:\u200B:').replace(/##\[/g, '#\u200B#[');
}
