import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILT_IN_RULES } from '../../src/core/review/built-in-rules.ts';
import { detectAll } from '../../src/core/review/detector.ts';
import { parseChange } from '../../src/core/review/change.ts';
import { reviewChanges } from '../../src/core/review/review.ts';
import { SignInBaseline } from '../../src/core/review/sign-in-baseline.ts';
import { parseWorkingHours } from '../../src/core/review/working-hours.ts';
import type { AuditLog } from '../../src/core/types.ts';
import { createSandbox } from '../../src/sandbox/mod.ts';
import { ids, NOW } from './client.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The records `episodes: true` adds to the generated ones. */
function episodesOf(seed: number): { records: AuditLog[]; episodes: AuditLog[] } {
  const generated = new Set(ids(createSandbox({ now: NOW, seed }).auditLogs()));
  const records = createSandbox({ now: NOW, seed, episodes: true }).auditLogs();
  return { records, episodes: records.filter((record) => !generated.has(record.id)) };
}

test('episodes are off unless asked for: the generated history is unchanged', () => {
  const plain = createSandbox({ now: NOW, records: 400 }).auditLogs();
  assert.is(plain.length, 400);
  const withEpisodes = createSandbox({ now: NOW, records: 400, episodes: true }).auditLogs();
  const generated = new Set(ids(plain));
  assert.equal(ids(withEpisodes.filter((record) => generated.has(record.id))), ids(plain));
  assert.ok(withEpisodes.length > 400);
});

for (const seed of [1, 2, 3, 17]) {
  test(`seed ${seed}: the settings story holds sensitive, reverted and repeated changes within the last 26 hours`, () => {
    const sandbox = createSandbox({ now: NOW, seed, episodes: true });
    const episodes = episodesOf(seed).episodes.filter((record) => Date.parse(record.created_at) > NOW - 26 * HOUR);
    assert.ok(episodes.length >= 10, `${episodes.length} episode records`);
    for (const record of episodes) {
      assert.ok(Date.parse(record.created_at) > NOW - 26 * HOUR && Date.parse(record.created_at) < NOW, record.created_at);
      assert.is(record.source_type, 'account_setting');
      assert.ok(sandbox.users().some((user) => user.id === record.actor_id && user.role === 'admin'));
    }
    const review = reviewChanges(detectAll(episodes));
    const labels = (list: { record: { source_label: string } }[]) => list.map((change) => change.record.source_label);
    assert.ok(labels(review.sensitive).includes('Security: Require two-factor authentication for team members'));
    assert.ok(review.sensitive.some((change) => change.record.source_label === 'Security: Password policy' && change.change_to === 'Low'));
    assert.ok(
      review.sensitive.some((change) => change.record.source_label === 'Security: Allowed IP ranges' && change.change_to === 'None'),
    );
    const twoFactor = review.repeated.find((effect) => effect.label === 'Security: Require two-factor authentication for team members')!;
    assert.is(twoFactor.reverts.at(-1)!.change.change_to, 'off');
    assert.ok(twoFactor.reverts.at(-1)!.stoodMs < HOUR);
    assert.ok(
      review.repeated.some((effect) =>
        effect.reverts.length > 0 &&
        effect.changes.every((change) => change.detections.every((detection) => detection.rule === 'zendesk.change-reverted'))
      ),
      'an ordinary setting reverted too: a revert alone makes it sensitive',
    );
    assert.ok(review.repeated.some((effect) => effect.label === 'Security: Session expiration' && effect.reverts.length === 0));
  });

  test(`seed ${seed}: the episodes hold a record for each built-in detection rule within the last 30 days`, () => {
    const { records, episodes } = episodesOf(seed);
    const month = records.filter((record) => Date.parse(record.created_at) >= NOW - 30 * DAY);
    const options = { baseline: SignInBaseline.of(month), workingHours: parseWorkingHours('Mon-Fri 08:00-18:00 UTC') };
    const episodeIds = new Set(ids(episodes));
    const found = new Set(
      detectAll(month, options).filter((detected) => episodeIds.has(detected.record.id)).flatMap((detected) =>
        detected.detections.map((detection) => detection.rule)
      ),
    );
    assert.equal(BUILT_IN_RULES.map((rule) => rule.id).filter((id) => !found.has(id)), []);
    assert.ok(episodes.every((record) => Date.parse(record.created_at) >= NOW - 30 * DAY && Date.parse(record.created_at) < NOW));
  });
}

test('episode values chain from the generated history: each change starts where the last one ended', () => {
  const records = createSandbox({ now: NOW, seed: 5, episodes: true, mix: { account_setting: 1 } }).auditLogs();
  const last = new Map<string, string>();
  for (const record of records.filter((one) => one.source_type === 'account_setting')) {
    const { change_from: from, change_to: to } = parseChange(record.change_description);
    if (from === null || to === null) continue;
    const before = last.get(record.source_label);
    if (before !== undefined) assert.is(from, before, `${record.source_label} at ${record.created_at}`);
    last.set(record.source_label, to);
  }
});

test.run();
