/** The default `maxLength` of `neutralise`, in code points. */
export declare const MAX_TEXT_LENGTH = 1000;
/**
 * `text` as inert inline GFM that reads as the original: safe in a table cell, a
 * paragraph or link text. Line breaks and tabs show as ` ↵ `, NUL is dropped, other
 * control characters, bidi overrides and lone surrogates become U+FFFD.
 *
 * Text longer than `maxLength` code points is cut first (never inside a surrogate
 * pair) and marked ` … [shortened from N characters]`. Escaping then grows it by at
 * most 8 times (`@` becomes `@&#8203;`), so the result stays under
 * `8 * maxLength + 60` UTF-16 units: a bound a body splitter can rely on.
 *
 * @example neutralise('Ping @ops, see #12 <b>now</b>')
 *   // 'Ping @&#8203;ops, see \\#&#8203;12 &lt;b&gt;now&lt;/b&gt;'
 */
export declare function neutralise(text: string, maxLength?: number): string;
