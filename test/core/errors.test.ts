// These tests look for the control characters that must never reach the output.
// deno-lint-ignore-file no-control-regex
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { redactor } from '../../src/core/auth/redact.ts';
import { parseErrorBody, ZendeskHttpError } from '../../src/core/errors.ts';

test('parseErrorBody reads the 401 shape {"error": "sentence"}', () => {
  assert.equal(parseErrorBody('{"error":"Couldn\'t authenticate you"}'), { code: undefined, message: "Couldn't authenticate you" });
});

test('parseErrorBody reads the 403 shape {"error": {title, message}}', () => {
  const detail = parseErrorBody('{"error":{"title":"Forbidden","message":"You do not have access to this page."}}');
  assert.is(detail.code, 'Forbidden');
  assert.is(detail.message, 'Forbidden: You do not have access to this page.');
});

test('parseErrorBody reads the 400 shape {"errors": [{code, title}]}', () => {
  const detail = parseErrorBody(
    '{"errors":[{"code":"InvalidPaginationDepth","title":"Pagination requests using Offset Pagination are limited to page 100"}]}',
  );
  assert.is(detail.code, 'InvalidPaginationDepth');
  assert.match(detail.message!, /limited to page 100/);
});

test('parseErrorBody reads {"error": code, "description", "details"}', () => {
  const detail = parseErrorBody(
    '{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description":"Email is invalid","error":"InvalidFormat"}]}}',
  );
  assert.is(detail.code, 'RecordInvalid');
  assert.is(detail.message, 'Record validation errors: email: Email is invalid');
});

test('parseErrorBody reads the plain-text 429 body and HTML pages', () => {
  assert.is(
    parseErrorBody('Number of allowed API requests per minute exceeded').message,
    'Number of allowed API requests per minute exceeded',
  );
  assert.is(
    parseErrorBody('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>').message,
    '502 Bad Gateway (HTML page)',
  );
  assert.equal(parseErrorBody(''), {});
});

test('parseErrorBody keeps terminal control characters out of messages', () => {
  const detail = parseErrorBody('{"error":"bad\\u001b[31m red\\u202e"}');
  assert.not.match(detail.message!, /[\u001b\u202e]/);
});

test('parseErrorBody takes words only from the fields Zendesk documents', () => {
  assert.equal(parseErrorBody('{"errors":[{"code":"Bad","detail":"echo","message":"echo"}]}'), { code: 'Bad', message: 'Bad' });
  assert.equal(parseErrorBody('{"error":"invalid_client","error_description":"echo"}'), {
    code: 'invalid_client',
    message: 'invalid_client',
  });
  assert.equal(parseErrorBody('{"message":"echo","request":"echo"}'), { code: undefined, message: undefined });
  assert.equal(parseErrorBody('"echo"'), {});
  assert.equal(parseErrorBody('{"errors":[{"code":"has spaces: echo","title":"Title"}]}'), { code: undefined, message: 'Title' });
  const details = parseErrorBody(
    '{"error":"RecordInvalid","details":{"email":["echo",{"description":"Email is invalid","extra":"echo"}]}}',
  );
  assert.is(details.message, 'email: Email is invalid');
});

test('parseErrorBody redacts the whole of the words, fields joined, before it cuts them', () => {
  const token = 'zdLongOAuthToken7Hq2Wm9Xc4Rv6Tb1Ny8Kp3Ls5Dg0Fj2Zx7Cv4Bn9Mq1We6A';
  const redact = redactor([token]);
  // Each character escaped: only JSON.parse reveals the token, 261 characters in, across the 300-character cut.
  const escaped = [...token].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const cut = parseErrorBody(`{"error":"InvalidValue","description":"${'x'.repeat(261)}${escaped}"}`, redact);
  assert.is(cut.message, `${'x'.repeat(261)}[redacted]`);
  const split = parseErrorBody(JSON.stringify({ errors: [{ title: token.slice(0, 30) }, { title: token.slice(30) }] }), redact);
  assert.is(split.message, '[redacted]');
  const plain = parseErrorBody(`first line\n${token.slice(0, 20)}\n${token.slice(20)}`, redact);
  assert.is(plain.message, 'first line [redacted]');
  const html = parseErrorBody(`<html><title>Proxy error for ${token.toUpperCase()}</title></html>`, redact);
  assert.is(html.message, 'Proxy error for [redacted] (HTML page)');
});

test('parseErrorBody names a body too long to read by its size', () => {
  assert.equal(parseErrorBody(`{"error":"InvalidValue","description":"${'x'.repeat(70_000)}"}`), {
    message: 'an error body of 70041 characters, not shown',
  });
});

test('ZendeskHttpError names the request, the status and the fix', () => {
  const error = new ZendeskHttpError({ status: 403, method: 'GET', path: '/api/v2/audit_logs', detail: { message: 'Forbidden' } });
  assert.is(
    error.message,
    "GET /api/v2/audit_logs: 403 Forbidden - Forbidden - audit logs need the Enterprise plan and an admin's credentials",
  );
  assert.is(error.retriable, false);
  assert.ok(new ZendeskHttpError({ status: 503, method: 'GET', path: '/x' }).retriable);
  assert.ok(new ZendeskHttpError({ status: 429, method: 'GET', path: '/x' }).retriable);
});

test.run();
