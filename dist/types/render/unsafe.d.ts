/**
 * Characters that must not reach a reader unchanged, whatever the output format.
 * Shared by the renderers; each decides what to show instead.
 */
/** `text` with every unsafe character replaced by what `replacement` returns for it. */
export declare function replaceUnsafe(text: string, replacement: (character: string) => string): string;
/**
 * JSON text (from `JSON.stringify`) with the unsafe characters it leaves raw written
 * as `\uXXXX`, and `##[` as `#\u0023[`: a GitHub Actions runner reads `##[` as a
 * command anywhere in a line of a step's output (see `breakWorkflowCommands`). Both can
 * only occur inside string literals, so the JSON stays valid and parses back to exactly
 * the same values; the structural line breaks of pretty JSON stay, and no line of it
 * starts with server text, so `::` needs nothing.
 */
export declare function escapeUnsafeInJson(json: string): string;
/** `\u001b`: the JSON and JavaScript escape of one UTF-16 unit. */
export declare function unicodeEscape(character: string): string;
/**
 * `text` with every unsafe character but those in `keep` written as its `\uXXXX`
 * escape: the one escaper of every output format that has no escape of its own (CSV
 * cells, error lines). `keep` lets a format hold the line breaks it can quote.
 *
 * @example escapeUnsafe('a\u001b[2Jb\u202e', '\n') // 'a\\u001b[2Jb\\u202e'
 */
export declare function escapeUnsafe(text: string, keep?: string): string;
/**
 * Text made harmless for a GitHub Actions log, where the scripts and the Action may
 * print server text: a workflow command starts with `::` at the beginning of a line,
 * and the runner still reads the legacy `##[command]` form anywhere in a line. A
 * zero-width space breaks both up; the text reads the same.
 * https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
 */
export declare function breakWorkflowCommands(text: string): string;
/**
 * The same for text whose own start is safe (`error: ...`, a line of text output, a
 * CSV cell after a comma): only what could begin a command breaks, `::` at the start of
 * a following line (after any space: the runner trims a line before it looks) and
 * `##[` anywhere, so that an IPv6 address such as `fe80::1` stays as typed. A lone CR
 * counts as a line end too, as it does for .NET's `StreamReader.ReadLine`
 * (https://learn.microsoft.com/dotnet/api/system.io.streamreader.readline).
 */
export declare function breakCommandsAfterLineStart(text: string): string;
