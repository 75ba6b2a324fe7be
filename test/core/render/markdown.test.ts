// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownReport, renderMarkdown, reportHeader, reportRow } from '../../../src/core/render/markdown.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import type { DetectedRecord } from '../../../src/core/review/detector.ts';
import {
  ACCOUNT,
  BERLIN,
  collect,
  detected,
  HOSTILE,
  HUNDRED_KB,
  KOLKATA,
  LOS_ANGELES,
  MAY_WINDOW,
  record,
  SEED_RECORD,
  stream,
  undetected,
  UTC,
} from './fixtures.ts';
import { elementNames, linkTargets, REPORT_ELEMENTS, tableBodyRows, tableHeader, toHtml, visibleText } from './gfm.ts';

const PROFILE = `${ACCOUNT.origin}/agent/users/`;
/** Where the built-in rules' runbooks link: Zendesk's help centre. */
const HELP = 'https://support.zendesk.com/hc/';
/** A record with no detection, as a row takes it. */
const plain = (log: AuditLog): DetectedRecord => undetected([log])[0]!;

async function hostileReport(): Promise<string> {
  return collect(
    renderMarkdown(stream(detected(HOSTILE)), {
      clock: LOS_ANGELES,
      zone: LOS_ANGELES.zone,
      window: MAY_WINDOW,
      sourceType: 'account_setting',
      account: ACCOUNT,
    }),
  );
}

test('reportRow matches the table shape for the seed record', () => {
  assert.is(
    reportRow(plain(SEED_RECORD), { clock: LOS_ANGELES, account: ACCOUNT }),
    '| 2024-05-21 15:34:33 PDT | — | [Joe Agent](https://acme.zendesk.com/agent/users/1509756491122) | Security: Session expiration | Changed from 10 minutes to 30 minutes | 52\\.40\\.123\\.85 | 23649114690839 |',
  );
});

test('reportRow shows the highest detection: ⚠ and its severity and title when sensitive, and how many more', () => {
  const cell = (log: AuditLog) => reportRow(detected([log])[0]!, { clock: UTC, account: ACCOUNT }).split(' | ')[1];
  assert.is(cell(SEED_RECORD), '⚠ medium: Session expiration lengthened');
  const own = { source_type: 'user', source_id: 1509756491122, change_description: 'Two-factor authentication: Turned off' };
  assert.is(cell(record(own)), "⚠ medium: A team member's two\\-factor authentication turned off (+1)");
  assert.is(
    cell(record({ source_label: 'Security: Require two-factor authentication', change_description: 'Turned on' })),
    'low: Two\\-factor requirement turned on',
  );
});

test('reportRow shows the time in the clock zone', () => {
  assert.ok(reportRow(plain(SEED_RECORD), { clock: BERLIN, account: ACCOUNT }).startsWith('| 2024-05-22 00:34:33 CEST |'));
  assert.ok(reportRow(plain(SEED_RECORD), { clock: KOLKATA, account: ACCOUNT }).startsWith('| 2024-05-22 04:04:33 IST |'));
});

test('reportRow links an actor only when actor_id is a positive safe integer', () => {
  const row = (changes: Partial<AuditLog>) => reportRow(plain(record(changes)), { clock: UTC, account: ACCOUNT }).split(' | ')[2];
  assert.is(row({ actor_id: -1, actor_name: 'Zendesk' }), 'Zendesk');
  assert.is(row({ actor_id: 0, actor_name: 'Nobody' }), 'Nobody');
  assert.is(row({ actor_id: 2 ** 53, actor_name: 'Big' }), 'Big');
  assert.is(row({ actor_id: '7' as unknown as number, actor_name: 'Text' }), 'Text');
  assert.is(row({ actor_id: 7, actor_name: '' }), '[user 7](https://acme.zendesk.com/agent/users/7)');
  assert.is(row({ actor_id: -1, actor_name: '' }), '—');
});

test('reportRow builds actor links from the account origin, whatever path the URL has', () => {
  const row = reportRow(plain(SEED_RECORD), { clock: UTC, account: new URL('http://127.0.0.1:8080/api/v2/?x=1#y') });
  assert.match(row, '](http://127.0.0.1:8080/agent/users/1509756491122) |');
});

test('reportRow refuses an account that is not an http(s) URL with a plain host', () => {
  for (const account of ['ftp://acme.zendesk.com', 'https://a(b.example', 'https://a`b.example', 'file:///etc']) {
    assert.throws(() => reportRow(plain(SEED_RECORD), { clock: UTC, account: new URL(account) }), TypeError);
  }
});

test('reportRow shows a dash for a missing IP', () => {
  assert.ok(reportRow(plain(record({ ip_address: null })), { clock: UTC, account: ACCOUNT }).endsWith('| — | 23649114690839 |'));
});

test('reportRow stays under 41,000 characters for a record whose every text is huge and hostile', () => {
  const huge = '@'.repeat(200_000);
  const row = reportRow(
    plain(record({ actor_name: huge, source_label: huge, change_description: huge, ip_address: huge })),
    { clock: UTC, account: ACCOUNT },
  );
  assert.ok(row.length < 41_000, `${row.length} characters`);
  assert.equal(
    tableBodyRows(toHtml(`${reportHeader({ window: MAY_WINDOW, zone: 'UTC', sourceType: 'x', account: ACCOUNT })}${row}\n`))[0]!.length,
    7,
  );
});

test("a report of hostile records links only to actor profiles and the rules' runbooks, and has no image", async () => {
  const html = toHtml(await hostileReport());
  const targets = linkTargets(html);
  const profiles = targets.filter((target) => target.startsWith(PROFILE));
  for (const target of targets) assert.ok(target.startsWith(PROFILE) || target.startsWith(HELP), `a link to ${target}`);
  const linkedActors = HOSTILE.filter((item) => Number.isSafeInteger(item.actor_id) && item.actor_id > 0).length;
  assert.is(profiles.length, linkedActors);
  assert.ok(targets.length > profiles.length, 'the Needs attention items link their runbooks');
  assert.not.match(html, /<img/i);
});

test("a rule's title, reason and runbook from a rules file are inert: no mention, reference, HTML or link but an https runbook", async () => {
  const hostileRule = {
    rule: 'acme.hostile',
    severity: 'high' as const,
    title: '@admins #1 <img src=x> [x](javascript:alert(1))',
    reason: 'ping @org/team, see owner/repo#2 and http://evil.example',
    runbook: 'Call @oncall <b>now</b> | ok: https://wiki.example/runbook_(zendesk)',
  };
  const bad = { ...hostileRule, rule: 'acme.bad', runbook: 'Run this: javascript:alert(1)' };
  const records = [
    { record: record({ id: 1 }), detections: [hostileRule], severity: 'high' as const },
    { record: record({ id: 2 }), detections: [bad], severity: 'high' as const },
  ];
  const body = markdownReport(records, { clock: UTC, zone: 'UTC', window: MAY_WINDOW, sourceType: 'account_setting', account: ACCOUNT });
  const html = toHtml(body);
  assert.equal(linkTargets(html).filter((target) => !target.startsWith(PROFILE)), ['https://wiki.example/runbook_%28zendesk%29']);
  assert.equal([...elementNames(html)].filter((name) => !REPORT_ELEMENTS.has(name)), []);
  const visible = visibleText(html);
  assert.not.match(visible, /@\w/);
  assert.not.match(visible, /#\d/);
  assert.not.match(visible, /http:\/\/evil/);
  assert.match(visible, 'Call @\u200Boncall <b>now</b> | ok');
  assert.match(visible, 'Run this: javascript\u200B:alert(1)');
  assert.is(tableBodyRows(html).length, 2, 'the table stays whole');
});

test('a report of hostile records makes no HTML elements but ours', async () => {
  const html = toHtml(await hostileReport());
  const foreign = [...elementNames(html)].filter((name) => !REPORT_ELEMENTS.has(name));
  assert.equal(foreign, []);
});

test('a report of hostile records mentions no one and references no issue', async () => {
  const visible = visibleText(toHtml(await hostileReport()));
  assert.not.match(visible, /@\w/);
  assert.not.match(visible, /#\d/);
  assert.not.match(visible, /GH-\d/i);
  assert.not.match(visible, /http:\/\/evil|www\.evil/);
  assert.not.match(visible, /[\u0000\u001b\u007f\u202e]/);
  assert.match(visible, 'emoji 👩🏽‍💻 🇩🇪 stay 😀');
});

test('a report of hostile records has one table row of seven cells per record', async () => {
  const html = toHtml(await hostileReport());
  assert.equal(tableHeader(html), ['Time (PDT)', 'Severity', 'Actor', 'Setting', 'Change', 'IP', 'Audit log']);
  const rows = tableBodyRows(html);
  assert.is(rows.length, HOSTILE.length);
  for (const [index, cells] of rows.entries()) {
    assert.is(cells.length, 7, `row ${index}: ${JSON.stringify(cells)}`);
    assert.is(cells[6], String(HOSTILE[index]!.id));
  }
  assert.is(rows[2]![4], 'a | b || c \\| d \\');
  assert.is(rows[3]![4], 'line one ↵ line two ↵ line three ↵ | --- | ↵ | x | y |');
});

test('a report shortens a 100 kB description and says so', async () => {
  const body = await hostileReport();
  const rows = tableBodyRows(toHtml(body));
  const change = rows[6]![4]!;
  assert.ok(change.endsWith(` … [shortened from ${HUNDRED_KB.length} characters]`), change.slice(-80));
  assert.ok(change.length < 1100);
  assert.ok(body.length < 65_536);
});

test('a report carries no id marker of any kind: the Action adds its own', async () => {
  const body = await hostileReport();
  assert.not.match(body, '<!--');
  assert.not.match(body, /zendesk-audit (?:ids:|v\d)/);
  assert.ok(body.endsWith(`| ${HOSTILE.at(-1)!.id} |\n`));
});

test('renderMarkdown keeps the order it is given', async () => {
  const ids = [3, 1, 2];
  const body = await collect(
    renderMarkdown(stream(undetected(ids.map((id) => record({ id })))), {
      clock: UTC,
      zone: 'UTC',
      window: MAY_WINDOW,
      sourceType: 'user',
      account: ACCOUNT,
    }),
  );
  assert.equal(tableBodyRows(toHtml(body)).map((cells) => cells[6]), ['3', '1', '2']);
});

test('renderMarkdown says no changes were found in the window when there are none', async () => {
  const body = await collect(
    renderMarkdown(stream([]), { clock: UTC, zone: 'UTC', window: MAY_WINDOW, sourceType: 'account_setting', account: ACCOUNT }),
  );
  const html = toHtml(body);
  assert.match(visibleText(html), 'No account_setting changes were found in this window.');
  assert.match(visibleText(html), '2024-05-20 00:00:00 UTC to 2024-05-22 00:00:00 UTC');
  assert.not.match(html, '<table');
  assert.not.match(body, '<!--', 'no marker of any kind');
});

test('renderMarkdown collects the stream and yields markdownReport of it: the sections need every change', async () => {
  const options = { clock: UTC, zone: 'UTC', window: MAY_WINDOW, sourceType: 'account_setting', account: ACCOUNT };
  const chunks: string[] = [];
  for await (const chunk of renderMarkdown(stream(detected(HOSTILE)), options)) chunks.push(chunk);
  assert.is(chunks.length, 1);
  assert.is(chunks[0], markdownReport(detected(HOSTILE), options));
  assert.ok(chunks[0]!.startsWith(`## Zendesk audit: ${HOSTILE.length} account\\_setting changes\n`));
});

test('a partial report says so in its heading and names the stretches of the window it covers', async () => {
  const covered = [
    { start: Temporal.Instant.from('2024-05-20T00:00:00Z'), end: Temporal.Instant.from('2024-05-20T05:59:59Z') },
    { start: Temporal.Instant.from('2024-05-21T12:00:00Z'), end: Temporal.Instant.from('2024-05-22T00:00:00Z') },
  ];
  const options = { clock: UTC, zone: 'UTC', window: MAY_WINDOW, sourceType: 'account_setting', account: ACCOUNT };
  // As the CLI passes it: asked once the records end, when a stop may have cut them short.
  const body = await collect(
    renderMarkdown(stream(undetected([record({ id: 1 }), record({ id: 2 })])), { ...options, covered: () => covered }),
  );
  assert.ok(body.startsWith('## Zendesk audit: 2 account\\_setting changes (partial)\n'), body);
  assert.match(
    body,
    '\n- **Partial:** the run was stopped; it covers only 2024-05-20 00:00:00 UTC to 2024-05-20 05:59:59 UTC; 2024-05-21 12:00:00 UTC to 2024-05-22 00:00:00 UTC\n',
  );
  const nothing = markdownReport([], { ...options, covered: [] });
  assert.ok(nothing.startsWith('## Zendesk audit: account\\_setting changes (partial)\n'), nothing);
  assert.match(nothing, 'no stretch of the window was fetched whole');
  assert.match(nothing, 'No account\\_setting changes were found in what was fetched.');
  // A whole report says nothing of it.
  const whole = await collect(renderMarkdown(stream(undetected([record({ id: 1 })])), { ...options, covered: () => undefined }));
  assert.not.match(whole, 'partial');
  assert.not.match(whole, 'Partial');
});

test('reportHeader shows the window in the zone and in UTC, the account and the table header', () => {
  const header = reportHeader({ count: 3, window: MAY_WINDOW, zone: 'Europe/Berlin', sourceType: 'account_setting', account: ACCOUNT });
  assert.ok(header.startsWith('## Zendesk audit: 3 account\\_setting changes\n'));
  assert.match(header, '2024-05-20 02:00:00 CEST to 2024-05-22 02:00:00 CEST (2024-05-20 00:00:00 UTC to 2024-05-22 00:00:00 UTC)');
  assert.match(header, '`https://acme.zendesk.com`');
  assert.ok(
    header.endsWith(
      '| Time (CEST) | Severity | Actor | Setting | Change | IP | Audit log |\n| --- | --- | --- | --- | --- | --- | --- |\n',
    ),
  );
  const html = toHtml(header);
  assert.equal(linkTargets(html), []);
  assert.equal(tableHeader(html), ['Time (CEST)', 'Severity', 'Actor', 'Setting', 'Change', 'IP', 'Audit log']);
});

test('reportHeader names the zone by id when the window spans a change of abbreviation', () => {
  const acrossDst = { start: Temporal.Instant.from('2024-03-09T12:00:00Z'), end: Temporal.Instant.from('2024-03-11T12:00:00Z') };
  const header = reportHeader({ window: acrossDst, zone: 'America/Los_Angeles', sourceType: 'account_setting', account: ACCOUNT });
  assert.match(header, '| Time (America/Los_Angeles) |');
  assert.match(reportHeader({ window: MAY_WINDOW, zone: 'Asia/Kolkata', sourceType: 'x', account: ACCOUNT }), '| Time (IST) |');
});

test('reportHeader writes one change in the singular and neutralises the source type', () => {
  const header = reportHeader({ count: 1, window: MAY_WINDOW, zone: 'UTC', sourceType: '@team #1', account: ACCOUNT });
  assert.ok(header.startsWith('## Zendesk audit: 1 @&#8203;team \\#&#8203;1 change\n'));
});

test.run();
