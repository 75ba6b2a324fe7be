import { Temporal } from 'temporal-polyfill';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../../src/core/errors.ts';
import { parseWorkingHours } from '../../../src/core/review/working-hours.ts';

const at = (iso: string) => Date.parse(iso);

test('Mon-Fri 08:00-18:00 Europe/Berlin: in and out by local day and time, the end excluded', () => {
  const hours = parseWorkingHours('Mon-Fri 08:00-18:00 Europe/Berlin');
  assert.is(hours.zone, 'Europe/Berlin');
  assert.ok(hours.contains(at('2024-06-03T06:00:00Z')), 'Monday 08:00 CEST');
  assert.not.ok(hours.contains(at('2024-06-03T05:59:59Z')), 'Monday 07:59 CEST');
  assert.not.ok(hours.contains(at('2024-06-03T16:00:00Z')), 'Monday 18:00 CEST');
  assert.not.ok(hours.contains(at('2024-06-01T10:00:00Z')), 'Saturday');
  assert.ok(hours.contains(at('2024-12-02T07:00:00Z')), 'Monday 08:00 CET, an hour later in UTC');
  assert.is(hours.localText(at('2024-06-02T01:12:00Z')), 'Sun 03:12 Europe/Berlin');
});

test('DST-correct on the day clocks go forward (2024-03-31 in Berlin: 02:00 CET became 03:00 CEST)', () => {
  const hours = parseWorkingHours('Mon-Sun 08:00-18:00 Europe/Berlin');
  // Before the change the offset is +01:00, after it +02:00: the same UTC hour reads differently.
  assert.ok(hours.contains(at('2024-03-31T06:30:00Z')), '08:30 CEST, though it would be 07:30 in CET');
  assert.not.ok(hours.contains(at('2024-03-31T16:30:00Z')), '18:30 CEST, though it would be 17:30 in CET');
  assert.not.ok(hours.contains(at('2024-03-30T06:30:00Z')), 'the day before: 07:30 CET');
  for (
    const iso of ['2024-03-31T00:59:59Z', '2024-03-31T01:00:00Z', '2024-03-31T06:30:00Z', '2024-10-27T00:30:00Z', '2024-10-27T01:30:00Z']
  ) {
    const zoned = Temporal.Instant.from(iso).toZonedDateTimeISO('Europe/Berlin');
    const expected = `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][zoned.dayOfWeek - 1]} ${
      zoned.toPlainTime().toString().slice(0, 5)
    }`;
    assert.is(hours.localText(at(iso)), `${expected} Europe/Berlin`, iso);
  }
});

test('DST-correct in a southern zone and a zone with a 45-minute offset', () => {
  const sydney = parseWorkingHours('Mon-Fri 09:00-17:00 Australia/Sydney');
  // 2024-10-07 (Monday) is AEDT, +11:00: 22:00 UTC on Sunday is 09:00 Monday.
  assert.ok(sydney.contains(at('2024-10-06T22:00:00Z')));
  assert.not.ok(sydney.contains(at('2024-10-06T21:59:00Z')));
  const kathmandu = parseWorkingHours('Mon-Fri 09:00-17:00 Asia/Kathmandu');
  assert.ok(kathmandu.contains(at('2024-06-03T03:15:00Z')), '09:00 at +05:45');
  assert.not.ok(kathmandu.contains(at('2024-06-03T03:14:00Z')));
});

test('day lists, ranges across the weekend, overnight hours and a default zone', () => {
  const shifts = parseWorkingHours('Mon,Wed,Fri 22:00-06:00', 'UTC');
  assert.ok(shifts.contains(at('2024-06-07T23:00:00Z')), 'Friday 23:00');
  assert.ok(shifts.contains(at('2024-06-08T05:00:00Z')), 'Saturday 05:00, the Friday shift');
  assert.not.ok(shifts.contains(at('2024-06-04T23:00:00Z')), 'Tuesday 23:00');
  assert.not.ok(shifts.contains(at('2024-06-03T03:00:00Z')), 'Monday 03:00 belongs to Sunday');
  const weekend = parseWorkingHours('fri-mon 00:00-24:00 UTC');
  assert.equal([...weekend.days].sort(), [0, 4, 5, 6]);
  assert.ok(weekend.contains(at('2024-06-09T23:59:59Z')));
  assert.not.ok(weekend.contains(at('2024-06-05T12:00:00Z')));
});

test('bad working hours are refused with what to write', () => {
  const cases: [string, RegExp][] = [
    ['weekdays', /write days, hours and a zone, e.g. 'Mon-Fri 08:00-18:00 Europe\/Berlin'/],
    ['Mon-Fry 08:00-18:00 UTC', /"Fry" is not a day/],
    ['Mon-Fri 8-18 UTC', /"8-18" is not a range of hours: write e.g. 08:00-18:00/],
    ['Mon-Fri 08:00-25:00 UTC', /25:00 is not a time of day/],
    ['Mon-Fri 08:00-08:00 UTC', /start and end at the same time/],
    ['Mon-Fri 08:00-18:00 Mars/Olympus', /unknown time zone "Mars\/Olympus"/],
    ['Mon-Fri 08:00-18:00', /add a time zone/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseWorkingHours(text), (error: Error) => error instanceof InputError && message.test(error.message), text);
  }
});

test.run();
