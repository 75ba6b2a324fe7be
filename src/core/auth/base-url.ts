/** Where the client sends requests: a Zendesk subdomain or an explicit base URL, checked. */
import { DNS_LABEL } from './dns-label.ts';
import { InputError } from '../errors.ts';

/**
 * Hosts that never leave the machine, where plain `http:` cannot be sniffed: literally
 * `localhost`, 127.0.0.0/8 and `::1` (RFC 6761 section 6.3, RFC 1122 section 3.2.1.3,
 * RFC 4291 section 2.5.3). Not `*.localhost`: whether such a name resolves to loopback is
 * up to the resolver (a proxy or a custom DNS can send it anywhere).
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * A one-line warning when `baseUrl` sends the credentials somewhere other than a Zendesk
 * account (`*.zendesk.com`) or this machine; undefined otherwise. A proxy may be meant,
 * but a mistyped or planted base URL would hand the credentials to whoever runs it.
 */
export function credentialDestinationWarning(baseUrl: URL): string | undefined {
  const host = baseUrl.hostname.toLowerCase();
  if (host.endsWith('.zendesk.com') || isLoopback(host)) return undefined;
  return `the base URL is not a Zendesk account (*.zendesk.com): the Zendesk credentials go to ${host}`;
}

/** Checks a subdomain such as `acme` and returns it, or explains what is expected. */
export function validateSubdomain(subdomain: string): string {
  const value = subdomain.trim();
  if (DNS_LABEL.test(value)) return value.toLowerCase();
  const bare = /^([a-z0-9-]+)\.zendesk\.com\/?$/i.exec(value.replace(/^https?:\/\//i, ''))?.[1];
  const hint = bare ? `; for ${value} use '${bare}'` : '';
  throw new InputError(
    `subdomain ${JSON.stringify(value)} is not a plain name such as 'acme' (for https://acme.zendesk.com)${hint}`,
  );
}

/** What `resolveBaseUrl` says when neither a subdomain nor a base URL is given. */
const NO_ACCOUNT = 'no Zendesk account given: set ZENDESK_SUBDOMAIN (e.g. acme for https://acme.zendesk.com)';

/**
 * The path every request adds after the base URL; a base URL that ends in it (copied from
 * an API reference's example) would ask for `/api/v2/api/v2/...`.
 */
const API_PATH = /\/api\/v2\/?$/i;

/**
 * The API origin: `https://{subdomain}.zendesk.com`, or an explicit base URL (proxies,
 * tests, the sandbox) that must be `https:`, or `http:` on a loopback host, and carry
 * no credentials, query or fragment.
 */
export function resolveBaseUrl(
  target: { subdomain?: string; baseUrl?: string },
  /** Appended to the no-account message: the CLI offers `or try --demo`. */
  noAccountHint = '',
  /** How messages name the base URL: `ZENDESK_BASE_URL` for the scripts. */
  baseUrlName = 'base URL',
): URL {
  if (target.baseUrl) {
    let url: URL;
    try {
      url = new URL(target.baseUrl);
    } catch {
      // Never echoed, not even in part: a password in it may hold `/`, `?` or `#`, and
      // then no pattern can tell where the user information ends.
      throw new InputError(`${baseUrlName} is not a URL (not shown: it may hold a password); use e.g. https://acme.zendesk.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`${baseUrlName} must use https: (got ${url.protocol})`);
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      throw new InputError(`${baseUrlName} ${url.origin} uses plain http: to a host that is not loopback; use https:`);
    }
    if (url.username || url.password) {
      throw new InputError(`${baseUrlName} must not carry a user name or password; credentials come from the environment`);
    }
    if (url.search || url.hash) throw new InputError(`${baseUrlName} must not carry a query or a fragment`);
    if (API_PATH.test(url.pathname)) {
      const origin = `${url.origin}${url.pathname.replace(API_PATH, '')}`;
      throw new InputError(`${baseUrlName} ends in /api/v2, which every request adds: drop it and use ${origin}`);
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
  }
  if (target.subdomain === undefined || target.subdomain.trim() === '') {
    throw new InputError(`${NO_ACCOUNT}${noAccountHint}`);
  }
  return new URL(`https://${validateSubdomain(target.subdomain)}.zendesk.com`);
}
