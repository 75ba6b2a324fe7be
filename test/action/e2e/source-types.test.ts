import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CLIENT_INPUTS, errorLine, startAudit } from '../audit-setup.ts';

const test = suite<{ audit: Audit }>('source types from the account, in the Action', { audit: undefined as never });

test.before(async (context) => {
  // An account that logs account settings and API tokens (as Zendesk's reference names them), nothing else.
  context.audit = await startAudit({ records: 30, days: 1, mix: { account_setting: 1, apitoken: 1 } });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('a type the account has never logged fails the step with the nearest known type, before GitHub is asked', async ({ audit }) => {
  const before = audit.github.requests.length;
  const result = await audit.run({ ...CLIENT_INPUTS, 'source-type': 'account_setting, api_token' });
  assert.is(result.code, 1, result.stdout);
  assert.is(errorLine(result), 'source-type: source type "api_token": this account has never logged one: did you mean apitoken?');
  assert.is(audit.github.requests.length, before);
});

test('a type it has logged runs, whatever a list says; a documented one it has not is a warning', async ({ audit }) => {
  const logged = await audit.run({ ...CLIENT_INPUTS, 'source-type': 'apitoken', 'dry-run': 'true' });
  assert.is(logged.code, 0, logged.stdout);
  const fresh = await audit.run({ ...CLIENT_INPUTS, 'source-type': 'ticket', 'dry-run': 'true' });
  assert.is(fresh.code, 0, fresh.stdout);
  assert.match(
    fresh.stdout,
    /^::warning::source-type: source type "ticket": this account has never logged one, so nothing can be found yet$/m,
  );
});

test.run();
