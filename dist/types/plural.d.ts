/**
 * A count and its noun, `s` added unless the count is one: `1 change`, `3 changes`.
 * English plurals only; every noun we count takes an `s`.
 */
export declare function plural(count: number, noun: string): string;
