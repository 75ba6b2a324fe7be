/**
 * The sandbox account over HTTP (node:http, which Deno 2 provides too). A request is logged, given its fault, counted by
 * the rate limit, authenticated, routed, and written once the latency has passed, perhaps replayed or cut short.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditLog, User } from '../core/types.ts';
import { isZendeskId, wholeNumberOf } from '../core/whole-number.ts';
import { AuditLogStore } from './audit-log.ts';
import { preciseDelay } from './delay.ts';
import { detectionEpisodeRecords, episodeRecords } from './episodes.ts';
import { completeRecord, createEventContext, FIRST_RECORD_ID, generateAuditLogs, generateStaff, userJson } from './generate.ts';
import { allows, type Grant, TokenIssuer } from './oauth.ts';
import { type Fault, type FaultKind, normaliseFault, type ResolvedOptions, resolveOptions, type SandboxOptions } from './options.ts';
import { integerBetween, mulberry32, pick, type Random, randomStream } from './random.ts';
import * as replies from './replies.ts';

/** Creates a sandbox account; nothing listens until {@link Sandbox.start}. Throws on bad options. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return new Sandbox(resolveOptions(options));
}

/** Walks whose last cursor page `replay` keeps: those of the last little while, so memory stays flat. */
const REMEMBERED_WALKS = 256;
/** The token endpoint's bodies are a few hundred bytes; more is cut off. */
const MAX_BODY_BYTES = 64 * 1024;
const ENCODER = new TextEncoder();

/** A running (or startable) fake Zendesk account. */
class Sandbox {
  /** `lowestRemaining`: the least rate-limit budget any request left (Infinity without a limit), for clients meant to leave some. */
  readonly stats = { requests: 0, byStatus: {} as Record<string, number>, faults: {} as Record<string, number>, lowestRemaining: Infinity };
  /** Every request received: path and query as sent, and whether it carried credentials (never their value). */
  readonly requests: { method: string; url: string; authorization: boolean }[] = [];
  readonly #options: ResolvedOptions;
  readonly #staff;
  readonly #context;
  readonly #store = new AuditLogStore(() => this.#origin());
  readonly #oauth: TokenIssuer;
  readonly #addedRandom: Random;
  readonly #chaosRandom: Random | undefined;
  readonly #injected: { kind: FaultKind; retryAfter?: number | string; ms?: number }[] = [];
  /** When the requests the rate limit counts were made, oldest first. */
  readonly #counted: number[] = [];
  /** Each walk's (path and query but cursor) last cursor page, for `replay`: what a cache keyed by the request would serve. */
  readonly #lastPages = new Map<string, string>();
  readonly #sleepers = new Set<() => void>();
  #tokenRequests = { now: 0, most: 0 };
  #server: Server | undefined;
  #url = '';

  constructor(options: ResolvedOptions) {
    const { seed, subdomain } = (this.#options = options);
    const now = Math.floor(options.now / 1000);
    const start = now - Math.round(options.days * 86_400);
    this.#staff = generateStaff(seed, now, subdomain, options.credentials.email);
    this.#context = createEventContext(seed, this.#staff, subdomain);
    const generated = generateAuditLogs(this.#context, seed, options.records, options.mix, start, now);
    for (const record of generated) this.#store.add(record);
    if (options.episodes) {
      const random = randomStream(seed, 'episode ids');
      const last = generated.length ? Date.parse(generated.at(-1)!.created_at) / 1000 : start;
      for (const record of episodeRecords(this.#context, seed, last, now)) this.#store.add({ id: this.#newId(random), ...record });
      for (const record of detectionEpisodeRecords(this.#context, seed, now)) this.#store.add({ id: this.#newId(random), ...record });
    }
    this.#oauth = new TokenIssuer(options.oauthClient, options.clock, options.tokenLifetimeSeconds);
    this.#chaosRandom = options.chaos && mulberry32(options.chaos.seed);
    this.#addedRandom = randomStream(seed, 'added');
  }

  /** `http://127.0.0.1:PORT` once started, `''` before. */
  get url(): string {
    return this.#url;
  }

  /** Tokens minted at `POST /oauth/tokens` (how many, and each one), and the most token requests ever under way at once. */
  get tokens(): { minted: number; issued: readonly string[]; mostAtOnce: number } {
    return { minted: this.#oauth.minted, issued: [...this.#oauth.issued], mostAtOnce: this.#tokenRequests.most };
  }

  /** Every token minted so far stops working now, as if it had expired. */
  expireTokens(): void {
    this.#oauth.expireAll();
  }

  /** Listens on `port` (default 0: any free port) and `host` (default 127.0.0.1); resolves to {@link url}. */
  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    if (this.#server) throw new Error(`the sandbox is already listening at ${this.#url}`);
    const server = createServer((request, response) => void this.#handle(request, response)).listen(port, host);
    await once(server, 'listening');
    this.#server = server;
    return (this.#url = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`);
  }

  /** Stops listening and drops open connections, so the process can exit. */
  async close(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    const closed = new Promise((resolve) => server.close(resolve).closeAllConnections());
    for (const wake of this.#sleepers) wake();
    await closed;
  }

  /** Stores records and returns them, completed: ids above every other, `created_at` from the clock, an admin as actor. */
  addRecords(records: Partial<AuditLog>[]): AuditLog[] {
    return records.map((partial) => {
      const id = partial.id ?? this.#newId(this.#addedRandom);
      if (!isZendeskId(id)) throw new TypeError(`id must be a positive whole number, not ${String(id)}`);
      if (this.#store.has(id)) throw new RangeError(`an audit-log record with id ${id} already exists`);
      const record = completeRecord(this.#context, this.#addedRandom, partial, id, this.#options.clock() / 1000);
      return structuredClone(this.#store.served(this.#store.add(record)));
    });
  }

  /** Every stored record, ascending by (created_at, id). Materialises all of them. */
  auditLogs(): AuditLog[] {
    return this.#store.all();
  }

  /** Every user of the account, as `GET /api/v2/users/{id}` returns them. */
  users(): User[] {
    return this.#staff.members.map((member) => userJson(this.#staff, member, this.#origin()));
  }

  /** The next requests, whatever their path, get these faults in order (before any chaos). */
  injectFaults(faults: Fault[]): void {
    this.#injected.push(...faults.map(normaliseFault));
  }

  /** An id above every stored one, as Zendesk's grow. */
  #newId(random: Random): number {
    return Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(random, 1, 1 << 20);
  }

  /** Resource `url` fields point here; before start, at the Zendesk address the subdomain would have. */
  #origin(): string {
    return this.#url || `https://${this.#options.subdomain}.zendesk.com`;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const tokens = this.#tokenRequests;
    const tokenRequest = request.method === 'POST' && /^\/oauth\/tokens(?:\.json)?(?:\?|$)/.test(request.url ?? '');
    if (tokenRequest) tokens.most = Math.max(tokens.most, ++tokens.now);
    try {
      await this.#answer(request, response);
    } catch (error) {
      const reply = replies.jsonReply(500, { error: 'InternalServerError', description: String(error) });
      if (!response.headersSent) this.#write(request, response, reply);
    } finally {
      if (tokenRequest) tokens.now--;
    }
  }

  async #answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Latency runs from arrival: the answer is built while it elapses, as on a real server.
    const arrived = performance.now();
    const { method = 'GET', url: target = '/' } = request;
    const body = method === 'POST' ? await readBody(request) : undefined;
    this.requests.push({ method, url: target, authorization: request.headers.authorization !== undefined });
    this.stats.requests++;
    // Faults that replace the answer come from in front of the API (a proxy, the network),
    // so they use no rate-limit budget; the others deliver a real, counted answer.
    const fault = this.#nextFault();
    const replacing = fault && !['slow', 'truncate', 'replay'].includes(fault.kind) ? fault : undefined;
    const rate = this.#rateLimit(!replacing);
    if (rate?.allowed) this.stats.lowestRemaining = Math.min(this.stats.lowestRemaining, rate.remaining);
    if (fault?.kind === 'slow') {
      this.#countFault('slow');
      await this.#sleep(fault.ms ?? 2000);
    }
    let reply = replacing
      ? replies.faultReply(replacing.kind, replacing.retryAfter)
      : rate && !rate.allowed
      ? replies.tooManyRequests(rate.reset)
      : this.#route(method, target, request.headers, body);
    if (reply?.cursorPage && reply.status === 200) reply = this.#replay(reply, target, fault?.kind === 'replay');
    if (fault?.kind === 'truncate') this.#countFault('truncate');
    await this.#sleep(this.#options.latencyMs - (performance.now() - arrived));
    if (replacing) this.#countFault(replacing.kind);
    if (reply) this.#write(request, response, reply, rate?.headers, fault?.kind === 'truncate');
    else request.socket.destroy();
  }

  /** The API itself: one request in, one reply out. */
  #route(method: string, target: string, headers: IncomingMessage['headers'], body: string | undefined): replies.Reply {
    const [path = '', query = ''] = target.split(/\?(.*)/s, 2);
    // The token endpoint takes the client's own credentials in its body, not a header.
    if (/^\/oauth\/tokens(?:\.json)?$/.test(path)) {
      return method === 'POST' ? this.#oauth.grant(body ?? '', headers['content-type']) : replies.INVALID_ENDPOINT;
    }
    const grant = this.#authenticate(headers.authorization);
    if (!grant) return replies.UNAUTHORIZED;
    if (method !== 'GET' && method !== 'HEAD') return replies.INVALID_ENDPOINT;
    if (/^\/api\/v2\/audit_logs(?:\.json)?$/.test(path)) {
      // A token without the scope gets Zendesk's 403, as does an account without Enterprise.
      if (!allows(grant, 'auditlogs:read') || this.#options.plan !== 'enterprise') return replies.FORBIDDEN;
      // Links lead back the way the client came (its Host header), or to `url`.
      const host = headers.host && /^[A-Za-z0-9.:[\]-]+$/.test(headers.host) ? `http://${headers.host}` : this.#origin();
      return this.#store.list(query, host + path);
    }
    const user = /^\/api\/v2\/users\/([^/]+?)(?:\.json)?$/.exec(path);
    if (!user) return replies.INVALID_ENDPOINT;
    if (!allows(grant, 'users:read')) return replies.FORBIDDEN;
    const id = wholeNumberOf(user[1]);
    const member = this.#staff.members.find((candidate) => candidate.id === id);
    return member ? replies.jsonReply(200, { user: userJson(this.#staff, member, this.#origin()) }) : replies.RECORD_NOT_FOUND;
  }

  /** API-token basic auth (`{email}/token:{token}`) and the fixed OAuth token may do anything, a minted token what it allows. */
  #authenticate(header: string | undefined): Grant | undefined {
    const { email, apiToken, oauthToken } = this.#options.credentials;
    const [scheme = '', value = ''] = (header ?? '').trim().split(/\s+/, 2);
    if (scheme.toLowerCase() === 'bearer') return value === oauthToken ? { scopes: 'all' } : this.#oauth.grantOf(value);
    if (scheme.toLowerCase() !== 'basic') return undefined;
    try {
      const text = new TextDecoder().decode(Uint8Array.from(atob(value), (char) => char.charCodeAt(0)));
      return text === `${email}/token:${apiToken}` ? { scopes: 'all' } : undefined;
    } catch {
      return undefined;
    }
  }

  /** The fault for the request arriving now, if any: injected ones first; chaos draws once per request it sees. */
  #nextFault(): { kind: FaultKind; retryAfter?: number | string; ms?: number } | undefined {
    const injected = this.#injected.shift();
    const { chaos, clock } = this.#options;
    const random = this.#chaosRandom;
    if (injected || !chaos || !random || random() >= chaos.rate) return injected;
    const kind = pick(random, chaos.kinds);
    const seconds = integerBetween(random, 1, Math.max(1, Math.floor(chaos.retryAfterMaxSeconds)));
    // One in four as an HTTP date, which clients must read too (RFC 9110, section 10.2.3).
    const retryAfter = random() < 0.25 ? new Date(Math.ceil(clock() / 1000 + seconds) * 1000).toUTCString() : seconds;
    return { kind, retryAfter, ms: chaos.slowMs };
  }

  /**
   * Zendesk's limit as a rolling window of `rateWindowMs`, full at the start. Refused requests are not counted: Zendesk does
   * not say, and the kinder reading keeps `Retry-After` exact. https://developer.zendesk.com/api-reference/introduction/rate-limits/
   */
  #rateLimit(count: boolean) {
    const { rateLimit: limit, rateWindowMs: windowMs } = this.#options;
    const now = this.#options.clock();
    if (limit === 0) return undefined;
    const counted = this.#counted;
    while (counted.length > 0 && counted[0]! <= now - windowMs) counted.shift();
    const allowed = counted.length < limit;
    if (allowed && count) counted.push(now);
    // Whole seconds until the oldest counted request leaves the window (a slot frees).
    const reset = String(counted.length === 0 ? 0 : Math.max(1, Math.ceil((counted[0]! + windowMs - now) / 1000)));
    const remaining = Math.max(0, limit - counted.length);
    const [all, left] = [String(limit), String(remaining)];
    const headers = {
      'X-Rate-Limit': all,
      'X-Rate-Limit-Remaining': left,
      'ratelimit-limit': all,
      'ratelimit-remaining': left,
      'ratelimit-reset': reset,
    };
    return { allowed, remaining, reset, headers };
  }

  /** Remembers a cursor page as its walk's last, or for `replay` answers with the one remembered. */
  #replay(reply: replies.Reply, target: string, replay: boolean): replies.Reply {
    const url = new URL(target, 'http://sandbox');
    url.searchParams.delete('page[after]');
    url.searchParams.sort();
    const walk = `${url.pathname}?${url.searchParams}`;
    const last = this.#lastPages.get(walk);
    if (replay && last !== undefined) {
      this.#countFault('replay');
      return { ...reply, body: last };
    }
    this.#lastPages.delete(walk);
    this.#lastPages.set(walk, reply.body);
    if (this.#lastPages.size > REMEMBERED_WALKS) this.#lastPages.delete(this.#lastPages.keys().next().value!);
    return reply;
  }

  #write(request: IncomingMessage, response: ServerResponse, reply: replies.Reply, headers = {}, truncate = false): void {
    if (request.socket.destroyed || response.writableEnded) return;
    const body = ENCODER.encode(reply.body);
    response.writeHead(reply.status, { ...reply.headers, ...headers, 'Content-Length': String(body.byteLength) });
    this.stats.byStatus[reply.status] = (this.stats.byStatus[reply.status] ?? 0) + 1;
    // The promised length, half the bytes, then the connection drops.
    if (truncate) response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => request.socket.destroy());
    else response.end(body);
  }

  #countFault(kind: string): void {
    this.stats.faults[kind] = (this.stats.faults[kind] ?? 0) + 1;
  }

  /** A delay that {@link close} cuts short. */
  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (ms <= 0) return resolve();
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

export type { Sandbox };

async function readBody(request: IncomingMessage): Promise<string> {
  const decoder = new TextDecoder();
  let [text, size] = ['', 0];
  for await (const chunk of request as AsyncIterable<Uint8Array>) {
    if ((size += chunk.byteLength) > MAX_BODY_BYTES) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
