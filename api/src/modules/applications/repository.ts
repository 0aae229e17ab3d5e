/** The SQL of the three application tables: a borrower's list, the staff inbox, one record. */
import type { Knex } from 'knex';
import type { ApplicationStatus } from '@jrpt/contracts';
import { pageWithTotal } from '../../db/query-helpers.js';
import type { ListWindow } from '../../http/simple-rest.js';
import type { ApplicationKindDef, RecordRow } from './kinds.js';

export type DetailRow = RecordRow & Record<string, unknown>;

/** 申请记录: one borrower's rows, newest first — an index range on (account_id, created_at). */
export async function listOwn(
  db: Knex,
  def: ApplicationKindDef,
  accountId: number,
  opts: { page: number; pageSize: number; status?: ApplicationStatus },
) {
  const filtered = (q: Knex.QueryBuilder) => {
    q.where('a.account_id', accountId);
    if (opts.status) q.where('a.status', opts.status);
    return q;
  };
  return pageWithTotal<RecordRow>(
    () => filtered(def.from(db)),
    (q) => q.select(def.recordColumns(db)),
    {
      offset: (opts.page - 1) * opts.pageSize,
      limit: opts.pageSize,
      orderBy: [
        { column: 'a.created_at', order: 'desc' },
        { column: 'a.id', order: 'desc' },
      ],
    },
    () => filtered(db(`${def.table} as a`)),
  );
}

export interface InboxFilter {
  /** Institution staff: only what is addressed to their institution. */
  onlyInstitutionId: number | null;
  ids?: number[];
  statuses?: ApplicationStatus[];
  institutionIds?: number[];
  /** Still awaiting the institution after its deadline (flagged by the sweep), or not. */
  overdue?: boolean;
  channel?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

function inboxFiltered(q: Knex.QueryBuilder, f: InboxFilter) {
  if (f.onlyInstitutionId !== null) q.where('a.institution_id', f.onlyInstitutionId);
  if (f.ids?.length) q.whereIn('a.id', f.ids);
  if (f.statuses?.length) q.whereIn('a.status', f.statuses);
  if (f.institutionIds?.length) q.whereIn('a.institution_id', f.institutionIds);
  if (f.overdue === true) q.where('a.status', 'submitted').whereNotNull('a.overdue_at');
  if (f.overdue === false) q.where((b) => b.whereNot('a.status', 'submitted').orWhereNull('a.overdue_at'));
  if (f.channel) q.where('a.channel', f.channel);
  if (f.createdFrom) q.where('a.created_at', '>=', f.createdFrom);
  if (f.createdTo) q.where('a.created_at', '<=', f.createdTo);
  return q;
}

/**
 * Inbox totals past this are reported as this, flagged as capped (X-Total-Count-Capped), as on the demand
 * desk: counting two million applications for every page of the office's list is not worth it.
 */
export const INBOX_COUNT_CAP = 10_000;

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

export async function listInbox(
  db: Knex,
  def: ApplicationKindDef,
  f: InboxFilter,
  window: ListWindow,
  cap = INBOX_COUNT_CAP,
): Promise<{ rows: RecordRow[]; total: number; capped: boolean }> {
  const [rows, n] = await Promise.all([
    inboxFiltered(def.from(db), f)
      .select(def.recordColumns(db))
      .orderBy(window.orderBy)
      .limit(window.limit)
      .offset(window.offset) as Promise<RecordRow[]>,
    cappedCount(db, inboxFiltered(db(`${def.table} as a`), f), cap),
  ]);
  return { rows, total: Math.min(n, cap), capped: n > cap };
}

/** One record with its detail columns, or undefined. `scope` narrows to an owner or an institution. */
export async function findRecord(
  db: Knex | Knex.Transaction,
  def: ApplicationKindDef,
  id: number,
  scope: { accountId?: number; institutionId?: number | null },
): Promise<DetailRow | undefined> {
  const q = def
    .from(db)
    .where('a.id', id)
    .select([...def.recordColumns(db), ...def.detailColumns]);
  if (scope.accountId !== undefined) q.where('a.account_id', scope.accountId);
  if (scope.institutionId !== undefined && scope.institutionId !== null)
    q.where('a.institution_id', scope.institutionId);
  return (await q.first()) as DetailRow | undefined;
}

/** The consent given with a record: agreement, version, time. */
export async function consentOf(db: Knex, consentId: number | null) {
  if (consentId === null) return undefined;
  return (await db('consents as c')
    .join('agreements as g', 'g.id', 'c.agreement_id')
    .where('c.id', consentId)
    .first('g.code', 'g.title', 'g.version', 'c.accepted_at')) as
    { code: string; title: string; version: number; accepted_at: unknown } | undefined;
}
