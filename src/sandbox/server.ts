/**
 * The sandbox account over HTTP (node:http, which Deno 2 provides too): authentication,
 * the rate limit, latency and faults around the API in api.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { AuditLog, User } from '../core/types.ts';
import { type Account, answerApi } from './api.ts';
import { completeRecord } from './complete.ts';
import { episodeRecords } from './episodes.ts';
import { createEventContext, type EventContext } from './events.ts';
import { preciseDelay } from './delay.ts';
import { deliversAnswer, FaultPlan, faultReply } from './faults.ts';
import { FIRST_RECORD_ID, generateAuditLogs } from './generate.ts';
import { TokenIssuer } from './oauth.ts';
import { type Fault, type ResolvedOptions, resolveOptions, type SandboxOptions } from './options.ts';
import { integerBetween, type Random, randomStream } from './random.ts';
import { rateLimitHeaders, RollingWindowLimiter } from './rate-limit.ts';
import { jsonReply, type Reply, tooManyRequests } from './replies.ts';
import { generateStaff, type Staff, userJson } from './staff.ts';
import { AuditLogStore } from './store.ts';

/** A running (or startable) fake Zendesk account. */
export interface Sandbox {
  /** `http://127.0.0.1:PORT` once started, `''` before. */
  readonly url: string;
  /** Listens on `port` (default 0: any free port) and `host` (default 127.0.0.1); resolves to {@link url}. */
  start(port?: number, host?: string): Promise<string>;
  /** Stops listening and drops open connections, so the process can exit. */
  close(): Promise<void>;
  /**
   * Stores records, completing what is missing: ids above every existing one, `created_at`
   * from the clock (second precision), an admin as actor, text in the generated style.
   * Returns the records as stored.
   */
  addRecords(records: Partial<AuditLog>[]): AuditLog[];
  /** Every stored record, ascending by (created_at, id). Materialises all of them. */
  auditLogs(): AuditLog[];
  /** Every user of the account, as `GET /api/v2/users/{id}` returns them. */
  users(): User[];
  /** The next requests, whatever their path, get these faults in order (before any chaos). */
  injectFaults(faults: Fault[]): void;
  /** `lowestRemaining`: the least rate-limit budget any request left (Infinity without a limit), for clients meant to leave some. */
  readonly stats: { requests: number; byStatus: Record<string, number>; faults: Record<string, number>; lowestRemaining: number };
  /** Tokens minted at `POST /oauth/tokens` (how many, and each one), and the most token requests ever under way at once. */
  readonly tokens: { minted: number; issued: readonly string[]; mostAtOnce: number };
  /** Every token minted so far stops working now, as if it had expired. */
  expireTokens(): void;
  /** Every request received: path and query as sent, and whether it carried credentials (never their value). */
  readonly requests: { method: string; url: string; authorization: boolean }[];
}

/** Creates a sandbox account; nothing listens until {@link Sandbox.start}. Throws on bad options. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new SandboxServer(resolveOptions(options));
}

const DEFAULT_SLOW_MS = 2000;
const encoder = new TextEncoder();

class SandboxServer implements Sandbox {
  readonly stats = { requests: 0, byStatus: {} as Record<string, number>, faults: {} as Record<string, number>, lowestRemaining: Infinity };
  readonly requests: { method: string; url: string; authorization: boolean }[] = [];

  readonly #options: ResolvedOptions;
  readonly #staff: Staff;
  readonly #context: EventContext;
  readonly #store: AuditLogStore;
  readonly #account: Account;
  readonly #oauth: TokenIssuer;
  #tokenRequests = 0;
  #mostTokenRequests = 0;
  readonly #limiter: RollingWindowLimiter | undefined;
  readonly #faults: FaultPlan;
  readonly #addedRandom: Random;
  readonly #sockets = new Set<Socket>();
  readonly #sleepers = new Set<() => void>();
  #server: Server | undefined;
  #url = '';
  /**
   * The last cursor page served to each walk (its path and query without the cursor), for
   * `replay`: a stale copy of the page before, as a cache keyed by the request would serve.
   * Not another walk's page, which no cache would serve: with walks running in parallel,
   * "the page served before" is otherwise some other query's.
   */
  readonly #lastCursorBodies = new Map<string, string>();

  constructor(options: ResolvedOptions) {
    this.#options = options;
    const nowSeconds = Math.floor(options.now / 1000);
    this.#staff = generateStaff(options.seed, nowSeconds, options.subdomain, options.credentials.email);
    this.#context = createEventContext(options.seed, this.#staff, options.subdomain);
    const startSeconds = nowSeconds - Math.round(options.days * 86_400);
    const origin = () => this.#origin();
    this.#store = new AuditLogStore(origin);
    const { seed, records, mix } = options;
    const generated = generateAuditLogs({ seed, records, mix, startSeconds, endSeconds: nowSeconds, context: this.#context });
    for (const { record, seconds } of generated) this.#store.add(record, seconds);
    if (options.episodes) {
      const episodeRandom = randomStream(options.seed, 'episode ids');
      const last = generated.at(-1)?.seconds ?? startSeconds;
      for (const { record, seconds } of episodeRecords(this.#context, options.seed, last, nowSeconds)) {
        const id = Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(episodeRandom, 1, 1 << 20);
        this.#store.add({ id, ...record }, seconds);
      }
    }
    this.#oauth = new TokenIssuer(options.oauthClient, options.clock, options.tokenLifetimeSeconds);
    this.#account = {
      store: this.#store,
      staff: this.#staff,
      plan: options.plan,
      credentials: options.credentials,
      oauth: this.#oauth,
      origin,
    };
    this.#limiter = options.rateLimit > 0 ? new RollingWindowLimiter(options.rateLimit, options.rateWindowMs) : undefined;
    this.#faults = new FaultPlan(options.chaos, options.clock);
    this.#addedRandom = randomStream(options.seed, 'added');
  }

  get url(): string {
    return this.#url;
  }

  get tokens(): { minted: number; issued: readonly string[]; mostAtOnce: number } {
    return { minted: this.#oauth.minted, issued: [...this.#oauth.issued], mostAtOnce: this.#mostTokenRequests };
  }

  expireTokens(): void {
    this.#oauth.expireAll();
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    if (this.#server) throw new Error(`the sandbox is already listening at ${this.#url}`);
    const server = createServer((request, response) => void this.#handle(request, response));
    server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#server = server;
    const { port: boundPort } = server.address() as AddressInfo;
    this.#url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
    return this.#url;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    for (const wake of this.#sleepers) wake();
    await closed;
  }

  addRecords(records: Partial<AuditLog>[]): AuditLog[] {
    return records.map((partial) => {
      const id = partial.id ?? Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(this.#addedRandom, 1, 1 << 20);
      if (!Number.isSafeInteger(id) || id <= 0) throw new TypeError(`id must be a positive whole number, not ${String(id)}`);
      if (this.#store.has(id)) throw new RangeError(`an audit-log record with id ${id} already exists`);
      const { record, seconds } = completeRecord(this.#context, this.#addedRandom, partial, id, this.#options.clock() / 1000);
      this.#store.add(record, seconds);
      return this.#store.get(id)!;
    });
  }

  auditLogs(): AuditLog[] {
    return this.#store.all();
  }

  users(): User[] {
    return this.#staff.members.map((member) => userJson(this.#staff, member, this.#origin()));
  }

  injectFaults(faults: Fault[]): void {
    this.#faults.inject(faults);
  }

  /** Resource `url` fields point here; before start, at the Zendesk address the subdomain would have. */
  #origin(): string {
    return this.#url || `https://${this.#options.subdomain}.zendesk.com`;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const tokenRequest = request.method === 'POST' && /^\/oauth\/tokens(?:\.json)?(?:\?|$)/.test(request.url ?? '');
    if (tokenRequest) this.#mostTokenRequests = Math.max(this.#mostTokenRequests, ++this.#tokenRequests);
    try {
      await this.#answer(request, response);
    } catch (error) {
      if (!response.headersSent && !request.socket.destroyed) {
        this.#write(request, response, jsonReply(500, { error: 'InternalServerError', description: String(error) }));
      }
    } finally {
      if (tokenRequest) this.#tokenRequests--;
    }
  }

  async #answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Latency runs from arrival: the answer is built while it elapses, as on a real server.
    const arrived = performance.now();
    const waitOutLatency = () => this.#sleep(this.#options.latencyMs - (performance.now() - arrived));
    const method = request.method ?? 'GET';
    const target = request.url ?? '/';
    const authorization = request.headers.authorization;
    const requestBody = request.method === 'POST' ? await readBody(request) : undefined;
    this.requests.push({ method, url: target, authorization: authorization !== undefined });
    this.stats.requests++;

    // Faults that replace the answer come from in front of the API (a proxy, the network),
    // so they use no rate-limit budget; the others deliver a real, counted answer.
    const fault = this.#faults.next();
    const replacing = fault && !deliversAnswer(fault.kind) ? fault : undefined;
    const now = this.#options.clock();
    const rate = this.#limiter && (replacing ? this.#limiter.peek(now) : this.#limiter.take(now));
    const rateHeaders = rate ? rateLimitHeaders(rate) : {};
    if (rate?.allowed) this.stats.lowestRemaining = Math.min(this.stats.lowestRemaining, rate.remaining);

    if (fault?.kind === 'slow') {
      this.#countFault('slow');
      await this.#sleep(fault.ms ?? DEFAULT_SLOW_MS);
    }
    if (replacing) {
      await waitOutLatency();
      this.#countFault(replacing.kind);
      const reply = faultReply(replacing);
      if (reply) this.#write(request, response, withHeaders(reply, rateHeaders));
      else request.socket.destroy();
      return;
    }

    let reply = rate && !rate.allowed ? tooManyRequests(rate.resetSeconds) : answerApi(this.#account, {
      method,
      target,
      authorization,
      linkOrigin: this.#linkOrigin(request),
      body: requestBody,
      contentType: request.headers['content-type'],
    });
    reply = withHeaders(reply, rateHeaders);
    if (reply.cursorPage && reply.status === 200) {
      const walk = walkKey(target);
      const last = this.#lastCursorBodies.get(walk);
      if (fault?.kind === 'replay' && last !== undefined) {
        this.#countFault('replay');
        reply = { ...reply, body: last };
      } else {
        this.#lastCursorBodies.delete(walk);
        this.#lastCursorBodies.set(walk, reply.body);
        // The walks of the last little while are enough; memory stays flat.
        if (this.#lastCursorBodies.size > MAX_REMEMBERED_WALKS) this.#lastCursorBodies.delete(this.#lastCursorBodies.keys().next().value!);
      }
    }
    const truncate = fault?.kind === 'truncate';
    if (truncate) this.#countFault('truncate');
    const body = encoder.encode(reply.body);
    await waitOutLatency();
    this.#write(request, response, reply, truncate, body);
  }

  #write(request: IncomingMessage, response: ServerResponse, reply: Reply, truncate = false, body = encoder.encode(reply.body)): void {
    if (request.socket.destroyed || response.writableEnded) return;
    response.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.byteLength) });
    this.stats.byStatus[reply.status] = (this.stats.byStatus[reply.status] ?? 0) + 1;
    if (truncate) {
      // The promised length, half the bytes, then the connection drops.
      response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => request.socket.destroy());
    } else {
      response.end(body);
    }
  }

  /** Links lead back the way the client came (its Host header), or to {@link url}. */
  #linkOrigin(request: IncomingMessage): string {
    const host = request.headers.host;
    return host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : this.#origin();
  }

  #countFault(kind: string): void {
    this.stats.faults[kind] = (this.stats.faults[kind] ?? 0) + 1;
  }

  /** A delay that {@link close} cuts short. */
  #sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        cancel();
        this.#sleepers.delete(wake);
        resolve();
      };
      const cancel = preciseDelay(ms, wake);
      this.#sleepers.add(wake);
    });
  }
}

const MAX_REMEMBERED_WALKS = 256;
/** The token endpoint's bodies are a few hundred bytes; more is cut off. */
const MAX_BODY_BYTES = 64 * 1024;

async function readBody(request: IncomingMessage): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of request as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** A cursor walk's identity: the path and query of its requests without the cursor. */
function walkKey(target: string): string {
  const url = new URL(target, 'http://sandbox');
  url.searchParams.delete('page[after]');
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams}`;
}

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}
