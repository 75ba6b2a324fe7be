/**
 * A server (or a proxy in front of Zendesk) that reads a secret back in an encoding
 * redaction might not know: each attack is a loopback server answering every request
 * with an error that echoes the credential it was sent, and each goes through both
 * scripts' stderr (with and without --debug) and the built Action's log and job
 * summary. Nothing may show any 8 characters in a row of the secret in any encoding
 * (test/helpers/leaks.ts: raw, hex, base64 and base64url at each alignment,
 * percent-encoded, JSON and HTML escapes, all case-insensitively, whitespace ignored).
 *
 * test/reliability/secrets.test.ts covers the plainer echoes (raw, URL-encoded, JSON
 * `\/`, cut short) on every path.
 */
import { Buffer } from 'node:buffer';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CLIENT, errorLine, startAudit } from '../action/audit-setup.ts';
import { leaks } from '../helpers/leaks.ts';
import { type Received, reply, startLoopback } from '../helpers/loopback.ts';
import { runScript } from '../helpers/run-script.ts';

/** A 64-character access token: long enough to be cut in two by a 300-character message. */
const TOKEN = 'zdLongOAuthToken7Hq2Wm9Xc4Rv6Tb1Ny8Kp3Ls5Dg0Fj2Zx7Cv4Bn9Mq1We6A';
/** A client id that puts the client secret 85 bytes into the token request's body: off the base64 grid (85 = 3 x 28 + 1). */
const CLIENT_ID = 'zendesk_audit_echo';
/** A token with the characters HTML and URLs escape. */
const PUNCTUATED = 'zdTok/9x+Qe=Lm7_wR2.pK4~s8';

/** The bearer token a request was sent with. */
const bearer = (request: Received) => String(request.headers.authorization ?? '').replace(/^Bearer /, '');
const hex = (text: string) => Buffer.from(text).toString('hex');
const base64 = (text: string) => Buffer.from(text).toString('base64');
const perCharacter = (text: string, escape: (code: number) => string) =>
  [...text].map((character) => escape(character.codePointAt(0)!)).join('');
/** Zendesk's 400 shape with `description` as the echo. */
const invalid = (description: string) => ({ error: 'InvalidValue', description });

interface Attack {
  name: string;
  /** The secret the client is given (an OAuth token unless `client`), which the server echoes. */
  secret: string;
  /** Sign in with client credentials, `secret` the client secret: the echo comes from `POST /oauth/tokens`. */
  client?: boolean;
  answer(request: Received): { status: number; body: unknown; headers?: Record<string, string> };
  /** What the failure line must say: the request, its status, and no more of the server's words than this. */
  line: RegExp;
}

const API_400 = /^GET \/api\/v2\/audit_logs: 400 Bad Request/;

const ATTACKS: Attack[] = [
  {
    name: 'POST /oauth/tokens 401 whose error_description is the base64 of the JSON request body',
    secret: CLIENT.secret,
    client: true,
    answer: (request) => ({ status: 401, body: { error: 'invalid_client', error_description: base64(request.body) } }),
    line: /^POST \/oauth\/tokens: 401 Unauthorized - invalid_client - Zendesk refused the OAuth client credentials/,
  },
  {
    name: 'POST /oauth/tokens 401 whose error_description is the hex of the JSON request body',
    secret: CLIENT.secret,
    client: true,
    answer: (request) => ({ status: 401, body: { error: 'invalid_client', error_description: hex(request.body) } }),
    line: /^POST \/oauth\/tokens: 401 Unauthorized - invalid_client - /,
  },
  {
    name: 'POST /oauth/tokens 400 whose error is no OAuth code but the request body',
    secret: CLIENT.secret,
    client: true,
    answer: (request) => ({ status: 400, body: { error: request.body } }),
    line: /^POST \/oauth\/tokens: 400 Bad Request - Zendesk refused to mint an access token/,
  },
  {
    name: 'POST /oauth/tokens 429 whose plain text is the request body upper-cased',
    secret: CLIENT.secret,
    client: true,
    // A wait beyond any retry budget: one answer, no waiting.
    answer: (request) => ({ status: 429, body: `slow down: ${request.body.toUpperCase()}`, headers: { 'Retry-After': '86400' } }),
    line: /^POST \/oauth\/tokens: 429 Too Many Requests - the account is over its API rate limit/,
  },
  {
    name: 'the token as hex, lower and upper case',
    secret: TOKEN,
    answer: (request) => ({ status: 400, body: invalid(`got ${hex(bearer(request))} or ${hex(bearer(request)).toUpperCase()}`) }),
    line: API_400,
  },
  {
    name: 'the token as HTML decimal entities, one per character',
    secret: TOKEN,
    answer: (request) => ({ status: 400, body: invalid(`got ${perCharacter(bearer(request), (code) => `&#${code};`)}`) }),
    line: API_400,
  },
  {
    name: 'the token as HTML hex entities and named entities',
    secret: PUNCTUATED,
    answer: (request) => {
      const named: Record<string, string> = { '/': '&sol;', '+': '&plus;', '=': '&equals;', _: '&lowbar;', '.': '&period;' };
      const entities = [...bearer(request)].map((character) => named[character] ?? `&#x${character.charCodeAt(0).toString(16)};`);
      return { status: 400, body: invalid(`got ${entities.join('')}`) };
    },
    line: API_400,
  },
  {
    name: 'the token upper-cased',
    secret: TOKEN,
    answer: (request) => ({ status: 400, body: invalid(`got ${bearer(request).toUpperCase()}`) }),
    line: API_400,
  },
  {
    name: 'the Authorization header as base64 wrapped every 12 characters',
    secret: TOKEN,
    answer: (request) => {
      const encoded = base64(`Authorization: ${request.headers.authorization}`).match(/.{1,12}/g)!.join('\n');
      return { status: 400, body: invalid(`request was\n${encoded}`) };
    },
    line: API_400,
  },
  {
    name: 'the token as base64 at offsets 0, 1 and 2 of a larger text, and as base64url',
    secret: PUNCTUATED,
    answer: (request) => {
      const token = bearer(request);
      const forms = ['', 'a', 'ab'].map((prefix) => base64(`${prefix}${token} end`));
      forms.push(Buffer.from(`x${token}`).toString('base64url'));
      return { status: 400, body: invalid(forms.join(' ')) };
    },
    line: API_400,
  },
  {
    name: 'the token percent-encoded character by character, lower-case hex, in a plain-text body',
    secret: PUNCTUATED,
    answer: (request) => ({ status: 400, body: `token=${perCharacter(bearer(request), (code) => `%${code.toString(16)}`)}` }),
    line: API_400,
  },
  {
    name: 'the token as JSON \\u escapes with upper-case hex in a plain-text body',
    secret: TOKEN,
    answer: (request) => ({
      status: 400,
      body: `token ${perCharacter(bearer(request), (code) => `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`)}`,
    }),
    line: API_400,
  },
  {
    name: 'the token split across two errors[].title',
    secret: TOKEN,
    answer: (request) => {
      const token = bearer(request);
      return {
        status: 400,
        body: { errors: [{ code: 'InvalidValue', title: token.slice(0, 30) }, { code: 'InvalidValue', title: token.slice(30) }] },
      };
    },
    line: API_400,
  },
  {
    name: 'a 64-character token \\u-escaped letter by letter after 261 characters of padding',
    secret: TOKEN,
    answer: (request) => {
      const escaped = perCharacter(bearer(request), (code) => `\\u${code.toString(16).padStart(4, '0')}`);
      return { status: 400, body: `{"error":"InvalidValue","description":"${'x'.repeat(261)}${escaped}"}` };
    },
    line: API_400,
  },
];

function assertNoLeak(where: string, text: string, secret: string): void {
  const found = leaks(text, secret);
  assert.equal(found, [], `${where}: ${found.join(', ')}\n${text}`);
}

const test = suite<{ audit: Audit }>('echoes of a secret in encodings, through the scripts and the Action', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 4, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

for (const attack of ATTACKS) {
  test(attack.name, async ({ audit }) => {
    const server = await startLoopback((request, response) => {
      const { status, body, headers } = attack.answer(request);
      reply(response, status, body, headers);
    });
    try {
      const env: Record<string, string> = attack.client
        ? { ZENDESK_BASE_URL: server.url, ZENDESK_CLIENT_ID: CLIENT_ID, ZENDESK_CLIENT_SECRET: attack.secret }
        : { ZENDESK_BASE_URL: server.url, ZENDESK_OAUTH_TOKEN: attack.secret };
      const inputs: Record<string, string> = attack.client
        ? { 'zendesk-email': '', 'zendesk-api-token': '', 'zendesk-client-id': CLIENT_ID, 'zendesk-client-secret': attack.secret }
        : { 'zendesk-email': '', 'zendesk-api-token': '', 'zendesk-oauth-token': attack.secret };
      const [plain, debug, action] = await Promise.all([
        runScript('settings-changes', ['--since', '1d', '--max-attempts', '1'], env),
        runScript('settings-changes', ['--since', '1d', '--max-attempts', '1', '--debug'], env),
        audit.run({ ...inputs, 'zendesk-base-url': server.url }, { env: { RUNNER_DEBUG: '1' } }),
      ]);
      assert.ok(server.requests.length >= 3, 'the server was asked');
      for (const [what, result] of [['script', plain], ['script --debug', debug]] as const) {
        assert.is(result.code, 1, `${what}: ${result.stderr}`);
        const line = result.stderr.split('\n').find((candidate) => candidate.startsWith('error: '))?.slice('error: '.length) ?? '';
        assert.match(line, attack.line, `${what}: ${line}`);
        assertNoLeak(`${what} stderr`, result.stderr, attack.secret);
        assertNoLeak(`${what} stdout`, result.stdout, attack.secret);
      }
      assert.is(action.code, 1, action.stdout);
      assert.match(errorLine(action), attack.line);
      assertNoLeak('Action log', action.log, attack.secret);
      assertNoLeak('Action stderr', action.stderr, attack.secret);
      assertNoLeak('Action job summary', action.summary, attack.secret);
    } finally {
      await server.close();
    }
  });
}

test.run();
