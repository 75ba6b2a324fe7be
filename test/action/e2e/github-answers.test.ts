/**
 * What the Action does with GitHub's answers that are not the data asked for: a
 * repository's redirect after a rename (followed, on GitHub's own host), a redirect to
 * another host (refused, neither followed nor trusted), and an error that echoes a secret
 * across the point where the message is cut (redacted whole first).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, errorLine, postedBodies, startAudit } from '../audit-setup.ts';
import { createFakeGitHub } from '../fake-github.ts';

const test = suite<{ audit: Audit }>('GitHub answers that are not data', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 5, days: 1 }, { formerNames: ['acme/old-audit'] });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('a repository renamed since the workflow was written: GitHub’s redirects on its own host are followed', async ({ audit }) => {
  const result = await audit.run({}, { env: { GITHUB_REPOSITORY: 'acme/old-audit' } });
  assert.is(result.code, 0, result.stdout);
  assert.is(result.outputs['changes-count'], '5');
  assert.equal(postedBodies(audit.github).flatMap((entry) => entry.ids), audit.sandbox.auditLogs().map((record) => record.id));
  assert.ok(audit.github.requests.some((request) => request.path.startsWith('/repos/acme/old-audit/')), 'asked under the old name');
});

test('an issue list redirected to another host: the step fails with one line, the other host gets nothing, nothing is posted', async ({ audit }) => {
  const elsewhere = createFakeGitHub({ token: audit.github.token });
  const elsewhereUrl = await elsewhere.start();
  // What the other host would say: no earlier report, so everything would be reported again, or
  // (with a marker it could sign) nothing. Neither may be believed.
  elsewhere.seed({ labels: ['zendesk-audit'], user: { login: 'github-actions[bot]', type: 'Bot' }, body: 'trust me' });
  audit.sandbox.addRecords([{ change_description: 'Turned off' }]);
  const before = audit.github.items.length;
  const asked = audit.github.requests.length;
  audit.github.intercept = (request) =>
    request.method === 'GET' && request.path === '/repos/acme/audit/issues'
      ? { status: 302, body: {}, headers: { location: `${elsewhereUrl}/repos/acme/audit/issues?labels=zendesk-audit` } }
      : undefined;
  try {
    const result = await audit.run();
    assert.is(result.code, 1, result.stdout);
    assert.is(
      errorLine(result),
      `refused to follow GitHub's answer to list the issues labelled "zendesk-audit": GET /repos/acme/audit/issues redirects to another host (${
        new URL(elsewhereUrl).host
      }); check GITHUB_API_URL`,
    );
    assert.is(elsewhere.requests.length, 0, 'the token never went to the other host');
    assert.is(audit.github.items.length, before, 'nothing opened');
    const lists = audit.github.requests.slice(asked).filter((request) => request.path === '/repos/acme/audit/issues');
    assert.is(lists.length, 1, 'not tried again');
  } finally {
    audit.github.intercept = undefined;
    await elsewhere.close();
  }
});

test('a GitHub error echoing a secret across the 300-character cut shows no piece of it', async ({ audit }) => {
  // A passphrase: a secret with spaces, so a cut between words could split it.
  const passphrase = 'correct horse battery staple';
  for (const filler of [270, 276, 280, 286, 292]) {
    audit.sandbox.addRecords([{ change_description: 'Turned on' }]);
    audit.github.intercept = (request) =>
      request.method === 'POST' && request.path === '/repos/acme/audit/issues'
        ? { status: 422, body: { message: `${'y'.repeat(filler)} ${passphrase} refused` } }
        : undefined;
    const result = await audit.run({ 'marker-key': passphrase });
    audit.github.intercept = undefined;
    assert.is(result.code, 1, result.stdout);
    assert.match(errorLine(result), /^GitHub refused to open the report issue \(POST \/repos\/acme\/audit\/issues: 422 y+ /);
    for (const place of [result.log, result.summary, result.stderr]) {
      for (const word of ['correct', 'horse', 'battery', 'staple']) {
        assert.not.match(place, word, `${filler}: ${errorLine(result).slice(-60)}`);
      }
    }
  }
});

test.run();
