import type { Knex } from 'knex';
import {
  LOAN_METHODS,
  percentToBp,
  wanToYuan,
  type InstitutionType,
  type LoanMethod,
  type MarketQuery,
  type MarketSort,
  type ProductCategory,
  type ProductDetail,
  type ProductInput,
  type ProductStatus,
  type ProductSummary,
  type Region,
} from '@jrpt/contracts';
import { isMysql, toIsoOrNull } from '../../db/knex.js';
import { pageWithTotal, whereContains } from '../../db/query-helpers.js';
import type { ListWindow } from '../../http/simple-rest.js';
import { regionsByOwner } from '../regions/repository.js';

export interface ProductRow {
  id: number;
  institution_id: number;
  institution_name: string;
  institution_type: InstitutionType;
  name: string;
  category: ProductCategory;
  status: ProductStatus;
  min_rate_bp: number;
  max_amount_yuan: number | string;
  max_term_months: number;
  features: string | null;
  first_loan: number | boolean;
  review_note: string | null;
  listed_at: unknown;
  version: number;
  created_at: unknown;
  updated_at: unknown;
  /** The market's rows carry their methods and tags (see `withChildLists`). */
  methods_list?: string | null;
  tags_list?: string | null;
  tags_n?: number | string;
}

export interface ProductDetailRow extends ProductRow {
  intro: string | null;
  repayment_method: string | null;
  prepayment: string | null;
  age_requirement: string | null;
  business_requirement: string | null;
  work_requirement: string | null;
  asset_requirement: string | null;
  income_requirement: string | null;
  required_materials: string | null;
}

const ROW_COLUMNS = [
  'p.id',
  'p.institution_id',
  'i.name as institution_name',
  'i.type as institution_type',
  'p.name',
  'p.category',
  'p.status',
  'p.min_rate_bp',
  'p.max_amount_yuan',
  'p.max_term_months',
  'p.features',
  'p.first_loan',
  'p.review_note',
  'p.listed_at',
  'p.version',
  'p.created_at',
  'p.updated_at',
];

const DETAIL_COLUMNS = [
  ...ROW_COLUMNS,
  'p.intro',
  'p.repayment_method',
  'p.prepayment',
  'p.age_requirement',
  'p.business_requirement',
  'p.work_requirement',
  'p.asset_requirement',
  'p.income_requirement',
  'p.required_materials',
];

const MARKET_ORDER: Record<MarketSort, { column: string; order: 'asc' | 'desc' }[]> = {
  rate: [
    { column: 'p.min_rate_bp', order: 'asc' },
    { column: 'p.id', order: 'asc' },
  ],
  amount: [
    { column: 'p.max_amount_yuan', order: 'desc' },
    { column: 'p.id', order: 'desc' },
  ],
  term: [
    { column: 'p.max_term_months', order: 'desc' },
    { column: 'p.id', order: 'desc' },
  ],
  newest: [
    { column: 'p.listed_at', order: 'desc' },
    { column: 'p.id', order: 'desc' },
  ],
};

const existsIn = (db: Knex, table: string, column: string, value: string | number) =>
  db(`${table} as x`).select(db.raw('1')).whereRaw('x.product_id = p.id').where(`x.${column}`, value);

/**
 * 金融超市: ids of listed products matching every given filter (§2.3), from `products` alone so the database
 * can read a (status, sort column) index in order and stop at the page's end. The institution type is a
 * scalar subquery rather than a join: a join lets MySQL/MariaDB drive the query from `institutions` and
 * sort every match in a temporary table.
 */
function marketFiltered(db: Knex, f: Omit<MarketQuery, 'page' | 'pageSize' | 'sort'>) {
  const q = db('products as p').where('p.status', 'listed');
  if (f.institutionType)
    q.whereRaw('(select i.type from institutions i where i.id = p.institution_id) = ?', [f.institutionType]);
  if (f.institutionId !== undefined) q.where('p.institution_id', f.institutionId);
  if (f.name) whereContains(q, 'p.name', f.name);
  if (f.feature) whereContains(q, 'p.features', f.feature);
  if (f.category) q.where('p.category', f.category);
  if (f.tag) q.whereExists(existsIn(db, 'product_tags', 'tag', f.tag));
  if (f.method) q.whereExists(existsIn(db, 'product_methods', 'method', f.method));
  // The amount and term wanted must fit within the product's maximums; the rate is the most the borrower accepts.
  if (f.amountWan !== undefined) q.where('p.max_amount_yuan', '>=', wanToYuan(f.amountWan));
  if (f.termMonths !== undefined) q.where('p.max_term_months', '>=', f.termMonths);
  if (f.maxRate !== undefined) q.where('p.min_rate_bp', '<=', percentToBp(f.maxRate));
  if (f.firstLoan !== undefined) q.where('p.first_loan', f.firstLoan ? 1 : 0);
  if (f.regionId !== undefined) {
    const regionId = f.regionId;
    // A product without regions serves the whole city.
    q.where((b) =>
      b
        .whereExists(existsIn(db, 'product_regions', 'region_id', regionId))
        .orWhereNotExists(db('product_regions as y').select(db.raw('1')).whereRaw('y.product_id = p.id')),
    );
  }
  return q;
}

export async function searchListedProducts(
  db: Knex,
  query: MarketQuery,
): Promise<{ rows: ProductRow[]; total: number }> {
  const { page, pageSize, sort, ...filters } = query;
  const order = MARKET_ORDER[sort];
  // The page's ids first (an index range read in order), then the rows and institutions of those ids only.
  const pageIds = marketFiltered(db, filters)
    .select('p.id')
    .orderBy(order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('pg');
  const [rows, count] = await Promise.all([
    db
      .from(pageIds)
      .join('products as p', 'p.id', 'pg.id')
      .join('institutions as i', 'i.id', 'p.institution_id')
      .select([...ROW_COLUMNS, ...withChildLists(db)])
      .orderBy(order) as Promise<ProductRow[]>,
    marketTotal(db, filters),
  ]);
  return { rows, total: count };
}

/** Unit separator: joins a product's methods and tags in one column each. */
const LIST_SEPARATOR = '\x1f';

/**
 * A page's methods and tags in the page's own query, saving a round trip per search. A tag holding the
 * separator would split wrongly: `tags_n` lets `summariesOf` notice and read the children instead.
 */
function withChildLists(db: Knex) {
  const joined = (table: string, column: string) =>
    db.raw(
      isMysql(db)
        ? `(select group_concat(x.?? separator ?) from ?? x where x.product_id = p.id)`
        : `(select group_concat(x.??, ?) from ?? x where x.product_id = p.id)`,
      [column, LIST_SEPARATOR, table],
    );
  return [
    db.raw('? as methods_list', [joined('product_methods', 'method')]),
    db.raw('? as tags_list', [joined('product_tags', 'tag')]),
    db.raw('(select count(*) from product_tags x where x.product_id = p.id) as tags_n'),
  ];
}

const splitList = (list: string | null | undefined) => (list ? list.split(LIST_SEPARATOR) : []);

/** The children carried by market rows, or null when a row lacks them or they do not split cleanly. */
function carriedChildren(rows: ProductRow[]): Map<number, ProductChildren> | null {
  const out = new Map<number, ProductChildren>();
  for (const r of rows) {
    if (r.methods_list === undefined || r.tags_list === undefined || r.tags_n === undefined) return null;
    const tags = splitList(r.tags_list);
    if (tags.length !== Number(r.tags_n)) return null;
    out.set(Number(r.id), sortChildren({ methods: splitList(r.methods_list) as LoanMethod[], tags }));
  }
  return out;
}

function sortChildren(c: ProductChildren): ProductChildren {
  c.methods.sort((a, b) => LOAN_METHODS.indexOf(a) - LOAN_METHODS.indexOf(b));
  c.tags.sort();
  return c;
}

/**
 * Totals of the market's filter sets, kept MARKET_TOTAL_TTL_MS in this process: the total of a set is
 * read by every page and sort of it, and the count, unlike the page, cannot stop early. Only a count is
 * kept (never rows), this process's product writes drop it at once, and another instance's writes show
 * in its total within the TTL; concurrent misses of one set share one query.
 */
const MARKET_TOTAL_TTL_MS = 3_000;
const MARKET_TOTAL_MAX_KEYS = 1_000;
const marketTotals = new Map<string, { at: number; total: Promise<number> }>();

/** Drops the kept totals now and again when `trx` ends, so no count read before its commit outlives it. */
function forgetMarketTotals(trx: Knex.Transaction) {
  marketTotals.clear();
  const forget = () => marketTotals.clear();
  trx.executionPromise.then(forget, forget);
}

function marketTotal(db: Knex, filters: Omit<MarketQuery, 'page' | 'pageSize' | 'sort'>): Promise<number> {
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  const now = Date.now();
  const hit = marketTotals.get(key);
  if (hit && now - hit.at < MARKET_TOTAL_TTL_MS) return hit.total;
  if (marketTotals.size >= MARKET_TOTAL_MAX_KEYS) marketTotals.clear();
  const total = marketFiltered(db, filters)
    .count<{ n: number | string }[]>({ n: '*' })
    .first()
    .then((r) => Number(r?.n ?? 0));
  const entry = { at: now, total };
  marketTotals.set(key, entry);
  // A failed count is not kept.
  total.catch(() => {
    if (marketTotals.get(key) === entry) marketTotals.delete(key);
  });
  return total;
}

export interface ProductChildren {
  methods: LoanMethod[];
  tags: string[];
}

/** Methods and tags of many products in one query (never one query per product). */
export async function productChildren(db: Knex, ids: number[]): Promise<Map<number, ProductChildren>> {
  const out = new Map<number, ProductChildren>(ids.map((id) => [id, { methods: [], tags: [] }]));
  if (ids.length === 0) return out;
  const rows: { product_id: number; k: string; v: string }[] = await db('product_methods')
    .whereIn('product_id', ids)
    .select('product_id', db.raw("'m' as k"), 'method as v')
    .unionAll((u) =>
      u.from('product_tags').whereIn('product_id', ids).select('product_id', db.raw("'t' as k"), 'tag as v'),
    );
  for (const r of rows) {
    const c = out.get(Number(r.product_id));
    if (!c) continue;
    if (r.k === 'm') c.methods.push(r.v as LoanMethod);
    else c.tags.push(r.v);
  }
  for (const c of out.values()) sortChildren(c);
  return out;
}

export function toSummary(r: ProductRow, c: ProductChildren | undefined): ProductSummary {
  return {
    id: Number(r.id),
    name: r.name,
    institutionId: Number(r.institution_id),
    institutionName: r.institution_name,
    institutionType: r.institution_type,
    category: r.category,
    minRateBp: Number(r.min_rate_bp),
    maxAmountYuan: Number(r.max_amount_yuan),
    maxTermMonths: Number(r.max_term_months),
    methods: c?.methods ?? [],
    tags: c?.tags ?? [],
    features: r.features,
    status: r.status,
    firstLoan: Boolean(r.first_loan),
    listedAt: toIsoOrNull(r.listed_at),
  };
}

export async function summariesOf(db: Knex, rows: ProductRow[]): Promise<ProductSummary[]> {
  const children =
    carriedChildren(rows) ??
    (await productChildren(
      db,
      rows.map((r) => Number(r.id)),
    ));
  return rows.map((r) => toSummary(r, children.get(Number(r.id))));
}

export async function findProductRow(db: Knex, id: number): Promise<ProductDetailRow | undefined> {
  return db('products as p')
    .join('institutions as i', 'i.id', 'p.institution_id')
    .where('p.id', id)
    .first(DETAIL_COLUMNS);
}

export async function toDetail(db: Knex, r: ProductDetailRow): Promise<ProductDetail> {
  const id = Number(r.id);
  const [children, regions] = await Promise.all([
    productChildren(db, [id]),
    regionsByOwner(db, 'product_regions', 'product_id', [id]),
  ]);
  return {
    ...toSummary(r, children.get(id)),
    intro: r.intro,
    repaymentMethod: r.repayment_method,
    prepayment: r.prepayment,
    ageRequirement: r.age_requirement,
    businessRequirement: r.business_requirement,
    workRequirement: r.work_requirement,
    assetRequirement: r.asset_requirement,
    incomeRequirement: r.income_requirement,
    requiredMaterials: r.required_materials,
    regions: regions.get(id) ?? ([] as Region[]),
  };
}

/** Tags of listed products, for the 标签 filter. */
export async function tagsInUse(db: Knex): Promise<string[]> {
  const rows: { tag: string }[] = await db('product_tags as t')
    .join('products as p', 'p.id', 't.product_id')
    .where('p.status', 'listed')
    .distinct('t.tag')
    .orderBy('t.tag');
  return rows.map((r) => r.tag);
}

export interface AdminProductFilter {
  /** Institution staff: only their institution's products. */
  onlyInstitutionId: number | null;
  ids?: number[];
  statuses?: ProductStatus[];
  institutionIds?: number[];
  categories?: ProductCategory[];
  firstLoan?: boolean;
  name?: string;
}

function adminFiltered(db: Knex, f: AdminProductFilter, withInstitution: boolean) {
  const q = db('products as p');
  if (withInstitution) q.join('institutions as i', 'i.id', 'p.institution_id');
  if (f.onlyInstitutionId !== null) q.where('p.institution_id', f.onlyInstitutionId);
  if (f.ids?.length) q.whereIn('p.id', f.ids);
  if (f.statuses?.length) q.whereIn('p.status', f.statuses);
  if (f.institutionIds?.length) q.whereIn('p.institution_id', f.institutionIds);
  if (f.categories?.length) q.whereIn('p.category', f.categories);
  if (f.firstLoan !== undefined) q.where('p.first_loan', f.firstLoan ? 1 : 0);
  if (f.name) whereContains(q, 'p.name', f.name);
  return q;
}

export async function listAdminProducts(
  db: Knex,
  f: AdminProductFilter,
  window: ListWindow,
): Promise<{ rows: ProductRow[]; total: number }> {
  return pageWithTotal<ProductRow>(
    () => adminFiltered(db, f, true),
    (q) => q.select(ROW_COLUMNS),
    window,
    () => adminFiltered(db, f, false),
  );
}

const contentColumns = (input: ProductInput) => ({
  name: input.name,
  category: input.category,
  min_rate_bp: percentToBp(input.minRatePercent),
  max_amount_yuan: wanToYuan(input.maxAmountWan),
  max_term_months: input.maxTermMonths,
  features: input.features ?? null,
  intro: input.intro ?? null,
  repayment_method: input.repaymentMethod ?? null,
  prepayment: input.prepayment ?? null,
  age_requirement: input.ageRequirement ?? null,
  business_requirement: input.businessRequirement ?? null,
  work_requirement: input.workRequirement ?? null,
  asset_requirement: input.assetRequirement ?? null,
  income_requirement: input.incomeRequirement ?? null,
  required_materials: input.requiredMaterials ?? null,
  first_loan: input.firstLoan,
});

export async function insertProduct(
  trx: Knex.Transaction,
  institutionId: number,
  input: ProductInput,
  now: Date,
): Promise<number> {
  forgetMarketTotals(trx);
  const [id] = await trx('products').insert({
    ...contentColumns(input),
    institution_id: institutionId,
    status: 'draft',
    review_note: null,
    listed_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await replaceProductChildren(trx, Number(id), input);
  return Number(id);
}

/** Replaces the content when `version` still matches; returns the number of rows changed (0: stale). */
export async function updateProductContent(
  trx: Knex.Transaction,
  id: number,
  version: number,
  institutionId: number,
  input: ProductInput,
  now: Date,
): Promise<number> {
  forgetMarketTotals(trx);
  const changed = await trx('products')
    .where({ id, version })
    .update({
      ...contentColumns(input),
      institution_id: institutionId,
      version: trx.raw('version + 1'),
      updated_at: now,
    });
  if (changed > 0) await replaceProductChildren(trx, id, input);
  return changed;
}

async function replaceProductChildren(trx: Knex.Transaction, id: number, input: ProductInput) {
  for (const table of ['product_methods', 'product_tags', 'product_regions'])
    await trx(table).where('product_id', id).delete();
  const methods = [...new Set(input.methods)];
  const tags = [...new Set(input.tags)];
  const regionIds = [...new Set(input.regionIds)];
  if (methods.length)
    await trx('product_methods').insert(methods.map((method) => ({ product_id: id, method })));
  if (tags.length) await trx('product_tags').insert(tags.map((tag) => ({ product_id: id, tag })));
  if (regionIds.length)
    await trx('product_regions').insert(regionIds.map((region_id) => ({ product_id: id, region_id })));
}

/**
 * Moves a product from `from` to `to` only if it is still in `from` (and at `version`, when given), so of
 * two staff acting at once exactly one wins. Returns the number of rows changed.
 */
export async function changeProductStatus(
  trx: Knex.Transaction,
  id: number,
  change: {
    from: ProductStatus;
    to: ProductStatus;
    version?: number;
    reviewNote?: string | null;
    listedAt?: Date;
  },
  now: Date,
): Promise<number> {
  forgetMarketTotals(trx);
  const q = trx('products').where({ id, status: change.from });
  if (change.version !== undefined) q.where('version', change.version);
  return q.update({
    status: change.to,
    version: trx.raw('version + 1'),
    updated_at: now,
    ...(change.reviewNote !== undefined ? { review_note: change.reviewNote } : {}),
    ...(change.listedAt ? { listed_at: change.listedAt } : {}),
  });
}
