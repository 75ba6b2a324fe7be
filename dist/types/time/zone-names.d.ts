/**
 * The IANA names `typed` likely means, or none.
 *
 * @example zoneSuggestions('pst') // ['America/Los_Angeles']
 * @example zoneSuggestions('America/Los Angeles') // ['America/Los_Angeles']
 * @example zoneSuggestions('Europe/Berln') // ['Europe/Berlin']
 */
export declare function zoneSuggestions(typed: string): readonly string[];
