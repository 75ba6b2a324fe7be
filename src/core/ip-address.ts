/**
 * Whether text is an IP address: the audit log's `ip_address`, a user's `--ip` filter,
 * and the address fields of the SIEM formats (OCSF's `ip_t`, ECS's `ip`), which a
 * pipeline refuses whole when the value is no address.
 */

/** Dotted-quad IPv4 (RFC 791), each part 0 to 255 without leading zeros. */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Whether `text` is an IPv4 or IPv6 address. IPv6 (RFC 4291 section 2.2, `::` and an
 * embedded IPv4 tail included) is checked by the WHATWG URL parser, which accepts an
 * IPv6 host only when it is a valid address; zone ids (`%eth0`) are refused.
 */
export function isIpAddress(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return false;
  try {
    new URL(`http://[${text}]/`);
    return true;
  } catch {
    return false;
  }
}
