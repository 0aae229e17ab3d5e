/**
 * The response clock: an institution must accept or decline within N working days (config
 * RESPONSE_WORKING_DAYS). Working days are Beijing calendar days, Monday to Friday, minus the public
 * holidays and plus the make-up workdays of the `holidays` table.
 */
import type { Knex } from 'knex';

const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * 3_600_000;

export type Calendar = ReadonlyMap<string, 'holiday' | 'workday'>;

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET).toISOString().slice(0, 10);
}

/** The instant a Beijing calendar day starts (00:00 Beijing). */
export function beijingMidnight(date: string): Date {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - BEIJING_OFFSET);
}

/** A Beijing calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: Calendar): boolean {
  const kind = calendar.get(date);
  if (kind === 'workday') return true;
  if (kind === 'holiday') return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The end (24:00 Beijing) of the `n`th working day after the day of `start`: submitted on Monday with
 * n = 3, due by the end of Thursday; submitted on Saturday, by the end of Wednesday.
 */
export function workingDaysFrom(start: Date, n: number, calendar: Calendar): Date {
  let date = beijingDate(start);
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return beijingMidnight(addDays(date, 1));
}

/** The holidays and make-up workdays from the Beijing day of `from` on, for `days` days. */
export async function loadCalendar(db: Knex | Knex.Transaction, from: Date, days: number): Promise<Calendar> {
  const first = beijingDate(from);
  const rows: { date: string; kind: 'holiday' | 'workday' }[] = await db('holidays')
    .whereBetween('date', [first, addDays(first, days)])
    .select('date', 'kind');
  return new Map(rows.map((r) => [r.date, r.kind]));
}

/** When something addressed to an institution now must be answered by. */
export async function respondBy(db: Knex | Knex.Transaction, now: Date, workingDays: number): Promise<Date> {
  // Generous: the longest Chinese holiday (9 days) plus weekends cannot push n working days past 3n + 30.
  const calendar = await loadCalendar(db, now, workingDays * 3 + 30);
  return workingDaysFrom(now, workingDays, calendar);
}
