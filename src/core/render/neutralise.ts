/**
 * Untrusted text made inert for GitHub Flavored Markdown: it still reads as the
 * original, but nothing in it becomes a link, image, mention, issue reference, HTML
 * element or table cell boundary. GitHub renders with cmark-gfm
 * (https://github.github.com/gfm/), then links mentions and references in the text of
 * the HTML (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls).
 */
import { replaceUnsafe } from './unsafe.ts';
import { isWhole } from '../whole-number.ts';

/** Shown where the text had a line break or tab: a table row is one line, and a break would end it. */
const LINE_BREAK_MARK = ' ↵ ';
const LINE_BREAKS = /\r\n|[\n\r\t\u2028\u2029]/g;
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * U+200B ZERO WIDTH SPACE: invisible, but no mention, reference or autolink matches
 * across it. Inserted raw first, written as `&#8203;` last so a reader of the source
 * sees it and no editor strips it.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const ZERO_WIDTH_SPACE_ENTITY = '&#8203;';

/** `@user`, `@org/team` and the `@` of `user@example.com` (GFM's email autolink). */
const AT_SIGN = /@/g;
/** `#12` and `owner/repo#12`. */
const ISSUE_NUMBER = /#(?=\d)/g;
/** `GH-12`. */
const GH_PREFIX = /(gh)(?=-\d)/gi;
/** GFM's extended `www.` autolink. */
const WWW_PREFIX = /(www)(?=\.)/gi;
/**
 * `http://`, `mailto:x`, `javascript:...`: a URL scheme (RFC 3986 section 3.1) right before
 * a colon that is followed by more than whitespace, so `Security: Session expiration`
 * is left alone. No look-behind: GFM finds `http://` after any character (`.http://x`).
 */
const URL_SCHEME = /[A-Za-z][A-Za-z0-9+.\-]*(?=:\S)/g;
/** IPv6 groups (`fe80::1`, `2001:db8::1`) look like schemes; no scheme in use is 1 to 4 hex digits. */
const IPV6_GROUP = /^[0-9a-f]{1,4}$/i;

/**
 * HTML's special characters as entities, and the ASCII punctuation that Markdown gives
 * a meaning (emphasis, code, links, headings, lists, tables, strike-through, GitHub's
 * `$` math) escaped with a backslash, which GFM allows before any ASCII punctuation.
 * `|` is escaped everywhere because GFM splits table cells before anything else.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  [ZERO_WIDTH_SPACE]: ZERO_WIDTH_SPACE_ENTITY,
};
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/;
const SPECIAL = /[&<>"\u200B\\`*_{}[\]()#+\-.!|~$]/g;

/** The default `maxLength` of `neutralise`, in code points. */
export const MAX_TEXT_LENGTH = 1000;

/** The index just past the first `count` code points of `text`, or -1 when it is not longer than that. */
function cutIndex(text: string, count: number): number {
  // Each code point is one or two UTF-16 units: a short string needs no counting.
  if (text.length <= count) return -1;
  let index = 0;
  for (let seen = 0; seen < count; seen += 1) {
    const unit = text.charCodeAt(index);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    index += isPair ? 2 : 1;
    if (index >= text.length) return -1;
  }
  return index;
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Inserts an invisible break into every would-be mention, reference and autolink. */
function breakLinks(text: string): string {
  return text
    .replace(AT_SIGN, `@${ZERO_WIDTH_SPACE}`)
    .replace(ISSUE_NUMBER, `#${ZERO_WIDTH_SPACE}`)
    .replace(GH_PREFIX, `$1${ZERO_WIDTH_SPACE}`)
    .replace(WWW_PREFIX, `$1${ZERO_WIDTH_SPACE}`)
    .replace(URL_SCHEME, (scheme) => (IPV6_GROUP.test(scheme) ? scheme : scheme + ZERO_WIDTH_SPACE));
}

function escapeSpecial(text: string): string {
  return text.replace(SPECIAL, (character) => ENTITIES[character] ?? (MARKDOWN_PUNCTUATION.test(character) ? `\\${character}` : character));
}

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
export function neutralise(text: string, maxLength: number = MAX_TEXT_LENGTH): string {
  if (!(maxLength === Infinity || isWhole(maxLength, 1))) {
    throw new RangeError(`maxLength must be a positive integer or Infinity, got ${maxLength}`);
  }
  const source = typeof text === 'string' ? text : String(text ?? '');
  const cut = maxLength === Infinity ? -1 : cutIndex(source, maxLength);
  const kept = cut === -1 ? source : source.slice(0, cut);
  const visible = replaceUnsafe(
    kept.replace(LINE_BREAKS, LINE_BREAK_MARK),
    (character) => character === '\u0000' ? '' : REPLACEMENT_CHARACTER,
  );
  const inert = escapeSpecial(breakLinks(visible));
  // Our own brackets escaped too: nothing can turn the note into a reference link.
  return cut === -1 ? inert : `${inert} … \\[shortened from ${codePointCount(source)} characters\\]`;
}
