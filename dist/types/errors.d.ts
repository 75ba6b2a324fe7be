/**
 * Errors a user can act on. `InputError` means "fix what you typed" (exit code 2);
 * `ZendeskError` means "the Zendesk call failed" (exit code 1).
 */
/** Bad usage or input, refused before anything is sent. */
export declare class InputError extends Error {
    name: string;
}
/** A Zendesk call failed: network, protocol, or an HTTP error (see `ZendeskHttpError`). */
export declare class ZendeskError extends Error {
    name: string;
    /** Whether trying the same request again may succeed. */
    retriable: boolean;
    constructor(message: string, options?: {
        cause?: unknown;
        retriable?: boolean;
    });
}
/** Fields read from any of Zendesk's error bodies. */
export interface ErrorDetail {
    code?: string;
    message?: string;
}
/** An HTTP response with an error status, with the code and message from its body. */
export declare class ZendeskHttpError extends ZendeskError {
    name: string;
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
    });
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
export declare function parseErrorBody(body: string, redact?: (text: string) => string): ErrorDetail;
/**
 * The one line a failure is told in: the message of an error that names its fix
 * (`InputError`, `ZendeskError`, or an instance of one of `known`), else what was thrown,
 * as `unexpected TypeError: x is undefined`.
 */
export declare function failureText(error: unknown, known?: ReadonlyArray<new (...args: never[]) => Error>): string;
