import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createClient, credentialDestinationWarning, resolveBaseUrl, validateSubdomain } from '../../../src/core/fetch/client.ts';
import { authorization } from '../../../src/core/auth/credentials.ts';
import { InputError, ZendeskError, ZendeskHttpError } from '../../../src/core/errors.ts';
import { json, recordingSleep, scriptedFetch, text } from '../../helpers/fake-fetch.ts';

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
  // Only literal localhost, 127.0.0.0/8 and ::1: a name under .localhost is up to the resolver.
  assert.throws(() => resolveBaseUrl({ baseUrl: 'http://evil.localhost:8080' }), /not loopback/);
  assert.throws(() => resolveBaseUrl({ baseUrl: 'http://localhost.evil.example' }), /not loopback/);
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
      "GET /api/v2/audit_logs: 401 Unauthorized - Couldn't authenticate you - check the email and API token",
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

test('get leaves no piece of the token in an error where a long echo is cut short', async () => {
  // Found by test/reliability: messages are cut at 300 characters before the token was
  // redacted, so a cut through the echoed token left its first characters in the message.
  const oauth = { oauthToken: 'zdOAuthToken5hJ2pR8sT1yU6cE0' };
  for (let filler = 270; filler <= 300; filler += 3) {
    const fake = scriptedFetch([json({ error: 'InvalidValue', description: `${'x'.repeat(filler)} Bearer ${oauth.oauthToken}` }, 400)]);
    try {
      await createClient({ baseUrl, credentials: oauth, fetch: fake.fetch }).get('/api/v2/audit_logs');
      assert.unreachable();
    } catch (error) {
      assert.not.match((error as Error).message, 'zdOAuthTok', `a cut after ${filler} characters`);
    }
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
  await createClient({ baseUrl, fetch: fake.fetch, onEvent: (event) => event.type === 'response' && events.push(event) }).get(
    '/api/v2/audit_logs',
  );
  assert.equal((events[0] as { rateLimit: unknown }).rateLimit, { limit: 700, remaining: 699, resetMs: 60_000 });
});

/** An AbortSignal that counts the listeners attached to it and not yet removed. */
function countedSignal(): { signal: AbortSignal; live: () => number } {
  const signal = new AbortController().signal;
  const listeners = new Set<unknown>();
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: AddEventListenerOptions) => {
    listeners.add(listener);
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: EventListenerOptions) => {
    listeners.delete(listener);
    remove(type, listener, options);
  }) as typeof signal.removeEventListener;
  return { signal, live: () => listeners.size };
}

test('get leaves no listener behind on a long-lived signal, however many requests and retries it makes', async () => {
  // Found by test/reliability: listeners piled up on the caller's signal, one or two per
  // request and attempt, until Node warned of a leak on stderr after ten.
  const client = countedSignal();
  const request = countedSignal();
  const answers = Array.from(
    { length: 30 },
    (_, index) => (index % 3 === 0 ? text('busy', 503, { 'Retry-After': '0' }) : json({ ok: true })),
  );
  const fake = scriptedFetch(answers);
  const api = createClient({ baseUrl, fetch: fake.fetch, signal: client.signal, retry: { sleep: async () => {} } });
  for (let index = 0; index < 20; index++) await api.get('/api/v2/audit_logs', undefined, { signal: request.signal });
  assert.is(fake.requests.length, 30);
  assert.is(client.live(), 0, 'listeners left on the client signal');
  assert.is(request.live(), 0, 'listeners left on the request signal');
});

test('a timeout longer than a timer can hold waits, instead of firing at once', async () => {
  // Found by test/reliability: `--timeout 600h` is 2^31 ms and more, which setTimeout
  // treats as 1 ms, so every request "timed out" at once.
  const fake = scriptedFetch([
    (request) =>
      new Promise<Response>((resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        setTimeout(() => resolve(json({ ok: true })), 20);
      }),
  ]);
  const api = createClient({ baseUrl, fetch: fake.fetch, timeoutMs: 600 * 3_600_000, retry: { attempts: 1 } });
  assert.equal((await api.get('/api/v2/audit_logs')).body, { ok: true });
});

test('a base URL that does not parse is not echoed, whatever its password holds', () => {
  for (const password of ['hunter2-secret', 'hun/ter2', 'hun#ter2', 'hun?ter2', 'hu@n/t#e?r2']) {
    assert.throws(
      () => resolveBaseUrl({ baseUrl: `https://admin:${password}@` }),
      (error: Error) =>
        error instanceof InputError && !error.message.includes('ter2') && !error.message.includes('hun') &&
        /is not a URL|user name or password/.test(error.message),
    );
  }
});

test('credentialDestinationWarning names a host outside *.zendesk.com, and only then', () => {
  assert.is(credentialDestinationWarning(new URL('https://acme.zendesk.com')), undefined);
  assert.is(credentialDestinationWarning(new URL('http://127.0.0.1:9')), undefined);
  assert.is(
    credentialDestinationWarning(new URL('https://zendesk.com.evil.example/api')),
    'the base URL is not a Zendesk account (*.zendesk.com): the Zendesk credentials go to zendesk.com.evil.example',
  );
});

test('a redirect is refused at once, not followed and not retried, with a line that names the fix', async () => {
  // Found by test/reliability: with `redirect: 'error'` fetch threw a TypeError that
  // looked like a network error, so a redirecting base URL was retried for 11 s and
  // reported as "network error (unexpected redirect)".
  let requests = 0;
  const server = createServer((_request, response) => {
    requests++;
    response.writeHead(301, { Location: 'https://elsewhere.example/api/v2/audit_logs' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const api = createClient({ baseUrl: new URL(`http://127.0.0.1:${port}`), credentials, retry: { sleep: async () => {} } });
    try {
      await api.get('/api/v2/audit_logs');
      assert.unreachable();
    } catch (error) {
      assert.instance(error, ZendeskHttpError);
      assert.is((error as ZendeskHttpError).status, 301);
      assert.match((error as Error).message, /^GET \/api\/v2\/audit_logs: 301 Moved Permanently - .*redirect.*base URL/);
    }
    assert.is(requests, 1, 'asked once, followed nowhere');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('createClient names a credential left unset, as JavaScript passes an environment variable that is not', () => {
  const baseUrl = new URL('https://acme.zendesk.com');
  assert.throws(
    () => createClient({ baseUrl, credentials: { oauthToken: undefined as unknown as string } }),
    (error: Error) =>
      error instanceof TypeError &&
      error.message === 'credentials.oauthToken must be a non-empty string, not undefined (is its environment variable set?)',
  );
  assert.throws(
    () => createClient({ baseUrl, credentials: { clientId: 'zendesk_audit', clientSecret: '' } }),
    /credentials\.clientSecret must be a non-empty string, not empty/,
  );
});

test.run();
