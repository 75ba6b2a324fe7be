/**
 * The evidence, end to end: `zendesk-audit evidence` (each format, its flags, its
 * errors) and the Action's `mode: evidence`, against the fake GitHub and the sandbox,
 * after the built Action reported a high change and a change no rule ranks, and a
 * reviewer mapped by email signed off their own change.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../../src/core/mod.ts';
import { EVIDENCE_COLUMNS } from '../../../src/trail/evidence-render.ts';
import { blocksCheckedBy } from '../../helpers/readme.ts';
import { runScript } from '../../helpers/run-script.ts';
import { type Audit, CREDENTIALS, startAudit } from '../audit-setup.ts';
import { evidence, type EvidenceJson, evidenceJson, minutesAgo, reviewer, reviewersFile } from '../reviewers.ts';

interface Context {
  audit: Audit;
  changes: AuditLog[];
  issue: number;
  directory: string;
  reviewers: string;
}

const test = suite<Context>('the evidence: formats, flags, errors and mode: evidence', {} as Context);

test.before(async (context) => {
  context.audit = await startAudit({ records: 0 });
  context.directory = mkdtempSync(join(tmpdir(), 'zendesk-audit-evidence-'));
  const [one, two] = context.audit.sandbox.users();
  context.changes = context.audit.sandbox.addRecords([
    {
      actor_id: one!.id,
      source_label: 'Security: Require two-factor authentication for team members',
      change_description: 'Turned off',
      created_at: minutesAgo(40),
    },
    { actor_id: two!.id, source_label: 'Tickets: Enable CCs', change_description: 'Turned on', created_at: minutesAgo(5) },
  ]);
  // dave is the first change's actor, known to the mapping by the email Zendesk has for them.
  context.reviewers = reviewersFile(context.directory, `dave: ${one!.email}\nerin: 42\n`);
  const result = await context.audit.run();
  assert.is(result.code, 0, result.stdout);
  context.issue = Number(result.outputs['issue-number']);
});

test.after(async ({ audit, directory }) => {
  await audit.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Zendesk credentials for the actors' emails: the sandbox as the account. */
const zendeskEnv = (audit: Audit) => ({
  ZENDESK_BASE_URL: audit.inputs['zendesk-base-url']!,
  ZENDESK_USER_EMAIL: CREDENTIALS.email,
});

test("dated and judged by GitHub's clock, not this machine's: eight days on, the waiting high change is overdue", async (context) => {
  const { audit, changes } = context;
  const days = 8 * 24 * 3_600_000;
  audit.github.advance(days);
  try {
    const json = await evidenceJson(audit.github);
    const drawnAt = Date.parse(json.generated_at);
    assert.ok(Math.abs(drawnAt - (Date.now() + days)) < 60_000, `drawn up at ${json.generated_at}`);
    assert.is(json.rows.find((entry) => entry.id === changes[0]!.id)!.status, 'overdue');
  } finally {
    audit.github.advance(-days);
  }
  const now = await evidenceJson(audit.github);
  assert.ok(Math.abs(Date.parse(now.generated_at) - Date.now()) < 60_000);
  assert.is(now.rows.find((entry) => entry.id === changes[0]!.id)!.status, 'waiting');
});

test('a sign-off by the login mapped to the actor by email is a self-review; the email comes from Zendesk', async (context) => {
  const { audit, changes, issue, reviewers } = context;
  await reviewer(audit.github, 'dave').tick(issue, changes[0]!.id);
  const json = await evidenceJson(audit.github, ['--reviewers', reviewers], zendeskEnv(audit));
  const row = json.rows.find((entry) => entry.id === changes[0]!.id)!;
  assert.is(row.status, 'self-reviewed');
  assert.is(row.reviewer, 'dave');
  // Without the mapping the same tick is a review by dave.
  const plain = await evidenceJson(audit.github);
  assert.is(plain.rows.find((entry) => entry.id === changes[0]!.id)!.status, 'reviewed');
  // A mapping by email without a Zendesk account to ask is a usage error, before any request.
  const refused = await evidence(audit.github, ['--reviewers', reviewers]);
  assert.is(refused.code, 2);
  assert.match(refused.stderr, 'ZENDESK_SUBDOMAIN');
});

test('--format csv: the header names the columns, one row per change', async ({ audit, changes, issue }) => {
  const result = await evidence(audit.github, ['--format', 'csv']);
  assert.is(result.code, 0, result.stderr);
  const [header, ...rows] = result.stdout.trimEnd().split('\r\n');
  assert.is(header, EVIDENCE_COLUMNS.join(','));
  assert.is(rows.length, 2);
  const first = rows.find((row) => row.startsWith(`${changes[0]!.id},`))!.split(',');
  const cell = (name: (typeof EVIDENCE_COLUMNS)[number]) => first[EVIDENCE_COLUMNS.indexOf(name)];
  assert.is(cell('severity'), 'high');
  assert.is(cell('report_number'), String(issue));
  assert.is(cell('status'), 'reviewed');
  assert.is(cell('reviewer'), 'dave');
  assert.is(cell('edited_after_posting'), 'false');
});

test('--format markdown (the default): counts by status and severity, the median time to review, then the table', async ({ audit, changes }) => {
  const result = await evidence(audit.github, []);
  assert.is(result.code, 0, result.stderr);
  const text = result.stdout;
  assert.match(text, '## Zendesk audit evidence: 2 changes');
  assert.match(text, /\*\*Median time to review:\*\* [\d.]+ hours \(of 1 reviewed change\)/);
  assert.match(text, '| Severity | Reviewed | Self-reviewed | Waiting | Overdue | Total |');
  assert.match(text, '| high | 1 | 0 | 0 | 0 | 1 |');
  assert.match(text, '| no rule | 0 | 0 | 1 | 0 | 1 |');
  assert.match(text, '| **all** | 1 | 0 | 1 | 0 | 2 |');
  const table = text.indexOf('| Audit log |');
  assert.ok(table > text.indexOf('| **all** |'), 'the summary comes before the table');
  assert.match(text.slice(table), new RegExp(`^\\| ${changes[1]!.id} \\|.*\\| waiting \\|`, 'm'));

  // README's sample of the same evidence: its headings, tables and facts are what the command prints.
  const [sample] = blocksCheckedBy('test/action/e2e/evidence.test.ts');
  assert.ok(sample, "README's evidence sample");
  for (const line of sample.body.split('\n')) {
    if (/^(?:#|\|)/.test(line)) assert.ok(text.split('\n').includes(line), `README's line is printed: ${line}`);
    const fact = /^- \*\*[^*]+:\*\*/.exec(line);
    if (fact) assert.match(text, fact[0]);
  }
});

test('--since, --author and the marker key choose what counts', async ({ audit, changes, directory }) => {
  const recent = await evidenceJson(audit.github, ['--since', '20m']);
  assert.equal(recent.rows.map((row) => row.id), [changes[1]!.id], 'only the change made in the last 20 minutes');
  const other = await evidenceJson(audit.github, ['--author', 'someone-else']);
  assert.is(other.rows.length, 0, "reports by the Action's identity only");
  const wrongKey = join(directory, 'wrong.key');
  writeFileSync(wrongKey, 'not-the-key\n');
  const wrong = await evidenceJson(audit.github, ['--marker-key', wrongKey]);
  assert.is(wrong.rows.length, 0);
  assert.ok(wrong.notes.some((note) => note.includes('does not verify')), wrong.notes.join('\n'));
  const rightKey = join(directory, 'right.key');
  writeFileSync(rightKey, `${CREDENTIALS.apiToken}\n`);
  const right = await evidenceJson(audit.github, ['--marker-key', rightKey], { ZENDESK_API_TOKEN: '' });
  assert.is(right.rows.length, 2);
  const fromEnv = await evidenceJson(audit.github, [], { ZENDESK_API_TOKEN: '', ZENDESK_MARKER_KEY: CREDENTIALS.apiToken });
  assert.is(fromEnv.rows.length, 2);
});

test('GITHUB_GRAPHQL_URL is where the edit history is asked; on another host it is refused', async ({ audit, changes }) => {
  const before = audit.github.requests.filter((request) => request.path === '/graphql').length;
  const json = await evidenceJson(audit.github, [], { GITHUB_GRAPHQL_URL: `${audit.github.url}/graphql` });
  assert.is(json.rows.find((row) => row.id === changes[0]!.id)!.reviewer, 'dave');
  assert.ok(audit.github.requests.filter((request) => request.path === '/graphql').length > before);
  const refused = await evidence(audit.github, ['--format', 'json'], { GITHUB_GRAPHQL_URL: 'https://graphql.example/graphql' });
  assert.is(refused.code, 2);
  assert.match(refused.stderr, 'GITHUB_GRAPHQL_URL is on another host');
});

test('errors: one line, exit 2 for usage, exit 1 when GitHub fails, and no token printed', async ({ audit }) => {
  const noToken = await evidence(audit.github, [], { GITHUB_TOKEN: '' });
  assert.is(noToken.code, 2);
  assert.is(noToken.stderr.trim().split('\n').length, 1, noToken.stderr);
  assert.match(noToken.stderr, 'GITHUB_TOKEN is not set');
  assert.is(noToken.stdout, '');

  const noRepo = await runWithoutRepo(audit);
  assert.is(noRepo.code, 2);
  assert.is(noRepo.stderr.trim().split('\n').length, 1, noRepo.stderr);
  assert.match(noRepo.stderr, '--repo');

  const badToken = 'ghp_notAValidToken9Xq2Lw7Rt4';
  const refused = await evidence(audit.github, [], { GITHUB_TOKEN: badToken });
  assert.is(refused.code, 1);
  assert.is(refused.stderr.trim().split('\n').length, 1, refused.stderr);
  assert.match(refused.stderr, '401');
  assert.not.match(refused.stderr + refused.stdout, badToken);
  assert.not.match(refused.stderr + refused.stdout, CREDENTIALS.apiToken);
});

test('a GitHub answer echoing the marker key read from --marker-key FILE prints none of it', async ({ audit, directory }) => {
  const key = 'mkFileOnlyMarkerKey8Qz3Lp5Wn';
  const file = join(directory, 'echoed.key');
  writeFileSync(file, `${key}\n`);
  audit.github.intercept = (request) =>
    request.method === 'GET' && request.path.endsWith('/issues')
      ? { status: 422, body: { message: `Validation Failed: ${key}` } }
      : undefined;
  try {
    const result = await evidence(audit.github, ['--marker-key', file], { ZENDESK_API_TOKEN: '' });
    assert.is(result.code, 1, result.stderr);
    assert.match(result.stderr, '422');
    assert.not.match(result.stderr + result.stdout, key);
  } finally {
    audit.github.intercept = undefined;
  }
});

/** The command without --repo and without GITHUB_REPOSITORY. */
function runWithoutRepo(audit: Audit) {
  return runScript('zendesk-audit', ['evidence'], {
    GITHUB_TOKEN: audit.github.userToken('auditor'),
    GITHUB_API_URL: audit.github.url,
    ZENDESK_API_TOKEN: CREDENTIALS.apiToken,
  });
}

test('mode: evidence opens one evidence issue and writes the file whose path it outputs', async ({ audit, changes, directory }) => {
  const before = audit.github.issues().length;
  const temp = mkdtempSync(join(directory, 'runner-'));
  const result = await audit.run({ mode: 'evidence', 'evidence-format': 'json', 'evidence-period': '1d' }, { env: { RUNNER_TEMP: temp } });
  assert.is(result.code, 0, result.stdout);
  const opened = audit.github.issues().slice(before);
  assert.is(opened.length, 1, 'one evidence issue');
  assert.is(result.outputs['issue-number'], String(opened[0]!.number));
  assert.match(opened[0]!.title, 'Zendesk audit evidence: 2 changes');
  assert.match(opened[0]!.body ?? '', '| **all** | 1 | 0 | 1 | 0 | 2 |');
  const file = result.outputs['evidence-file']!;
  assert.ok(file.startsWith(temp), file);
  const json = JSON.parse(readFileSync(file, 'utf8')) as EvidenceJson;
  assert.equal(json.rows.map((row) => [row.id, row.status]).sort(), [[changes[0]!.id, 'reviewed'], [changes[1]!.id, 'waiting']].sort());
  assert.match(result.summary, 'Zendesk audit evidence: 2 changes');
  assert.is(result.outputs['overdue-count'], '0');
  // The evidence issue is no report: the next audit reports nothing, and the evidence still counts the reports only.
  const next = await audit.run();
  assert.is(next.code, 0, next.stdout);
  assert.is(next.outputs['changes-count'], '0');
  assert.is((await evidenceJson(audit.github)).rows.length, 2);
});

test.run();
