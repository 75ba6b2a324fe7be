/**
 * Errors a user can act on. `InputError` means "fix what you typed" (exit code 2);
 * `ZendeskError` means "the Zendesk call failed" (exit code 1).
 */

/** Bad usage or input, refused before anything is sent. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A Zendesk call failed: network, protocol, or an HTTP error (see `ZendeskHttpError`). */
export class ZendeskError extends Error {
  override name = 'ZendeskError';
  /** Whether trying the same request again may succeed. */
  retriable: boolean;
  constructor(message: string, options: { cause?: unknown; retriable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.retriable = options.retriable ?? false;
  }
}

/** Fields read from any of Zendesk's error bodies. */
export interface ErrorDetail {
  code?: string;
  message?: string;
}

const RETRIABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** What to do about each status, for the end of the message. */
function hintFor(status: number, path: string): string | undefined {
  if (status === 401) return 'check the email and API token, or the OAuth token';
  if (status === 403 && path.includes('/audit_logs')) {
    return "audit logs need the Enterprise plan and an admin's credentials";
  }
  if (status === 403) return 'these credentials lack permission; use an admin account';
  if (status === 429) return 'the account is over its API rate limit; try again in a minute';
  if (status >= 300 && status < 400) return 'the server answered with a redirect, which is not followed: check the subdomain or base URL';
  if (status >= 500) return 'Zendesk is having trouble; try again later';
  return undefined;
}

/** An HTTP response with an error status, with the code and message from its body. */
export class ZendeskHttpError extends ZendeskError {
  override name = 'ZendeskHttpError';
  readonly status: number;
  readonly code: string | undefined;
  /** The server's own words, from the body. */
  readonly description: string | undefined;
  readonly method: string;
  /** Path without the query string, e.g. `/api/v2/audit_logs`. */
  readonly path: string;
  /** Milliseconds the server asked us to wait (`Retry-After`), if it did. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    statusText?: string;
    method: string;
    path: string;
    detail?: ErrorDetail;
    retryAfterMs?: number;
    hint?: string;
  }) {
    const { status, method, path, detail = {} } = init;
    const statusText = init.statusText || STATUS_TEXT[status] || '';
    const hint = init.hint ?? hintFor(status, path);
    const parts = [detail.message, hint].filter((part): part is string => Boolean(part));
    super(`${method} ${path}: ${status}${statusText ? ` ${statusText}` : ''}${parts.length ? ` - ${parts.join(' - ')}` : ''}`, {
      retriable: RETRIABLE_STATUS.has(status),
    });
    this.status = status;
    this.code = detail.code;
    this.description = detail.message;
    this.method = method;
    this.path = path;
    this.retryAfterMs = init.retryAfterMs;
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const MAX_DETAIL = 300;

/** Control and bidirectional-override characters: a body is untrusted text bound for a terminal. */
// deno-lint-ignore no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

function clean(text: string): string {
  const flat = text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Reads a code and a message from any of Zendesk's error shapes (there is no single
 * envelope; https://developer.zendesk.com/api-reference/introduction/requests/#response-format
 * documents `{"error", "description", "details"}`, other endpoints answer otherwise):
 * `{"error": "..."}`, `{"error": {"title", "message"}}`, `{"errors": [{"code", "title"}]}`,
 * `{"error", "description", "details"}`, plain text (429s) or an HTML page (proxies).
 */
export function parseErrorBody(body: string): ErrorDetail {
  const text = body.trim();
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return parseTextBody(text);
  }
  if (!json || typeof json !== 'object') return { message: clean(String(json)) };
  const record = json as Record<string, unknown>;

  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const entries = record.errors as Record<string, unknown>[];
    const first = entries[0] ?? {};
    const messages = entries
      .map((entry) => asText(entry?.title) ?? asText(entry?.detail) ?? asText(entry?.message) ?? asText(entry?.code))
      .filter((message): message is string => Boolean(message));
    return { code: asText(first.code), message: messages.length ? clean(messages.join('; ')) : undefined };
  }

  const error = record.error;
  if (error && typeof error === 'object') {
    const nested = error as Record<string, unknown>;
    const title = asText(nested.title);
    const message = asText(nested.message);
    return { code: title, message: clean([title, message].filter(Boolean).join(': ')) || undefined };
  }

  const code = asText(error);
  // OAuth endpoints answer `{"error": "invalid_client", "error_description": "..."}` (RFC 6749 section 5.2).
  const description = asText(record.description) ?? asText(record.error_description);
  const details = describeDetails(record.details);
  // `{"error": "Couldn't authenticate you"}` carries a sentence where others carry a code.
  const isCode = code !== undefined && /^[A-Za-z_]+$/.test(code);
  const message = [isCode ? description : (code ?? description), details].filter(Boolean).join(': ');
  return { code: isCode ? code : undefined, message: message ? clean(message) : code && clean(code) };
}

/** `{"details": {"email": [{"description": "Email is invalid"}]}}` → `email: Email is invalid`. */
function describeDetails(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const parts: string[] = [];
  for (const [field, problems] of Object.entries(details as Record<string, unknown>)) {
    const list = Array.isArray(problems) ? problems : [problems];
    for (const problem of list) {
      const description = asText((problem as Record<string, unknown> | null)?.description) ?? asText(problem);
      if (description) parts.push(`${field}: ${description}`);
    }
  }
  return parts.length ? parts.join('; ') : undefined;
}

function parseTextBody(text: string): ErrorDetail {
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1];
    return { message: title ? `${clean(title)} (HTML page)` : 'an HTML page instead of JSON' };
  }
  return { message: clean(text.split('\n')[0] ?? '') };
}

/**
 * The one line a failure is told in: the message of an error that names its fix
 * (`InputError`, `ZendeskError`, or an instance of one of `known`), else what was thrown,
 * as `unexpected TypeError: x is undefined`.
 */
export function failureText(error: unknown, known: ReadonlyArray<new (...args: never[]) => Error> = []): string {
  if (error instanceof InputError || error instanceof ZendeskError || known.some((kind) => error instanceof kind)) {
    return (error as Error).message;
  }
  if (error instanceof Error) return `unexpected ${error.name}: ${error.message}`;
  return `unexpected failure: ${String(error)}`;
}
