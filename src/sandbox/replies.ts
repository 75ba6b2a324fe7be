/**
 * Answers as data, and every error body the sandbox sends, word for word as Zendesk
 * sends them: there is no single error envelope
 * (https://developer.zendesk.com/api-reference/introduction/requests/#response-format).
 */

/** An HTTP answer before it is written. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A page of cursor pagination: what the `replay` fault repeats. */
  cursorPage?: boolean;
}

/** Thrown while answering to send `reply` instead. */
export class ReplyError extends Error {
  readonly reply: Reply;

  constructor(reply: Reply) {
    super(`${reply.status} ${reply.body}`);
    this.name = 'ReplyError';
    this.reply = reply;
  }
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function textReply(status: number, text: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body: text };
}

export function htmlReply(status: number, html: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body: html };
}

export function unauthorized(): Reply {
  return jsonReply(401, { error: "Couldn't authenticate you" }, { 'WWW-Authenticate': 'Basic realm="Web Password"' });
}

/** What accounts without the Enterprise plan get from every audit-log endpoint. */
export function forbidden(): Reply {
  return jsonReply(403, {
    error: {
      title: 'Forbidden',
      message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  });
}

export function recordNotFound(): Reply {
  return jsonReply(404, { error: 'RecordNotFound', description: 'Not found' });
}

export function invalidEndpoint(): Reply {
  return jsonReply(404, { error: 'InvalidEndpoint', description: 'Not found' });
}

export function invalidValue(description: string): Reply {
  return jsonReply(400, { error: 'InvalidValue', description });
}

export function invalidCreatedAt(): Reply {
  return invalidValue(
    'Invalid filter[created_at] specified; format is ?filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ&filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ',
  );
}

/** `parameter` is `page[size]`, `page[after]`, `page[before]` or `sort`. */
export function invalidPaginationParameter(parameter: string): Reply {
  return jsonReply(400, { errors: [{ code: 'InvalidPaginationParameter', title: `${parameter} is not valid` }] });
}

export function paginationTooDeep(): Reply {
  return jsonReply(400, {
    errors: [
      {
        code: 'InvalidPaginationDepth',
        title: 'Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)',
      },
    ],
  });
}

/** Zendesk's rate-limit answer is plain text, not JSON. */
export function tooManyRequests(retryAfter: number | string): Reply {
  return textReply(429, 'Number of allowed API requests per minute exceeded', { 'Retry-After': formatRetryAfter(retryAfter) });
}

/** Whole seconds, rounded up; text (an HTTP date) as given. */
export function formatRetryAfter(retryAfter: number | string): string {
  return typeof retryAfter === 'number' ? String(Math.max(0, Math.ceil(retryAfter))) : retryAfter;
}
