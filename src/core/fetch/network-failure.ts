/**
 * What a failed fetch (no answer at all) says about where it went, read from what the
 * runtime throws: Node's fetch (undici) a `TypeError` whose `cause` carries a system
 * error `code` (`ENOTFOUND`, `ECONNREFUSED`, OpenSSL's `ERR_SSL_...`), Deno's a
 * `TypeError` whose message (or its cause's) carries the reason in words. The failures
 * no retry can mend get their own kind, so the client can fail at once and name the fix;
 * anything else is a network error worth another try.
 */

export type NetworkFailure =
  /** The name does not exist: the DNS answered NXDOMAIN (getaddrinfo's EAI_NONAME), not a resolver that could not be reached. */
  | { kind: 'no-such-host' }
  /** The host answered, and nothing listens on the port. */
  | { kind: 'refused' }
  /** The server answered a TLS handshake with something else: plain HTTP behind an `https:` URL. */
  | { kind: 'not-tls' }
  /** A port the Fetch standard never connects to (https://fetch.spec.whatwg.org/#port-blocking): 9, 6000, ... */
  | { kind: 'blocked-port' }
  /** Anything else (a reset, a timeout in the network, a resolver that did not answer), in one line. */
  | { kind: 'other'; text: string };

/**
 * Node's codes (https://nodejs.org/api/errors.html#common-system-errors, and OpenSSL's
 * record-layer errors as `ERR_SSL_` + the reason) and Deno's words (the messages of its
 * Rust stack: getaddrinfo's "Name or service not known", the OS's "Connection refused",
 * rustls' "corrupt message of type InvalidContentType").
 */
const NO_SUCH_HOST_CODES = new Set(['ENOTFOUND']);
const NO_SUCH_HOST_WORDS = /dns error: .*(?:Name or service not known|nodename nor servname provided|No such host is known)/i;
const REFUSED_CODES = new Set(['ECONNREFUSED']);
const REFUSED_WORDS = /Connection refused|actively refused/i;
const NOT_TLS_CODES = new Set(['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST']);
const NOT_TLS_WORDS = /wrong version number|packet length too long|InvalidContentType/i;

/** The errors `error` was caused by, itself first, at most a few deep. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 4;) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * What kind of failure `error` (what fetch threw) is.
 *
 * @example readNetworkFailure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })) // { kind: 'refused' }
 */
export function readNetworkFailure(error: unknown): NetworkFailure {
  const chain = causes(error);
  const codes = chain.map((item) => (item as { code?: unknown }).code).filter((code): code is string => typeof code === 'string');
  const words = chain.map((item) => (item instanceof Error ? item.message : typeof item === 'string' ? item : '')).join(' ');
  if (codes.some((code) => NO_SUCH_HOST_CODES.has(code)) || NO_SUCH_HOST_WORDS.test(words)) return { kind: 'no-such-host' };
  if (codes.some((code) => REFUSED_CODES.has(code)) || REFUSED_WORDS.test(words)) return { kind: 'refused' };
  if (codes.some((code) => NOT_TLS_CODES.has(code)) || NOT_TLS_WORDS.test(words)) return { kind: 'not-tls' };
  // undici's words for a port the Fetch standard blocks.
  if (/\bbad port\b/i.test(words)) return { kind: 'blocked-port' };
  // The innermost words say most (Node's outer one is only "fetch failed"); OpenSSL's end in a newline.
  const innermost = [...chain].reverse().find((item) => item instanceof Error && item.message.trim()) as Error | undefined;
  return { kind: 'other', text: (innermost?.message ?? String(error)).replace(/\s+/g, ' ').trim() };
}
