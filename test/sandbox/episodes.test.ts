import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sensitivity } from '../../src/core/review/sensitive.ts';
import { reviewChanges } from '../../src/core/review/review.ts';
import { createSandbox } from '../../src/sandbox/mod.ts';
import { ids, NOW } from './client.ts';

const HOUR = 3_600_000;

test('episodes are off unless asked for: the generated history is unchanged', () => {
  const plain = createSandbox({ now: NOW, records: 400 }).auditLogs();
  assert.is(plain.length, 400);
  const withEpisodes = createSandbox({ now: NOW, records: 400, episodes: true }).auditLogs();
  assert.equal(ids(withEpisodes.slice(0, 400)), ids(plain));
  assert.ok(withEpisodes.length > 400);
});

for (const seed of [1, 2, 3, 17]) {
  test(`seed ${seed}: the episodes hold sensitive, reverted and repeated changes within the last 26 hours`, () => {
    const sandbox = createSandbox({ now: NOW, seed, episodes: true });
    const records = sandbox.auditLogs();
    const episodes = records.slice(400);
    assert.ok(episodes.length >= 10, `${episodes.length} episode records`);
    for (const record of episodes) {
      assert.ok(Date.parse(record.created_at) > NOW - 26 * HOUR && Date.parse(record.created_at) < NOW, record.created_at);
      assert.is(record.source_type, 'account_setting');
      assert.ok(sandbox.users().some((user) => user.id === record.actor_id && user.role === 'admin'));
    }
    const review = reviewChanges(episodes, sensitivity());
    const labels = (list: { record: { source_label: string } }[]) => list.map((change) => change.record.source_label);
    assert.ok(labels(review.sensitive).includes('Security: Require two-factor authentication for team members'));
    assert.ok(review.sensitive.some((change) => change.record.source_label === 'Security: Password policy' && change.change_to === 'Low'));
    assert.ok(
      review.sensitive.some((change) => change.record.source_label === 'Security: Allowed IP ranges' && change.change_to === 'None'),
    );
    const twoFactor = review.repeated.find((effect) => effect.label === 'Security: Require two-factor authentication for team members')!;
    assert.is(twoFactor.reverts.at(-1)!.change.change_to, 'off');
    assert.ok(twoFactor.reverts.at(-1)!.stoodMs < HOUR);
    assert.ok(review.repeated.some((effect) => !effect.sensitive && effect.reverts.length > 0), 'an ordinary quick revert too');
    assert.ok(review.repeated.some((effect) => effect.label === 'Security: Session expiration' && effect.reverts.length === 0));
  });
}

test('episode values chain from the generated history: each change starts where the last one ended', () => {
  const records = createSandbox({ now: NOW, seed: 5, episodes: true, mix: { account_setting: 1 } }).auditLogs();
  const last = new Map<string, string>();
  for (const record of records) {
    const match = /^Changed from (.+) to (.+)$/.exec(record.change_description);
    const [from, to] = match ? [match[1]!, match[2]!] : record.change_description === 'Turned on' ? ['off', 'on'] : ['on', 'off'];
    const before = last.get(record.source_label);
    if (before !== undefined) assert.is(from, before, `${record.source_label} at ${record.created_at}`);
    last.set(record.source_label, to);
  }
});

test.run();
