import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { authorization, secretForms } from '../../../src/core/auth/credentials.ts';
import { Redactor, redactor, secretEncodings } from '../../../src/core/auth/redact.ts';
import { leaks } from '../../helpers/leaks.ts';

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

// A token of the shape of Zendesk's: letters and digits, 40 characters.
const long = 'zdTok3nQ7wErTy9uIoP2aSdFgH4jKlZx5cVbNm81';
const bytes = (text: string) => new TextEncoder().encode(text);
const b64 = (text: string) => btoa(String.fromCharCode(...bytes(text)));
const hex = (text: string) => [...bytes(text)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const each = (text: string, escape: (code: number) => string) => [...text].map((character) => escape(character.charCodeAt(0))).join('');

test('redactor hides a secret in every form a server can echo it in, whole', () => {
  const redact = redactor([long], '#');
  const echoes: [string, string][] = [
    ['upper case', long.toUpperCase()],
    ['lower case', long.toLowerCase()],
    ['hex', hex(long)],
    ['HEX', hex(long).toUpperCase()],
    ['HTML decimal', each(long, (code) => `&#${code};`)],
    ['HTML decimal without semicolons, zero-padded', each(long, (code) => `&#00${code}`)],
    ['HTML hex', each(long, (code) => `&#x${code.toString(16).toUpperCase()};`)],
    ['JSON \\u, lower hex', each(long, (code) => `\\u${code.toString(16).padStart(4, '0')}`)],
    ['JSON \\u, upper hex', each(long, (code) => `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`)],
    ['JavaScript \\x', each(long, (code) => `\\x${code.toString(16)}`)],
    ['percent, every character', each(long, (code) => `%${code.toString(16)}`)],
    ['HTML entities of percent-encoding', each(each(long, (code) => `%${code.toString(16)}`), (code) => `&#${code};`)],
    ['interleaved with zero-width spaces', [...long].join('\u200b')],
    ['interleaved with NUL', [...long].join('\u0000')],
    ['base64 of the secret alone', b64(long)],
  ];
  for (const [what, echo] of echoes) assert.is(redact(`echo: ${echo} end`), 'echo: # end', what);
});

test('redactor hides a secret inside the base64 of a longer text, at any alignment and wrapping', () => {
  const redact = redactor([long], '#');
  const echoes: [string, string][] = [
    ['wrapped every 12 characters', b64(`Bearer ${long}`).match(/.{1,12}/g)!.join('\n')],
    ['wrapped every 76 characters with CRLF', b64(`${'x'.repeat(100)}${long}`).match(/.{1,76}/g)!.join('\r\n')],
    ['at offset 0', b64(`${long} and more`)],
    ['at offset 1', b64(`a${long} and more`)],
    ['at offset 2', b64(`ab${long} and more`)],
    ['base64url', b64(`xy${long}`).replace(/\+/g, '-').replace(/\//g, '_')],
    ['of a JSON body, percent-encoded', encodeURIComponent(b64(JSON.stringify({ client_secret: long })))],
  ];
  for (const [what, echo] of echoes) {
    const out = redact(`echo: ${echo} end`);
    assert.equal(leaks(out, long), [], `${what}: ${out}`);
    assert.match(out, '#', what);
  }
});

test('redactor hides every piece of 8 characters or more: a secret cut short, or split across fields joined by ": " or "; "', () => {
  const redact = redactor([long], '#');
  assert.is(redact(`cut here: ${long.slice(0, 8)}`), 'cut here: #');
  assert.is(redact(`${long.slice(0, 20)}; ${long.slice(20)}`), '#');
  assert.is(redact(`${long.slice(0, 30)}: ${long.slice(30)}`), '#');
  assert.is(redact(`base64 cut: ${b64(long).slice(0, 9)}`), 'base64 cut: #');
  // Shorter pieces are not found: shown here so that the limit is known, not hidden.
  assert.is(redact(`short: ${long.slice(0, 7)}`), `short: ${long.slice(0, 7)}`);
});

test('redactor leaves ordinary text and escapes alone', () => {
  const redact = redactor([long, 'a/b+c?d'], '#');
  const text = 'GET /api/v2/audit_logs: 400 Bad Request - Invalid filter[created_at] &amp; 100% sure \\u0041 =&gt; done';
  assert.is(redact(text), text);
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
