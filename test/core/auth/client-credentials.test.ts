import { Temporal } from 'temporal-polyfill';
import { suite, test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  type AuthenticatedClient,
  ClientCredentialsAuthenticator,
  type ClientOptions,
  createClient,
  type FetchEvent,
  parallelAuditLogs,
  toArray,
  ZendeskHttpError,
} from '../../../src/core/mod.ts';
import { createSandbox, DEMO_OAUTH_CLIENT, type Sandbox, type SandboxOptions } from '../../../src/sandbox/mod.ts';

const NOW = Date.parse('2024-06-01T12:00:00Z');
const DAY = 86_400_000;
const WINDOW = { start: Temporal.Instant.fromEpochMilliseconds(NOW - 10 * DAY), end: Temporal.Instant.fromEpochMilliseconds(NOW) };
const CLIENT = { clientId: DEMO_OAUTH_CLIENT.identifier, clientSecret: DEMO_OAUTH_CLIENT.secret };

interface Sent {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}

/** The sandbox over HTTP, and every request the client sent, as it went on the wire (the real fetch does the sending). */
async function connect(
  sandboxOptions: SandboxOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<{ sandbox: Sandbox; client: AuthenticatedClient; sent: Sent[] }> {
  const sandbox = createSandbox({ now: NOW, days: 10, rateLimit: 0, ...sandboxOptions });
  await sandbox.start();
  const sent: Sent[] = [];
  const recording: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      authorization: headers.get('authorization'),
      body: String(init?.body ?? ''),
    });
    return fetch(input, init);
  };
  const client = createClient({
    baseUrl: new URL(sandbox.url),
    credentials: CLIENT,
    fetch: recording,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...clientOptions,
  });
  return { sandbox, client, sent };
}

const ids = (records: { id: number }[]) => records.map((record) => record.id);
const LIST = '/api/v2/audit_logs';
const page = (client: AuthenticatedClient) => client.get<{ audit_logs: unknown[] }>(LIST, new URLSearchParams({ 'page[size]': '10' }));

test('mints one token with the scopes asked for, as one string, and sends the secret to the token endpoint only', async () => {
  const { sandbox, client, sent } = await connect({}, { scopes: ['auditlogs:read', 'users:read'] });
  try {
    await page(client);
    await page(client);
    assert.is(sandbox.tokens.minted, 1);
    const [mint, ...rest] = sent;
    assert.equal([mint!.method, mint!.path, mint!.authorization], ['POST', '/oauth/tokens', null]);
    assert.equal(JSON.parse(mint!.body), {
      grant_type: 'client_credentials',
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
      scope: 'auditlogs:read users:read',
      expires_in: 1800,
    });
    assert.is(rest.length, 2);
    for (const request of rest) {
      assert.match(request.authorization ?? '', /^Bearer sandbox_at_[0-9a-f]+$/);
      assert.not.ok(request.body.includes(CLIENT.clientSecret));
    }
    assert.ok(client.secrets().includes(CLIENT.clientSecret));
    assert.ok(client.secrets().includes(rest[0]!.authorization!.slice('Bearer '.length)), 'the minted token is known for redaction');
  } finally {
    await sandbox.close();
  }
});

test('sixteen requests at once share one mint', async () => {
  const { sandbox, client } = await connect({ latencyMs: 20 });
  try {
    await Promise.all(Array.from({ length: 16 }, () => page(client)));
    assert.is(sandbox.tokens.minted, 1);
    assert.is(sandbox.tokens.mostAtOnce, 1);
  } finally {
    await sandbox.close();
  }
});

test('a token refused with 401 is minted again once, and the request goes through', async () => {
  const { sandbox, client, sent } = await connect();
  try {
    await page(client);
    sandbox.expireTokens();
    const answer = await page(client);
    assert.is(answer.status, 200);
    assert.is(sandbox.tokens.minted, 2);
    assert.equal(sent.map((request) => request.method + ' ' + request.path), [
      'POST /oauth/tokens',
      `GET ${LIST}`,
      `GET ${LIST}`,
      'POST /oauth/tokens',
      `GET ${LIST}`,
    ]);
    assert.is(sandbox.stats.byStatus['401'], 1);
  } finally {
    await sandbox.close();
  }
});

test('a 401 right after a fresh mint is the error, naming what to check', async () => {
  // Tokens that die as they are born: every one is refused.
  const { sandbox, client } = await connect({ tokenLifetimeSeconds: 1e-9 }, {
    credentialNames: 'ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET',
  });
  try {
    const error = await page(client).then(() => undefined, (caught: unknown) => caught);
    assert.instance(error, ZendeskHttpError);
    assert.is((error as ZendeskHttpError).status, 401);
    assert.match(
      (error as Error).message,
      /^GET \/api\/v2\/audit_logs: 401 Unauthorized - Couldn't authenticate you - a token minted from the OAuth client credentials \(ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET\) was refused/,
    );
    assert.is(sandbox.tokens.minted, 2, 'minted once, and once more after the first 401; never a third time');
  } finally {
    await sandbox.close();
  }
});

test('a wrong secret is refused at once: one token request, no API request, a line that names the fix', async () => {
  const { sandbox, client, sent } = await connect({}, {
    credentials: { ...CLIENT, clientSecret: 'not-the-secret' },
    credentialNames: 'zendesk-client-id and zendesk-client-secret',
  });
  try {
    const error = await page(client).then(() => undefined, (caught: unknown) => caught);
    assert.instance(error, ZendeskHttpError);
    assert.is(
      (error as Error).message,
      'POST /oauth/tokens: 401 Unauthorized - invalid_client - ' +
        "Zendesk refused the OAuth client credentials (zendesk-client-id and zendesk-client-secret): check the client's Identifier (not its numeric id) and secret, and that its kind is Confidential",
    );
    assert.equal(sent.map((request) => request.path), ['/oauth/tokens']);
  } finally {
    await sandbox.close();
  }
});

test('a scope the client may not ask for is invalid_scope, naming the scopes to allow', async () => {
  const { sandbox, client, sent } = await connect(
    { oauthClient: { ...DEMO_OAUTH_CLIENT, allowedScopes: ['auditlogs:read'] } },
    { scopes: ['auditlogs:read', 'users:read'] },
  );
  try {
    const error = await page(client).then(() => undefined, (caught: unknown) => caught);
    assert.instance(error, ZendeskHttpError);
    assert.is((error as ZendeskHttpError).status, 400);
    assert.match(
      (error as Error).message,
      /^POST \/oauth\/tokens: 400 Bad Request - .* - the OAuth client may not ask for "auditlogs:read users:read": add these scopes to its allowed scopes in Admin Center/,
    );
    assert.is(sent.length, 1, 'a 4xx from the token endpoint is not retried');
  } finally {
    await sandbox.close();
  }
});

test('a token without the users:read scope gets 403 on users, and the audit log still reads', async () => {
  const { sandbox, client } = await connect({}, { scopes: ['auditlogs:read'] });
  try {
    assert.is((await page(client)).status, 200);
    const error = await client.get('/api/v2/users/1').then(() => undefined, (caught: unknown) => caught);
    assert.is((error as ZendeskHttpError).status, 403);
  } finally {
    await sandbox.close();
  }
});

test('a 503 or 429 from the token endpoint is retried like any other request', async () => {
  const { sandbox, client, sent } = await connect();
  try {
    sandbox.injectFaults([{ kind: '503', retryAfter: 0 }, { kind: '429', retryAfter: 0 }]);
    assert.is((await page(client)).status, 200);
    assert.equal(sent.map((request) => request.path), ['/oauth/tokens', '/oauth/tokens', '/oauth/tokens', LIST]);
    assert.is(sandbox.tokens.minted, 1);
  } finally {
    await sandbox.close();
  }
});

test('every attempt is told as a request before its answer, retries and the token request included, with no credential in it', async () => {
  const events: FetchEvent[] = [];
  const { sandbox, client, sent } = await connect({}, { onEvent: (event) => events.push(event) });
  try {
    sandbox.injectFaults(['500']);
    assert.is((await page(client)).status, 200);
    sandbox.injectFaults(['502', { kind: '429', retryAfter: 0 }]);
    assert.is((await page(client)).status, 200);
    const told = events.map((event) =>
      event.type === 'request'
        ? `request ${event.method} ${event.path}`
        : event.type === 'response'
        ? `response ${event.status} ${event.path}`
        : event.type
    );
    assert.equal(told, [
      'request POST /oauth/tokens',
      'response 500 /oauth/tokens',
      'retry',
      'request POST /oauth/tokens',
      'response 200 /oauth/tokens',
      'token',
      `request GET ${LIST}`,
      `response 200 ${LIST}`,
      `request GET ${LIST}`,
      `response 502 ${LIST}`,
      'retry',
      `request GET ${LIST}`,
      `response 429 ${LIST}`,
      'retry',
      `request GET ${LIST}`,
      `response 200 ${LIST}`,
    ]);
    // One request event per request on the wire, in the order they went.
    const requests = events.filter((event) => event.type === 'request');
    assert.equal(requests.map((event) => `${event.method} ${event.path}`), sent.map((request) => `${request.method} ${request.path}`));
    // What a request event holds is its method and path: no header, no token, no secret.
    for (const event of requests) assert.equal(Object.keys(event).sort(), ['method', 'path', 'type']);
    const secrets = [CLIENT.clientSecret, ...client.secrets(), ...sent.flatMap((request) => request.authorization ?? [])];
    assert.ok(secrets.some((secret) => secret.startsWith('Bearer ')), 'the GETs went signed');
    for (const secret of secrets) assert.not.ok(JSON.stringify(requests).includes(secret), 'no credential in a request event');
  } finally {
    await sandbox.close();
  }
});

const expiring = suite('a long export whose tokens expire mid-run');

expiring('80 pages over 16 walks: the exact set, with a bounded number of mints and never two at once', async () => {
  // The sandbox's clock moves 50 ms with every answer, so a 3 s token expires after sixty
  // answers however fast the machine is: well more than the 16 requests in flight, whose
  // answers a fresh token must outlive, as a real one (30 minutes) outlives any request.
  let clock = NOW;
  let responses = 0;
  const { sandbox, client } = await connect(
    { records: 8000, latencyMs: 2, tokenLifetimeSeconds: 3, clock: () => clock },
    {
      onEvent: (event) => {
        if (event.type !== 'response') return;
        responses++;
        clock += 50;
      },
    },
  );
  try {
    const expected = ids(sandbox.auditLogs()).reverse();
    const records = await toArray(parallelAuditLogs(client, { createdAt: WINDOW }, { concurrency: 16, sliceRecords: 300 }));
    assert.is(records.length, 8000);
    assert.equal(ids(records), expected);
    assert.ok(sandbox.tokens.minted >= 2, `tokens expired mid-run: ${sandbox.tokens.minted} minted over ${responses} answers`);
    // One token per sixty answers at most, plus the first: 16 walks each minting on their own 401 would mint far more.
    const bound = Math.ceil(responses / 60) + 1;
    assert.ok(sandbox.tokens.minted <= bound, `${sandbox.tokens.minted} mints over ${responses} answers, at most ${bound}`);
    assert.is(sandbox.tokens.mostAtOnce, 1, 'one mint at a time');
  } finally {
    await sandbox.close();
  }
});

expiring('tokens revoked under a running export are replaced once, whatever the number of walks that hit the 401', async () => {
  // Revoked once the fifth answer is in: 16 walks have requests in flight with the old token.
  let answers = 0;
  const late: { sandbox?: Sandbox } = {};
  const connected = await connect(
    { records: 4000, latencyMs: 10 },
    {
      onEvent: (event) => {
        if (event.type === 'response' && ++answers === 5) late.sandbox!.expireTokens();
      },
    },
  );
  const sandbox = (late.sandbox = connected.sandbox);
  try {
    const records = await toArray(parallelAuditLogs(connected.client, { createdAt: WINDOW }, { concurrency: 16, sliceRecords: 300 }));
    assert.equal(ids(records), ids(sandbox.auditLogs()).reverse());
    assert.is(sandbox.tokens.minted, 2);
    assert.ok((sandbox.stats.byStatus['401'] ?? 0) >= 1);
  } finally {
    await sandbox.close();
  }
});

const unit = suite('ClientCredentialsAuthenticator');

unit('mints again shortly before the known expiry, not after', async () => {
  let now = 0;
  let minted = 0;
  const auth = new ClientCredentialsAuthenticator(CLIENT, {
    scopes: ['auditlogs:read'],
    now: () => now,
    requestToken: async () => ({ access_token: `token-${++minted}`, token_type: 'bearer', expires_in: 1800 }),
  });
  assert.is(await auth.authorization(), 'Bearer token-1');
  now = 1_739_000; // 28 min 59 s: more than a minute left
  assert.is(await auth.authorization(), 'Bearer token-1');
  now = 1_741_000; // 29 min 1 s: within the last minute
  assert.is(await auth.authorization(), 'Bearer token-2');
});

unit('without expires_in the token is kept until a 401; only the refused token is dropped', async () => {
  let minted = 0;
  const auth = new ClientCredentialsAuthenticator(CLIENT, {
    scopes: ['auditlogs:read'],
    requestToken: async () => ({ access_token: `token-${++minted}` }),
  });
  assert.is(await auth.authorization(), 'Bearer token-1');
  assert.ok(auth.rejected('Bearer token-1'));
  assert.is(await auth.authorization(), 'Bearer token-2');
  // A late 401 for the old token (another walk) keeps its successor.
  auth.rejected('Bearer token-1');
  assert.is(await auth.authorization(), 'Bearer token-2');
  assert.is(minted, 2);
});

unit('tells onToken of each token before it is used', async () => {
  const told: string[] = [];
  const auth = new ClientCredentialsAuthenticator(CLIENT, {
    scopes: ['auditlogs:read'],
    onToken: (token) => told.push(token),
    requestToken: async () => ({ access_token: 'tok-abc', token_type: 'bearer' }),
  });
  const header = await auth.authorization();
  assert.equal(told, ['tok-abc']);
  assert.is(header, 'Bearer tok-abc');
  assert.ok(auth.secrets().includes('tok-abc'));
});

unit('an answer without an access token is an error, not a header', async () => {
  const auth = new ClientCredentialsAuthenticator(CLIENT, { scopes: ['read'], requestToken: async () => ({ token_type: 'bearer' }) });
  const error = await auth.authorization().then(() => undefined, (caught: unknown) => caught);
  assert.match((error as Error).message, 'the answer carries no access_token');
});

unit('refuses lifetimes Zendesk does not allow', () => {
  assert.throws(
    () => new ClientCredentialsAuthenticator(CLIENT, { scopes: ['read'], lifetimeSeconds: 60, requestToken: async () => ({}) }),
    /300 to 172800/,
  );
});

test.run();
expiring.run();
unit.run();
