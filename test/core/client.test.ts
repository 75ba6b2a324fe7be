import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { authorization, createClient, resolveBaseUrl, validateSubdomain } from '../../src/core/client.ts';
import { InputError, ZendeskError, ZendeskHttpError } from '../../src/core/errors.ts';
import { json, recordingSleep, scriptedFetch, text } from '../helpers/fake-fetch.ts';

const baseUrl = new URL('https://acme.zendesk.com');
const credentials = { email: 'joe@example.com', apiToken: 'tok-123456' };

test('validateSubdomain accepts plain DNS labels', () => {
  assert.is(validateSubdomain('acme'), 'acme');
  assert.is(validateSubdomain('Acme-Support2'), 'acme-support2');
});

test('validateSubdomain refuses anything that could leave the host', () => {
  for (const bad of ['evil.com/x', 'a@b', 'x.y', '..', '', 'acme/', '-acme', 'acme-', 'a b', 'a%2e']) {
    assert.throws(() => validateSubdomain(bad), (error: Error) => error instanceof InputError, bad);
  }
});

test('validateSubdomain suggests the bare name for a full host name', () => {
  assert.throws(() => validateSubdomain('acme.zendesk.com'), /use 'acme'/);
});

test('resolveBaseUrl builds https://{subdomain}.zendesk.com', () => {
  assert.is(resolveBaseUrl({ subdomain: 'acme' }).href, 'https://acme.zendesk.com/');
});

test('resolveBaseUrl allows http only for loopback hosts', () => {
  assert.is(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:8080/' }).origin, 'http://127.0.0.1:8080');
  assert.is(resolveBaseUrl({ baseUrl: 'http://localhost:9' }).origin, 'http://localhost:9');
  assert.is(resolveBaseUrl({ baseUrl: 'http://[::1]:9' }).origin, 'http://[::1]:9');
  assert.throws(() => resolveBaseUrl({ baseUrl: 'http://proxy.example.com' }), /plain http: to a host that is not loopback/);
  assert.throws(() => resolveBaseUrl({ baseUrl: 'ftp://x.example' }), /https:/);
  assert.throws(() => resolveBaseUrl({ baseUrl: 'https://u:p@x.example' }), /user name or password/);
  assert.throws(() => resolveBaseUrl({}), /ZENDESK_SUBDOMAIN/);
});

test('authorization builds API-token basic auth and OAuth bearer headers', () => {
  assert.is(authorization(credentials), `Basic ${btoa('joe@example.com/token:tok-123456')}`);
  assert.is(authorization({ oauthToken: 'oauth-abc' }), 'Bearer oauth-abc');
});

test('get sends the credentials and parses JSON', async () => {
  const fake = scriptedFetch([json({ user: { id: 1 } })]);
  const client = createClient({ baseUrl, credentials, fetch: fake.fetch });
  const { body } = await client.get<{ user: { id: number } }>('/api/v2/users/1', new URLSearchParams({ a: 'b' }));
  assert.is(body.user.id, 1);
  assert.is(fake.requests[0]!.url, 'https://acme.zendesk.com/api/v2/users/1?a=b');
  assert.is(fake.requests[0]!.headers.get('authorization'), authorization(credentials));
});

test('get keeps the path prefix of a base URL (proxies)', async () => {
  const fake = scriptedFetch([json({})]);
  await createClient({ baseUrl: resolveBaseUrl({ baseUrl: 'https://proxy.example/zendesk/' }), fetch: fake.fetch }).get('/api/v2/x');
  assert.is(fake.requests[0]!.url, 'https://proxy.example/zendesk/api/v2/x');
});

test('get retries 429 after Retry-After, 503, 500, a network error and a truncated body', async () => {
  const { sleep, waits } = recordingSleep();
  const fake = scriptedFetch([
    text('Number of allowed API requests per minute exceeded', 429, { 'Retry-After': '3' }),
    json({ error: 'down' }, 503, { 'Retry-After': '1' }),
    json({ error: 'oops' }, 500),
    new TypeError('fetch failed'),
    new Response('{"audit_logs": [', { status: 200 }),
    json({ ok: true }),
  ]);
  const client = createClient({ baseUrl, fetch: fake.fetch, retry: { sleep, random: () => 0, baseDelayMs: 100 } });
  const { body } = await client.get<{ ok: boolean }>('/api/v2/audit_logs');
  assert.ok(body.ok);
  assert.equal(waits, [3000, 1000, 200, 400, 800]);
  assert.is(fake.requests.length, 6);
});

test('get fails at once on 401 with a message that names the fix', async () => {
  const fake = scriptedFetch([json({ error: "Couldn't authenticate you" }, 401)]);
  try {
    await createClient({ baseUrl, credentials, fetch: fake.fetch }).get('/api/v2/audit_logs', new URLSearchParams({ x: '1' }));
    assert.unreachable();
  } catch (error) {
    assert.instance(error, ZendeskHttpError);
    assert.is(
      (error as Error).message,
      "GET /api/v2/audit_logs: 401 Unauthorized - Couldn't authenticate you - check the email and API token, or the OAuth token",
    );
    assert.is(fake.requests.length, 1);
  }
});

test('get never puts the token into an error, even when the server echoes it', async () => {
  const header = authorization(credentials);
  const fake = scriptedFetch([json({ error: `bad header ${header} for tok-123456` }, 400)]);
  try {
    await createClient({ baseUrl, credentials, fetch: fake.fetch }).get('/api/v2/audit_logs');
    assert.unreachable();
  } catch (error) {
    const message = (error as Error).message;
    assert.not.match(message, 'tok-123456');
    assert.not.match(message, header.slice(6));
  }
});

test('get times out a request that does not answer, and retries it', async () => {
  const { sleep } = recordingSleep();
  const hang = (request: Request) =>
    new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
  const fake = scriptedFetch([hang, json({ ok: true })]);
  const client = createClient({ baseUrl, fetch: fake.fetch, timeoutMs: 20, retry: { sleep } });
  const { body } = await client.get<{ ok: boolean }>('/api/v2/audit_logs');
  assert.ok(body.ok);
  assert.is(fake.requests.length, 2);
});

test('get reports a request that keeps timing out', async () => {
  const hang = (request: Request) =>
    new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
  const fake = scriptedFetch([hang, hang]);
  const client = createClient({ baseUrl, fetch: fake.fetch, timeoutMs: 10, retry: { attempts: 2, sleep: async () => {} } });
  try {
    await client.get('/api/v2/audit_logs');
    assert.unreachable();
  } catch (error) {
    assert.instance(error, ZendeskError);
    assert.match((error as Error).message, /GET \/api\/v2\/audit_logs: no complete answer within 0.01 s \(gave up after 2 attempts/);
  }
});

test('an aborted signal cancels a request without retrying', async () => {
  const controller = new AbortController();
  const fake = scriptedFetch([
    (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
        controller.abort(new DOMException('stop', 'AbortError'));
      }),
  ]);
  const client = createClient({ baseUrl, fetch: fake.fetch, signal: controller.signal });
  try {
    await client.get('/api/v2/audit_logs');
    assert.unreachable();
  } catch (error) {
    assert.is((error as Error).name, 'AbortError');
    assert.is(fake.requests.length, 1);
  }
});

test('get reports rate-limit headers to onEvent', async () => {
  const events: unknown[] = [];
  const fake = scriptedFetch([json({}, 200, { 'ratelimit-limit': '700', 'ratelimit-remaining': '699', 'ratelimit-reset': '60' })]);
  await createClient({ baseUrl, fetch: fake.fetch, onEvent: (event) => events.push(event) }).get('/api/v2/audit_logs');
  assert.equal((events[0] as { rateLimit: unknown }).rateLimit, { limit: 700, remaining: 699, resetMs: 60_000 });
});

test.run();
