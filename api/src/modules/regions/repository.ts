import type { Knex } from 'knex';
import type { Industry, Region } from '@jrpt/contracts';
import type { ListWindow } from '../../http/simple-rest.js';

type Row = { id: number; code: string; name: string };
const toItem = (r: Row) => ({ id: Number(r.id), code: r.code, name: r.name });

export async function listRegions(db: Knex): Promise<Region[]> {
  const rows: Row[] = await db('regions')
    .select('id', 'code', 'name')
    .orderBy([{ column: 'sort' }, { column: 'id' }]);
  return rows.map(toItem);
}

/** The admin's window of regions (simple-rest) and the total. */
export async function listRegionsWindow(
  db: Knex,
  window: ListWindow,
): Promise<{ items: Region[]; total: number }> {
  const rows: Row[] = await db('regions')
    .select('id', 'code', 'name')
    .orderBy(window.orderBy)
    .limit(window.limit)
    .offset(window.offset);
  const count = await db('regions').count<{ n: number | string }[]>({ n: '*' }).first();
  return { items: rows.map(toItem), total: Number(count?.n ?? 0) };
}

export async function listIndustries(db: Knex): Promise<Industry[]> {
  const rows: Row[] = await db('industries')
    .select('id', 'code', 'name')
    .orderBy([{ column: 'sort' }, { column: 'id' }]);
  return rows.map(toItem);
}

/** The regions among `ids` that exist (for validating a form's region choice). */
export async function existingRegionIds(db: Knex, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows: { id: number }[] = await db('regions').whereIn('id', ids).select('id');
  return new Set(rows.map((r) => Number(r.id)));
}

/** Regions of several owners in one query: `institution_regions` or `product_regions`. */
export async function regionsByOwner(
  db: Knex,
  table: 'institution_regions' | 'product_regions',
  ownerColumn: 'institution_id' | 'product_id',
  ownerIds: number[],
): Promise<Map<number, Region[]>> {
  const out = new Map<number, Region[]>();
  if (ownerIds.length === 0) return out;
  const rows: (Row & { owner_id: number })[] = await db(`${table} as x`)
    .join('regions as r', 'r.id', 'x.region_id')
    .whereIn(`x.${ownerColumn}`, ownerIds)
    .select(`x.${ownerColumn} as owner_id`, 'r.id', 'r.code', 'r.name')
    .orderBy([{ column: 'r.sort' }, { column: 'r.id' }]);
  for (const r of rows) {
    const list = out.get(Number(r.owner_id)) ?? [];
    list.push(toItem(r));
    out.set(Number(r.owner_id), list);
  }
  return out;
}
