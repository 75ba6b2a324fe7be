/**
 * The least server there is, for the bench's calibration: `node --import tsx
 * bench/loopback-server.ts LATENCY_MS BYTES`, with an IPC channel. Answers every request
 * with BYTES of JSON after exactly LATENCY_MS (the sandbox's own precise delay) and does
 * nothing else, so a bare `fetch` loop against it measures what one request costs on this
 * machine's loopback, whatever the client. Sends `{url}` once listening; exits on `'stop'`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import process from 'node:process';
import { preciseDelay } from '../src/sandbox/delay.ts';

const latencyMs = Number(process.argv[2] ?? 0);
const bytes = Number(process.argv[3] ?? 2);
const body = Buffer.from(JSON.stringify({ padding: 'x'.repeat(Math.max(0, bytes - 15)) }));
const server = createServer((_request, response) => {
  preciseDelay(latencyMs, () => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on('message', (message) => {
  if (message === 'stop') process.exit(0);
});
