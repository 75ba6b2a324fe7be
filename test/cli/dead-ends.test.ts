/**
 * The mistakes a newcomer makes in the first hour, each answered by one line that names
 * the way out, with the right exit code; a mistake no retry can mend fails at once
 * (no "gave up after 6 attempts"). The scripts run as a user runs them.
 */
import { lookup } from 'node:dns/promises';
import { createServer } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS, DEMO_OAUTH_CLIENT, type Sandbox } from '../../src/sandbox/mod.ts';
import { reply, startLoopback } from '../helpers/loopback.ts';
import { runScript, type ScriptResult, startSandbox } from '../helpers/run-script.ts';

const CLIENT = { ZENDESK_CLIENT_ID: DEMO_OAUTH_CLIENT.identifier, ZENDESK_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret };
const TOKEN = { ZENDESK_OAUTH_TOKEN: DEMO_CREDENTIALS.oauthToken };

/** The one line on stderr (the destination warning of a host outside *.zendesk.com aside), without `error: `. */
function errorLine(result: ScriptResult): string {
  const lines = result.stderr.trimEnd().split('\n').filter((line) => !/^(Window|warning): /.test(line));
  assert.is(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^error: /);
  return lines[0]!.slice('error: '.length);
}

/** A loopback port where nothing listens: one the system gave out a moment ago, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const address = suite<{ sandbox: Sandbox }>('a wrong address names the setting to fix');
address.before(async (context) => {
  context.sandbox = await startSandbox({ records: 20 });
});
address.after((context) => context.sandbox.close());

address('a host that is no Zendesk account and redirects: the address is named, not the client credentials', async () => {
  const redirecting = await startLoopback((_request, response) => {
    response.writeHead(301, { Location: 'https://www.zendesk.com/' });
    response.end();
  });
  try {
    const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: redirecting.url, ...CLIENT });
    assert.is(result.code, 1);
    assert.is(
      errorLine(result),
      'POST /oauth/tokens: 301 Moved Permanently - the server redirects elsewhere, and redirects are not followed: check ZENDESK_BASE_URL',
    );
    assert.is(redirecting.requests.length, 1, 'asked once');
  } finally {
    await redirecting.close();
  }
});

address('a host with no Zendesk API (404 from the token endpoint and the audit log): the address is named', async () => {
  const missing = await startLoopback((_request, response) => reply(response, 404, '<html><title>Not Found</title></html>'));
  try {
    const minted = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: missing.url, ...CLIENT });
    assert.is(minted.code, 1);
    assert.match(
      errorLine(minted),
      /^POST \/oauth\/tokens: 404 Not Found - no Zendesk API answers at http:\/\/127\.0\.0\.1:\d+: check ZENDESK_BASE_URL, e\.g\. https:\/\/acme\.zendesk\.com$/,
    );
    const listed = await runScript('settings-changes', ['--since', '1d', '--base-url', missing.url], TOKEN);
    assert.is(listed.code, 1);
    assert.match(
      listed.stderr,
      /^error: GET \/api\/v2\/audit_logs: 404 Not Found - .*no Zendesk API answers at .*: check --base-url, e\.g\./m,
    );
  } finally {
    await missing.close();
  }
});

address('a base URL ending in /api/v2 is refused before anything is sent, naming the part to drop', async ({ sandbox }) => {
  const before = sandbox.stats.requests;
  const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: `${sandbox.url}/api/v2/`, ...CLIENT });
  assert.is(result.code, 2);
  assert.is(errorLine(result), `ZENDESK_BASE_URL ends in /api/v2, which every request adds: drop it and use ${sandbox.url}`);
  assert.is(sandbox.stats.requests, before);
});

address('a closed port on this machine fails at once and names ZENDESK_BASE_URL', async () => {
  const port = await closedPort();
  const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: `http://127.0.0.1:${port}`, ...TOKEN });
  assert.is(result.code, 1);
  assert.is(
    errorLine(result),
    `GET /api/v2/audit_logs: nothing listens at http://127.0.0.1:${port} (connection refused): check the port in ZENDESK_BASE_URL, or start the server there`,
  );
});

address('a port fetch never connects to fails at once and names it', async () => {
  const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: 'http://127.0.0.1:6000', ...TOKEN });
  assert.is(result.code, 1);
  assert.is(
    errorLine(result),
    'GET /api/v2/audit_logs: port 6000 is one fetch never connects to (a blocked port): use another port in ZENDESK_BASE_URL',
  );
});

address("https:// to a plain-HTTP port is one line that says to write http://, not OpenSSL's two", async ({ sandbox }) => {
  const https = sandbox.url.replace(/^http:/, 'https:');
  const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: https, ...TOKEN });
  assert.is(result.code, 1);
  assert.is(
    errorLine(result),
    `GET /api/v2/audit_logs: ${
      new URL(https).host
    } does not speak TLS (https:): for a plain-HTTP server on this machine write http:// in ZENDESK_BASE_URL`,
  );
});

address('a host name that does not exist fails at once and names the setting', async () => {
  // RFC 6761: .invalid never resolves. A machine whose resolver cannot be reached at all
  // answers "try again later" instead, rightly retried: then there is nothing to test here.
  const host = 'zendesk-audit-test.invalid';
  const resolves = await lookup(host).then(() => 'resolved', (error: NodeJS.ErrnoException) => error.code);
  if (resolves !== 'ENOTFOUND') return;
  const result = await runScript('settings-changes', ['--since', '1d'], { ZENDESK_BASE_URL: `https://${host}`, ...TOKEN });
  assert.is(result.code, 1);
  assert.is(errorLine(result), `GET /api/v2/audit_logs: ${host} does not exist (the DNS knows no such name): check ZENDESK_BASE_URL`);
});

address.run();

const typed = suite<{ sandbox: Sandbox }>('what people type is understood, or answered with what they meant');
typed.before(async (context) => {
  context.sandbox = await startSandbox({ records: 20 });
});
typed.after((context) => context.sandbox.close());

typed('ZENDESK_USER_EMAIL written as {email}/token is refused, without echoing it, naming the form', async ({ sandbox }) => {
  const before = sandbox.stats.requests;
  const result = await runScript('settings-changes', ['--since', '1d'], {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_USER_EMAIL: `${DEMO_CREDENTIALS.email}/token:${DEMO_CREDENTIALS.apiToken}`,
    ZENDESK_API_TOKEN: DEMO_CREDENTIALS.apiToken,
  });
  assert.is(result.code, 2);
  assert.is(
    errorLine(result),
    'ZENDESK_USER_EMAIL holds more than an email (it has /token in it): set the address alone, e.g. admin@example.com, and the token in ZENDESK_API_TOKEN; the /token part is added for you',
  );
  assert.not.match(result.stderr, DEMO_CREDENTIALS.email);
  assert.is(sandbox.stats.requests, before);
  const noAddress = await runScript('settings-changes', ['--since', '1d'], {
    ZENDESK_BASE_URL: sandbox.url,
    ZENDESK_USER_EMAIL: 'admin',
    ZENDESK_API_TOKEN: DEMO_CREDENTIALS.apiToken,
  });
  assert.is(noAddress.code, 2);
  assert.match(errorLine(noAddress), /^ZENDESK_USER_EMAIL is not an email address: /);
});

typed('--tz with an abbreviation or a near miss suggests the IANA name', async () => {
  for (
    const [zone, expected] of [
      ['PST', 'did you mean America/Los_Angeles?'],
      ['CEST', 'did you mean Europe/Berlin or Europe/Paris?'],
      ['America/Los Angeles', 'did you mean America/Los_Angeles?'],
      ['Europe/Berln', 'did you mean Europe/Berlin?'],
    ]
  ) {
    const result = await runScript('settings-changes', ['--demo', '--since', '1d', '--tz', zone!]);
    assert.is(result.code, 2);
    assert.is(result.stderr, `error: unknown time zone ${JSON.stringify(zone)}: ${expected} (an IANA name)\n`);
  }
});

typed('--format and --order take any case', async () => {
  const result = await runScript('settings-changes', ['--demo', '--since', '30d', '--format', 'CSV', '--order', 'ASC']);
  assert.is(result.code, 0, result.stderr);
  const [header, first, second] = result.stdout.split('\r\n');
  assert.match(header!, /^id,created_at,/);
  assert.ok(first!.split(',')[1]! <= second!.split(',')[1]!, 'oldest first');
});

typed.run();
