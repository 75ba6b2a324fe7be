/**
 * Whether text is an IP address: the audit log's `ip_address`, a user's `--ip` filter,
 * and the address fields of the SIEM formats (OCSF's `ip_t`, ECS's `ip`), which a
 * pipeline refuses whole when the value is no address.
 */
/**
 * Whether `text` is an IPv4 or IPv6 address. IPv6 (RFC 4291 section 2.2, `::` and an
 * embedded IPv4 tail included) is checked by the WHATWG URL parser, which accepts an
 * IPv6 host only when it is a valid address; zone ids (`%eth0`) are refused.
 */
export declare function isIpAddress(text: string): boolean;
