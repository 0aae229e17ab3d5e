import { describe, expect, it } from 'vitest';
import { beijingDate, workingDaysFrom, type Calendar } from './clock.js';

const none: Calendar = new Map();
/** 2026: 国庆 10-01..10-07 off, 10-10 (Saturday) worked; 09-20 (Sunday) worked. */
const national: Calendar = new Map([
  ...Array.from({ length: 7 }, (_, i) => [`2026-10-0${i + 1}`, 'holiday'] as const),
  ['2026-10-10', 'workday'],
  ['2026-09-20', 'workday'],
]);

const at = (iso: string) => new Date(iso);

describe('workingDaysFrom', () => {
  it.each([
    // [submitted (Beijing), n, due (end of that Beijing day, as the next day's 00:00 +08:00)]
    ['2026-12-07T10:00:00+08:00', 3, '2026-12-11T00:00:00+08:00', 'Monday → end of Thursday'],
    ['2026-12-10T23:30:00+08:00', 3, '2026-12-16T00:00:00+08:00', 'Thursday late → end of Tuesday'],
    ['2026-12-12T09:00:00+08:00', 3, '2026-12-17T00:00:00+08:00', 'Saturday → end of Wednesday'],
    ['2026-12-11T18:00:00+08:00', 1, '2026-12-15T00:00:00+08:00', 'Friday, 1 day → end of Monday'],
    // A UTC instant late on Sunday is already Monday in Beijing.
    ['2026-12-06T17:00:00Z', 1, '2026-12-09T00:00:00+08:00', 'Monday 01:00 Beijing → end of Tuesday'],
  ])('%s + %i working days → %s (%s)', (start, n, due) => {
    expect(workingDaysFrom(at(start), n, none).toISOString()).toBe(at(due).toISOString());
  });

  it('skips public holidays and counts make-up workdays', () => {
    // Wednesday 09-30, then 10-01..07 off, 10-08 (Thu) 1, 10-09 (Fri) 2, 10-10 (Sat, worked) 3.
    expect(workingDaysFrom(at('2026-09-30T10:00:00+08:00'), 3, national).toISOString()).toBe(
      at('2026-10-11T00:00:00+08:00').toISOString(),
    );
    // Saturday 09-19: 09-20 (Sunday, worked) counts.
    expect(workingDaysFrom(at('2026-09-19T10:00:00+08:00'), 1, national).toISOString()).toBe(
      at('2026-09-21T00:00:00+08:00').toISOString(),
    );
  });

  it('reads dates on the Beijing calendar', () => {
    expect(beijingDate(at('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(beijingDate(at('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });
});
