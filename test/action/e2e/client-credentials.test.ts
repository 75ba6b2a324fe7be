import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CLIENT, CLIENT_INPUTS, errorLine, postedBodies, startAudit } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('the Action with OAuth client credentials', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 12, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

/** The values the run registered with `::add-mask::`, in order. */
function masks(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length));
}

test('mints its own token, opens the report, and masks the secret and the token before their first use', async ({ audit }) => {
  const mintedBefore = audit.sandbox.tokens.minted;
  const result = await audit.run(CLIENT_INPUTS);
  assert.is(result.code, 0, result.stdout);
  const [issue] = audit.github.issues();
  assert.ok(issue, 'an issue was opened');
  assert.is(postedBodies(audit.github).flatMap((body) => body.ids).length, 12);

  assert.is(audit.sandbox.tokens.minted, mintedBefore + 1, 'one token for the whole run');
  const token = audit.sandbox.tokens.issued.at(-1)!;
  const registered = masks(result.stdout);
  assert.ok(registered.includes(CLIENT.secret), 'the client secret is masked');
  assert.ok(registered.includes(token), 'the minted token is masked');
  // Masked before the fetch that used it was reported on.
  const maskAt = result.stdout.indexOf(`::add-mask::${token}`);
  assert.ok(maskAt >= 0 && maskAt < result.stdout.indexOf('Found 12 '), 'masked before first use');
  assert.not.match(result.stdout, /::warning::/, 'no API-token warning');
});

test('a token that expires within the run is minted again, and the report is whole', async () => {
  // The sandbox's clock reads one second later with every request it serves and moves with
  // nothing else, so a token of 2.5 s serves the two requests after its mint and expires
  // on the third, however loaded the machine.
  const started = Date.now();
  let served = () => 0;
  const audit = await startAudit({ records: 250, days: 1, tokenLifetimeSeconds: 2.5, clock: () => started + served() * 1000 });
  served = () => audit.sandbox.stats.requests;
  try {
    const result = await audit.run(CLIENT_INPUTS);
    assert.is(result.code, 0, result.stdout);
    assert.is(new Set(postedBodies(audit.github).flatMap((body) => body.ids)).size, 250);
    assert.is(audit.sandbox.tokens.minted, 2);
    assert.is(audit.sandbox.stats.byStatus['401'], 1);
    for (const token of audit.sandbox.tokens.issued) assert.ok(masks(result.stdout).includes(token), 'every minted token is masked');
  } finally {
    await audit.close();
  }
});

test('a wrong secret fails the step with one line naming the inputs, and opens nothing', async ({ audit }) => {
  const before = audit.github.items.length;
  const result = await audit.run({ ...CLIENT_INPUTS, 'zendesk-client-secret': 'zdWrongClientSecret8u7y6t' });
  assert.is(result.code, 1);
  assert.is(
    errorLine(result),
    'POST /oauth/tokens: 401 Unauthorized - invalid_client - ' +
      "Zendesk refused the OAuth client credentials (zendesk-client-id and zendesk-client-secret): check the client's Identifier (not its numeric id) and secret, and that its kind is Confidential",
  );
  assert.is(audit.github.items.length, before);
});

test('a client id without its secret is refused before anything is sent', async ({ audit }) => {
  const requests = audit.sandbox.requests.length;
  const result = await audit.run({ ...CLIENT_INPUTS, 'zendesk-client-secret': '' });
  assert.is(result.code, 1);
  assert.match(errorLine(result), /^zendesk-client-id is set but zendesk-client-secret is not: set both/);
  assert.is(audit.sandbox.requests.length, requests, 'nothing sent');
});

test('client credentials win over an API token given too, and an API token alone warns of 2027-04-30', async ({ audit }) => {
  audit.sandbox.addRecords([{ change_description: 'Turned off' }]);
  const apiTokenWarning = (stdout: string) =>
    stdout.split('\n').filter((line) => line.startsWith('::warning::') && /API tokens/.test(line));
  const both = await audit.run({
    ...CLIENT_INPUTS,
    'zendesk-email': audit.inputs['zendesk-email']!,
    'zendesk-api-token': audit.inputs['zendesk-api-token']!,
    'dry-run': 'true',
  });
  assert.is(both.code, 0, both.stdout);
  assert.equal(apiTokenWarning(both.stdout), []);

  const token = await audit.run({ 'dry-run': 'true' });
  assert.is(token.code, 0, token.stdout);
  const warnings = apiTokenWarning(token.stdout);
  assert.is(warnings.length, 1);
  assert.match(warnings[0]!, /Zendesk switches off API tokens on 2027-04-30 .*zendesk-client-id and zendesk-client-secret/);
});

test('moving from an API token: a run given both counts the reports signed under the API token, and reports nothing twice', async () => {
  const audit = await startAudit({ records: 5, days: 1 });
  try {
    const before = await audit.run();
    assert.is(before.outputs['changes-count'], '5');
    audit.sandbox.addRecords([{ change_description: 'Turned on' }]);
    const moving = {
      ...CLIENT_INPUTS,
      'zendesk-email': audit.inputs['zendesk-email']!,
      'zendesk-api-token': audit.inputs['zendesk-api-token']!,
    };
    const first = await audit.run(moving);
    assert.is(first.code, 0, first.stdout);
    assert.is(first.outputs['changes-count'], '1', 'only the new change');
    assert.not.match(first.stdout, /did not verify/);
    const again = await audit.run(moving);
    assert.is(again.outputs['changes-count'], '0');
    assert.match(postedBodies(audit.github).at(-1)!.body, /mac=/);
  } finally {
    await audit.close();
  }
});

test.run();
