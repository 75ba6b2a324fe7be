/**
 * zendesk-audit's core: what the scripts, the GitHub Action and Deno users import.
 * Web-standard APIs only; runs unbundled under Deno and bundled under Node.
 */
export * from './fetch/client.ts';
export * from './auth/client-credentials.ts';
export * from './auth/credentials.ts';
export * from './errors.ts';
export * from './fetch/paginate.ts';
export * from './plural.ts';
export * from './fetch/parallel.ts';
export * from './fetch/query.ts';
export * from './fetch/rate-gate.ts';
export * from './auth/read-credentials.ts';
export * from './auth/redact.ts';
export * from './fetch/retry.ts';
export * from './fetch/slices.ts';
export * from './fetch/source-types.ts';
export * from './suggest.ts';
export * from './time/time.ts';
export * from './time/time-range.ts';
export * from './time/zone-clock.ts';
export * from './types.ts';
export * from './fetch/users.ts';
export * from './version.ts';
export * from './render/mod.ts';
export * from './review/change.ts';
export * from './review/review.ts';
export * from './review/sensitive.ts';
export * from './review/rule.ts';
export * from './review/built-in-rules.ts';
export * from './review/match.ts';
export * from './review/detector.ts';
export * from './review/rules-file.ts';
export * from './review/working-hours.ts';
export * from './review/sign-in-baseline.ts';
export * from './export/scope.ts';
export * from './export/checkpoint.ts';
export * from './export/incremental.ts';
