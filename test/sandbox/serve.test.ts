import { spawn } from 'node:child_process';
import { once } from 'node:events';
import process from 'node:process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEMO_CREDENTIALS } from '../../src/sandbox/mod.ts';

const SERVE = new URL('../../src/sandbox/serve.ts', import.meta.url).pathname;

function serve(...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Uint8Array) => (stderr += chunk));
  child.stdout.on('data', (chunk: Uint8Array) => (stdout += chunk));
  const output = () => ({ stderr, stdout });
  /** Resolves once the server says it is ready, or has exited. */
  const ready = async () => {
    while (!stderr.includes('Ctrl+C') && child.exitCode === null) {
      await Promise.race([once(child.stderr, 'data'), once(child, 'exit')]);
    }
  };
  return { child, output, ready };
}

test('npm run sandbox prints where it listens and the variables to use, and stops on SIGTERM', async () => {
  const { child, output, ready } = serve('--port', '0', '--records', '300', '--latency', '1', '--rate-limit', '50');
  try {
    await ready();
    const { stderr } = output();
    const url = /export ZENDESK_BASE_URL=(\S+)/.exec(stderr)?.[1];
    assert.ok(url, stderr);
    assert.match(stderr, `export ZENDESK_USER_EMAIL=${DEMO_CREDENTIALS.email}`);
    assert.match(stderr, `export ZENDESK_API_TOKEN=${DEMO_CREDENTIALS.apiToken}`);
    assert.match(stderr, `export ZENDESK_OAUTH_TOKEN=${DEMO_CREDENTIALS.oauthToken}`);
    const headers = { authorization: `Bearer ${DEMO_CREDENTIALS.oauthToken}` };
    const response = await fetch(`${url}/api/v2/audit_logs?per_page=1`, { headers });
    assert.is((await response.json()).count, 300);
    assert.is(response.headers.get('x-rate-limit'), '50');
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = await once(child, 'exit');
  assert.is(code, 0);
  assert.match(output().stderr, /Stopped after 1 request \(200: 1\)/);
});

test('npm run sandbox refuses a bad flag with exit code 2 and a pointer to --help', async () => {
  const { child, output } = serve('--records', 'many');
  const [code] = await once(child, 'exit');
  assert.is(code, 2);
  assert.match(output().stderr, '--records needs a number');
  assert.match(output().stderr, '--help');
});

test('npm run sandbox -- --help shows usage on stdout', async () => {
  const { child, output } = serve('--help');
  const [code] = await once(child, 'exit');
  assert.is(code, 0);
  assert.match(output().stdout, /^Usage: npm run sandbox/);
  assert.match(output().stdout, 'Examples:');
});

test.run();
