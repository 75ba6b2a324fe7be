import { type GateAnswer, type RateLimit } from './rate-limit.ts';
/** One request as sent: the token request is the only one with a body, and the only one without a token. */
export interface Outgoing {
    method: 'GET' | 'POST';
    url: URL;
    /** For messages and events: the path without the query. */
    path: string;
    authorization?: string;
    /** JSON. */
    body?: string;
}
export interface ApiResponse<T> {
    body: T;
    status: number;
    headers: Headers;
    rateLimit: RateLimit;
}
/** An answer as it came, any status, its body read whole. */
export interface Exchange {
    response: Response;
    text: string;
    rateLimit: RateLimit;
    /** From `Retry-After` on an answer that is not ok. */
    retryAfterMs?: number;
    durationMs: number;
}
export interface TransportOptions {
    fetch: typeof fetch;
    /** Time allowed for the exchange, body included. */
    timeoutMs: number;
    headers: Record<string, string>;
    /** Cancels every exchange (the client's own signal). */
    signal?: AbortSignal;
    /** Removes secrets from text that may echo them. */
    redact: (text: string) => string;
}
/** Sends `request` and reads the answer whole; a network error or a timeout is a retriable `ZendeskError`. */
export declare function exchange(request: Outgoing, signal: AbortSignal | undefined, options: TransportOptions): Promise<Exchange>;
/** What a request gate is told of an answer. */
export declare function gateAnswer(answer: Exchange): GateAnswer;
/** The parsed body of an ok answer; else the error it stands for. `hint` goes on a 401 to a signed request. */
export declare function readAnswer<T>(request: Outgoing, answer: Exchange, redact: (text: string) => string, hint?: string): ApiResponse<T>;
