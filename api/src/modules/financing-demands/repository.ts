/** 融资需求 rows: the borrower's 需求记录, the staff desk (who sees what), and the shapes both read. */
import type { Knex } from 'knex';
import {
  demandReviewResult,
  maskPhone,
  type AdminDemandRow,
  type BorrowerType,
  type DemandChannel,
  type DemandMethod,
  type DemandRecord,
  type DemandStatus,
  type DemandStaffAction,
  type Gender,
  type InstitutionType,
  type RejectReasonCode,
} from '@jrpt/contracts';
import { toIso, toIsoOrNull } from '../../db/knex.js';
import { pageWithTotal } from '../../db/query-helpers.js';
import type { ListWindow } from '../../http/simple-rest.js';

export interface DemandRow {
  id: number;
  account_id: number;
  borrower_type: BorrowerType;
  channel: DemandChannel;
  amount_yuan: number | string;
  term_months: number;
  purpose: string;
  method: DemandMethod;
  rate_min_bp: number;
  rate_max_bp: number;
  pool: number | boolean;
  region_id: number;
  region_name: string;
  real_name: string;
  gender: Gender;
  phone: string;
  enterprise_name: string | null;
  uscc: string | null;
  assigned_institution_id: number | null;
  assigned_institution_name: string | null;
  assigned_institution_type: InstitutionType | null;
  assigned_at: unknown;
  claimed_by_institution_id: number | null;
  product_id: number | null;
  product_name: string | null;
  product_institution_id: number | null;
  product_max_amount_yuan: number | string | null;
  review_result: string | null;
  status: DemandStatus;
  version: number;
  credit_amount_yuan: number | string | null;
  disbursed_amount_yuan: number | string | null;
  reason_code: RejectReasonCode | null;
  note: string | null;
  respond_by: unknown;
  overdue_at: unknown;
  responded_at: unknown;
  created_at: unknown;
  updated_at: unknown;
}

const COLUMNS = [
  'd.id',
  'd.account_id',
  'd.borrower_type',
  'd.channel',
  'd.amount_yuan',
  'd.term_months',
  'd.purpose',
  'd.method',
  'd.rate_min_bp',
  'd.rate_max_bp',
  'd.pool',
  'd.region_id',
  'r.name as region_name',
  'd.real_name',
  'd.gender',
  'd.phone',
  'd.enterprise_name',
  'd.uscc',
  'd.assigned_institution_id',
  'i.name as assigned_institution_name',
  'i.type as assigned_institution_type',
  'd.assigned_at',
  'd.claimed_by_institution_id',
  'd.product_id',
  'p.name as product_name',
  'p.institution_id as product_institution_id',
  'p.max_amount_yuan as product_max_amount_yuan',
  'd.review_result',
  'd.status',
  'd.version',
  'd.credit_amount_yuan',
  'd.disbursed_amount_yuan',
  'd.reason_code',
  'd.note',
  'd.respond_by',
  'd.overdue_at',
  'd.responded_at',
  'd.created_at',
  'd.updated_at',
];

/** The demand with the names it shows (region, handling institution, 归属产品): primary-key joins only. */
function withNames(q: Knex.QueryBuilder) {
  return q
    .leftJoin('regions as r', 'r.id', 'd.region_id')
    .leftJoin('institutions as i', 'i.id', 'd.assigned_institution_id')
    .leftJoin('products as p', 'p.id', 'd.product_id')
    .select(COLUMNS);
}

export async function findDemandRow(db: Knex | Knex.Transaction, id: number): Promise<DemandRow | undefined> {
  return withNames(db('financing_demands as d').where('d.id', id)).first();
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** In the pool: pending, nobody holding or dispatched, 期望机构 不限 (or every named one declined). */
export const isPooled = (r: Pick<DemandRow, 'status' | 'pool' | 'assigned_institution_id'>) =>
  r.status === 'pending' && Boolean(r.pool) && r.assigned_institution_id === null;

export function toRecord(r: DemandRow): DemandRecord {
  return {
    id: Number(r.id),
    channel: r.channel,
    borrowerType: r.borrower_type,
    amountYuan: Number(r.amount_yuan),
    termMonths: Number(r.term_months),
    purpose: r.purpose,
    method: r.method,
    rateMinBp: Number(r.rate_min_bp),
    rateMaxBp: Number(r.rate_max_bp),
    createdAt: toIso(r.created_at),
    status: r.status,
    productId: num(r.product_id),
    productName: r.product_name,
    institutionId: num(r.assigned_institution_id),
    institutionName: r.assigned_institution_name,
    institutionType: r.assigned_institution_type,
    reviewResult: demandReviewResult(r.status),
    creditAmountYuan: num(r.credit_amount_yuan),
    disbursedAmountYuan: num(r.disbursed_amount_yuan),
    note: r.note,
    reasonCode: r.reason_code,
    updatedAt: toIso(r.updated_at),
    version: Number(r.version),
    actions: r.status === 'pending' ? ['withdraw'] : [],
  };
}

export function toAdminRow(r: DemandRow, actions: DemandStaffAction[], now: Date): AdminDemandRow {
  const { actions: _borrowerActions, ...record } = toRecord(r);
  const dispatched = r.status === 'pending' && r.assigned_institution_id !== null;
  const respondBy = toIsoOrNull(r.respond_by);
  return {
    ...record,
    contactName: r.real_name,
    enterpriseName: r.enterprise_name,
    phoneMasked: maskPhone(r.phone),
    regionId: Number(r.region_id),
    regionName: r.region_name,
    pooled: isPooled(r),
    dispatchedInstitutionId: dispatched ? num(r.assigned_institution_id) : null,
    dispatchedInstitutionName: dispatched ? r.assigned_institution_name : null,
    respondBy,
    overdueAt: toIsoOrNull(r.overdue_at),
    overdue:
      r.status === 'pending' &&
      (r.overdue_at !== null || (respondBy !== null && new Date(respondBy).getTime() < now.getTime())),
    actions,
  };
}

/** 需求记录: one borrower's demands, newest first (index account_id, created_at). */
export async function listOwnDemands(
  db: Knex,
  accountId: number,
  opts: { page: number; pageSize: number; status?: DemandStatus },
) {
  const filtered = () => {
    const q = db('financing_demands as d').where('d.account_id', accountId);
    if (opts.status) q.where('d.status', opts.status);
    return q;
  };
  return pageWithTotal<DemandRow>(filtered, withNames, {
    offset: (opts.page - 1) * opts.pageSize,
    limit: opts.pageSize,
    orderBy: [
      { column: 'd.created_at', order: 'desc' },
      { column: 'd.id', order: 'desc' },
    ],
  });
}

/** 期望机构 of some demands: demand id → the named institutions (declined ones flagged). */
export async function namedInstitutions(
  db: Knex | Knex.Transaction,
  demandIds: number[],
): Promise<Map<number, { id: number; name: string; declined: boolean }[]>> {
  const out = new Map<number, { id: number; name: string; declined: boolean }[]>(
    demandIds.map((id) => [id, []]),
  );
  if (demandIds.length === 0) return out;
  const rows: { demand_id: number; id: number; name: string; declined_at: unknown }[] = await db(
    'demand_institutions as di',
  )
    .join('institutions as i', 'i.id', 'di.institution_id')
    .whereIn('di.demand_id', demandIds)
    .orderBy('i.id')
    .select('di.demand_id', 'i.id', 'i.name', 'di.declined_at');
  for (const r of rows)
    out.get(Number(r.demand_id))?.push({
      id: Number(r.id),
      name: r.name,
      declined: r.declined_at !== null && r.declined_at !== undefined,
    });
  return out;
}

export interface DeskFilter {
  /** Institution staff: only what is addressed to their institution (named, pooled, dispatched or held). */
  institutionId: number | null;
  ids?: number[];
  statuses?: DemandStatus[];
  pooled?: boolean;
  overdue?: boolean;
  channels?: DemandChannel[];
  borrowerTypes?: BorrowerType[];
  regionIds?: number[];
  /** The office: demands held by or dispatched to these institutions. */
  assignedInstitutionIds?: number[];
  createdFrom?: Date;
  createdTo?: Date;
}

const pooledWhere = (q: Knex.QueryBuilder) =>
  q.where('d.status', 'pending').where('d.pool', true).whereNull('d.assigned_institution_id');

/**
 * What one institution's staff may see, as three disjoint parts: held by or dispatched to it; in the
 * pool; naming it (not declined) and waiting for an answer.
 */
export type DeskPart = 'assigned' | 'pool' | 'named';
const DESK_PARTS: DeskPart[] = ['assigned', 'pool', 'named'];

function deskPart(db: Knex, part: DeskPart, institutionId: number) {
  const q = db('financing_demands as d');
  if (part === 'assigned') return q.where('d.assigned_institution_id', institutionId);
  if (part === 'pool') return pooledWhere(q);
  return q
    .join('demand_institutions as di', 'di.demand_id', 'd.id')
    .where('di.institution_id', institutionId)
    .whereNull('di.declined_at')
    .where('d.status', 'pending')
    .where('d.pool', false)
    .whereNull('d.assigned_institution_id');
}

function applyFilters(q: Knex.QueryBuilder, f: DeskFilter, now: Date) {
  if (f.ids?.length) q.whereIn('d.id', f.ids);
  if (f.statuses?.length) q.whereIn('d.status', f.statuses);
  if (f.channels?.length) q.whereIn('d.channel', f.channels);
  if (f.borrowerTypes?.length) q.whereIn('d.borrower_type', f.borrowerTypes);
  if (f.regionIds?.length) q.whereIn('d.region_id', f.regionIds);
  if (f.assignedInstitutionIds?.length) q.whereIn('d.assigned_institution_id', f.assignedInstitutionIds);
  if (f.createdFrom) q.where('d.created_at', '>=', f.createdFrom);
  if (f.createdTo) q.where('d.created_at', '<=', f.createdTo);
  if (f.pooled === true) pooledWhere(q);
  if (f.pooled === false)
    q.where((b) =>
      b.whereNot('d.status', 'pending').orWhere('d.pool', false).orWhereNotNull('d.assigned_institution_id'),
    );
  if (f.overdue === true)
    q.where('d.status', 'pending').where((b) =>
      b.whereNotNull('d.overdue_at').orWhere('d.respond_by', '<', now),
    );
  if (f.overdue === false)
    q.where((b) =>
      b
        .whereNot('d.status', 'pending')
        .orWhere((c) =>
          c
            .whereNull('d.overdue_at')
            .where((e) => e.whereNull('d.respond_by').orWhere('d.respond_by', '>=', now)),
        ),
    );
  return q;
}

/**
 * Totals past this are reported as this, flagged as capped: counting hundreds of thousands of rows for
 * every page of the desk is not worth it (a thousand pages of ten is more than anyone turns).
 */
export const DESK_COUNT_CAP = 10_000;

/** How many rows `q` matches, counting no further than `cap + 1`. */
async function cappedCount(db: Knex, q: Knex.QueryBuilder, cap: number): Promise<number> {
  const rows = (await db
    .from(
      q
        .select(db.raw('1 as x'))
        .limit(cap + 1)
        .as('c'),
    )
    .count({ n: '*' })) as { n: number | string }[];
  return Number(rows[0]?.n ?? 0);
}

/**
 * The staff desk, one page and its total (capped at `cap`). The office (and the government) see every
 * demand. For an institution each part is read from its own index, every part limited to the page's end,
 * then merged: never a scan of all demands with an OR per row.
 */
export async function listDesk(
  db: Knex,
  f: DeskFilter,
  window: ListWindow,
  now: Date,
  cap = DESK_COUNT_CAP,
): Promise<{ rows: DemandRow[]; total: number; capped: boolean }> {
  if (f.institutionId === null) {
    const filtered = () => applyFilters(db('financing_demands as d'), f, now);
    const [rows, n] = await Promise.all([
      withNames(filtered()).orderBy(window.orderBy).limit(window.limit).offset(window.offset) as Promise<
        DemandRow[]
      >,
      cappedCount(db, filtered(), cap),
    ]);
    return { rows, total: Math.min(n, cap), capped: n > cap };
  }
  const institutionId = f.institutionId;
  const parts = DESK_PARTS.map((part) => () => applyFilters(deskPart(db, part, institutionId), f, now));
  const end = window.offset + window.limit;
  // Each part: the ids of its first `end` rows in the requested order, with the sort columns.
  const sortColumns = [...new Set(window.orderBy.map((o) => o.column))].filter((c) => c !== 'd.id');
  const alias = (column: string) => column.replace(/^d\./, 'k_');
  const head = (part: DeskPart, limit: number) =>
    parts[DESK_PARTS.indexOf(part)]()
      .select(['d.id as k_id', ...sortColumns.map((c) => `${c} as ${alias(c)}`)])
      .orderBy(window.orderBy)
      .limit(limit) as Promise<Record<string, unknown>[]>;
  // The demands naming the institution are reached through demand_institutions, one demand at a time:
  // read them once (up to the cap) for both the page and the count. The other parts count from an index.
  const [assignedHead, poolHead, namedRows, assignedCount, poolCount] = await Promise.all([
    head('assigned', end),
    head('pool', end),
    head('named', cap + 1),
    cappedCount(db, parts[DESK_PARTS.indexOf('assigned')](), cap),
    cappedCount(db, parts[DESK_PARTS.indexOf('pool')](), cap),
  ]);
  const heads = [assignedHead, poolHead, namedRows.slice(0, end)];
  const counted = assignedCount + poolCount + namedRows.length;
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const { column, order } of window.orderBy) {
      const x = sortKey(a[alias(column)]);
      const y = sortKey(b[alias(column)]);
      if (x === y) continue;
      if (x === null) return order === 'asc' ? -1 : 1;
      if (y === null) return order === 'asc' ? 1 : -1;
      return (x < y ? -1 : 1) * (order === 'asc' ? 1 : -1);
    }
    return 0;
  };
  const ids = heads
    .flat()
    .sort(compare)
    .slice(window.offset, end)
    .map((r) => Number(r.k_id));
  const rows = ids.length
    ? ((await withNames(db('financing_demands as d').whereIn('d.id', ids))) as DemandRow[])
    : [];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return {
    rows: ids.map((id) => byId.get(id)).filter((r): r is DemandRow => r !== undefined),
    total: Math.min(counted, cap),
    capped: counted > cap,
  };
}

/** A sortable value: times as epoch ms (MySQL gives Dates, SQLite numbers), money and ids as numbers. */
function sortKey(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return String(v);
}
