/**
 * One request budget shared by every request of a client. Zendesk limits an account to
 * a number of requests per rolling minute (700 on Enterprise, 2,500 on Enterprise Plus)
 * and says how much is left on every answer (`ratelimit-remaining`, `ratelimit-reset`,
 * `X-Rate-Limit-Remaining`). Parallel walks that each learned this on their own would
 * all run into the wall together and get a burst of 429s; the gate learns it once and
 * holds every request back until the budget has room.
 * https://developer.zendesk.com/api-reference/introduction/rate-limits/
 */
import type { FetchListener } from './events.ts';
import type { GateAnswer, RequestGate } from './rate-limit.ts';
import { checkWhole } from '../whole-number.ts';

export interface RateGateOptions {
  /** Requests left for the account's other clients: the gate stops this many short of the limit. Default 0. */
  reserve?: number;
  /** The same as a share (0 to 0.9) of the limit answers give (`ratelimit-limit`): 0.2 of 700 leaves 140. The larger applies. Default 0. */
  reserveShare?: number;
  /** How long to hold back when the budget is spent and the server named no reset time. Default 1000 ms. */
  fallbackWaitMs?: number;
  /** Clock in epoch ms; default `Date.now`. */
  now?: () => number;
  /** Told `{ type: 'wait', until }` when requests wait for the budget, `until` being when (epoch ms) the gate next looks again: for progress lines. */
  onEvent?: FetchListener;
}

/** What the gate knows of the budget: the answer of request `ticket`, less what it could not count. */
interface Snapshot {
  ticket: number;
  /** `ratelimit-remaining` of that answer, less the earlier requests the server may have seen after it. */
  remaining: number;
  /** When the budget has room again if it is spent (`ratelimit-reset`, or `Retry-After` on a 429). */
  resetAt: number;
}

/**
 * The budget from the latest answer, less the requests it could not count. The answer to
 * request n counts every request the server saw before it; the server may have seen
 * after it the requests numbered above n, and those below n that were in flight with
 * it (still unanswered, or answered since n was sent: answers come back in any order).
 * Requests wait, first come first served, while that estimate is spent; when nothing is
 * in flight to bring news, one request goes when the server said a slot frees
 * (`ratelimit-reset`), and its answer tells the rest.
 *
 * A `Retry-After` on a 429 (or on a 503) holds every request until it is over, those of
 * every walk alike; requests already in flight are the only ones it cannot hold.
 *
 * Before the first answer one request at a time goes; a server that sends no rate-limit
 * headers is not held back by a budget (its 429s still hold everything for their `Retry-After`).
 *
 * @example
 * const gate = new RateGate();
 * const client = createClient({ baseUrl, credentials, gate });
 * // every request of `client`, from any number of concurrent walks, shares one budget
 */
export class RateGate implements RequestGate {
  readonly #options: Required<Omit<RateGateOptions, 'onEvent'>> & Pick<RateGateOptions, 'onEvent'>;
  /** The account's requests per minute, from the latest answer that said. */
  #limit: number | undefined;
  /** Requests waiting for a ticket, first come first served; `detach` stops listening to the request's signal. */
  readonly #waiters: { resolve: (ticket: number) => void; detach: () => void }[] = [];
  #tickets = 0;
  /** Tickets of the requests in flight, each with the number of requests settled before it went. */
  readonly #pending = new Map<number, number>();
  /** Requests settled so far, answered or not (a request that failed may still have been counted). */
  #settled = 0;
  /** Recently settled requests, oldest first, while a request in flight went before them: `[settled number, ticket]`. */
  readonly #recent: [number, number][] = [];
  #answered = false;
  #snapshot: Snapshot | undefined;
  /** The timer that pumps again, and when (epoch ms). */
  #timer: { id: ReturnType<typeof setTimeout>; at: number } | undefined;
  /** Until when (epoch ms) no request may go: the latest end of a `Retry-After` on a 429 or 503. */
  #holdUntil = 0;

  constructor(options: RateGateOptions = {}) {
    const { reserve = 0, reserveShare = 0, fallbackWaitMs = 1000, now = Date.now } = options;
    checkWhole('reserve', reserve, 0);
    if (!(reserveShare >= 0 && reserveShare <= 0.9)) throw new RangeError(`reserveShare must be from 0 to 0.9, got ${reserveShare}`);
    if (!(fallbackWaitMs > 0)) throw new RangeError(`fallbackWaitMs must be positive, got ${fallbackWaitMs}`);
    this.#options = { reserve, reserveShare, fallbackWaitMs, now, onEvent: options.onEvent };
  }

  /** Requests of the budget left for the account's other clients. */
  get reserve(): number {
    return Math.max(this.#options.reserve, Math.ceil((this.#limit ?? 0) * this.#options.reserveShare));
  }

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.#pending.size;
  }

  /** Until when (epoch ms) every request is held by a `Retry-After`; 0 when none is. */
  get heldUntil(): number {
    return this.#holdUntil > this.#options.now() ? this.#holdUntil : 0;
  }

  /** Requests that may go now by the latest answer (Infinity when the server tells nothing). */
  get available(): number {
    if (this.heldUntil) return 0;
    if (!this.#answered) return this.inFlight === 0 ? 1 : 0;
    const snapshot = this.#snapshot;
    return snapshot ? snapshot.remaining - this.reserve - (this.#tickets - snapshot.ticket) : Infinity;
  }

  acquire(signal?: AbortSignal): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(signal!.reason);
        this.#pump();
      };
      const waiter = { resolve, detach: () => signal?.removeEventListener('abort', onAbort) };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#pump();
    });
  }

  settle(ticket: number, answer?: GateAnswer): void {
    const sentAfter = this.#pending.get(ticket);
    if (sentAfter === undefined) return;
    this.#pending.delete(ticket);
    const unseen = this.#unseenBy(ticket, sentAfter);
    this.#recent.push([++this.#settled, ticket]);
    this.#forgetOldSettled();
    if (answer) {
      this.#answered = true;
      const { limit, remaining, resetMs } = answer.rateLimit;
      const limited = answer.status === 429;
      const limitedMs = answer.retryAfterMs ?? resetMs ?? this.#options.fallbackWaitMs;
      const now = this.#options.now();
      // The rate limit is the account's: a wait that one request was told to keep holds
      // every request of the run, whatever answers to requests already in flight say after it.
      const holdMs = limited ? limitedMs : answer.status === 503 ? answer.retryAfterMs : undefined;
      if (holdMs !== undefined && holdMs > 0) this.#holdUntil = Math.max(this.#holdUntil, now + holdMs);
      if (limit !== undefined && limit > 0) this.#limit = limit;
      // An older answer than the one we have knows less: keep the newer (429s always count).
      if (limited || (remaining !== undefined && (!this.#snapshot || ticket >= this.#snapshot.ticket))) {
        this.#snapshot = {
          ticket: Math.max(ticket, this.#snapshot?.ticket ?? 0),
          remaining: limited ? 0 : remaining! - unseen,
          resetAt: now + (limited ? limitedMs : (resetMs ?? this.#options.fallbackWaitMs)),
        };
      } else if (remaining === undefined && this.#snapshot && ticket > this.#snapshot.ticket) {
        // A newer answer without rate-limit headers: nothing holds requests back. Else one 429 from
        // such a server leaves the budget spent for good, and the run goes at one request per `fallbackWaitMs`.
        this.#snapshot = undefined;
      }
    }
    this.#pump();
  }

  /** Lets waiting requests go while the budget allows, else sets a timer for when it will. */
  #pump(): void {
    const held = this.heldUntil;
    if (held && this.#waiters.length > 0) return this.#wakeAt(held);
    while (this.#waiters.length > 0) {
      if (this.available < 1 && !this.#resetPassed()) break;
      const waiter = this.#waiters.shift()!;
      waiter.detach();
      this.#pending.set(++this.#tickets, this.#settled);
      waiter.resolve(this.#tickets);
    }
    if (this.#waiters.length > 0 && this.inFlight === 0 && this.#snapshot) this.#wakeAt(this.#snapshot.resetAt);
    // Nobody waits: a pending timer would only keep the process alive.
    else if (this.#waiters.length === 0) this.#stopTimer();
  }

  /** Requests numbered below `ticket` that the server may have counted after it: in flight, or settled since it went. */
  #unseenBy(ticket: number, sentAfter: number): number {
    let unseen = 0;
    for (const pending of this.#pending.keys()) if (pending < ticket) unseen++;
    for (const [settled, other] of this.#recent) if (settled > sentAfter && other < ticket) unseen++;
    return unseen;
  }

  /** Forgets the requests that settled before every request now in flight went out. */
  #forgetOldSettled(): void {
    const oldest = Math.min(this.#settled, ...this.#pending.values());
    let drop = 0;
    while (drop < this.#recent.length && this.#recent[drop]![0] <= oldest) drop++;
    if (drop > 0) this.#recent.splice(0, drop);
  }

  /** The budget was spent and nothing is in flight, but the reset time has passed: one request may go and bring the news. */
  #resetPassed(): boolean {
    const snapshot = this.#snapshot;
    if (!snapshot || this.inFlight > 0 || this.#options.now() < snapshot.resetAt) return false;
    this.#snapshot = { ticket: this.#tickets, remaining: this.reserve + 1, resetAt: snapshot.resetAt + this.#options.fallbackWaitMs };
    return true;
  }

  #wakeAt(at: number): void {
    if (this.#timer && this.#timer.at <= at) return;
    this.#stopTimer();
    this.#options.onEvent?.({ type: 'wait', until: at });
    const id = setTimeout(() => {
      this.#stopTimer();
      this.#pump();
    }, Math.max(0, at - this.#options.now()));
    this.#timer = { id, at };
  }

  #stopTimer(): void {
    clearTimeout(this.#timer?.id);
    this.#timer = undefined;
  }
}
