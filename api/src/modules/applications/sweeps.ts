/** The applications' sweeps: overdue flags for the office, and renewal reminders to borrowers. */
import type { Knex } from 'knex';
import { toDateOnly } from '../../db/query-helpers.js';
import { addDays, beijingDate } from '../workflow/clock.js';
import { notify } from '../workflow/notify.js';
import { flagOverdue } from '../workflow/overdue.js';
import type { Sweep } from '../workflow/sweeps.js';
import { APPLICATION_KIND_DEFS, type ApplicationKindDef } from './kinds.js';

/** Reminded once, this many days before a disbursed loan's 到期日. */
export const RENEWAL_REMINDER_DAYS = 30;
const BATCH = 200;

/**
 * 续贷提醒: a disbursed loan or renewal maturing within RENEWAL_REMINDER_DAYS gets its borrower one message.
 * The conditional update on renewal_reminded_at makes it once, whichever API instance runs it.
 */
export async function remindRenewals(db: Knex, def: ApplicationKindDef, now: Date): Promise<number> {
  const today = beijingDate(now);
  const due: { id: number; account_id: number; matures_on: unknown; institution_name: string }[] = await db(
    `${def.table} as a`,
  )
    .join('institutions as i', 'i.id', 'a.institution_id')
    .where('a.status', 'disbursed')
    .whereNull('a.renewal_reminded_at')
    .whereBetween('a.matures_on', [today, addDays(today, RENEWAL_REMINDER_DAYS)])
    .orderBy('a.matures_on')
    .limit(BATCH)
    .select('a.id', 'a.account_id', 'a.matures_on', 'i.name as institution_name');
  let reminded = 0;
  for (const row of due) {
    const done = await db.transaction(async (trx) => {
      const changed = await trx(def.table)
        .where({ id: row.id, status: 'disbursed' })
        .whereNull('renewal_reminded_at')
        .update({ renewal_reminded_at: now });
      if (changed === 0) return false;
      await notify(
        trx,
        Number(row.account_id),
        {
          title: '贷款即将到期，请及时办理续贷',
          body: `您在${row.institution_name}的贷款将于${toDateOnly(row.matures_on)}到期。如需续贷，请在到期前通过续贷中心提交续贷申请。`,
          link: '/market/renewal',
          subjectType: def.subjectType,
          subjectId: Number(row.id),
        },
        now,
      );
      return true;
    });
    if (done) reminded++;
  }
  return reminded;
}

export const applicationSweeps: Sweep[] = [
  ...APPLICATION_KIND_DEFS.map((def): Sweep => ({
    name: `${def.table}-overdue`,
    run: (deps, now) =>
      flagOverdue(deps.db, {
        subjectType: def.subjectType,
        awaitingStatus: 'submitted',
        now,
        institutionColumn: 'institution_id',
      }),
  })),
  ...APPLICATION_KIND_DEFS.filter((def) => def.matures).map((def): Sweep => ({
    name: `${def.table}-renewal-reminders`,
    run: (deps, now) => remindRenewals(deps.db, def, now),
  })),
];
