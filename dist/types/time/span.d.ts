/** `12 minutes`, `3 hours`, `2 days`: a span rounded down, at least `under a minute`. */
export declare function spanText(ms: number): string;
