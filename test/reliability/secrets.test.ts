/**
 * Secrets, on the paths the other tests leave out. test/cli/secrets.test.ts runs both
 * scripts through success and the common failures; the Action's e2e tests check every
 * run with API-token credentials. Here:
 *
 * - a server (or proxy) that echoes the Authorization header back in its error
 *   bodies (JSON, HTML, plain text, and long enough to be cut short), for both scripts
 *   and the Action, with every kind of credentials (the token request's body, with the
 *   client secret, echoed too; and a minted token echoed), with and without debug output;
 * - the scripts' remaining paths: NDJSON, user-activity as text, OAuth failures,
 *   a timeout, a rate limit beyond the budget, credentials half set, a token in a
 *   base URL;
 * - the Action with OAuth: a dry run, 401, 5xx, an unreachable Zendesk; and GitHub
 *   echoing its token in an error.
 *
 * A leak is the token, any sizeable piece of it, its base64 basic-auth form, or an
 * `Authorization` header with its value, in stdout, stderr, the job summary, the
 * outputs, or anything posted to GitHub.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CLIENT, CLIENT_INPUTS, CREDENTIALS, errorLine, GITHUB_TOKEN, startAudit } from '../action/audit-setup.ts';
import type { ActionRun } from '../action/run-action.ts';
import { runScript, type ScriptResult, startSandbox } from '../helpers/run-script.ts';

const BASIC = btoa(`${CREDENTIALS.email}/token:${CREDENTIALS.apiToken}`);
/** What the echoing proxy mints for a client whose id is {@link MINTING_CLIENT}: its requests then echo this token. */
const MINTED = 'zdMintedAccessToken2Rv7Yc4Hs9';
const MINTING_CLIENT = 'minting_client';
const TOKENS = [CREDENTIALS.apiToken, CREDENTIALS.oauthToken, BASIC, GITHUB_TOKEN, CLIENT.secret, MINTED];

/** Every run of every path is checked for these; `where` names the place for the message. */
function assertNoLeak(where: string, text: string): void {
  for (const token of TOKENS) {
    // Any 10 characters in a row of a token: a message cut short must not keep half of one.
    for (let start = 0; start + 10 <= token.length; start += 5) {
      const piece = token.slice(start, start + 10);
      assert.not.ok(text.includes(piece), `${where}: a piece of a secret (${piece.slice(0, 4)}…)`);
    }
  }
  assert.not.match(text, /\b(?:Bearer|Basic) (?!\[redacted\]|\*\*\*)[A-Za-z0-9+/=._~-]{6,}/, `${where}: an Authorization value`);
  assert.not.match(text, /authorization["']?\s*[:=]\s*["']?(?!\[redacted\]|\*\*\*)[A-Za-z0-9]/i, `${where}: an Authorization header`);
}

function assertScriptClean(what: string, result: ScriptResult): void {
  assertNoLeak(`${what} stdout`, result.stdout);
  assertNoLeak(`${what} stderr`, result.stderr);
}

function assertActionClean(what: string, result: ActionRun, audit: Audit): void {
  assertNoLeak(`${what} log`, result.log);
  assertNoLeak(`${what} stderr`, result.stderr);
  assertNoLeak(`${what} summary`, result.summary);
  assertNoLeak(`${what} outputs`, JSON.stringify(result.outputs));
  const posted = audit.github.items.flatMap((item) => [item.title, item.body ?? '', ...item.comments.map((comment) => comment.body)]);
  assertNoLeak(`${what} GitHub`, posted.join('\n'));
}

type EchoMode = 'json' | 'html' | 'text-429' | 'cut' | 'url' | 'form' | 'json-escaped';

/**
 * A misconfigured proxy in front of Zendesk: every request is answered with an error
 * whose body repeats the request's Authorization header and its body (a token request's
 * carries the client secret). A token request of {@link MINTING_CLIENT} is answered with
 * {@link MINTED}, so that the requests after it echo a minted token.
 */
async function startEcho(): Promise<{ url: string; mode: EchoMode; requests: number; close(): Promise<void> }> {
  const state = { url: '', mode: 'json' as EchoMode, requests: 0, close: async () => {} };
  const server: Server = createServer(async (request, response) => {
    state.requests++;
    let body = '';
    for await (const chunk of request) body += chunk;
    if (request.url === '/oauth/tokens' && body.includes(MINTING_CLIENT)) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ access_token: MINTED, token_type: 'bearer', expires_in: 1800 }));
      return;
    }
    const header = `${request.headers.authorization ?? '(none)'} ${body}`;
    switch (state.mode) {
      case 'json':
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: 'InvalidValue', description: `Bad request; you sent Authorization: ${header}` }));
        break;
      case 'html':
        // A maintenance page with a Retry-After beyond any budget: one answer, no waiting.
        response.writeHead(503, { 'Content-Type': 'text/html', 'Retry-After': '86400' });
        response.end(`<html><head><title>502 from proxy, Authorization: ${header}</title></head><body>${header}</body></html>`);
        break;
      case 'text-429':
        // Retry-After beyond any budget: one answer, no waiting.
        response.writeHead(429, { 'Content-Type': 'text/plain', 'Retry-After': '86400' });
        response.end(`Rate limited for Authorization: ${header}`);
        break;
      case 'url':
        // A proxy that logs the request with the header URL-encoded: `Basic%20...%2F...%2B`.
        response.writeHead(400, { 'Content-Type': 'text/plain' });
        response.end(`refused GET ${request.url}?authorization=${encodeURIComponent(header)}`);
        break;
      case 'form':
        // The same as an HTML form encodes it: spaces as `+`, lower-case hex.
        response.writeHead(400, { 'Content-Type': 'text/plain' });
        response.end(
          `refused authorization=${
            encodeURIComponent(header).replace(/%20/g, '+').replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
          }`,
        );
        break;
      case 'json-escaped':
        // JSON that escapes `/` and `+` as some encoders do (`\/`, `\u002b`).
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(`{"error":"InvalidValue","description":"you sent ${header.replace(/\//g, '\\/').replace(/\+/g, '\\u002b')}"}`);
        break;
      case 'cut':
        // Long enough that the message is cut inside the echoed value.
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: 'InvalidValue', description: `${'x'.repeat(280)} ${header}` }));
        break;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

const MODES: EchoMode[] = ['json', 'html', 'text-429', 'cut', 'url', 'form', 'json-escaped'];

// ---------------------------------------------------------------------------------------
const scripts = suite('scripts: no secret on the paths test/cli/secrets.test.ts leaves out');

scripts('a server that echoes the Authorization header, in every body shape, every credential kind, with and without --debug', async () => {
  const echo = await startEcho();
  try {
    const kinds = {
      token: { ZENDESK_BASE_URL: echo.url, ZENDESK_USER_EMAIL: CREDENTIALS.email, ZENDESK_API_TOKEN: CREDENTIALS.apiToken },
      oauth: { ZENDESK_BASE_URL: echo.url, ZENDESK_OAUTH_TOKEN: CREDENTIALS.oauthToken },
      client: { ZENDESK_BASE_URL: echo.url, ZENDESK_CLIENT_ID: CLIENT.id, ZENDESK_CLIENT_SECRET: CLIENT.secret },
      minted: { ZENDESK_BASE_URL: echo.url, ZENDESK_CLIENT_ID: MINTING_CLIENT, ZENDESK_CLIENT_SECRET: CLIENT.secret },
    };
    for (const mode of MODES) {
      echo.mode = mode;
      // The eight runs of a mode at once: each is one request and one answer.
      const runs = Object.entries(kinds).flatMap(([kind, env]) =>
        [[], ['--debug']].map(async (debug) => {
          const what = `${mode} ${kind}${debug.length ? ' --debug' : ''}`;
          const settings = await runScript('settings-changes', ['--since', '1d', '--max-attempts', '1', ...debug], env);
          assert.is(settings.code, 1, `${what}: ${settings.stderr}`);
          assert.match(settings.stderr, /^error: (GET \/api\/v2\/audit_logs|POST \/oauth\/tokens): (400|503|429) /m);
          assertScriptClean(`settings-changes ${what}`, settings);
          const user = await runScript('user-activity', ['--user', '7', '--max-attempts', '1', ...debug], env);
          assert.is(user.code, 1, `${what}: ${user.stderr}`);
          assertScriptClean(`user-activity ${what}`, user);
        })
      );
      await Promise.all(runs);
    }
    assert.ok(echo.requests >= MODES.length * 16, 'the echo server was reached');
  } finally {
    await echo.close();
  }
});

scripts(
  'NDJSON, user-activity as text, OAuth failures, a timeout, a rate limit, half-set credentials and a token in a base URL',
  async () => {
    const sandbox = await startSandbox({ records: 150, credentials: CREDENTIALS });
    try {
      const token = { ZENDESK_BASE_URL: sandbox.url, ZENDESK_USER_EMAIL: CREDENTIALS.email, ZENDESK_API_TOKEN: CREDENTIALS.apiToken };
      const oauth = { ZENDESK_BASE_URL: sandbox.url, ZENDESK_OAUTH_TOKEN: CREDENTIALS.oauthToken };
      const actor = sandbox.auditLogs().find((record) => record.actor_id > 0)!.actor_id;
      const runs: [string, number, () => Promise<ScriptResult>][] = [
        ['ndjson', 0, () => runScript('settings-changes', ['--since', '90d', '--format', 'ndjson', '--debug'], token)],
        ['user-activity text', 0, () => runScript('user-activity', ['--user', String(actor), '--debug'], token)],
        ['user-activity text, OAuth', 0, () => runScript('user-activity', ['--user', String(actor)], oauth)],
        [
          '401 with a revoked OAuth token',
          1,
          () =>
            runScript('settings-changes', ['--since', '1d', '--debug'], { ...oauth, ZENDESK_OAUTH_TOKEN: `${CREDENTIALS.oauthToken}x` }),
        ],
        [
          '401 on user-activity, OAuth',
          1,
          () => runScript('user-activity', ['--user', '7', '--debug'], { ...oauth, ZENDESK_OAUTH_TOKEN: `x${CREDENTIALS.oauthToken}` }),
        ],
        ['a 500 that outlasts the attempts, OAuth', 1, async () => {
          sandbox.injectFaults(['500', '500']);
          return runScript('settings-changes', ['--since', '1d', '--max-attempts', '2', '--debug'], oauth);
        }],
        ['a timeout, OAuth', 1, async () => {
          sandbox.injectFaults([{ kind: 'slow', ms: 1500 }]);
          return runScript('settings-changes', ['--since', '1d', '--max-attempts', '1', '--timeout', '1s', '--debug'], oauth);
        }],
        ['a rate limit beyond the budget', 1, async () => {
          sandbox.injectFaults([{ kind: '429', retryAfter: 3600 }]);
          return runScript('settings-changes', ['--since', '1d', '--max-wait', '1m', '--debug'], token);
        }],
        ['a token without its email', 2, () =>
          runScript('settings-changes', ['--since', '1d', '--debug'], {
            ZENDESK_BASE_URL: sandbox.url,
            ZENDESK_API_TOKEN: CREDENTIALS.apiToken,
          })],
        ['a token in the base URL', 2, () =>
          runScript('settings-changes', ['--since', '1d', '--debug'], {
            ...oauth,
            ZENDESK_BASE_URL: `https://admin:${CREDENTIALS.apiToken}@acme.zendesk.com`,
          })],
        [
          'a token in a base URL that does not parse',
          2,
          () => runScript('settings-changes', ['--since', '1d'], { ...oauth, ZENDESK_BASE_URL: `https://admin:${CREDENTIALS.apiToken}@` }),
        ],
        ['a token passed as a flag', 2, () => runScript('user-activity', ['--user', '7', `--token=${CREDENTIALS.oauthToken}`], oauth)],
      ];
      for (const [what, code, run] of runs) {
        const result = await run();
        assert.is(result.code, code, `${what}: ${result.stderr}`);
        assertScriptClean(what, result);
      }
    } finally {
      await sandbox.close();
    }
  },
);

scripts.run();

// ---------------------------------------------------------------------------------------
const action = suite<{ audit: Audit }>('the Action: no secret with OAuth, on 5xx and network failures, or when a server echoes one', {
  audit: undefined as never,
});

action.before(async (context) => {
  context.audit = await startAudit({ records: 8, days: 1 });
});

action.after(async ({ audit }) => {
  await audit.close();
});

const OAUTH_INPUTS = { 'zendesk-email': '', 'zendesk-api-token': '', 'zendesk-oauth-token': CREDENTIALS.oauthToken };
const DEBUG = { env: { RUNNER_DEBUG: '1' } };

action('OAuth: a dry run, a 401, a 503 beyond the budget, and an unreachable Zendesk, with debug output', async ({ audit }) => {
  const closed = await startSandbox();
  const unreachable = closed.url;
  await closed.close();

  // A closed port on this machine: no retry can mend it, so it fails at once.
  const network = audit.run({ ...OAUTH_INPUTS, 'zendesk-base-url': unreachable }, DEBUG);

  const dry = await audit.run({ ...OAUTH_INPUTS, 'dry-run': 'true' }, DEBUG);
  assert.is(dry.code, 0, dry.stdout);
  assertActionClean('dry run', dry, audit);

  const revoked = await audit.run({ ...OAUTH_INPUTS, 'zendesk-oauth-token': `${CREDENTIALS.oauthToken}-revoked` }, DEBUG);
  assert.is(revoked.code, 1);
  assert.match(errorLine(revoked), /401 Unauthorized/);
  assertActionClean('401', revoked, audit);

  audit.sandbox.injectFaults([{ kind: '503', retryAfter: 86_400 }]);
  const down = await audit.run(OAUTH_INPUTS, DEBUG);
  assert.is(down.code, 1);
  assert.match(errorLine(down), /503 Service Unavailable .*beyond the 120 s retry budget/);
  assertActionClean('503', down, audit);

  const failed = await network;
  assert.is(failed.code, 1);
  assert.match(
    errorLine(failed),
    /^GET \/api\/v2\/audit_logs: nothing listens at http:\/\/127\.0\.0\.1:\d+ \(connection refused\): check the port/,
  );
  assertActionClean('network', failed, audit);
  assert.is(audit.github.items.length, 0, 'no issue from a dry run or a failure');
});

action('a Zendesk that echoes the Authorization header, every credential kind', async ({ audit }) => {
  const echo = await startEcho();
  try {
    for (const mode of MODES) {
      echo.mode = mode;
      for (const inputs of [{}, OAUTH_INPUTS, CLIENT_INPUTS, { ...CLIENT_INPUTS, 'zendesk-client-id': MINTING_CLIENT }]) {
        const result = await audit.run({ ...inputs, 'zendesk-base-url': echo.url }, DEBUG);
        assert.is(result.code, 1, result.stdout);
        assert.match(errorLine(result), /^(GET \/api\/v2\/audit_logs|POST \/oauth\/tokens): (400|503|429) /);
        assertActionClean(`echo ${mode}`, result, audit);
      }
    }
  } finally {
    await echo.close();
  }
});

action('GitHub echoing its token in an error, cut short or whole', async ({ audit }) => {
  for (const filler of [0, 270, 280]) {
    audit.github.intercept = (request) =>
      request.method === 'POST' && request.path.endsWith('/issues')
        ? { status: 422, body: { message: `${'y'.repeat(filler)} token ${GITHUB_TOKEN} refused` } }
        : undefined;
    audit.sandbox.addRecords([{ change_description: 'Turned on' }]);
    const result = await audit.run({}, DEBUG);
    audit.github.intercept = undefined;
    assert.is(result.code, 1, result.stdout);
    assert.match(errorLine(result), /^GitHub refused to open the report issue/);
    assertActionClean(`GitHub echo after ${filler}`, result, audit);
  }
});

action.run();
