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
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
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

/** Characters of the server's words a message keeps. */
const MAX_DETAIL = 300;

/**
 * Longest error body whose words are read. Zendesk's errors are a few hundred bytes and
 * a proxy's HTML page a few kilobytes; a larger body is named by its size only, so that
 * redacting it stays cheap.
 */
const MAX_ERROR_BODY = 64 * 1024;

/** Control and bidirectional-override characters: a body is untrusted text bound for a terminal. */
// deno-lint-ignore no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** What a code looks like (`InvalidValue`, `RecordNotFound`, `invalid_client`); anything else is not shown as one. */
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The separators of the fields of one message; `redact.ts` passes over `:` and `;`, so a secret split across two fields is still found. */
const FIELD = ': ';
const ENTRY = '; ';

/**
 * The server's words as a message shows them: on one line, redacted whole, and only then
 * cut (a cut first could leave half a secret that no redaction recognises).
 */
function shown(text: string, redact: (text: string) => string): string | undefined {
  const flat = redact(text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim()).trim();
  if (!flat) return undefined;
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function asCode(value: unknown): string | undefined {
  return typeof value === 'string' && CODE.test(value) ? value : undefined;
}

/**
 * Reads a code and a message from any of Zendesk's error shapes, taking words only from
 * the fields Zendesk documents (there is no single envelope;
 * https://developer.zendesk.com/api-reference/introduction/requests/#response-format
 * documents `{"error", "description", "details"}`, other endpoints answer otherwise):
 * `{"error": "..."}`, `{"error": {"title", "message"}}`, `{"errors": [{"code", "title"}]}`,
 * `{"error", "description", "details": {field: [{"description"}]}}`, plain text (429s)
 * or an HTML page's title (proxies). Any other field, however helpful it looks, is not
 * shown: what a server invents may be what it was sent.
 *
 * `redact` is given the whole of the words shown, fields joined, before they are cut.
 */
export function parseErrorBody(body: string, redact: (text: string) => string = (text) => text): ErrorDetail {
  const text = body.trim();
  if (!text) return {};
  if (text.length > MAX_ERROR_BODY) return { message: `an error body of ${text.length} characters, not shown` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return parseTextBody(text, redact);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const record = json as Record<string, unknown>;

  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const entries = record.errors.map((entry) => (entry && typeof entry === 'object' ? entry as Record<string, unknown> : {}));
    const messages = entries
      .map((entry) => asText(entry.title) ?? asCode(entry.code))
      .filter((message): message is string => Boolean(message));
    return { code: asCode(entries[0]?.code), message: shown(messages.join(ENTRY), redact) };
  }

  const error = record.error;
  if (error && typeof error === 'object') {
    const nested = error as Record<string, unknown>;
    const title = asText(nested.title);
    return { code: asCode(title), message: shown([title, asText(nested.message)].filter(Boolean).join(FIELD), redact) };
  }

  const code = asCode(error);
  // `{"error": "Couldn't authenticate you"}` carries a sentence where others carry a code.
  const sentence = code === undefined ? asText(error) : undefined;
  const words = [sentence ?? asText(record.description), describeDetails(record.details)].filter(Boolean).join(FIELD);
  return { code, message: shown(words, redact) ?? code };
}

/** `{"details": {"email": [{"description": "Email is invalid"}]}}` → `email: Email is invalid`. */
function describeDetails(details: unknown): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const parts: string[] = [];
  for (const [field, problems] of Object.entries(details as Record<string, unknown>)) {
    const list = Array.isArray(problems) ? problems : [problems];
    for (const problem of list) {
      const description = asText((problem as Record<string, unknown> | null)?.description);
      if (description) parts.push(`${field}${FIELD}${description}`);
    }
  }
  return parts.length ? parts.join(ENTRY) : undefined;
}

function parseTextBody(text: string, redact: (text: string) => string): ErrorDetail {
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1];
    const words = title === undefined ? undefined : shown(title, redact);
    return { message: words ? `${words} (HTML page)` : 'an HTML page instead of JSON' };
  }
  return { message: shown(text, redact) };
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
