/**
 * One DNS label, as a Zendesk subdomain is (what stands before `.zendesk.com`): letters,
 * digits and inner hyphens, at most 63 characters (RFC 1035 section 2.3.1, digits
 * allowed first as RFC 1123 section 2.1 allows).
 */
export const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
