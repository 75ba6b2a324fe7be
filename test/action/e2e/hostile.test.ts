import { marked } from 'marked';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit, tableIds } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('hostile Zendesk text', { audit: undefined as never });

/** Text an attacker with admin rights in Zendesk could put in names, labels and descriptions. */
const HOSTILE = [
  {
    actor_name: '@octocat <img src=x onerror=alert(1)> [ping](https://evil.example/a)',
    source_label: 'Fixes #12, acme/audit#34 and GH-56 | extra | cells',
    change_description: 'Changed from [click me](https://evil.example) to ![pixel](https://evil.example/p.png)',
    ip_address: '<b>10.0.0.1</b>',
  },
  {
    actor_name: '@acme/security-team',
    source_label: '<script>alert(1)</script><details open><summary>x</summary></details>',
    change_description: 'www.evil.example and https://evil.example/x and mailto:a@b.example and user@example.com\n\n# Heading\n| a | b |\n- list',
  },
  {
    actor_name: '[x](javascript:alert(1)) <a href="https://evil.example">a</a>',
    source_label: '<!-- zendesk-audit ids: 1,2,3 --> `code` **bold** ~~gone~~ $x^2$',
    change_description: '<!-- zendesk-audit ids: 14 --> \u202Eevil\u202C &amp; &lt;b&gt; \\| <https://evil.example/auto>',
  },
];

// h3, input (task-list boxes) and em are the review sections' own.
const ALLOWED_TAGS = new Set(['h2', 'h3', 'ul', 'li', 'input', 'em', 'strong', 'code', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a']);

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Rendered as GitHub would (GFM), `markdown` has no link but to `ours`, no image, no foreign HTML, no mention or reference. */
function assertInert(markdown: string, ours: string) {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
    assert.ok(decodeEntities(href!).startsWith(ours), `a link to ${href}`);
  }
  assert.not.match(html, /<img/i);
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, tag] of withoutComments.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)) {
    assert.ok(ALLOWED_TAGS.has(tag!.toLowerCase()), `an HTML element <${tag}> from Zendesk text`);
  }
  // The only comment is our marker.
  assert.ok([...html.matchAll(/<!--/g)].length <= 1);

  const text = decodeEntities(withoutComments.replace(/<[^>]+>/g, ''));
  assert.not.match(text, /@\w/, 'no mention');
  assert.not.match(text, /#\d/, 'no issue reference');
  assert.not.match(text, /\bGH-\d/i, 'no GH- reference');
  // Still readable: the words are there.
  assert.match(text, 'octocat');
  assert.match(text, 'security-team');
  assert.match(text, 'Fixes #\u200B12');
}

test.before(async (context) => {
  context.audit = await startAudit({ records: 5, days: 1 });
  context.audit.sandbox.addRecords(HOSTILE);
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('hostile names and descriptions render inert: no foreign links, images, HTML, mentions or references', async ({ audit }) => {
  const result = await audit.run();
  assert.is(result.code, 0, result.stdout);
  const bodies = postedBodies(audit.github);
  assert.is(bodies.length, 1);
  const [{ body, ids }] = bodies as [(typeof bodies)[0]];
  const all = audit.sandbox.auditLogs().map((record) => record.id);
  assert.equal(ids, all, 'forged markers in Zendesk text add no ids');
  assert.equal(tableIds(body), all, 'every row kept its shape: the id is still the last cell');

  assertInert(body, `${audit.sandbox.url}/agent/users/`);

  // The table has exactly its columns in every row.
  const table = marked.lexer(body).find((token) => token.type === 'table') as { header: unknown[]; rows: unknown[][] } | undefined;
  assert.ok(table);
  assert.is(table.header.length, 6);
  for (const row of table.rows) assert.is(row.length, 6);
  assert.is(table.rows.length, all.length);
});

test('the issue title and the job summary stay inert too', async ({ audit }) => {
  audit.sandbox.addRecords(HOSTILE);
  const result = await audit.run({ 'dry-run': 'true' });
  assert.is(result.code, 0, result.stdout);
  assertInert(result.summary, `${audit.sandbox.url}/agent/users/`);
  const [issue] = audit.github.issues();
  assert.not.match(issue!.title, /[<>@#]/);
});

test.run();
