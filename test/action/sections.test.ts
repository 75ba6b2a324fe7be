import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { attentionSection, reviewSections, worstPlacement } from '../../src/action/sections.ts';
import { reviewChanges } from '../../src/core/review/review.ts';
import { detected, everything, INCIDENT, record, UTC } from '../core/render/fixtures.ts';

const review = reviewChanges(detected(INCIDENT));

test('Needs attention names the part that holds a row in another body instead of its id', () => {
  const text = attentionSection(review, UTC, (id) => (id < 4 ? 1 : 2));
  assert.match(text, '· audit log 3\n');
  assert.match(text, 'Custom → Low · row in part 2\n');
  assert.not.match(text, 'audit log 5');
  assert.ok(attentionSection(review, UTC, worstPlacement()).length >= text.length);
});

test('the sections stay within 40% of the body limit however long the texts are', () => {
  const long = '@<&|'.repeat(2000);
  const records = Array.from(
    { length: 400 },
    (_, index) =>
      record({
        id: index + 1,
        source_id: index % 7,
        actor_name: `${long}${index}`,
        source_label: `${long}${index % 60}`,
        change_description: `Changed from ${long} to ${index}`,
      }),
  );
  const many = reviewChanges(everything(records));
  for (const limit of [65_536, 20_000]) {
    const text = reviewSections(many, UTC, worstPlacement(), limit);
    assert.ok(text.length < limit * 0.4 + 1_000, `${text.length} of ${limit}`);
    assert.match(text, 'more sensitive changes, marked ⚠ in the table');
  }
});

test.run();
