/**
 * Which request gets which fault (injected ones first, then seeded chaos), and what the
 * faults that replace an answer look like on the wire.
 */
import { type Fault, type FaultKind, normaliseFault, type ResolvedOptions } from './options.ts';
import { integerBetween, mulberry32, pick, type Random } from './random.ts';
import { formatRetryAfter, htmlReply, jsonReply, type Reply, tooManyRequests } from './replies.ts';

/** A fault with its parameters settled. */
export interface PlannedFault {
  kind: FaultKind;
  retryAfter?: number | string;
  ms?: number;
}

/** Hands out faults request by request. */
export class FaultPlan {
  readonly #queue: PlannedFault[] = [];
  readonly #chaos: ResolvedOptions['chaos'];
  readonly #random: Random | undefined;
  readonly #clock: () => number;

  constructor(chaos: ResolvedOptions['chaos'], clock: () => number) {
    this.#chaos = chaos;
    this.#random = chaos && mulberry32(chaos.seed);
    this.#clock = clock;
  }

  /** Queues faults for the next requests, in order. Checks them all before queueing any. */
  inject(faults: Fault[]): void {
    this.#queue.push(...faults.map(normaliseFault));
  }

  /** The fault for the request arriving now, if any. Chaos draws once per request it sees. */
  next(): PlannedFault | undefined {
    const injected = this.#queue.shift();
    if (injected) return injected;
    const chaos = this.#chaos;
    const random = this.#random;
    if (!chaos || !random || random() >= chaos.rate) return undefined;
    const kind = pick(random, chaos.kinds);
    const seconds = integerBetween(random, 1, Math.max(1, Math.floor(chaos.retryAfterMaxSeconds)));
    // One in four as an HTTP date, which clients must read too (RFC 9110, section 10.2.3).
    const retryAfter = random() < 0.25 ? new Date(Math.ceil(this.#clock() / 1000 + seconds) * 1000).toUTCString() : seconds;
    return { kind, retryAfter, ms: chaos.slowMs };
  }
}

/** Faults that only change how a normal answer is delivered. */
export function deliversAnswer(kind: FaultKind): boolean {
  return kind === 'slow' || kind === 'truncate' || kind === 'replay';
}

/** The answer a replacing fault sends instead of the real one (`reset` sends none). */
export function faultReply(fault: PlannedFault): Reply | undefined {
  const retryAfter = formatRetryAfter(fault.retryAfter ?? 1);
  switch (fault.kind) {
    case '429':
      return tooManyRequests(retryAfter);
    case '503':
      return jsonReply(
        503,
        { error: 'ServiceUnavailable', description: 'The service is temporarily unavailable. Please try again later.' },
        { 'Retry-After': retryAfter },
      );
    case '500':
      return jsonReply(500, { error: 'InternalServerError', description: 'Something went wrong. Please try again later.' });
    case '502':
      return htmlReply(502, proxyErrorPage('502 Bad Gateway'));
    case '504':
      return htmlReply(504, proxyErrorPage('504 Gateway Time-out'));
    case 'html':
      return htmlReply(503, MAINTENANCE_PAGE, fault.retryAfter === undefined ? {} : { 'Retry-After': retryAfter });
    default:
      return undefined;
  }
}

function proxyErrorPage(title: string): string {
  return [
    '<html>',
    `<head><title>${title}</title></head>`,
    '<body>',
    `<center><h1>${title}</h1></center>`,
    '<hr><center>nginx</center>',
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

const MAINTENANCE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Down for maintenance</title></head>
<body>
<h1>We'll be back soon</h1>
<p>This help desk is undergoing scheduled maintenance. Please try again in a few minutes.</p>
</body>
</html>
`;
