/**
 * Ids a JSON number cannot hold: 9007199254740993 and 9007199254740992 both read as
 * 9007199254740992, so two records would become one, under an id neither has. Through
 * both scripts (one walk and parallel walks) and the built Action, a page holding such
 * an id (or one that is no positive whole number at all) is refused with one line that
 * names the record, and nothing of it is printed or reported.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, errorLine, startAudit } from '../action/audit-setup.ts';
import { reply, startLoopback } from '../helpers/loopback.ts';
import { runScript } from '../helpers/run-script.ts';

const NOW = Date.now();
/** Seconds-precision UTC, as Zendesk writes `created_at`, `hours` ago. */
const ago = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');

/** A record as Zendesk writes it, with `id` as raw JSON text (a number JSON.stringify could not write). */
function recordJson(id: string, hours: number): string {
  return `{"url":"https://acme.zendesk.com/api/v2/audit_logs/${
    id.replace(/\D/g, '')
  }.json","id":${id},"action_label":"Updated","actor_id":1509756491122,` +
    `"actor_name":"Joe Agent","source_id":23639740139415,"source_type":"account_setting","source_label":"Security: Two-factor authentication",` +
    `"action":"update","change_description":"Turned off","ip_address":"52.40.123.85","created_at":"${ago(hours)}"}`;
}

/** A Zendesk whose one page holds the records of `ids` (raw JSON), oldest last; the count request counts them. */
async function zendeskWith(ids: string[]) {
  const records = ids.map((id, index) => recordJson(id, 1 + index)).join(',');
  return startLoopback((request, response) => {
    if (request.url.pathname.startsWith('/api/v2/users/')) {
      return reply(response, 200, {
        user: { id: 1509756491122, name: 'Joe Agent', role: 'admin', time_zone: 'UTC', iana_time_zone: 'Etc/UTC' },
      });
    }
    const count = request.url.searchParams.get('per_page') === '1' ? `,"count":${ids.length},"next_page":null,"previous_page":null` : '';
    reply(response, 200, `{"audit_logs":[${records}],"meta":{"has_more":false,"after_cursor":null,"before_cursor":null}${count}}`, {
      'Content-Type': 'application/json',
    });
  });
}

const COLLAPSED = new RegExp(
  '^GET /api/v2/audit_logs: Zendesk sent a record, created \\S+Z, with the id 9007199254740992 \\(as read\\); ' +
    'an id must be a positive whole number below 2\\^53 to be read exactly, so the listing stopped rather than merge or misname records',
);

const test = suite<{ audit: Audit }>('ids beyond 2^53', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 4, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('the scripts refuse two records whose ids collapse into one, in one walk and in parallel walks, naming the record', async () => {
  const server = await zendeskWith(['23649114690839', '9007199254740993', '9007199254740992']);
  const env = { ZENDESK_BASE_URL: server.url, ZENDESK_OAUTH_TOKEN: 'zdToken1234' };
  try {
    for (const args of [['--concurrency', '1'], ['--concurrency', '16'], ['--format', 'ndjson'], ['--format', 'csv']]) {
      const result = await runScript('settings-changes', ['--since', '1d', ...args], env);
      assert.is(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
      assert.is(errors.length, 1, result.stderr);
      assert.match(errors[0]!.slice('error: '.length), COLLAPSED);
      assert.not.match(result.stdout, '9007199254740992', `${args.join(' ')}: no record of the page is shown`);
    }
    const user = await runScript('user-activity', ['--user', '1509756491122', '--format', 'json'], env);
    assert.is(user.code, 1, user.stderr);
    assert.match(
      user.stderr,
      /^error: GET \/api\/v2\/audit_logs: Zendesk sent a record, created \S+Z, with the id 9007199254740992 \(as read\)/m,
    );
    assert.not.match(user.stdout, '9007199254740992');
  } finally {
    await server.close();
  }
});

test('an id that is a string, negative or a fraction is refused the same way', async () => {
  for (const [id, named] of [['"23649114690839"', 'a string as its id'], ['-5', 'the id -5'], ['1.5', 'the id 1.5']]) {
    const server = await zendeskWith([id!]);
    try {
      const result = await runScript('settings-changes', ['--since', '1d'], {
        ZENDESK_BASE_URL: server.url,
        ZENDESK_OAUTH_TOKEN: 'zdToken1234',
      });
      assert.is(result.code, 1, result.stderr);
      assert.match(result.stderr, `with ${named}; an id must be a positive whole number below 2^53`, result.stderr);
    } finally {
      await server.close();
    }
  }
});

test('the Action fails the step with the same line, not an unexpected RangeError, and reports nothing', async ({ audit }) => {
  const server = await zendeskWith(['23649114690839', '9007199254740993', '9007199254740992']);
  try {
    const result = await audit.run({ 'zendesk-base-url': server.url });
    assert.is(result.code, 1, result.stdout);
    assert.match(errorLine(result), COLLAPSED);
    assert.is(audit.github.items.length, 0, 'no report');
  } finally {
    await server.close();
  }
});

test.run();
