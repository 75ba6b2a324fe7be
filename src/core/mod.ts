/**
 * zendesk-audit's core: what the scripts, the GitHub Action and Deno users import.
 * Web-standard APIs only; runs unbundled under Deno and bundled under Node.
 */
export * from './client.ts';
export * from './client-credentials.ts';
export * from './credentials.ts';
export * from './errors.ts';
export * from './paginate.ts';
export * from './plural.ts';
export * from './parallel.ts';
export * from './query.ts';
export * from './rate-gate.ts';
export * from './read-credentials.ts';
export * from './redact.ts';
export * from './retry.ts';
export * from './slices.ts';
export * from './source-types.ts';
export * from './suggest.ts';
export * from './time.ts';
export * from './time-range.ts';
export * from './zone-clock.ts';
export * from './types.ts';
export * from './users.ts';
export * from './version.ts';
export * from './render/mod.ts';
export * from './review/change.ts';
export * from './review/review.ts';
export * from './review/sensitive.ts';
