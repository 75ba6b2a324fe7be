// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
/**
 * Hostile data from Zendesk, through the real script: an admin (or whoever took over
 * one) controls names, setting labels and descriptions. Whatever they write, the
 * Markdown report renders inert on GitHub, the CSV opens in a spreadsheet without
 * running anything, and the text output reaches a terminal without control sequences,
 * while every change still appears, once, readable.
 *
 * test/core/render/* covers the renderers one by one and test/action/e2e/hostile.test.ts
 * the Action's issue; this is the script users run by hand.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type AuditLog, escapeUnsafe } from '../../src/core/mod.ts';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { elementNames, linkTargets, REPORT_ELEMENTS, tableBodyRows, toHtml, visibleText } from '../core/render/gfm.ts';
import { parseCsv } from '../helpers/csv.ts';
import { runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

const LONG = 100_000;
const EMOJI = '👩‍💻 🔥 🇩🇪';

/** What a hostile admin could put where Zendesk shows text. */
const HOSTILE: Partial<AuditLog>[] = [
  {
    actor_name: '@octocat and @acme/security-team',
    source_label: 'Fixes #1, acme/audit#1 and GH-1',
    change_description: 'Changed from a | b | c to `code` and ``double``',
  },
  {
    actor_name: '<img src=x onerror=alert(1)>',
    source_label: '<details open><summary>Click</summary><a href="https://evil.example">x</a></details>',
    change_description: '[click](javascript:alert(1)) and ![i](http://x.example/p.png) and <script>alert(1)</script>',
  },
  {
    actor_name: `Eve \u202Egnp.exe\u202C ${EMOJI}`,
    source_label: 'NUL\u0000here and ESC\u001b[2J\u001b[31mred\u001b[0m and BEL\u0007 and CSI\u009b2J and LS\u2028PS\u2029',
    change_description: `line one\nline two\r\n| --- |\n# heading\n${EMOJI}`,
  },
  {
    actor_name: '=HYPERLINK("https://evil.example","payroll")',
    source_label: "+cmd|' /C calc'!A0",
    change_description: '-2+3',
    ip_address: "@SUM(1+1)*cmd|' /C calc'!A0",
    action_label: '=1+1',
  },
  {
    actor_name: 'www.evil.example https://evil.example <https://evil.example/auto> mailto:a@b.example',
    source_label: '\tTabbed =start',
    change_description: `${'A@b #1 <b> '.repeat(LONG / 10).slice(0, LONG)}`,
  },
];

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** A quoted CSV cell may hold CR LF line breaks (RFC 4180); nothing else of C0 or C1. */
const CONTROL_BUT_CR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const test = suite<{ sandbox: Sandbox; records: AuditLog[]; env: Record<string, string> }>('hostile Zendesk text through the script');

test.before(async (context) => {
  context.sandbox = await startSandbox({ records: 0, mix: { account_setting: 1 } });
  const hourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000).toISOString().replace('.000Z', 'Z');
  context.records = context.sandbox.addRecords(HOSTILE.map((record) => ({ ...record, created_at: hourAgo })));
  context.env = tokenEnv(context.sandbox);
});

test.after(async ({ sandbox }) => {
  await sandbox.close();
});

test('--format markdown: no link but to our actor pages, no image, HTML element, mention or reference', async ({ sandbox, records, env }) => {
  const result = await runScript('settings-changes', ['--since', '1d', '--format', 'markdown', '--order', 'asc'], env);
  assert.is(result.code, 0, result.stderr);
  assert.not.match(result.stdout, BIDI, 'no raw bidi character in the source');
  assert.not.match(result.stdout, /\u0000/, 'no NUL');

  const html = toHtml(result.stdout);
  const profiles = linkTargets(html).filter((target) => target.startsWith(`${sandbox.url}/agent/users/`));
  // The rest are the rules' runbooks, in Zendesk's help centre.
  for (const target of linkTargets(html)) {
    assert.ok(profiles.includes(target) || target.startsWith('https://support.zendesk.com/hc/'), `a link to ${target}`);
  }
  assert.is(profiles.length, records.length, 'one actor link per change');
  for (const name of elementNames(html)) assert.ok(REPORT_ELEMENTS.has(name), `an HTML element <${name}> came from Zendesk text`);
  assert.ok([...html.matchAll(/<!--/g)].length === 0, 'no comment: the Action adds its id marker, the script does not');

  const text = visibleText(html);
  assert.not.match(text, /@[\w-]/, 'a mention');
  assert.not.match(text, /#\d/, 'an issue reference');
  assert.not.match(text, /\bGH-\d/i, 'a GH- reference');
  assert.not.match(text, /(?:https?|mailto|javascript):(?!\/\/127\.0\.0\.1)\S/i, 'a live scheme');
  assert.not.match(text, /\bwww\.\w/i, 'a www autolink');
  // Still readable.
  for (const words of ['octocat', 'security-team', 'onerror=alert(1)', 'gnp.exe', EMOJI, 'HYPERLINK']) assert.match(text, words);
  assert.match(text, `shortened from ${LONG} characters`);

  // Every change is one row of seven cells, its id last.
  const rows = tableBodyRows(html);
  assert.is(rows.length, records.length);
  for (const [index, row] of rows.entries()) {
    assert.is(row.length, 7, `row ${index} has ${row.length} cells`);
    assert.is(row[6], String(records[index]!.id));
  }
});

test('--format csv: every cell that would start a formula is neutralised, and reads back as the text', async ({ records, env }) => {
  const result = await runScript('settings-changes', ['--since', '1d', '--format', 'csv', '--order', 'asc'], env);
  assert.is(result.code, 0, result.stderr);
  const [header, ...rows] = parseCsv(result.stdout);
  assert.ok(header);
  assert.is(rows.length, records.length);
  let guarded = 0;
  for (const [index, row] of rows.entries()) {
    assert.is(row.length, header.length, `row ${index} has ${row.length} cells`);
    const record = records[index]! as unknown as Record<string, unknown>;
    for (const [column, cell] of row.entries()) {
      assert.not.match(cell, /^[=+\-@\t\r]/, `${header[column]} of row ${index} starts a formula: ${cell.slice(0, 40)}`);
      assert.not.match(cell, CONTROL_BUT_CR, `a raw control character in ${header[column]} of row ${index}`);
      assert.not.match(cell, BIDI, `a raw bidi character in ${header[column]} of row ${index}`);
      const raw = record[header[column]!];
      if (typeof raw !== 'string') continue;
      // ESC, C1, bidi and line separators are written as \uXXXX; line breaks and tabs stay in their quotes.
      const original = escapeUnsafe(raw, '\r\n\t');
      // The guard is one apostrophe in front; the rest is the text, unchanged.
      if (/^[=+\-@\t\r]/.test(original)) {
        assert.is(cell, `'${original}`);
        guarded += 1;
      } else {
        assert.is(cell, original, `${header[column]} of row ${index}`);
      }
    }
  }
  assert.match(result.stdout, 'ESC\\u001b[2J');
  assert.match(result.stdout, 'CSI\\u009b2J and LS\\u2028PS\\u2029');
  assert.match(result.stdout, 'Eve \\u202egnp.exe\\u202c');
  const formulas = records.flatMap((record) => Object.values(record)).filter((value) =>
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value)
  );
  assert.ok(formulas.length >= 6, 'the hostile records hold formula cells');
  assert.is(guarded, formulas.length, 'every formula cell was seen and guarded');
});

test('--format text: no raw control or bidi character reaches the terminal, emoji do', async ({ records, env }) => {
  const result = await runScript('settings-changes', ['--since', '1d', '--format', 'text', '--order', 'asc'], env);
  assert.is(result.code, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.is(lines.pop(), '', 'ends with a line end');
  assert.is(lines.length, records.length, 'one line per change, embedded line breaks escaped');
  for (const line of lines) {
    assert.not.match(line, CONTROL, 'a raw control character');
    assert.not.match(line, BIDI, 'a raw bidi character');
  }
  assert.match(result.stdout, EMOJI);
  assert.match(result.stdout, 'ESC\\u001b[2J\\u001b[31mred');
  assert.match(result.stdout, 'NUL\\u0000here');
  assert.match(result.stdout, 'Eve \\u202egnp.exe\\u202c');
  assert.match(result.stdout, 'line one\\nline two\\r\\n');
  for (const [index, record] of records.entries()) assert.ok(lines[index]!.startsWith(`ID: ${record.id}, At `));
  assert.not.match(result.stderr, CONTROL);
});

test('user-activity --format json: no raw control, C1, bidi or line-separator character, and it parses back to the records', async ({ records, env }) => {
  const hostile = records[2]!;
  const result = await runScript('user-activity', ['--user', String(hostile.actor_id), '--format', 'json', '--limit', '100'], env);
  assert.is(result.code, 0, result.stderr);
  assert.not.match(result.stdout, BIDI);
  assert.not.match(result.stdout, CONTROL);
  const parsed = JSON.parse(result.stdout) as { audit_logs: Record<string, unknown>[] };
  const back = parsed.audit_logs.find((record) => record.id === hostile.id)!;
  assert.is(back.source_label, hostile.source_label, 'escaped, it reads back as the same text');
  assert.is(back.actor_name, hostile.actor_name);
});

test('--format ndjson: the records come back exactly, beside what review adds, with no raw bidi character in the stream', async ({ records, env }) => {
  const result = await runScript('settings-changes', ['--since', '1d', '--format', 'ndjson', '--order', 'asc'], env);
  assert.is(result.code, 0, result.stderr);
  assert.not.match(result.stdout, BIDI);
  assert.not.match(result.stdout, CONTROL);
  const parsed = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(
    parsed.map((
      {
        created_at_local: _local,
        sensitive: _sensitive,
        change_from: _from,
        change_to: _to,
        severity: _severity,
        detections: _found,
        ...record
      },
    ) => record),
    records.map((record) => ({ ...record })),
  );
});

test.run();
