/**
 * The demands' response clock. A dispatched demand its institution left unanswered past respond_by goes
 * back to where it was (the pool, or its named institutions) with a fresh clock, flagged to the office; any
 * other demand still pending past respond_by is flagged to the office (overdue_at) once.
 */
import { formatWan, subjectLink } from '@jrpt/contracts';
import type { AppDeps } from '../../app-deps.js';
import { writeAudit } from '../audit/audit.js';
import { respondBy } from '../workflow/clock.js';
import { notify } from '../workflow/notify.js';
import { flagOverdue } from '../workflow/overdue.js';
import type { Sweep } from '../workflow/sweeps.js';

const BATCH = 200;
const SUBJECT = 'financing_demand' as const;

interface LapsedRow {
  id: number;
  account_id: number;
  assigned_institution_id: number;
  version: number;
  amount_yuan: number | string;
  term_months: number;
}

/** Returns overdue dispatched demands to the pool (or their named institutions); how many it moved. */
export async function returnLapsedDispatches(deps: AppDeps, now: Date): Promise<number> {
  const { db } = deps;
  const due: LapsedRow[] = await db('financing_demands')
    .where('status', 'pending')
    .whereNotNull('assigned_institution_id')
    .where('respond_by', '<', now)
    .orderBy('respond_by')
    .limit(BATCH)
    .select('id', 'account_id', 'assigned_institution_id', 'version', 'amount_yuan', 'term_months');
  let moved = 0;
  for (const d of due) {
    const done = await db.transaction(async (trx) => {
      const named = await trx('demand_institutions')
        .where('demand_id', d.id)
        .whereNull('declined_at')
        .first('institution_id');
      // Conditional: only if still pending, dispatched to the same institution, unchanged since read.
      const changed = await trx('financing_demands')
        .where({
          id: d.id,
          status: 'pending',
          version: d.version,
          assigned_institution_id: d.assigned_institution_id,
        })
        .where('respond_by', '<', now)
        .update({
          assigned_institution_id: null,
          assigned_at: null,
          pool: !named,
          overdue_at: now,
          respond_by: await respondBy(trx, now, deps.config.responseWorkingDays),
          version: Number(d.version) + 1,
          updated_at: now,
        });
      if (changed === 0) return false;
      await trx('status_events').insert({
        subject_type: SUBJECT,
        subject_id: d.id,
        action: 'return_to_pool',
        from_status: 'pending',
        to_status: 'pending',
        reason_code: null,
        note: null,
        amount_yuan: null,
        institution_id: d.assigned_institution_id,
        actor_account_id: null,
        actor_role: null,
        created_at: now,
      });
      await writeAudit(
        trx,
        {
          principal: null,
          action: `${SUBJECT}.return_to_pool`,
          entityType: 'financing_demands',
          entityId: d.id,
          before: { assignedInstitutionId: d.assigned_institution_id, version: Number(d.version) },
          after: { assignedInstitutionId: null, pool: !named, version: Number(d.version) + 1 },
        },
        now,
      );
      await notify(
        trx,
        Number(d.account_id),
        {
          title: '融资需求已退回需求池',
          body: `您的融资需求（融资金额${formatWan(Number(d.amount_yuan))}万元，期限${d.term_months}个月）派单机构超时未响应，${
            named ? '已退回您选择的期望机构' : '已退回需求池，平台其他金融机构可以受理'
          }；金融办将跟进。`,
          link: subjectLink(SUBJECT, d.id),
          subjectType: SUBJECT,
          subjectId: d.id,
        },
        now,
      );
      return true;
    });
    if (done) moved++;
  }
  return moved;
}

export const financingDemandSweeps: Sweep[] = [
  // First: lapsed dispatches go back (and are flagged); then whatever else still waits is flagged.
  { name: 'financing-demands-lapsed-dispatch', run: (deps, now) => returnLapsedDispatches(deps, now) },
  {
    name: 'financing-demands-overdue',
    run: (deps, now) =>
      flagOverdue(deps.db, {
        subjectType: SUBJECT,
        awaitingStatus: 'pending',
        now,
        institutionColumn: 'assigned_institution_id',
      }),
  },
];
