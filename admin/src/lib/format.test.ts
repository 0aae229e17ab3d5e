import { describe, expect, it } from 'vitest';
import { date, dateTime, dayEnd, dayjs, dayStart, percent, wan } from './format';

describe('console formats', () => {
  it('shows UTC instants in Shanghai time', () => {
    expect(dateTime('2026-01-31T16:30:00.000Z')).toBe('2026-02-01 00:30');
    expect(date('2026-01-31T16:30:00.000Z')).toBe('2026-02-01');
  });
  it('shows a dash for missing or broken times', () => {
    expect(dateTime(null)).toBe('-');
    expect(dateTime('not a date')).toBe('-');
  });
  it('shows money in 万 and rates in %', () => {
    expect(wan(3_000_000)).toBe('300');
    expect(wan(12_345)).toBe('1.2345');
    expect(percent(405)).toBe('4.05');
  });
  it('turns a picked day into the Shanghai day’s first and last instants', () => {
    const day = dayjs('2026-03-05');
    expect(dayStart(day)).toBe('2026-03-04T16:00:00.000Z');
    expect(dayEnd(day)).toBe('2026-03-05T15:59:59.999Z');
    expect(dayStart(null)).toBeUndefined();
    expect(dayEnd(undefined)).toBeUndefined();
  });
});
