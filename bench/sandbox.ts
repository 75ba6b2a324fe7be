/**
 * The benchmark's sandbox, in its own process so that it does not share a core with the
 * measured client: `node --import tsx bench/sandbox.ts '<SandboxOptions as JSON>'`, with an
 * IPC channel. Sends `{url}` once listening; answers `'stats'` with the request counts and exits.
 */
import process from 'node:process';
import { createSandbox } from '../src/sandbox/mod.ts';

const sandbox = createSandbox(JSON.parse(process.argv[2] ?? '{}'));
const url = await sandbox.start();
process.send?.({ url });
process.on('message', async (message) => {
  if (message !== 'stats') return;
  const { requests, byStatus } = sandbox.stats;
  process.send?.({ stats: { requests, byStatus } }, () => {
    void sandbox.close().then(() => process.exit(0));
  });
});
