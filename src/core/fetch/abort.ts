/** Cancellation shared between a caller's signal and the work it starts. */

/**
 * A controller that aborts when any of `signals` aborts (AbortSignal.any is missing from
 * Node 20.0-20.2), and `unlink` to stop listening to them again: a long-lived caller's
 * signal would otherwise collect one listener per request and attempt (a leak, and
 * Node's warning on stderr after ten).
 */
export function linkedController(...signals: (AbortSignal | undefined)[]): { controller: AbortController; unlink: () => void } {
  const controller = new AbortController();
  const detach: (() => void)[] = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    detach.push(() => signal.removeEventListener('abort', onAbort));
  }
  return { controller, unlink: () => detach.forEach((remove) => remove()) };
}
