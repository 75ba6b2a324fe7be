/**
 * Reading a Markdown body the way GitHub would show it: rendered with `marked` in GFM
 * mode, then taken apart with a few regular expressions (the HTML is marked's own,
 * regular and small). Not a test file itself.
 */
import { marked } from 'marked';

/** The HTML `marked` makes of `body` in GFM mode. */
export function toHtml(body: string): string {
  return marked.parse(body, { gfm: true, async: false });
}

/**
 * The elements a report makes itself: headings (h4 groups "Needs attention" by
 * severity), lists and task-list boxes, emphasis, code spans, links (actor pages and
 * runbooks) and the table. Anything else in a report's HTML came from someone's text.
 */
export const REPORT_ELEMENTS: ReadonlySet<string> = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'input',
  'em',
  'strong',
  'code',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** The names of all elements in `html`, comments excluded. */
export function elementNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase()));
}

/** The `href` of every `<a` element. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*>/gi)].map((match) => /href="([^"]*)"/.exec(match[0])?.[1] ?? '(no href)');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities decoded: what the reader sees. */
export function decode(html: string): string {
  return html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal, hex, name) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The text a reader sees: comments and tags removed, entities decoded. */
export function visibleText(html: string): string {
  return decode(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '));
}

/** The cells of each body row of the first table, as visible text. */
export function tableBodyRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => decode(cell[1]!.replace(/<[^>]*>/g, '')))
  );
}

/** The header cells of the first table. */
export function tableHeader(html: string): string[] {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => decode(cell[1]!.replace(/<[^>]*>/g, '')));
}
