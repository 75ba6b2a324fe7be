/**
 * Answers as data, and every error body the sandbox sends, word for word as Zendesk (or
 * the proxy in front of it) sends them: there is no single error envelope.
 * https://developer.zendesk.com/api-reference/introduction/requests/#response-format
 */

/** An HTTP answer before it is written; `cursorPage`: a page of cursor pagination, what the `replay` fault repeats. */
export type Reply = { status: number; headers: Record<string, string>; body: string; cursorPage?: boolean };

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return textReply(status, 'application/json', JSON.stringify(value), headers);
}

function textReply(status: number, type: string, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': `${type}; charset=utf-8`, ...headers }, body };
}

const NO_ACCESS = 'You do not have access to this page. Please contact the account owner of this help desk for further help.';
export const UNAUTHORIZED = jsonReply(401, { error: "Couldn't authenticate you" }, { 'WWW-Authenticate': 'Basic realm="Web Password"' });
/** What accounts without the Enterprise plan get from every audit-log endpoint, and tokens without the scope. */
export const FORBIDDEN = jsonReply(403, { error: { title: 'Forbidden', message: NO_ACCESS } });
export const RECORD_NOT_FOUND = jsonReply(404, { error: 'RecordNotFound', description: 'Not found' });
export const INVALID_ENDPOINT = jsonReply(404, { error: 'InvalidEndpoint', description: 'Not found' });
const INVALID_FILTER =
  'Invalid filter[created_at] specified; format is ?filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ&filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ';
export const INVALID_CREATED_AT = jsonReply(400, { error: 'InvalidValue', description: INVALID_FILTER });
const paginationError = (code: string, title: string) => jsonReply(400, { errors: [{ code, title }] });
/** `parameter` is `page[size]`, `page[after]` or `sort`. */
export const invalidPaginationParameter = (parameter: string) => paginationError('InvalidPaginationParameter', `${parameter} is not valid`);
const DEPTH = 'Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)';
export const PAGINATION_TOO_DEEP = paginationError('InvalidPaginationDepth', DEPTH);

const TOO_MANY = 'Number of allowed API requests per minute exceeded';
/** Zendesk's rate-limit answer is plain text, not JSON. `retryAfter`: whole seconds, rounded up, or an HTTP date. */
export function tooManyRequests(retryAfter: number | string): Reply {
  return textReply(429, 'text/plain', TOO_MANY, { 'Retry-After': formatRetryAfter(retryAfter) });
}

const formatRetryAfter = (value: number | string) => typeof value === 'number' ? String(Math.max(0, Math.ceil(value))) : value;

/** The answer a fault that replaces the real one sends (see FaultKind); `reset` sends none. */
export function faultReply(kind: string, retryAfter: number | string | undefined): Reply | undefined {
  const retry = { 'Retry-After': formatRetryAfter(retryAfter ?? 1) };
  const unavailable = { error: 'ServiceUnavailable', description: 'The service is temporarily unavailable. Please try again later.' };
  const proxyPage = (title: string) =>
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n` +
    '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
  switch (kind) {
    case '429':
      return tooManyRequests(retryAfter ?? 1);
    case '503':
      return jsonReply(503, unavailable, retry);
    case '500':
      return jsonReply(500, { error: 'InternalServerError', description: 'Something went wrong. Please try again later.' });
    case '502':
      return textReply(502, 'text/html', proxyPage('502 Bad Gateway'));
    case '504':
      return textReply(504, 'text/html', proxyPage('504 Gateway Time-out'));
    case 'html':
      return textReply(503, 'text/html', MAINTENANCE_PAGE, retryAfter === undefined ? {} : retry);
  }
}

const MAINTENANCE_PAGE = '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Down for maintenance</title></head>\n' +
  "<body>\n<h1>We'll be back soon</h1>\n<p>This help desk is undergoing scheduled maintenance. Please try again in a few minutes.</p>\n" +
  '</body>\n</html>\n';
