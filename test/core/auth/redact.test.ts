import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { authorization, secretForms } from '../../../src/core/auth/credentials.ts';
import { Redactor, redactor, secretEncodings } from '../../../src/core/auth/redact.ts';

// A token and a basic-auth form that hold the characters encodings change: `/`, `+`, `=`, space.
const token = 'tok/en+with=odd chars"\\1';
const basic = authorization({ email: 'joe@example.com', apiToken: 'a/b+c?d' });

test('redactor hides a secret raw, URL-encoded (%20 and + styles, either hex case), base64 and JSON-escaped', () => {
  const redact = redactor([token]);
  const echoes = [
    token,
    encodeURIComponent(token),
    encodeURIComponent(token).replace(/%20/g, '+'),
    encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    btoa(token),
    JSON.stringify(token).slice(1, -1),
    JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/'),
  ];
  for (const echo of echoes) {
    const out = redact(`before ${echo} after`);
    assert.is(out, 'before [redacted] after', echo);
  }
});

test('a Basic credential echoed URL-encoded by a proxy is hidden (it decodes to the API token)', () => {
  const redact = redactor(secretForms({ email: 'joe@example.com', apiToken: 'a/b+c?d' }), '***');
  const echoed = `GET /x?h=${encodeURIComponent(basic)}`;
  assert.match(encodeURIComponent(basic), /^Basic%20/);
  const out = redact(echoed);
  assert.not.match(out, basic.slice(6, 20));
  assert.not.match(decodeURIComponent(out), 'a/b+c?d');
});

test('secretEncodings leaves out secrets too short to hide without blanking words', () => {
  assert.equal(secretEncodings('abc'), []);
  assert.ok(secretEncodings('abcd').includes('abcd'));
});

test('Redactor takes secrets learned later, longest first so a secret inside another goes whole', () => {
  const set = new Redactor([], '#');
  set.add('minted-token-1');
  assert.is(set.redact('x minted-token-1 y'), 'x # y');
  set.add('minted-token-1-long');
  assert.is(set.redact('minted-token-1-long'), '#');
  set.add('');
  assert.is(set.redact('plain'), 'plain');
});

test.run();
