/**
 * Answers too large to hold: a server (or whatever answers in Zendesk's place) sends a
 * small compressed body that inflates without end (a gzip or brotli bomb), or a chunked
 * body that never ends. Every Zendesk request (audit logs, users, the token endpoint),
 * through the real scripts and the built Action, 16 walks at once included: each is
 * refused with one line naming the request, counted after decompression, and nothing is
 * retried. Peak memory is measured by hand (RELIABILITY.md), not here: tests assert
 * behaviour, not resources.
 */
import { Buffer } from 'node:buffer';
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type Audit, CLIENT, errorLine, startAudit } from '../action/audit-setup.ts';
import { type Received, reply, startLoopback } from '../helpers/loopback.ts';
import { runScript } from '../helpers/run-script.ts';

/** Inflated size of the bombs: past any limit a client could sensibly set, small to build. */
const INFLATED = 64 * 1024 * 1024;
const zeros = Buffer.alloc(INFLATED);
const GZIP = gzipSync(zeros, { level: 9 });
const BROTLI = brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

type Bomb = 'gzip' | 'br' | 'endless';

/** Writes a bomb as the answer: compressed, or a chunked body that ends only when the client hangs up. */
function explode(response: ServerResponse, bomb: Bomb): void {
  if (bomb !== 'endless') {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Encoding': bomb,
      'Content-Length': String(bomb === 'gzip' ? GZIP.length : BROTLI.length),
    });
    response.end(bomb === 'gzip' ? GZIP : BROTLI);
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/json' });
  const chunk = Buffer.from('{"id":1},'.repeat(8192));
  response.write('{"audit_logs":[');
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once('drain', pump);
  };
  pump();
}

const LIMIT_LINE = 'the answer was larger than 4 MiB (decompressed), far more than any Zendesk page; refused it';

/** The `error:` line of a script's stderr, which must be its only one. */
function errorOf(stderr: string): string {
  const errors = stderr.split('\n').filter((line) => line.startsWith('error: '));
  assert.is(errors.length, 1, stderr);
  return errors[0]!.slice('error: '.length);
}

const test = suite<{ audit: Audit }>('answers too large: bombs and endless bodies', { audit: undefined as never });

test.before(async (context) => {
  context.audit = await startAudit({ records: 4, days: 1 });
});

test.after(async ({ audit }) => {
  await audit.close();
});

test('an audit-log page as a gzip bomb, a brotli bomb, or an endless body: one line naming the request, exit 1, no retry', async () => {
  for (const bomb of ['gzip', 'br', 'endless'] as const) {
    const server = await startLoopback((_request, response) => explode(response, bomb));
    try {
      const result = await runScript('settings-changes', ['--since', '1d'], {
        ZENDESK_BASE_URL: server.url,
        ZENDESK_OAUTH_TOKEN: 'zdToken1234',
      });
      assert.is(result.code, 1, `${bomb}: ${result.stderr}`);
      assert.is(errorOf(result.stderr), `GET /api/v2/audit_logs: ${LIMIT_LINE} (check the base URL points at Zendesk)`, bomb);
      assert.is(server.requests.length, 1, `${bomb}: not retried`);
    } finally {
      await server.close();
    }
  }
});

test('the token endpoint and a user as bombs, each named', async () => {
  const server = await startLoopback((request: Received, response) => {
    if (request.url.pathname === '/api/v2/audit_logs') return reply(response, 200, { audit_logs: [], meta: { has_more: false } });
    explode(response, request.url.pathname === '/oauth/tokens' ? 'endless' : 'gzip');
  });
  try {
    const client = await runScript('settings-changes', ['--since', '1d'], {
      ZENDESK_BASE_URL: server.url,
      ZENDESK_CLIENT_ID: CLIENT.id,
      ZENDESK_CLIENT_SECRET: CLIENT.secret,
    });
    assert.is(client.code, 1, client.stderr);
    assert.is(errorOf(client.stderr), `POST /oauth/tokens: ${LIMIT_LINE} (check the base URL points at Zendesk)`);

    const user = await runScript('user-activity', ['--user', '7'], { ZENDESK_BASE_URL: server.url, ZENDESK_OAUTH_TOKEN: 'zdToken1234' });
    assert.is(user.code, 1, user.stderr);
    assert.is(errorOf(user.stderr), `GET /api/v2/users/7: ${LIMIT_LINE} (check the base URL points at Zendesk)`);
  } finally {
    await server.close();
  }
});

test('16 walks at once, each answered with a gzip bomb: one line, no retry', async () => {
  const WALKS = 16;
  const held: ServerResponse[] = [];
  const server = await startLoopback((request, response) => {
    if (request.url.searchParams.get('per_page') === '1') {
      // The count request: enough records for 16 walks.
      return reply(response, 200, { audit_logs: [], count: 50_000, next_page: null, previous_page: null });
    }
    // Every walk gets its bomb at the same moment, once all 16 are waiting.
    held.push(response);
    if (held.length === WALKS) { for (const waiting of held) explode(waiting, 'gzip'); }
  });
  try {
    const result = await runScript('settings-changes', ['--since', '30d', '--concurrency', String(WALKS)], {
      ZENDESK_BASE_URL: server.url,
      ZENDESK_OAUTH_TOKEN: 'zdToken1234',
    });
    assert.is(result.code, 1, result.stderr);
    assert.is(errorOf(result.stderr), `GET /api/v2/audit_logs: ${LIMIT_LINE} (check the base URL points at Zendesk)`);
    assert.is(held.length, WALKS, 'every walk was answered with a bomb');
    assert.is(server.requests.length, WALKS + 1, 'the count request, one page request per walk, no retry');
  } finally {
    await server.close();
  }
});

test('the Action under a gzip bomb: the step fails with the same line, in the log and the job summary', async ({ audit }) => {
  const server = await startLoopback((_request, response) => explode(response, 'gzip'));
  try {
    const result = await audit.run({ 'zendesk-base-url': server.url });
    assert.is(result.code, 1, result.stdout);
    assert.is(errorLine(result), `GET /api/v2/audit_logs: ${LIMIT_LINE} (check the base URL points at Zendesk)`);
    assert.match(result.summary, '- **Error:** GET /api/v2/audit\\_logs: the answer was larger than 4 MiB');
    assert.is(audit.github.items.length, 0, 'no issue');
  } finally {
    await server.close();
  }
});

test.run();
