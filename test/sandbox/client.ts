/**
 * Starts sandboxes for the sandbox tests and talks to them over real HTTP.
 */
import type { AuditLog } from '../../src/core/types.ts';
import { createSandbox, DEMO_CREDENTIALS, type Sandbox, type SandboxOptions } from '../../src/sandbox/mod.ts';

/** The moment the test data is dated from: a fixed `now`, so runs agree. */
export const NOW = Date.parse('2024-06-01T12:00:00Z');

export const BEARER = { authorization: `Bearer ${DEMO_CREDENTIALS.oauthToken}` };
export const BASIC = { authorization: `Basic ${btoa(`${DEMO_CREDENTIALS.email}/token:${DEMO_CREDENTIALS.apiToken}`)}` };

export interface Connected {
  sandbox: Sandbox;
  /** GET `pathAndQuery` (or an absolute URL) with OAuth credentials unless `headers` say otherwise. */
  get(pathAndQuery: string, headers?: Record<string, string>, init?: RequestInit): Promise<Response>;
  /** GET and parse JSON, asserting nothing. */
  // deno-lint-ignore no-explicit-any
  json<T = Record<string, any>>(pathAndQuery: string, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

/** A started sandbox dated from {@link NOW}, unlimited rate unless the options set one. */
export async function connect(options: SandboxOptions = {}): Promise<Connected> {
  const sandbox = createSandbox({ now: NOW, rateLimit: 0, ...options });
  await sandbox.start();
  const get = (pathAndQuery: string, headers: Record<string, string> = BEARER, init: RequestInit = {}) =>
    fetch(pathAndQuery.startsWith('http') ? pathAndQuery : sandbox.url + pathAndQuery, { ...init, headers });
  return {
    sandbox,
    get,
    async json(pathAndQuery, headers) {
      const response = await get(pathAndQuery, headers);
      return { status: response.status, body: await response.json() };
    },
  };
}

/** Follows `links.next` from `first` while `meta.has_more`, returning every page's records. */
export async function walk(connected: Connected, first: string): Promise<{ records: AuditLog[]; pages: number }> {
  const records: AuditLog[] = [];
  let next: string | null = first;
  let pages = 0;
  while (next) {
    // deno-lint-ignore no-explicit-any
    const { status, body }: { status: number; body: Record<string, any> } = await connected.json(next);
    if (status !== 200) throw new Error(`${next}: ${status} ${JSON.stringify(body)}`);
    records.push(...body.audit_logs);
    pages++;
    next = body.meta.has_more ? body.links.next : null;
  }
  return { records, pages };
}

export function ids(records: { id: number }[]): number[] {
  return records.map((record) => record.id);
}

export function epochSeconds(iso: string): number {
  return Date.parse(iso) / 1000;
}

/** The error `action` rejects with; fails the test when it resolves (uvu 0.5 has no `assert.rejects`). */
export async function rejection(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but it resolved');
}
