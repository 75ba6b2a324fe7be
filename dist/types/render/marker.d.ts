/**
 * An HTML comment carrying `ids`, the audit-log ids of the rows of one body.
 *
 * @example idMarker([1, 2, 3]) // '<!-- zendesk-audit ids: 1,2,3 -->'
 */
export declare function idMarker(ids: readonly number[]): string;
/**
 * Every id in every `idMarker` comment of `body`, in order of appearance (duplicates
 * kept). Anything else in the body, and anything in a marker that is not an id, is ignored.
 */
export declare function readIdMarkers(body: string): number[];
