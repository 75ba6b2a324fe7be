/** Cancellation shared between a caller's signal and the work it starts. */
/**
 * A controller that aborts when any of `signals` aborts (AbortSignal.any is missing from
 * Node 20.0-20.2), and `unlink` to stop listening to them again: a long-lived caller's
 * signal would otherwise collect one listener per request and attempt (a leak, and
 * Node's warning on stderr after ten).
 */
export declare function linkedController(...signals: (AbortSignal | undefined)[]): {
    controller: AbortController;
    unlink: () => void;
};
