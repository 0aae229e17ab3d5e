/**
 * Overdue flags: what is still awaiting its institution after respond_by is flagged (overdue_at) for the
 * office, once, with a timeline entry. Safe with two API instances: each row is flagged by a conditional
 * update, and only the instance whose update changed it writes the entry.
 */
import type { Knex } from 'knex';
import type { SubjectType } from '@jrpt/contracts';
import { writeAudit } from '../audit/audit.js';
import { SUBJECTS } from './subjects.js';

const BATCH = 200;

export async function flagOverdue(
  db: Knex,
  opts: {
    subjectType: SubjectType;
    awaitingStatus: string;
    now: Date;
    /** The column naming the institution that owes the answer (for its overdue count). */
    institutionColumn: string;
  },
): Promise<number> {
  const { table } = SUBJECTS[opts.subjectType];
  const due: { id: number; institution_id: number | null }[] = await db(table)
    .where('status', opts.awaitingStatus)
    .whereNull('overdue_at')
    .where('respond_by', '<', opts.now)
    .orderBy('respond_by')
    .limit(BATCH)
    .select('id', `${opts.institutionColumn} as institution_id`);
  let flagged = 0;
  for (const { id, institution_id } of due) {
    const done = await db.transaction(async (trx) => {
      const changed = await trx(table)
        .where({ id, status: opts.awaitingStatus })
        .whereNull('overdue_at')
        .where('respond_by', '<', opts.now)
        .update({ overdue_at: opts.now });
      if (changed === 0) return false;
      await trx('status_events').insert({
        subject_type: opts.subjectType,
        subject_id: id,
        action: 'overdue',
        from_status: opts.awaitingStatus,
        to_status: opts.awaitingStatus,
        reason_code: null,
        note: null,
        amount_yuan: null,
        institution_id: institution_id ?? null,
        actor_account_id: null,
        actor_role: null,
        created_at: opts.now,
      });
      await writeAudit(
        trx,
        { principal: null, action: `${opts.subjectType}.overdue`, entityType: table, entityId: id },
        opts.now,
      );
      return true;
    });
    if (done) flagged++;
  }
  return flagged;
}
