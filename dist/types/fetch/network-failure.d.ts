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
{
    kind: 'no-such-host';
}
/** The host answered, and nothing listens on the port. */
 | {
    kind: 'refused';
}
/** The server answered a TLS handshake with something else: plain HTTP behind an `https:` URL. */
 | {
    kind: 'not-tls';
}
/** A port the Fetch standard never connects to (https://fetch.spec.whatwg.org/#port-blocking): 9, 6000, ... */
 | {
    kind: 'blocked-port';
}
/** Anything else (a reset, a timeout in the network, a resolver that did not answer), in one line. */
 | {
    kind: 'other';
    text: string;
};
/**
 * What kind of failure `error` (what fetch threw) is.
 *
 * @example readNetworkFailure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })) // { kind: 'refused' }
 */
export declare function readNetworkFailure(error: unknown): NetworkFailure;
