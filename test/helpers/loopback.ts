/**
 * A small HTTP server on loopback that answers as a test scripts it: a misbehaving
 * server or proxy in front of Zendesk (echoing what it was sent, gzip bombs, endless
 * bodies, ids JSON cannot hold), where the sandbox models Zendesk as it should behave.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server read it, body included. */
export interface Received {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;

export interface Loopback {
  url: string;
  /** Requests received so far. */
  requests: Received[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 that hands each request, read whole, to `handler`. */
export async function startLoopback(handler: Handler): Promise<Loopback> {
  const requests: Received[] = [];
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const received = {
      method: request.method ?? 'GET',
      url: new URL(request.url ?? '/', 'http://loopback'),
      headers: request.headers,
      body,
    };
    requests.push(received);
    // A client that hangs up early (it refused a body) is no failure of the server's.
    response.on('error', () => {});
    try {
      await handler(received, response);
    } catch {
      response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Writes `body` as JSON (or as it is, when a string) with `status`. */
export function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
  response.end(text);
}
