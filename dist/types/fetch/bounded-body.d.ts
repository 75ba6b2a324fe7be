/**
 * Reading an answer's body within a limit. Node's fetch (undici) and Deno's undo gzip,
 * deflate and brotli as the body streams in, so a small compressed answer can inflate to
 * any size (a 700 KB gzip body holds 700 MB of zeros), and a chunked answer need never
 * end: the body is counted as it is decompressed and dropped past the limit.
 * https://fetch.spec.whatwg.org/#http-network-fetch (content codings are decoded)
 */
/**
 * Most bytes an answer may have once decompressed. A page of 100 audit-log records is
 * about 60 KB and the token endpoint's answer under 1 KB; 4 MiB is some 70 pages' worth,
 * room for 100 records of 40 KB each, while 16 walks that all reach the limit at once
 * hold 64 MiB between them (measured: a run of 16 walks under gzip bombs peaks at about
 * 150 MB of memory; RELIABILITY.md).
 */
export declare const MAX_BODY_BYTES: number;
/** An answer's body went past the limit; what was read of it is dropped and the rest cancelled. */
export declare class BodyTooLarge extends Error {
    name: string;
    readonly limit: number;
    constructor(limit: number);
}
/** The body of `response` as text (UTF-8), or a `BodyTooLarge` once more than `limit` bytes came. */
export declare function readBody(response: Response, limit?: number): Promise<string>;
