/**
 * 首页 figures are maintained aggregates in `platform_stats` (one row per figure), changed in the
 * same transaction as the event they count, so the home page never counts millions of rows.
 */
import type { Knex } from 'knex';

export const STAT_NAMES = [
  'registered_users',
  'listed_products',
  'credit_count',
  'credit_amount_yuan',
  'financed_count',
  'financed_amount_yuan',
] as const;
export type StatName = (typeof STAT_NAMES)[number];

export async function bumpStat(trx: Knex | Knex.Transaction, name: StatName, delta: number) {
  if (delta === 0) return;
  await trx('platform_stats').where({ name }).increment('value', delta);
}

export async function readStats(db: Knex): Promise<Record<StatName, number>> {
  const rows = await db('platform_stats').select('name', 'value');
  const out = Object.fromEntries(STAT_NAMES.map((n) => [n, 0])) as Record<StatName, number>;
  for (const r of rows as { name: StatName; value: number | string }[]) out[r.name] = Number(r.value);
  return out;
}
