/**
 * The default sandbox (what --demo starts) dates its history from the start of the
 * current UTC hour, not from the millisecond it was created: a demo run twice within
 * the hour shows the same changes at the same times.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditLog } from '../../src/core/types.ts';
import { createSandbox, type SandboxOptions } from '../../src/sandbox/mod.ts';
import { BEARER } from './client.ts';

const HOUR_MS = 3_600_000;

async function newestRecords(options: SandboxOptions): Promise<AuditLog[]> {
  const sandbox = createSandbox({ rateLimit: 0, ...options });
  const url = await sandbox.start();
  try {
    const response = await fetch(`${url}/api/v2/audit_logs?page[size]=100`, { headers: BEARER });
    return ((await response.json()) as { audit_logs: AuditLog[] }).audit_logs;
  } finally {
    await sandbox.close();
  }
}

test('the default account is the one dated from the start of the current UTC hour', async () => {
  // Should the hour turn between the two, try again: the next pair falls within one hour.
  for (let attempt = 0; attempt < 2; attempt++) {
    const hourStart = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    const byDefault = await newestRecords({});
    const anchored = await newestRecords({ now: hourStart });
    if (Math.floor(Date.now() / HOUR_MS) * HOUR_MS !== hourStart) continue;
    assert.ok(byDefault.length > 0);
    assert.equal(byDefault.map((log) => [log.id, log.created_at]), anchored.map((log) => [log.id, log.created_at]));
    for (const log of byDefault) assert.ok(Date.parse(log.created_at) <= hourStart, `${log.created_at} is after the hour began`);
    return;
  }
  assert.unreachable('the hour turned twice');
});

test.run();
