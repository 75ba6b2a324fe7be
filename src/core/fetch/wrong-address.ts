/**
 * A request that went to the wrong place, told as the setting to fix: a host the DNS does
 * not know, a port on this machine where nothing listens, `https:` to a plain-HTTP server,
 * a Zendesk host that is no account (it redirects, or has no API). None of these is mended
 * by trying again, so they fail at once; and none is the credentials' fault, so no message
 * blames them.
 */
import { isLoopback } from '../auth/base-url.ts';
import type { NetworkFailure } from './network-failure.ts';

/** Where the user set the account, for the hint: a variable, a flag or an input; else said in words. */
function settingOf(baseUrl: URL, setting: string | undefined): string {
  return setting ?? (isZendeskHost(baseUrl) ? 'the subdomain' : 'the base URL');
}

function isZendeskHost(baseUrl: URL): boolean {
  return baseUrl.hostname.toLowerCase().endsWith('.zendesk.com');
}

/**
 * What a failure without an answer means, and whether another try may help.
 *
 * @example networkFailureReason({ kind: 'refused' }, new URL('http://127.0.0.1:8080'), 'ZENDESK_BASE_URL')
 * // { reason: 'nothing listens at http://127.0.0.1:8080 (connection refused): check the port in ZENDESK_BASE_URL, or start the server there', retriable: false }
 */
export function networkFailureReason(
  failure: NetworkFailure,
  baseUrl: URL,
  setting?: string,
): { reason: string; retriable: boolean } {
  const where = settingOf(baseUrl, setting);
  const { host, hostname, origin } = baseUrl;
  switch (failure.kind) {
    case 'no-such-host':
      return { reason: `${hostname} does not exist (the DNS knows no such name): check ${where}`, retriable: false };
    case 'refused':
      // A server restarting elsewhere may come back; on this machine, a closed port is a wrong one.
      return isLoopback(hostname)
        ? {
          reason: `nothing listens at ${origin} (connection refused): check the port in ${where}, or start the server there`,
          retriable: false,
        }
        : { reason: `network error (${host} refused the connection)`, retriable: true };
    case 'not-tls':
      return {
        reason: isLoopback(hostname)
          ? `${host} does not speak TLS (https:): for a plain-HTTP server on this machine write http:// in ${where}`
          : `${host} does not speak TLS (https:): check the port in ${where}`,
        retriable: false,
      };
    case 'blocked-port':
      return {
        reason: `port ${baseUrl.port} is one fetch never connects to (a blocked port): use another port in ${where}`,
        retriable: false,
      };
    default:
      return { reason: `network error (${failure.text})`, retriable: true };
  }
}

/**
 * The hint for an answer that says the base URL reaches no Zendesk account: a redirect
 * (never followed: the credentials stay with the configured origin), or a 404 from the
 * endpoints every account has (the token endpoint and the audit log). Undefined for
 * other answers (a 404 of `/api/v2/users/42` is an unknown user).
 */
export function wrongAddressHint(status: number, path: string, baseUrl: URL, setting?: string): string | undefined {
  const redirect = status >= 300 && status < 400;
  const missing = status === 404 && (path === '/oauth/tokens' || path.startsWith('/api/v2/audit_logs'));
  if (!redirect && !missing) return undefined;
  const where = settingOf(baseUrl, setting);
  if (isZendeskHost(baseUrl)) return `no Zendesk account answers at ${baseUrl.hostname}: check ${where}`;
  return redirect
    ? `the server redirects elsewhere, and redirects are not followed: check ${where}`
    : `no Zendesk API answers at ${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, '')}: check ${where}, e.g. https://acme.zendesk.com`;
}
