import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createClient } from '../../../src/core/fetch/client.ts';
import { readNetworkFailure } from '../../../src/core/fetch/network-failure.ts';
import { ZendeskError } from '../../../src/core/errors.ts';
import { recordingSleep, scriptedFetch } from '../../helpers/fake-fetch.ts';

/** What Node's fetch (undici) throws: a TypeError whose cause is the system error. */
function nodeError(code: string, message: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

/** What Deno's fetch throws: the reason in words only. */
function denoError(words: string): TypeError {
  return new TypeError('fetch failed', {
    cause: new Error(`error sending request for url (https://acme.zendesk.com/api/v2/audit_logs): ${words}`),
  });
}

test('readNetworkFailure reads what Node and Deno throw alike', () => {
  const cases: [unknown, string][] = [
    [nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND acmee.zendesk.com'), 'no-such-host'],
    [denoError('client error (Connect): dns error: failed to lookup address information: Name or service not known'), 'no-such-host'],
    [nodeError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8080'), 'refused'],
    [denoError('client error (Connect): tcp connect error: Connection refused (os error 111)'), 'refused'],
    [nodeError('ERR_SSL_WRONG_VERSION_NUMBER', 'C07C:error:0A00010B:SSL routines::wrong version number:\n'), 'not-tls'],
    [nodeError('ERR_SSL_PACKET_LENGTH_TOO_LONG', 'C0FC:error:0A0000C6:SSL routines::packet length too long:\n'), 'not-tls'],
    [denoError('client error (Connect): received corrupt message of type InvalidContentType'), 'not-tls'],
    [new TypeError('fetch failed', { cause: new Error('bad port') }), 'blocked-port'],
    // A resolver that cannot be reached may answer later: not a name that does not exist.
    [nodeError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN acme.zendesk.com'), 'other'],
    [nodeError('ECONNRESET', 'read ECONNRESET'), 'other'],
  ];
  for (const [error, kind] of cases) assert.is(readNetworkFailure(error).kind, kind, String((error as Error).cause));
  const other = readNetworkFailure(nodeError('ECONNRESET', 'read ECONNRESET\n'));
  assert.equal(other, { kind: 'other', text: 'read ECONNRESET' });
});

const CLIENT = { clientId: 'zendesk_audit', clientSecret: 'client-secret-1234' };

test('a subdomain that is no account: a redirect from the token endpoint names the subdomain, not the credentials, and is asked once', async () => {
  const fake = scriptedFetch([new Response(null, { status: 301, headers: { Location: 'https://www.zendesk.com/' } })]);
  const client = createClient({
    baseUrl: new URL('https://acmee.zendesk.com'),
    credentials: CLIENT,
    credentialNames: 'ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET',
    accountSetting: 'ZENDESK_SUBDOMAIN',
    fetch: fake.fetch,
    retry: { sleep: recordingSleep().sleep },
  });
  const error = await client.get('/api/v2/audit_logs').catch((caught: unknown) => caught);
  assert.instance(error, ZendeskError);
  assert.is(
    (error as Error).message,
    'POST /oauth/tokens: 301 Moved Permanently - no Zendesk account answers at acmee.zendesk.com: check ZENDESK_SUBDOMAIN',
  );
  assert.is(fake.requests.length, 1);
});

test('a subdomain that is no account: a 404 from the audit log says so; a 404 of a user stays an unknown user', async () => {
  const notFound = () => new Response('{"error":"InvalidEndpoint","description":"Not found"}', { status: 404 });
  const fake = scriptedFetch([notFound(), notFound()]);
  const client = createClient({
    baseUrl: new URL('https://acmee.zendesk.com'),
    credentials: { oauthToken: 'oauth-token-1234' },
    fetch: fake.fetch,
  });
  const listing = await client.get('/api/v2/audit_logs').catch((caught: unknown) => caught);
  assert.match((listing as Error).message, / - no Zendesk account answers at acmee\.zendesk\.com: check the subdomain$/);
  const user = await client.get('/api/v2/users/42').catch((caught: unknown) => caught);
  assert.not.match((user as Error).message, /no Zendesk account/);
});

test('a subdomain the DNS does not know fails at once, naming it', async () => {
  const { sleep, waits } = recordingSleep();
  const fake = scriptedFetch([nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND acmee.zendesk.com')]);
  const client = createClient({
    baseUrl: new URL('https://acmee.zendesk.com'),
    credentials: { oauthToken: 'oauth-token-1234' },
    accountSetting: 'ZENDESK_SUBDOMAIN',
    fetch: fake.fetch,
    retry: { sleep },
  });
  const error = await client.get('/api/v2/audit_logs').catch((caught: unknown) => caught);
  assert.is(
    (error as Error).message,
    'GET /api/v2/audit_logs: acmee.zendesk.com does not exist (the DNS knows no such name): check ZENDESK_SUBDOMAIN',
  );
  assert.equal(waits, [], 'no retry');
});

test('a connection refused by a remote host is still retried: a server may be restarting', async () => {
  const { sleep, waits } = recordingSleep();
  const fake = scriptedFetch([nodeError('ECONNREFUSED', 'connect ECONNREFUSED 203.0.113.5:443'), new Response('{"audit_logs":[]}')]);
  const client = createClient({
    baseUrl: new URL('https://acme.zendesk.com'),
    credentials: { oauthToken: 'oauth-token-1234' },
    fetch: fake.fetch,
    retry: { sleep },
  });
  const { body } = await client.get<{ audit_logs: unknown[] }>('/api/v2/audit_logs');
  assert.equal(body.audit_logs, []);
  assert.is(waits.length, 1);
});

test.run();
