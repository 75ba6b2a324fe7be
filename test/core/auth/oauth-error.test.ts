import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OAUTH_ERROR_CODES, parseOAuthError } from '../../../src/core/auth/oauth-error.ts';

test('parseOAuthError shows the six codes of RFC 6749 section 5.2 and no description', () => {
  for (const code of OAUTH_ERROR_CODES) {
    const body = JSON.stringify({ error: code, error_description: 'echo of zdClientSecret3Wq8Ne5Tb1Kx6', error_uri: 'https://x.example' });
    assert.equal(parseOAuthError(body), { code, message: code });
  }
  assert.is(OAUTH_ERROR_CODES.length, 6);
});

test('parseOAuthError shows nothing of any other answer', () => {
  const bodies = [
    '{"error":"access_denied"}',
    '{"error":"Invalid_Client"}',
    '{"error":"invalid_client: zdClientSecret3Wq8Ne5Tb1Kx6"}',
    '{"error":{"title":"invalid_client"}}',
    '{"errors":[{"code":"invalid_client","title":"echo"}]}',
    'invalid_client',
    '<html><title>invalid_client</title></html>',
    '',
    'null',
  ];
  for (const body of bodies) assert.equal(parseOAuthError(body), {}, body);
});

test.run();
