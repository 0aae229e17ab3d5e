/** The workflow core against the real database: applyTransition, createOnce, flagOverdue, notify. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../app-deps.js';
import { HttpError } from '../../http/errors.js';
import { DEMO_ACCOUNTS, testApp } from '../../test/harness.js';
import { readStats } from '../home/stats.js';
import { createOnce } from './idempotency.js';
import { flagOverdue } from './overdue.js';
import { applyTransition } from './transitions.js';

const t = testApp();
let borrower: Principal;
let bankStaff: Principal;
let office: Principal;
let productId: number;
let institutionId: number;

const principal = (accountId: number, role: Principal['role'], inst: number | null = null): Principal => ({
  accountId,
  role,
  institutionId: inst,
  sessionId: 'test',
  csrfToken: 'test',
});

async function insertApplication(over: Record<string, unknown> = {}): Promise<number> {
  const now = new Date();
  const [id] = await t.db('loan_applications').insert({
    account_id: borrower.accountId,
    applicant_type: 'enterprise',
    channel: 'market',
    product_id: productId,
    institution_id: institutionId,
    amount_yuan: 1_000_000,
    term_months: 12,
    purpose: '流动资金',
    applicant_name: '李四',
    applicant_phone: '13909386116',
    enterprise_name: DEMO_ACCOUNTS.enterprise.enterpriseName,
    uscc: DEMO_ACCOUNTS.enterprise.uscc,
    status: 'submitted',
    version: 1,
    respond_by: new Date(now.getTime() + 86_400_000),
    created_at: now,
    updated_at: now,
    ...over,
  });
  return Number(id);
}

async function expectHttpError(promise: Promise<unknown>, status: number, code?: string) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  expect((err as HttpError).status).toBe(status);
  if (code) expect((err as HttpError).code).toBe(code);
  return err as HttpError;
}

const transit = (input: Omit<Parameters<typeof applyTransition>[1], 'subjectType' | 'describe' | 'now'>) =>
  t.db.transaction((trx) =>
    applyTransition(trx, {
      subjectType: 'loan_application',
      describe: '甘肃银行“抗疫贷”',
      now: new Date(),
      ...input,
    }),
  );

beforeAll(async () => {
  const ent = await t.db('accounts').where('phone', DEMO_ACCOUNTS.enterprise.phone).first('id');
  const staff = await t.db('accounts').where('login_name', 'gsbank').first('id', 'institution_id');
  const off = await t.db('accounts').where('login_name', 'office').first('id');
  borrower = principal(Number(ent.id), 'enterprise');
  institutionId = Number(staff.institution_id);
  bankStaff = principal(Number(staff.id), 'institution', institutionId);
  office = principal(Number(off.id), 'office');
  const product = await t
    .db('products')
    .where({ institution_id: institutionId, status: 'listed' })
    .first('id');
  productId = Number(product.id);
});

describe('applyTransition', () => {
  it('moves the status, bumps the version, writes the timeline, the audit and the message', async () => {
    const id = await insertApplication();
    const result = await transit({ id, action: 'accept', principal: bankStaff, version: 1 });
    expect(result).toEqual({ from: 'submitted', to: 'accepted', version: 2, accountId: borrower.accountId });
    const row = await t.db('loan_applications').where({ id }).first('status', 'version');
    expect(row).toEqual({ status: 'accepted', version: 2 });
    const events = await t.db('status_events').where({ subject_type: 'loan_application', subject_id: id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'accept', from_status: 'submitted', to_status: 'accepted' });
    expect(Number(events[0].institution_id)).toBe(institutionId);
    const audit = await t.db('audit_logs').where({ entity_type: 'loan_applications', entity_id: String(id) });
    expect(audit.map((a) => a.action)).toEqual(['loan_application.accept']);
    const messages = await t.db('messages').where({ subject_type: 'loan_application', subject_id: id });
    expect(messages).toHaveLength(1);
    expect(messages[0].title).toBe('贷款申请已受理');
    expect(messages[0].link).toBe(`/personal/applications/loan/${id}`);
    expect(Number(messages[0].account_id)).toBe(borrower.accountId);
  });

  it('refuses a stale version, an illegal action, the wrong actor, a missing amount or reason', async () => {
    const id = await insertApplication();
    await expectHttpError(
      transit({ id, action: 'accept', principal: bankStaff, version: 7 }),
      409,
      'stale_version',
    );
    await expectHttpError(
      transit({ id, action: 'disburse', principal: bankStaff }),
      409,
      'illegal_transition',
    );
    await expectHttpError(transit({ id, action: 'accept', principal: borrower }), 403);
    await expectHttpError(transit({ id, action: 'accept', principal: office }), 403);
    await expectHttpError(transit({ id, action: 'withdraw', principal: bankStaff }), 403);
    const noReason = await expectHttpError(transit({ id, action: 'reject', principal: bankStaff }), 400);
    expect(noReason.fields).toHaveProperty('reasonCode');
    const noNote = await expectHttpError(
      transit({ id, action: 'reject', principal: bankStaff, reasonCode: 'other' }),
      400,
    );
    expect(noNote.fields).toHaveProperty('note');
    await transit({ id, action: 'accept', principal: bankStaff });
    const noAmount = await expectHttpError(
      transit({ id, action: 'grant_credit', principal: bankStaff }),
      400,
    );
    expect(noAmount.fields).toHaveProperty('amountWan');
    // Nothing of the refused attempts was written.
    expect(
      await t.db('status_events').where({ subject_type: 'loan_application', subject_id: id }),
    ).toHaveLength(1);
  });

  it('counts credit and disbursement on the home page in the same transaction', async () => {
    const id = await insertApplication();
    const before = await readStats(t.db);
    await transit({ id, action: 'accept', principal: bankStaff });
    await transit({ id, action: 'grant_credit', principal: bankStaff, amountYuan: 800_000 });
    await transit({ id, action: 'disburse', principal: bankStaff, amountYuan: 500_000 });
    const after = await readStats(t.db);
    expect(after.credit_count - before.credit_count).toBe(1);
    expect(after.credit_amount_yuan - before.credit_amount_yuan).toBe(800_000);
    expect(after.financed_count - before.financed_count).toBe(1);
    expect(after.financed_amount_yuan - before.financed_amount_yuan).toBe(500_000);
    const row = await t.db('loan_applications').where({ id }).first();
    expect(Number(row.credit_amount_yuan)).toBe(800_000);
    expect(Number(row.disbursed_amount_yuan)).toBe(500_000);
    const last = await t
      .db('messages')
      .where({ subject_type: 'loan_application', subject_id: id })
      .orderBy('id', 'desc')
      .first();
    expect(last.title).toBe('贷款申请已放款');
    expect(last.body).toContain('放款金额50万元');
  });

  it('lets one of two simultaneous transitions win; the other gets 409', async () => {
    const id = await insertApplication();
    const results = await Promise.allSettled([
      transit({ id, action: 'accept', principal: bankStaff, version: 1 }),
      transit({ id, action: 'accept', principal: bankStaff, version: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as HttpError).status).toBe(409);
    expect(
      await t.db('status_events').where({ subject_type: 'loan_application', subject_id: id }),
    ).toHaveLength(1);
  });
});

describe('createOnce (Idempotency-Key)', () => {
  it('makes one record for a key, even for simultaneous requests', async () => {
    const key = `k-${Date.now()}-abc`;
    const run = () =>
      createOnce(
        t.db,
        { accountId: borrower.accountId, key, subjectType: 'loan_application', now: new Date() },
        async (trx) => {
          const [id] = await trx('loan_applications').insert({
            account_id: borrower.accountId,
            applicant_type: 'enterprise',
            channel: 'market',
            product_id: productId,
            institution_id: institutionId,
            amount_yuan: 10_000,
            term_months: 6,
            purpose: key,
            applicant_name: '李四',
            applicant_phone: '13909386116',
            status: 'submitted',
            version: 1,
            created_at: new Date(),
            updated_at: new Date(),
          });
          return Number(id);
        },
      );
    const [a, b] = await Promise.all([run(), run()]);
    const c = await run();
    expect(a.id).toBe(b.id);
    expect(c.id).toBe(a.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(c.replayed).toBe(true);
    expect(await t.db('loan_applications').where('purpose', key)).toHaveLength(1);
  });

  it('refuses a key reused for another kind of record', async () => {
    const key = `k-${Date.now()}-xyz`;
    const opts = { accountId: borrower.accountId, key, now: new Date() };
    await t.db('idempotency_keys').insert({
      account_id: borrower.accountId,
      key,
      subject_type: 'financing_demand',
      subject_id: 1,
      created_at: new Date(),
    });
    await expectHttpError(
      createOnce(t.db, { ...opts, subjectType: 'loan_application' }, async () => 1),
      409,
      'idempotency_key_reused',
    );
  });
});

describe('flagOverdue', () => {
  it('flags what is still awaiting after respond_by, once, with a timeline entry', async () => {
    const now = new Date();
    const late = await insertApplication({ respond_by: new Date(now.getTime() - 60_000) });
    const onTime = await insertApplication({ respond_by: new Date(now.getTime() + 3_600_000) });
    const answered = await insertApplication({
      status: 'accepted',
      respond_by: new Date(now.getTime() - 60_000),
    });
    const opts = {
      subjectType: 'loan_application' as const,
      awaitingStatus: 'submitted',
      now,
      institutionColumn: 'institution_id',
    };
    const [first, second] = await Promise.all([flagOverdue(t.db, opts), flagOverdue(t.db, opts)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect(await flagOverdue(t.db, opts)).toBe(0);
    const rows = await t
      .db('loan_applications')
      .whereIn('id', [late, onTime, answered])
      .orderBy('id')
      .select('id', 'overdue_at');
    expect(rows.map((r) => r.overdue_at !== null)).toEqual([true, false, false]);
    const events = await t
      .db('status_events')
      .where({ subject_type: 'loan_application', subject_id: late, action: 'overdue' });
    expect(events).toHaveLength(1);
    expect(Number(events[0].institution_id)).toBe(institutionId);
  });
});
