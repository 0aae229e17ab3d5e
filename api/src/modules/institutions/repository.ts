import type { Knex } from 'knex';
import type { AdminInstitution, Institution, InstitutionInput, InstitutionType } from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';
import { orWhereContains, pageWithTotal } from '../../db/query-helpers.js';
import type { ListWindow } from '../../http/simple-rest.js';
import { regionsByOwner } from '../regions/repository.js';

interface InstitutionRow {
  id: number;
  name: string;
  short_name: string | null;
  type: InstitutionType;
  intro: string | null;
  address: string | null;
  contact_phone: string | null;
  website: string | null;
  logo_url: string | null;
  version: number;
  created_at: unknown;
  updated_at: unknown;
}

const COLUMNS = [
  'i.id',
  'i.name',
  'i.short_name',
  'i.type',
  'i.intro',
  'i.address',
  'i.contact_phone',
  'i.website',
  'i.logo_url',
  'i.version',
  'i.created_at',
  'i.updated_at',
];

export interface InstitutionFilter {
  ids?: number[];
  types?: InstitutionType[];
  regionId?: number;
  name?: string;
  /** Institution staff: only this one. */
  onlyId?: number | null;
}

function filtered(db: Knex, f: InstitutionFilter) {
  const q = db('institutions as i');
  if (f.onlyId != null) q.where('i.id', f.onlyId);
  if (f.ids?.length) q.whereIn('i.id', f.ids);
  if (f.types?.length) q.whereIn('i.type', f.types);
  if (f.regionId !== undefined) {
    q.whereExists(
      db('institution_regions as ir')
        .select(db.raw('1'))
        .whereRaw('ir.institution_id = i.id')
        .where('ir.region_id', f.regionId),
    );
  }
  if (f.name) {
    const name = f.name;
    q.where((b) => {
      orWhereContains(b, 'i.name', name);
      orWhereContains(b, 'i.short_name', name);
    });
  }
  return q;
}

export async function listInstitutions(
  db: Knex,
  f: InstitutionFilter,
  window: ListWindow,
): Promise<{ rows: InstitutionRow[]; total: number }> {
  return pageWithTotal<InstitutionRow>(
    () => filtered(db, f),
    (q) => q.select(COLUMNS),
    window,
  );
}

export async function findInstitutionRow(db: Knex, id: number): Promise<InstitutionRow | undefined> {
  return db('institutions as i').where('i.id', id).first(COLUMNS);
}

/** The rows with their service regions and listed-product counts, in two batched queries. */
export async function toInstitutions(db: Knex, rows: InstitutionRow[]): Promise<AdminInstitution[]> {
  const ids = rows.map((r) => Number(r.id));
  const [regions, counts] = await Promise.all([
    regionsByOwner(db, 'institution_regions', 'institution_id', ids),
    ids.length === 0
      ? Promise.resolve([] as { institution_id: number; n: number | string }[])
      : db('products')
          .whereIn('institution_id', ids)
          .where('status', 'listed')
          .groupBy('institution_id')
          .select('institution_id', db.raw('count(*) as n')),
  ]);
  const countOf = new Map(
    counts.map((c: { institution_id: number; n: number | string }) => [
      Number(c.institution_id),
      Number(c.n),
    ]),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    shortName: r.short_name,
    type: r.type,
    logoUrl: r.logo_url,
    intro: r.intro,
    address: r.address,
    contactPhone: r.contact_phone,
    website: r.website,
    regions: regions.get(Number(r.id)) ?? [],
    productCount: countOf.get(Number(r.id)) ?? 0,
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
    version: Number(r.version),
  }));
}

export const toPublicInstitution = ({ updatedAt: _u, version: _v, ...rest }: AdminInstitution): Institution =>
  rest;

export async function institutionNameTaken(db: Knex, name: string, exceptId?: number): Promise<boolean> {
  const q = db('institutions').where('name', name);
  if (exceptId !== undefined) q.whereNot('id', exceptId);
  return Boolean(await q.first('id'));
}

const columnsOf = (input: InstitutionInput) => ({
  name: input.name,
  short_name: input.shortName ?? null,
  type: input.type,
  intro: input.intro ?? null,
  address: input.address ?? null,
  contact_phone: input.contactPhone ?? null,
  website: input.website ?? null,
});

export async function insertInstitution(
  trx: Knex.Transaction,
  input: InstitutionInput,
  now: Date,
): Promise<number> {
  const [id] = await trx('institutions').insert({
    ...columnsOf(input),
    logo_url: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await replaceInstitutionRegions(trx, Number(id), input.regionIds);
  return Number(id);
}

/** Updates only when `version` still matches (if given); returns the number of rows changed. */
export async function updateInstitutionRow(
  trx: Knex.Transaction,
  id: number,
  input: InstitutionInput,
  version: number | undefined,
  now: Date,
): Promise<number> {
  const q = trx('institutions').where('id', id);
  if (version !== undefined) q.where('version', version);
  return q.update({ ...columnsOf(input), version: trx.raw('version + 1'), updated_at: now });
}

export async function replaceInstitutionRegions(trx: Knex.Transaction, id: number, regionIds: number[]) {
  await trx('institution_regions').where('institution_id', id).delete();
  const unique = [...new Set(regionIds)];
  if (unique.length)
    await trx('institution_regions').insert(unique.map((region_id) => ({ institution_id: id, region_id })));
}
