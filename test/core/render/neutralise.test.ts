import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_TEXT_LENGTH, neutralise } from '../../../src/core/render/neutralise.ts';
import { elementNames, linkTargets, toHtml, visibleText } from './gfm.ts';

const ZWSP = /\u200B/g;

/** What a reader sees of `text` after neutralise, rendered inside a paragraph. */
function seen(text: string, maxLength?: number): string {
  const html = toHtml(`Text: ${neutralise(text, maxLength)}`);
  return visibleText(html).trim().replace(/^Text: /, '');
}

test('neutralise keeps ordinary text exactly as it was', () => {
  for (const text of ['Changed from 10 minutes to 30 minutes', 'Security: Session expiration', 'Turned on', 'Zoë 日本語 👩🏽‍💻 🇩🇪']) {
    assert.is(neutralise(text), text);
  }
});

test('neutralise output reads as the original once rendered', () => {
  const originals = [
    '*bold* _em_ **strong** ~~gone~~ `code` ```fence```',
    '[x](javascript:alert(1)) ![i](http://x/y.png) <http://evil.example>',
    '<img src=x onerror=alert(1)> <details><summary>s</summary></details> <script>alert(1)</script>',
    '# heading',
    '> quote',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '[ ] task',
    '[^1] note',
    '> [!WARNING]',
    'a | b \\| c \\',
    'C:\\Users\\admin\\',
    '$5 to $10 and $$x$$',
    '&amp; &#64; &lt;b&gt; &copy;',
    '{curly} (round) [square] !bang . dot # hash',
    '"quoted" \'single\'',
  ];
  for (const original of originals) {
    assert.is(seen(original).replace(ZWSP, ''), original, `for ${JSON.stringify(original)}`);
  }
});

test('neutralise makes no element of hostile HTML or Markdown', () => {
  const html = toHtml(
    neutralise(
      '<img src=x onerror=alert(1)> <details open> [x](javascript:alert(1)) ![i](http://x/y.png) **b** _i_ `c` <!-- c --> <a href="http://x">x</a>',
    ),
  );
  assert.equal([...elementNames(html)], ['p']);
});

test('neutralise breaks mentions, issue references and autolinks with a zero-width space', () => {
  const text =
    '@user @org/team user@example.com #12 owner/repo#12 GH-12 gh-3 http://evil.example https://x.y www.evil.example WWW.EVIL.EXAMPLE mailto:a@b.c xmpp:a@b.c ftp://x javascript:alert(1)';
  const html = toHtml(neutralise(text));
  assert.equal(linkTargets(html), []);
  const visible = visibleText(html);
  assert.not.match(visible, /@\w/);
  assert.not.match(visible, /#\d/);
  assert.not.match(visible, /gh-\d/i);
  assert.not.match(visible, /https?:|www\.|mailto:|xmpp:|ftp:|javascript:/i);
  assert.is(visible.trim().replace(ZWSP, ''), text);
  assert.match(neutralise('@user #1 GH-1 http://x'), '@&#8203;user \\#&#8203;1 GH&#8203;\\-1 http&#8203;://x');
});

test('neutralise leaves a colon followed by a space, and IPv6 addresses, unbroken', () => {
  assert.is(neutralise('Security: Session expiration'), 'Security: Session expiration');
  assert.is(neutralise('fe80::1'), 'fe80::1');
  assert.is(neutralise('2001:db8::8a2e:370:7334'), '2001:db8::8a2e:370:7334');
});

test('neutralise shows line breaks and tabs as a visible mark, on one line', () => {
  assert.is(neutralise('one\ntwo\r\nthree\rfour\tfive\u2028six'), 'one ↵ two ↵ three ↵ four ↵ five ↵ six');
});

test('neutralise drops NUL and replaces control characters and bidi overrides with U+FFFD', () => {
  assert.is(neutralise('a\u0000b'), 'ab');
  assert.is(neutralise('a\u001b[31mb\u007fc\u009bd'), 'a\uFFFD\\[31mb\uFFFDc\uFFFDd');
  assert.is(neutralise('evil\u202Etxt.exe \u2066x\u2069 \u200E\u200F'), 'evil\uFFFDtxt\\.exe \uFFFDx\uFFFD \uFFFD\uFFFD');
  assert.is(neutralise('lone \ud800 and \udc00'), 'lone \uFFFD and \uFFFD');
});

test('neutralise shortens long text to maxLength code points and says so', () => {
  const long = 'x'.repeat(100_000);
  assert.is(neutralise(long), `${'x'.repeat(MAX_TEXT_LENGTH)} … \\[shortened from 100000 characters\\]`);
  assert.is(seen(long, 5), 'xxxxx … [shortened from 100000 characters]');
  assert.is(neutralise('x'.repeat(1000)), 'x'.repeat(1000), 'text of exactly maxLength stays whole');
});

test('neutralise shortens before escaping, and never splits a surrogate pair', () => {
  assert.is(neutralise('😀😀😀😀', 3), '😀😀😀 … \\[shortened from 4 characters\\]');
  assert.is(neutralise('😀😀😀', 3), '😀😀😀');
  assert.is(neutralise('a😀b', 2), 'a😀 … \\[shortened from 3 characters\\]');
  assert.is(neutralise('<<<<', 2), '&lt;&lt; … \\[shortened from 4 characters\\]');
});

test('neutralise refuses a maxLength that is not a positive integer', () => {
  for (const bad of [0, -1, 1.5, NaN]) assert.throws(() => neutralise('x', bad), RangeError);
  assert.is(neutralise('x'.repeat(2000), Infinity).length, 2000);
});

test('neutralise output stays within 8 times maxLength plus the note', () => {
  for (const unit of ['@', '#1', 'GH-1', 'www.', 'a:b ', '"', '&', '\n', '😀', '.:x']) {
    const result = neutralise(unit.repeat(100_000), 1000);
    assert.ok(result.length <= 8 * 1000 + 60, `${JSON.stringify(unit)} grew to ${result.length}`);
  }
});

/** A seeded generator, so a failure can be reproduced. */
function randomTexts(count: number, seed: number): string[] {
  const alphabet = [
    '@',
    '#',
    '1',
    'GH',
    '-',
    'www',
    '.',
    'http',
    ':',
    '/',
    'a',
    ' ',
    '\n',
    '|',
    '\\',
    '`',
    '*',
    '_',
    '<',
    '>',
    '[',
    ']',
    '(',
    ')',
    '!',
    '&',
    ';',
    '"',
    'x',
    '~',
    '$',
    '😀',
    '\u202e',
    '\u0000',
    'mailto',
    'e.com',
    '\t',
    'h',
    't',
    'p',
    'w',
    'f',
    'g',
    'https',
    '//',
    'xmpp',
    '{',
    '=',
    '+',
    '%',
    '^',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(''));
}

test('neutralise makes random hostile text inert in a paragraph and in a table cell', () => {
  for (const text of randomTexts(1000, 20_240_521)) {
    const inert = neutralise(text);
    for (const body of [`Text: ${inert}`, `| a | b |\n| --- | --- |\n| ${inert} | end |\n`]) {
      const html = toHtml(body);
      const names = [...elementNames(html)].filter((name) => !['p', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(name));
      assert.equal(names, [], `${JSON.stringify(text)} made ${names}`);
      const visible = visibleText(html);
      assert.not.match(visible, /@\w|#\d|gh-\d|(?:https?|ftp):\/\/|www\.|(?:mailto|xmpp):\S/i, JSON.stringify(text));
    }
    const cells = /<td>([\s\S]*?)<\/td>\s*<td>end<\/td>/.exec(toHtml(`| a | b |\n| --- | --- |\n| ${inert} | end |\n`));
    assert.ok(cells, `${JSON.stringify(text)} broke the table`);
  }
});

test.run();
