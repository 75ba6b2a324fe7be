/**
 * The sandbox account: a local fake of the parts of the Zendesk API this project uses, with generated, seeded data;
 * the demo's embedded default, the tests' server and the benchmarks' target.
 * @example
 * ```ts
 * const sandbox = createSandbox({ records: 5000, rateLimit: 0 });
 * const url = await sandbox.start();
 * // ... point a client at `url` with DEMO_CREDENTIALS ...
 * await sandbox.close();
 * ```
 */
export { createSandbox, type Sandbox } from './server.ts';
export { type ChaosOptions, DEMO_CREDENTIALS, type Fault, FAULT_KINDS, type FaultKind, type SandboxOptions } from './options.ts';
export { DEMO_OAUTH_CLIENT } from './oauth.ts';
export { DEFAULT_MIX, SOURCE_TYPES } from './generate.ts';
