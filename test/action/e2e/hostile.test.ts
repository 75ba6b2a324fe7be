import { marked } from 'marked';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, postedBodies, startAudit, tableIds } from '../audit-setup.ts';
import { REPORT_ELEMENTS } from '../../core/render/gfm.ts';

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
    change_description:
      'www.evil.example and https://evil.example/x and mailto:a@b.example and user@example.com\n\n# Heading\n| a | b |\n- list',
  },
  {
    actor_name: '[x](javascript:alert(1)) <a href="https://evil.example">a</a>',
    source_label: '<!-- zendesk-audit ids: 1,2,3 --> `code` **bold** ~~gone~~ $x^2$',
    change_description: '<!-- zendesk-audit ids: 14 --> \u202Eevil\u202C &amp; &lt;b&gt; \\| <https://evil.example/auto>',
  },
];

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

/** Where the built-in rules' runbooks link: Zendesk's help centre. */
const HELP = 'https://support.zendesk.com/hc/';

/**
 * Rendered as GitHub would (GFM), `markdown` has no link but to `ours` and the rules'
 * runbooks, no image, no foreign HTML, no mention or reference.
 */
function assertInert(markdown: string, ours: string) {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
    assert.ok(decodeEntities(href!).startsWith(ours) || decodeEntities(href!).startsWith(HELP), `a link to ${href}`);
  }
  assert.not.match(html, /<img/i);
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, tag] of withoutComments.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)) {
    assert.ok(REPORT_ELEMENTS.has(tag!.toLowerCase()), `an HTML element <${tag}> from Zendesk text`);
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

/** Patterns that make every hostile record sensitive, so its text reaches the Needs-attention list too. */
const HOSTILE_SENSITIVE = { 'sensitive-settings': 'fixes\nscript\nzendesk audit ids' };

test('hostile names and descriptions render inert: no foreign links, images, HTML, mentions or references', async ({ audit }) => {
  const result = await audit.run(HOSTILE_SENSITIVE);
  assert.is(result.code, 0, result.stdout);
  const bodies = postedBodies(audit.github);
  assert.is(bodies.length, 1);
  const [{ body, ids }] = bodies as [(typeof bodies)[0]];
  const all = audit.sandbox.auditLogs().map((record) => record.id);
  assert.equal(ids, all, 'forged markers in Zendesk text add no ids');
  assert.equal(tableIds(body), all, 'every row kept its shape: the id is still the last cell');

  assertInert(body, `${audit.sandbox.url}/agent/users/`);
  // The hostile three, and whichever of the generated changes are sensitive anyway.
  const [, high = 0, medium = 0] = /### ⚠ Needs attention: (?:(\d+) high)?(?:, )?(?:(\d+) medium)?\n/.exec(body) ?? [];
  const sensitive = Number(high) + Number(medium);
  assert.ok(sensitive >= HOSTILE.length, `${sensitive} sensitive`);
  const tasks = (marked.parse(body, { gfm: true, async: false }) as string).match(/<input [^>]*type="checkbox"/g) ?? [];
  assert.is(tasks.length, sensitive, 'one task per sensitive change, none from Zendesk text');
  const hostileIds = audit.sandbox.auditLogs().filter((record) => HOSTILE.some((item) => item.source_label === record.source_label)).map((
    record,
  ) => record.id);
  assert.is(hostileIds.length, HOSTILE.length);
  for (const id of hostileIds) assert.match(body, new RegExp(`^- \\[ \\] .* · audit log ${id}$`, 'm'));

  // The table has exactly its columns in every row.
  const table = marked.lexer(body).find((token) => token.type === 'table') as { header: unknown[]; rows: unknown[][] } | undefined;
  assert.ok(table);
  assert.is(table.header.length, 7);
  for (const row of table.rows) assert.is(row.length, 7);
  assert.is(table.rows.length, all.length);
});

test('the issue title and the job summary stay inert too', async ({ audit }) => {
  audit.sandbox.addRecords(HOSTILE);
  const result = await audit.run({ 'dry-run': 'true', ...HOSTILE_SENSITIVE });
  assert.is(result.code, 0, result.stdout);
  assertInert(result.summary, `${audit.sandbox.url}/agent/users/`);
  assert.match(result.summary, 'Needs attention');
  const [issue] = audit.github.issues();
  assert.not.match(issue!.title, /[<>@#]/);
});

test.run();
