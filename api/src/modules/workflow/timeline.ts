/** A record's status timeline (status_events), labelled for the borrower and the staff. */
import type { Knex } from 'knex';
import { SYSTEM_EVENT_LABELS, type StatusEvent, type SubjectType } from '@jrpt/contracts';
import { toIso } from '../../db/knex.js';
import { actorOf } from './transitions.js';
import { SUBJECTS } from './subjects.js';

interface EventRow {
  id: number | string;
  action: string;
  from_status: string | null;
  to_status: string;
  reason_code: string | null;
  note: string | null;
  amount_yuan: number | string | null;
  actor_role: string | null;
  institution_name: string | null;
  created_at: unknown;
}

export async function loadTimeline(
  db: Knex,
  subjectType: SubjectType,
  subjectId: number,
): Promise<StatusEvent[]> {
  const subject = SUBJECTS[subjectType];
  const rows: EventRow[] = await db('status_events as e')
    .leftJoin('institutions as i', 'i.id', 'e.institution_id')
    .where({ 'e.subject_type': subjectType, 'e.subject_id': subjectId })
    .orderBy('e.id', 'asc')
    .select(
      'e.id',
      'e.action',
      'e.from_status',
      'e.to_status',
      'e.reason_code',
      'e.note',
      'e.amount_yuan',
      'e.actor_role',
      'i.name as institution_name',
      'e.created_at',
    );
  return rows.map((r) => ({
    id: Number(r.id),
    action: r.action,
    actionLabel: subject.actionLabels[r.action] ?? SYSTEM_EVENT_LABELS[r.action] ?? r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    toStatusLabel: subject.statusLabels[r.to_status] ?? r.to_status,
    reasonCode: r.reason_code,
    reasonLabel: r.reason_code ? (subject.reasonLabels[r.reason_code] ?? r.reason_code) : null,
    note: r.note,
    amountYuan: r.amount_yuan === null ? null : Number(r.amount_yuan),
    actor: r.actor_role ? (actorOf({ role: r.actor_role as never }) ?? 'system') : 'system',
    institutionName: r.institution_name,
    createdAt: toIso(r.created_at),
  }));
}

/** The first timeline row of a new record (提交), written in its create transaction. */
export async function recordSubmitted(
  trx: Knex.Transaction,
  opts: {
    subjectType: SubjectType;
    subjectId: number;
    status: string;
    institutionId: number | null;
    actor: { accountId: number; role: string };
    now: Date;
  },
) {
  await trx('status_events').insert({
    subject_type: opts.subjectType,
    subject_id: opts.subjectId,
    action: 'submit',
    from_status: null,
    to_status: opts.status,
    reason_code: null,
    note: null,
    amount_yuan: null,
    institution_id: opts.institutionId,
    actor_account_id: opts.actor.accountId,
    actor_role: opts.actor.role,
    created_at: opts.now,
  });
}
