/** Small SQL helpers that behave the same on MySQL/MariaDB and SQLite. */
import type { Knex } from 'knex';

/** `%text%` with LIKE's wildcards escaped by `!` (MySQL and SQLite disagree on a default escape character). */
export const containsPattern = (text: string) => `%${text.replace(/[!%_]/g, '!$&')}%`;

/** Adds `column LIKE '%text%'`, case-insensitive on both databases (utf8mb4_unicode_ci; SQLite's ASCII folding). */
export function whereContains(qb: Knex.QueryBuilder, column: string, text: string) {
  return qb.whereRaw(`?? like ? escape '!'`, [column, containsPattern(text)]);
}

export function orWhereContains(qb: Knex.QueryBuilder, column: string, text: string) {
  return qb.orWhereRaw(`?? like ? escape '!'`, [column, containsPattern(text)]);
}

/** A DATE column read back: MySQL gives a Date at UTC midnight (timezone 'Z'), SQLite the stored text. */
export function toDateOnly(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/**
 * One page of a filtered list and its total, as two indexed queries run side by side. (A window
 * `count(*) over ()` would make the database materialise and sort every matching row.)
 */
export async function pageWithTotal<T>(
  filtered: () => Knex.QueryBuilder,
  page: (qb: Knex.QueryBuilder) => Knex.QueryBuilder,
  window: { offset: number; limit: number; orderBy: { column: string; order: 'asc' | 'desc' }[] },
  counted: () => Knex.QueryBuilder = filtered,
): Promise<{ rows: T[]; total: number }> {
  const [rows, count] = await Promise.all([
    page(filtered()).orderBy(window.orderBy).limit(window.limit).offset(window.offset) as Promise<T[]>,
    counted().count<{ n: number | string }[]>({ n: '*' }).first(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
