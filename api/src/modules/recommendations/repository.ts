/** Candidates for demand matching: the listed products that can fit, fetched in one query (tags of the chosen ones after). */
import type { Knex } from 'knex';
import {
  LOAN_METHODS,
  percentToBp,
  wanToYuan,
  type FinancingDemandInput,
  type InstitutionType,
  type LoanMethod,
  type ProductCategory,
  type ProductRecommendation,
  type ProductSummary,
} from '@jrpt/contracts';
import { isMysql, toIsoOrNull } from '../../db/knex.js';
import { fieldError } from '../../http/errors.js';
import { productChildren } from '../products/repository.js';
import { CATEGORIES_FOR, rankProducts, type MatchCandidate, type MatchDemand } from './matching.js';

/** A listed product as matching needs it, with what the portal shows of it. */
export interface CandidateProduct extends MatchCandidate {
  summary: ProductSummary;
}

interface CandidateRow {
  id: number;
  institution_id: number;
  institution_name: string;
  institution_type: InstitutionType;
  name: string;
  category: ProductCategory;
  min_rate_bp: number;
  max_amount_yuan: number | string;
  max_term_months: number;
  features: string | null;
  first_loan: number | boolean;
  listed_at: unknown;
  method_list: string | null;
  region_list: string | null;
}

// A separator no tag contains (the unit separator, U+001F), written so both databases read it.
const SEP = '\u001f';

/** `group_concat` of one child column, in the product's order, as one correlated sub-query. */
function childList(db: Knex, table: string, column: string, alias: string) {
  const agg = isMysql(db)
    ? `group_concat(c.${column} order by c.${column} separator X'1F')`
    : // SQLite has no ORDER BY inside group_concat; the callers sort the split list.
      `group_concat(c.${column}, char(31))`;
  return db.raw(`(select ${agg} from ${table} c where c.product_id = p.id) as ${alias}`);
}

const split = (list: string | null) => (list ? list.split(SEP) : []);

/**
 * Listed products that lend at least the amount, for at least the term, to this kind of borrower, in
 * the borrower's region (a product without regions serves the whole city). Matching ranks them.
 */
export async function findCandidates(
  db: Knex,
  demand: Pick<MatchDemand, 'amountYuan' | 'termMonths' | 'borrowerType' | 'regionId'>,
  excludeProductIds: readonly number[] = [],
): Promise<CandidateProduct[]> {
  const q = db('products as p')
    .join('institutions as i', 'i.id', 'p.institution_id')
    .where('p.status', 'listed')
    .where('p.max_amount_yuan', '>=', demand.amountYuan)
    .where('p.max_term_months', '>=', demand.termMonths)
    .whereIn('p.category', [...CATEGORIES_FOR[demand.borrowerType]])
    .where((b) =>
      b
        .whereExists(
          db('product_regions as r')
            .select(db.raw('1'))
            .whereRaw('r.product_id = p.id')
            .where('r.region_id', demand.regionId),
        )
        .orWhereNotExists(db('product_regions as r2').select(db.raw('1')).whereRaw('r2.product_id = p.id')),
    )
    .select(
      'p.id',
      'p.institution_id',
      'i.name as institution_name',
      'i.type as institution_type',
      'p.name',
      'p.category',
      'p.min_rate_bp',
      'p.max_amount_yuan',
      'p.max_term_months',
      'p.features',
      'p.first_loan',
      'p.listed_at',
      childList(db, 'product_methods', 'method', 'method_list'),
      childList(db, 'product_regions', 'region_id', 'region_list'),
    );
  if (excludeProductIds.length) q.whereNotIn('p.id', [...excludeProductIds]);
  const rows = (await q) as CandidateRow[];
  return rows.map((r) => {
    const methods = split(r.method_list) as LoanMethod[];
    const summary: ProductSummary = {
      id: Number(r.id),
      name: r.name,
      institutionId: Number(r.institution_id),
      institutionName: r.institution_name,
      institutionType: r.institution_type,
      category: r.category,
      minRateBp: Number(r.min_rate_bp),
      maxAmountYuan: Number(r.max_amount_yuan),
      maxTermMonths: Number(r.max_term_months),
      methods: sortMethods(methods),
      // Tags matter only for display: recommendProducts fills them in for the products it keeps.
      tags: [],
      features: r.features,
      status: 'listed',
      firstLoan: Boolean(r.first_loan),
      listedAt: toIsoOrNull(r.listed_at),
    };
    return {
      id: summary.id,
      institutionId: summary.institutionId,
      institutionName: summary.institutionName,
      category: summary.category,
      minRateBp: summary.minRateBp,
      maxAmountYuan: summary.maxAmountYuan,
      maxTermMonths: summary.maxTermMonths,
      methods: summary.methods,
      firstLoan: summary.firstLoan,
      regionIds: split(r.region_list).map(Number),
      summary,
    };
  });
}

const sortMethods = (list: LoanMethod[]) =>
  [...list].sort((a, b) => LOAN_METHODS.indexOf(a) - LOAN_METHODS.indexOf(b));

/** The demand form as matching reads it; unknown regions or institutions are a 400 naming the field. */
export async function matchDemandOf(
  db: Knex,
  input: Pick<
    FinancingDemandInput,
    'amountWan' | 'termMonths' | 'method' | 'rateMaxPercent' | 'institutionIds' | 'regionId' | 'firstLoan'
  >,
  borrowerType: 'personal' | 'enterprise',
): Promise<MatchDemand> {
  const region = (await db('regions').where('id', input.regionId).first('name')) as
    { name: string } | undefined;
  if (!region) throw fieldError('regionId', '所属区域不存在');
  if (input.institutionIds.length) {
    const found = await db('institutions')
      .whereIn('id', input.institutionIds)
      .count<{ n: number | string }[]>({
        n: '*',
      });
    if (Number(found[0]?.n ?? 0) !== new Set(input.institutionIds).size)
      throw fieldError('institutionIds', '期望机构不存在');
  }
  return {
    borrowerType,
    amountYuan: wanToYuan(input.amountWan),
    termMonths: input.termMonths,
    method: input.method,
    rateMaxBp: percentToBp(input.rateMaxPercent),
    institutionIds: input.institutionIds,
    regionId: input.regionId,
    regionName: region.name,
    firstLoan: input.firstLoan,
  };
}

/** The listed products that fit a demand, best first, each with its score and reasons. */
export async function recommendProducts(
  db: Knex,
  demand: MatchDemand,
  opts: { limit?: number; excludeProductIds?: readonly number[] } = {},
): Promise<ProductRecommendation[]> {
  const candidates = await findCandidates(db, demand, opts.excludeProductIds);
  const ranked = rankProducts(demand, candidates, opts.limit ?? 10);
  const children = await productChildren(
    db,
    ranked.map((r) => r.product.id),
  );
  return ranked.map((r) => ({
    product: { ...r.product.summary, tags: children.get(r.product.id)?.tags ?? [] },
    score: r.score,
    reasons: r.reasons,
    mismatches: r.mismatches,
  }));
}
