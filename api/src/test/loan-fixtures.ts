/**
 * Fixtures for the loan marketplace tests: valid and unique 统一社会信用代码 and 身份证号, borrowers of each
 * type, staff of any institution, application forms and rows in any status.
 */
import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import {
  idCardCheckCharacter,
  usccCheckCharacter,
  type ApplicationStatus,
  type LoanApplicationEnterprise,
  type LoanApplicationPersonal,
} from '@jrpt/contracts';
import { hashPassword } from '../security/password.js';
import {
  DEMO_PASSWORD,
  loginBorrower,
  loginStaff,
  registerBorrower,
  testApp,
  type Agent,
  type TestApp,
} from './harness.js';

/** A valid 统一社会信用代码 no other test uses. */
export function uniqueUscc(): string {
  const first17 = `91620503${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** A valid 18-digit 身份证号 (born 1990-01-01 in 秦州区). */
export function validIdNumber(): string {
  const first17 = `620502199001011${String(randomInt(0, 100)).padStart(2, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

export interface Borrower {
  agent: Agent;
  accountId: number;
  phone: string;
  uscc: string | null;
}

export async function newPersonal(t: TestApp = testApp()): Promise<Borrower> {
  const b = await registerBorrower({ type: 'personal' }, t);
  return {
    agent: await loginBorrower(b.phone, b.password, t),
    accountId: b.accountId,
    phone: b.phone,
    uscc: null,
  };
}

/** An enterprise borrower with a USCC of its own (so 首贷 records never mix between tests). */
export async function newEnterprise(t: TestApp = testApp()): Promise<Borrower> {
  const b = await registerBorrower({ type: 'enterprise' }, t);
  const uscc = uniqueUscc();
  await t.db('accounts').where('id', b.accountId).update({ uscc });
  return { agent: await loginBorrower(b.phone, b.password, t), accountId: b.accountId, phone: b.phone, uscc };
}

export async function institutionId(name: string, t: TestApp = testApp()): Promise<number> {
  const row = await t.db('institutions').where('name', name).first('id');
  if (!row) throw new Error(`no institution ${name}`);
  return Number(row.id);
}

export async function productId(name: string, t: TestApp = testApp()): Promise<number> {
  const row = await t.db('products').where('name', name).first('id');
  if (!row) throw new Error(`no product ${name}`);
  return Number(row.id);
}

/** Logs in staff of an institution, creating the account the first time (gsbank is the demo one). */
export async function institutionStaff(name: string, t: TestApp = testApp()): Promise<Agent> {
  const loginName = `staff-${await institutionId(name, t)}`;
  if (!(await t.db('accounts').where('login_name', loginName).first('id'))) {
    const now = new Date();
    await t.db('accounts').insert({
      role: 'institution',
      login_name: loginName,
      display_name: `${name}测试人员`,
      institution_id: await institutionId(name, t),
      password_hash: await hashPassword(DEMO_PASSWORD, t.config.scryptCost),
      status: 'active',
      created_at: now,
      updated_at: now,
    });
  }
  return loginStaff(loginName, DEMO_PASSWORD, t);
}

export const personalForm = (product: number, over: Partial<LoanApplicationPersonal> = {}) => ({
  applicantType: 'personal' as const,
  productId: product,
  amountWan: 10,
  termMonths: 12,
  purpose: '装修',
  idNumber: validIdNumber(),
  applicantName: '王小明',
  applicantPhone: '13893812345',
  annualIncomeWan: 12,
  currentLoanTotalWan: 0,
  hasEnforcement: false,
  hasOverdue: false,
  agreed: true as const,
  ...over,
});

export const enterpriseForm = (
  product: number,
  uscc: string,
  over: Partial<LoanApplicationEnterprise> = {},
) => ({
  applicantType: 'enterprise' as const,
  productId: product,
  amountWan: 100,
  termMonths: 12,
  purpose: '采购原材料',
  enterpriseName: '天水市测试农产品有限公司',
  uscc,
  contactName: '李四',
  contactPhone: '13909381234',
  agreed: true as const,
  ...over,
});

/** Submits a loan application through the API and returns its detail. */
export async function submitLoan(agent: Agent, body: object, key?: string) {
  const req = agent.post('/api/loan-applications');
  if (key) req.set('Idempotency-Key', key);
  const res = await req.send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; version: number; status: ApplicationStatus };
}

/** Makes an application row directly in a given status (for the table-driven transition tests). */
export async function loanRowIn(
  status: ApplicationStatus,
  opts: { accountId: number; productId: number; institutionId: number; uscc?: string | null },
  t: TestApp = testApp(),
): Promise<number> {
  const now = new Date();
  const [id] = await t.db('loan_applications').insert({
    account_id: opts.accountId,
    applicant_type: opts.uscc ? 'enterprise' : 'personal',
    channel: 'market',
    product_id: opts.productId,
    institution_id: opts.institutionId,
    amount_yuan: 1_000_000,
    term_months: 12,
    purpose: '流动资金',
    applicant_name: '李四',
    applicant_phone: '13909381234',
    enterprise_name: opts.uscc ? '天水市测试农产品有限公司' : null,
    uscc: opts.uscc ?? null,
    status,
    version: 1,
    credit_amount_yuan: ['credit_granted', 'disbursed'].includes(status) ? 800_000 : null,
    disbursed_amount_yuan: status === 'disbursed' ? 500_000 : null,
    respond_by: new Date(now.getTime() + 3 * 86_400_000),
    created_at: now,
    updated_at: now,
  });
  return Number(id);
}
