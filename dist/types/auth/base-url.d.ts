/**
 * Hosts that never leave the machine, where plain `http:` cannot be sniffed: literally
 * `localhost`, 127.0.0.0/8 and `::1` (RFC 6761 section 6.3, RFC 1122 section 3.2.1.3,
 * RFC 4291 section 2.5.3). Not `*.localhost`: whether such a name resolves to loopback is
 * up to the resolver (a proxy or a custom DNS can send it anywhere).
 */
export declare function isLoopback(hostname: string): boolean;
/**
 * A one-line warning when `baseUrl` sends the credentials somewhere other than a Zendesk
 * account (`*.zendesk.com`) or this machine; undefined otherwise. A proxy may be meant,
 * but a mistyped or planted base URL would hand the credentials to whoever runs it.
 */
export declare function credentialDestinationWarning(baseUrl: URL): string | undefined;
/** Checks a subdomain such as `acme` and returns it, or explains what is expected. */
export declare function validateSubdomain(subdomain: string): string;
/**
 * The API origin: `https://{subdomain}.zendesk.com`, or an explicit base URL (proxies,
 * tests, the sandbox) that must be `https:`, or `http:` on a loopback host, and carry
 * no credentials, query or fragment.
 */
export declare function resolveBaseUrl(target: {
    subdomain?: string;
    baseUrl?: string;
}, 
/** Appended to the no-account message: the CLI offers `or try --demo`. */
noAccountHint?: string, 
/** How messages name the base URL: `ZENDESK_BASE_URL` for the scripts. */
baseUrlName?: string): URL;
