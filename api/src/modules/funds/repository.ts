import type { Knex } from 'knex';
import type { Fund } from '@jrpt/contracts';
import { orWhereContains, pageWithTotal, toDateOnly } from '../../db/query-helpers.js';

interface FundRow {
  id: number;
  name: string;
  institution_id: number;
  institution_name: string;
  established_on: unknown;
  scale_yuan: number | string | null;
  investment_fields: string | null;
  intro: string | null;
}

const COLUMNS = [
  'f.id',
  'f.name',
  'f.institution_id',
  'i.name as institution_name',
  'f.established_on',
  'f.scale_yuan',
  'f.investment_fields',
  'f.intro',
];

function filtered(db: Knex, keyword?: string) {
  const q = db('funds as f').join('institutions as i', 'i.id', 'f.institution_id');
  if (keyword) {
    q.where((b) => {
      orWhereContains(b, 'f.name', keyword);
      orWhereContains(b, 'f.investment_fields', keyword);
      orWhereContains(b, 'i.name', keyword);
    });
  }
  return q;
}

const toFund = (r: FundRow): Fund => ({
  id: Number(r.id),
  name: r.name,
  institutionId: Number(r.institution_id),
  institutionName: r.institution_name,
  establishedOn: toDateOnly(r.established_on),
  scaleYuan: r.scale_yuan === null ? null : Number(r.scale_yuan),
  investmentFields: r.investment_fields,
  intro: r.intro,
});

export async function listFunds(db: Knex, keyword: string | undefined, page: number, pageSize: number) {
  const { rows, total } = await pageWithTotal<FundRow>(
    () => filtered(db, keyword),
    (q) => q.select(COLUMNS),
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      orderBy: [
        { column: 'f.established_on', order: 'desc' },
        { column: 'f.id', order: 'desc' },
      ],
    },
  );
  return { items: rows.map(toFund), total };
}

export async function findFund(db: Knex, id: number): Promise<Fund | undefined> {
  const row: FundRow | undefined = await filtered(db).where('f.id', id).first(COLUMNS);
  return row && toFund(row);
}
