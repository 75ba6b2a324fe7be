import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownReport } from '../../../src/core/render/markdown.ts';
import {
  attentionSection,
  glanceSection,
  ITEM_END_ROOM,
  repeatedSection,
  reviewSections,
  spanText,
} from '../../../src/core/render/review.ts';
import { reviewChanges } from '../../../src/core/review/review.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import { ACCOUNT, detected, everything, INCIDENT, MAY_WINDOW, record, undetected, UTC } from './fixtures.ts';
import { elementNames, linkTargets, toHtml, visibleText } from './gfm.ts';

const review = reviewChanges(detected(INCIDENT));
const HELP = 'https://support.zendesk.com/hc/en-us/articles';

test('Needs attention lists each sensitive change as an unticked task, grouped by severity, oldest first, with its id and its rules', () => {
  const section = attentionSection(review, UTC);
  const lines = section.split('\n');
  assert.is(lines[0], '### ⚠ Needs attention: 3 high, 4 medium');
  const tasks = lines.filter((line) => line.startsWith('- [ ] '));
  assert.equal(tasks.map((line) => line.slice(line.lastIndexOf('audit log '))), [
    'audit log 2',
    'audit log 3',
    'audit log 5',
    'audit log 1',
    'audit log 4',
    'audit log 6',
    'audit log 7',
  ]);
  assert.ok(section.indexOf('#### High') < section.indexOf('audit log 2'));
  assert.ok(section.indexOf('audit log 5') < section.indexOf('#### Medium'));
  assert.ok(section.indexOf('#### Medium') < section.indexOf('audit log 1'));
  assert.match(
    section,
    [
      '- [ ] 2024-05-21 15:00:00 UTC · James Miller · Security: Require two\\-factor authentication for team members · on → off · audit log 2',
      '  - **Two\\-factor requirement turned off or loosened** (high): Without required two\\-factor authentication, one stolen password opens an agent or admin account\\. [Turn the requirement back on in Admin Center &gt; Account &gt; Security &gt; Team member authentication unless a change ticket explains it](' +
      `${HELP}/4408826974874)`,
      '  - **Change undone within a day** (medium): Undone 12 minutes later\\. [Look at what happened while the changed value stood](' +
      `${HELP}/4408828001434)`,
      '- [ ] 2024-05-21 15:01:10 UTC · James Miller · Security: Password policy · High → Custom · audit log 3',
    ].join('\n'),
  );
  assert.match(
    section,
    '- [ ] 2024-05-21 15:03:23 UTC · James Miller · End users: Enable CAPTCHA for anonymous requests · on → off · audit log 4',
  );
  assert.not.match(section, '#### Low', 'low is no task: two-factor turned on counts as medium here only because it undid a change');
});

test('At a glance counts changes per severity, per actor and per setting area, most first', () => {
  assert.is(
    glanceSection(review),
    [
      '### At a glance',
      '',
      '- **By severity:** 3 high, 4 medium',
      '- **By actor:** James Miller (5), Jack Wilson (2)',
      '- **By area:** Security (4), Localization (2), End users (1)',
      '',
    ].join('\n'),
  );
});

test('Changed more than once gives first old and last new value, the count, and quick reverts', () => {
  assert.is(
    repeatedSection(review),
    [
      '### Changed more than once',
      '',
      '- ⚠ Localization: Default language: French → French, changed 2 times (back where it started); reverted: changed from French to English, then back 8 hours later',
      '- ⚠ Security: Require two\\-factor authentication for team members: on → on, changed 2 times (back where it started); reverted: turned off, then on again 12 minutes later',
      '- ⚠ Security: Password policy: High → Low, changed 2 times',
      '',
    ].join('\n'),
  );
});

test('a change undone more than a day later is net effect, not a revert', () => {
  const slow = reviewChanges(
    detected([
      record({ id: 1, source_id: 5, change_description: 'Turned off', created_at: '2024-05-01T00:00:00Z' }),
      record({ id: 2, source_id: 5, change_description: 'Turned on', created_at: '2024-05-03T00:00:00Z' }),
    ]),
  );
  assert.equal(slow.repeated[0]!.reverts, []);
  assert.match(repeatedSection(slow), 'changed 2 times (back where it started)\n');
});

test('spanText rounds down to minutes, hours or days', () => {
  assert.is(spanText(59_000), 'under a minute');
  assert.is(spanText(60_000), '1 minute');
  assert.is(spanText(3 * 60_000 + 59_000), '3 minutes');
  assert.is(spanText(119 * 60_000), '119 minutes');
  assert.is(spanText(3 * 3_600_000), '3 hours');
  assert.is(spanText(50 * 3_600_000), '2 days');
});

test('a report without sensitive changes says nothing of sensitivity; a low one only counts it', () => {
  const ordinary = [
    record({ id: 1, source_id: 901, source_label: 'Tickets: Enable CCs', change_description: 'Turned on' }),
    record({ id: 2, source_id: 902, source_label: 'Localization: Default language', change_description: 'Changed from French to English' }),
  ];
  const options = { clock: UTC, zone: 'UTC', window: MAY_WINDOW, sourceType: 'account_setting', account: ACCOUNT };
  const body = markdownReport(detected(ordinary), options);
  assert.not.match(body, /sensitive|Needs attention|⚠|\[ \]|severity:/i);
  assert.match(body, '### At a glance');
  const low = record({
    id: 3,
    source_id: 903,
    source_label: 'Security: Require two-factor authentication',
    change_description: 'Turned on',
  });
  const withLow = markdownReport(detected([...ordinary, low]), options);
  assert.not.match(withLow, /Needs attention|⚠|\[ \]/);
  assert.match(withLow, '- **By severity:** 1 low');
  assert.match(withLow, '| low: Two\\-factor requirement turned on |');
});

test('a single ordinary change gets no sections, just the table', () => {
  const body = markdownReport(undetected([INCIDENT[0]!]), {
    clock: UTC,
    zone: 'UTC',
    window: MAY_WINDOW,
    sourceType: 'account_setting',
    account: ACCOUNT,
  });
  assert.not.match(body, '###');
  assert.match(body, '| Time (UTC) |');
});

test('the report opens with Needs attention, then At a glance, Changed more than once and the table', () => {
  const body = markdownReport(detected(INCIDENT), {
    clock: UTC,
    zone: 'UTC',
    window: MAY_WINDOW,
    sourceType: 'account_setting',
    account: ACCOUNT,
  });
  const order = ['### ⚠ Needs attention', '### At a glance', '### Changed more than once', '### All changes', '| Time (UTC) |'].map((
    text,
  ) => body.indexOf(text));
  assert.ok(order.every((index, position) => index > 0 && (position === 0 || index > order[position - 1]!)), String(order));
  assert.match(
    body,
    '| ⚠ high: Password policy lowered | [James Miller](https://acme.zendesk.com/agent/users/1508827726888) | Security: Password policy | Changed from High to Custom |',
  );
  assert.match(
    body,
    '| ⚠ medium: Change undone within a day | [Jack Wilson](https://acme.zendesk.com/agent/users/1513206900221) | Localization: Default language |',
  );
  assert.is(toHtml(body).match(/type="checkbox"/g)?.length, 7, 'one task per sensitive change');
});

const HOSTILE: AuditLog[] = [
  record({
    id: 101,
    actor_name: '@user and @org/team',
    source_label: '#1 owner/repo#1 GH-1',
    change_description: 'Changed from @admins to <img src=x onerror=alert(1)>',
  }),
  record({
    id: 102,
    actor_name: '[x](javascript:alert(1))',
    source_label: '![i](http://x/y.png) <details>',
    change_description: 'Changed from http://evil.example to www.evil.example',
  }),
  record({
    id: 103,
    actor_name: '<script>alert(1)</script>',
    source_label: '- [x] ticked\n## heading',
    change_description: 'Changed from a | b to `c`\n| x |',
  }),
  record({
    id: 104,
    actor_name: '**bold** ~~s~~',
    source_label: '#1 owner/repo#1 GH-1',
    change_description: 'Changed from &lt;b&gt;x&lt;/b&gt; to &quot;@everyone&quot;',
    created_at: '2024-05-21T22:40:00Z',
  }),
];

test('hostile text in the sections mentions no one, links nowhere and makes no element of its own', () => {
  const body = markdownReport(everything(HOSTILE), {
    clock: UTC,
    zone: 'UTC',
    window: MAY_WINDOW,
    sourceType: 'account_setting',
    account: ACCOUNT,
  });
  const sections = body.slice(0, body.indexOf('### All changes'));
  const html = toHtml(sections);
  const ours = new Set(['h2', 'h3', 'h4', 'p', 'ul', 'li', 'input', 'em', 'strong', 'code', 'a']);
  assert.equal([...elementNames(html)].filter((name) => !ours.has(name)), []);
  assert.equal([...new Set(linkTargets(html))], [`${HELP}/4408828001434`], "the rule's runbook only");
  const visible = visibleText(html);
  assert.not.match(visible, /@\w/);
  assert.not.match(visible, /#\d/);
  assert.not.match(visible, /GH-\d/i);
  assert.not.match(visible, /http:\/\/evil|www\.evil/);
  assert.match(visible, /<b>x<\/b> → "@\u200beveryone"/, 'entities decoded once, shown as text');
  assert.is(html.match(/type="checkbox"/g)?.length, 4, 'only our task items, none from a label');
  assert.not.match(html, /checked/);
});

test('an item end given by the caller replaces the id, and which items fit does not depend on it', () => {
  const long = '@<&|'.repeat(40);
  const many = reviewChanges(
    everything(
      Array.from({ length: 100 }, (_, index) => record({ id: index + 1, actor_name: `${long}${index}`, change_description: 'Turned off' })),
    ),
  );
  const ends = (id: number) => (id % 2 ? 'x'.repeat(ITEM_END_ROOM) : undefined);
  const own = attentionSection(many, UTC, { itemEnd: ends, size: 20_000 });
  const plain = attentionSection(many, UTC, { size: 20_000 });
  assert.match(own, `· ${'x'.repeat(ITEM_END_ROOM)}\n`);
  assert.match(own, '· audit log 2\n');
  assert.not.match(own, 'audit log 1\n');
  const tasks = (text: string) => text.split('\n').filter((line) => line.startsWith('- [ ]')).length;
  assert.ok(tasks(plain) < 100, 'the size cuts the list');
  assert.is(tasks(own), tasks(plain));
  assert.ok(reviewSections(many, UTC, { itemEnd: ends, size: 20_000 }).length < 20_000 * 0.4 + 1_000);
});

test.run();
