/** The response clock and the sweeps, with a clock the test controls: overdue flags, renewal reminders. */
import { describe, expect, it } from 'vitest';
import type { AdminApplicationRow, LoanApplicationDetail } from '@jrpt/contracts';
import {
  DEMO_PASSWORD,
  loginBorrower,
  loginStaff,
  manualClock,
  registerBorrower,
  testApp,
} from '../../test/harness.js';
import { institutionId, loanRowIn, personalForm, productId, submitLoan } from '../../test/loan-fixtures.js';
import { addDays, beijingDate } from '../workflow/clock.js';
import { runSweeps } from '../workflow/sweeps.js';
import { applicationSweeps } from './sweeps.js';

const HOUR = 3_600_000;

async function borrowerOn(app: ReturnType<typeof testApp>) {
  const b = await registerBorrower({ type: 'personal' }, app);
  return { ...b, agent: await loginBorrower(b.phone, b.password, app) };
}

describe('the response clock', () => {
  it('gives an institution 3 working days and flags what it has not answered by then', async () => {
    // Monday 2026-12-07 10:00 Beijing.
    const clock = manualClock(new Date('2026-12-07T02:00:00Z'));
    const app = testApp({ now: clock.now });
    const b = await borrowerOn(app);
    const detail = (await submitLoan(
      b.agent,
      personalForm(await productId('安e贷', app)),
    )) as unknown as LoanApplicationDetail;
    // Due by the end of Thursday (24:00 Beijing).
    expect(detail.respondBy).toBe('2026-12-10T16:00:00.000Z');

    await runSweeps(app.deps, applicationSweeps, new Date('2026-12-10T15:59:00Z'));
    expect(
      (await app.db('loan_applications').where('id', detail.id).first('overdue_at')).overdue_at,
    ).toBeNull();

    clock.advance(4 * 24 * HOUR); // Friday
    // Sessions expire on the test's clock too: log in on Friday.
    const bank = await loginStaff('gsbank', DEMO_PASSWORD, app);
    const office = await loginStaff('office', DEMO_PASSWORD, app);
    const borrower = await loginBorrower(b.phone, b.password, app);
    // Two API instances sweeping at once flag it once.
    await Promise.all([runSweeps(app.deps, applicationSweeps), runSweeps(app.deps, applicationSweeps)]);
    const events = await app
      .db('status_events')
      .where({ subject_type: 'loan_application', subject_id: detail.id, action: 'overdue' });
    expect(events).toHaveLength(1);
    const flagged = await office.get('/api/admin/loan-applications?overdue=true&_end=500').expect(200);
    const row = (flagged.body as AdminApplicationRow[]).find((r) => r.id === detail.id);
    expect(row).toMatchObject({ overdue: true, status: 'submitted' });
    expect(row!.overdueAt).toBe(clock.now().toISOString());
    const notFlagged = await office.get('/api/admin/loan-applications?overdue=false&_end=500').expect(200);
    expect((notFlagged.body as AdminApplicationRow[]).some((r) => r.id === detail.id)).toBe(false);
    const own = await borrower.get(`/api/loan-applications/${detail.id}`).expect(200);
    expect(own.body.timeline.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['submit', 'borrower'],
      ['overdue', 'system'],
    ]);

    // Answered late: no longer awaiting, the flag stays on record.
    const accepted = await bank
      .post(`/api/admin/loan-applications/${detail.id}/transitions`)
      .send({ action: 'accept', version: 1 })
      .expect(200);
    expect(accepted.body.respondBy).toBeNull();
    expect(accepted.body.overdueAt).not.toBeNull();
    const after = await office.get(`/api/admin/loan-applications?id=${detail.id}`).expect(200);
    expect(after.body[0]).toMatchObject({ overdue: false, status: 'accepted' });
  });

  it('skips the National Day holidays and counts the make-up Saturday', async () => {
    const app = testApp({ now: () => new Date('2026-09-30T02:00:00Z') });
    const b = await borrowerOn(app);
    const detail = (await submitLoan(
      b.agent,
      personalForm(await productId('安e贷', app)),
    )) as unknown as LoanApplicationDetail;
    // 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, worked): due by the end of 10-10.
    expect(detail.respondBy).toBe('2026-10-10T16:00:00.000Z');
  });
});

describe('renewal reminders', () => {
  it('reminds the borrower once when a disbursed loan matures within 30 days', async () => {
    const app = testApp();
    const b = await registerBorrower({ type: 'personal' }, app);
    const ref = {
      accountId: b.accountId,
      productId: await productId('安e贷', app),
      institutionId: await institutionId('甘肃银行', app),
    };
    const now = new Date();
    const soon = await loanRowIn('disbursed', ref, app);
    const later = await loanRowIn('disbursed', ref, app);
    const past = await loanRowIn('disbursed', ref, app);
    await app
      .db('loan_applications')
      .where('id', soon)
      .update({ matures_on: addDays(beijingDate(now), 20) });
    await app
      .db('loan_applications')
      .where('id', later)
      .update({ matures_on: addDays(beijingDate(now), 45) });
    await app
      .db('loan_applications')
      .where('id', past)
      .update({ matures_on: addDays(beijingDate(now), -1) });

    await Promise.all([
      runSweeps(app.deps, applicationSweeps, now),
      runSweeps(app.deps, applicationSweeps, now),
    ]);
    await runSweeps(app.deps, applicationSweeps, new Date(now.getTime() + HOUR));
    const messages = await app
      .db('messages')
      .where({ account_id: b.accountId, title: '贷款即将到期，请及时办理续贷' });
    expect(messages).toHaveLength(1);
    expect(Number(messages[0].subject_id)).toBe(soon);
    expect(messages[0].link).toBe('/market/renewal');
    expect(messages[0].body).toContain(addDays(beijingDate(now), 20));

    // Fifteen days on, the other loan comes within 30 days.
    await runSweeps(app.deps, applicationSweeps, new Date(now.getTime() + 16 * 24 * HOUR));
    expect(
      await app.db('messages').where({ account_id: b.accountId, title: '贷款即将到期，请及时办理续贷' }),
    ).toHaveLength(2);
  });
});
