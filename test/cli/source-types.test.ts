/**
 * Source types are asked of the account, not checked against a list: a type that finds
 * nothing in the window costs one request over the whole log; a type the account has
 * logged runs whatever any list says, one it has never logged is refused with the
 * nearest known type (exit 2), unless Zendesk documents it (a fresh account): a warning.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Sandbox } from '../../src/sandbox/mod.ts';
import { auditLogRequests, runScript, startSandbox, tokenEnv } from '../helpers/run-script.ts';

/** The listing requests for `type` with no time filter: the question "has the account ever logged it?". */
function askedEver(sandbox: Sandbox, type: string): number {
  return auditLogRequests(sandbox).filter((params) => params.get('filter[source_type]') === type && !params.has('filter[created_at][]'))
    .length;
}

const types = suite<{ episodes: Sandbox; plain: Sandbox }>('source types from the account, not from a list');
types.before(async (context) => {
  // The demo's account logs one API token as Panther's records name the type (api_token), the rest as apitoken.
  context.episodes = await startSandbox({ episodes: true });
  context.plain = await startSandbox({ records: 60, mix: { account_setting: 1, apitoken: 1 } });
});
types.after(async (context) => {
  await Promise.all([context.episodes.close(), context.plain.close()]);
});

types('--source-type api_token runs where the account has logged it, in the window or not', async ({ episodes }) => {
  const found = await runScript('settings-changes', ['--since', '30d', '--source-type', 'api_token'], tokenEnv(episodes));
  assert.is(found.code, 0, found.stderr);
  assert.match(found.stdout, /^ID: \d+, At .* deleted 'API token: .+': Deleted \[low: API token deleted\]\n$/);
  assert.is(askedEver(episodes, 'api_token'), 0, 'found in the window: nothing more to ask');
  const quiet = await runScript('settings-changes', ['--since', '1d', '--source-type', 'api_token'], tokenEnv(episodes));
  assert.is(quiet.code, 0, quiet.stderr);
  assert.is(quiet.stdout, 'No audit-log records found.\n');
  assert.is(askedEver(episodes, 'api_token'), 1, 'one request over the whole log');
});

types(
  'a type the account has never logged is refused with the nearest known type, before "nothing found" is written',
  async ({ episodes, plain }) => {
    for (
      const [sandbox, type, hint] of [
        [plain, 'api_token', 'did you mean apitoken?'],
        [episodes, 'api_tokn', 'did you mean api_token?'],
        [episodes, 'acount_setting', 'did you mean account_setting?'],
        [
          plain,
          'custom_object_record',
          'check the spelling (Zendesk documents account_setting, apitoken, rule, ticket, user, zendesk/app_market/app)',
        ],
      ] as const
    ) {
      const result = await runScript('settings-changes', ['--since', '7d', '--source-type', `user,${type}`], tokenEnv(sandbox));
      assert.is(result.code, 2, result.stderr);
      assert.match(
        result.stderr,
        new RegExp(`\\nerror: source type "${type}": this account has never logged one: ${hint.replace(/[.*+?()[\]|/]/g, '\\$&')}\\n$`),
      );
      assert.not.match(result.stdout, /No audit-log records found/);
    }
  },
);

types('a type Zendesk documents is never refused: an account may not have logged it yet', async ({ plain }) => {
  const result = await runScript('settings-changes', ['--since', '7d', '--source-type', 'rule'], tokenEnv(plain));
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, /^warning: source type "rule": this account has never logged one, so nothing can be found yet$/m);
  assert.is(result.stdout, 'No audit-log records found.\n');
});

types.run();
