/**
 * Characters that must not reach a reader unchanged, whatever the output format.
 * Shared by the renderers; each decides what to show instead.
 */
/** `text` with every unsafe character replaced by what `replacement` returns for it. */
export declare function replaceUnsafe(text: string, replacement: (character: string) => string): string;
/**
 * JSON text (from `JSON.stringify`) with the unsafe characters it leaves raw written
 * as `\uXXXX`. They can only occur inside string literals, so the JSON stays valid and
 * parses back to exactly the same values; the structural line breaks of pretty JSON stay.
 */
export declare function escapeUnsafeInJson(json: string): string;
/** `\u001b`: the JSON and JavaScript escape of one UTF-16 unit. */
export declare function unicodeEscape(character: string): string;
