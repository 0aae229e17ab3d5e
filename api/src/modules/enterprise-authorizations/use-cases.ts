/** 企业授权 (§2.10) and the 首贷 eligibility that depends on it. */
import type { Request } from 'express';
import type { Knex } from 'knex';
import {
  maskIdCard,
  type CurrentEnterpriseAuthorization,
  type EnterpriseAuthorization,
  type EnterpriseAuthorizationInput,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { toIso } from '../../db/knex.js';
import { fieldError, tooManyRequests } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.js';

/** Attempts per account per 24 hours (a real registry charges per query). */
export const DAILY_ATTEMPTS = 5;

interface AuthorizationRow {
  id: number;
  enterprise_name: string;
  legal_person_name: string;
  legal_person_id_masked: string;
  uscc: string;
  status: 'verified' | 'failed';
  failure_reason: string | null;
  created_at: unknown;
}

const COLUMNS = [
  'id',
  'enterprise_name',
  'legal_person_name',
  'legal_person_id_masked',
  'uscc',
  'status',
  'failure_reason',
  'created_at',
];

const toAuthorization = (r: AuthorizationRow): EnterpriseAuthorization => ({
  id: Number(r.id),
  enterpriseName: r.enterprise_name,
  legalPersonName: r.legal_person_name,
  legalPersonIdMasked: r.legal_person_id_masked,
  uscc: r.uscc,
  status: r.status,
  failureReason: r.failure_reason,
  createdAt: toIso(r.created_at),
});

async function latestOf(db: Knex | Knex.Transaction, accountId: number, status?: 'verified') {
  const q = db('enterprise_authorizations').where('account_id', accountId);
  if (status) q.where('status', status);
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').first(COLUMNS)) as
    AuthorizationRow | undefined;
}

/** The verified 企业授权 in force for an account, if any. */
export async function verifiedAuthorization(db: Knex | Knex.Transaction, accountId: number) {
  const row = await latestOf(db, accountId, 'verified');
  return row ? toAuthorization(row) : null;
}

/**
 * Has this enterprise a recorded loan on the platform? A disbursed loan application or demand, or any
 * renewal or bridge application it did not withdraw (those forms declare an existing bank loan).
 */
export async function hasLoanRecord(db: Knex | Knex.Transaction, uscc: string): Promise<boolean> {
  const found = await db('loan_applications')
    .where({ uscc, status: 'disbursed' })
    .select(db.raw('1 as hit'))
    .unionAll((u) =>
      u.from('financing_demands').where({ uscc, status: 'disbursed' }).select(db.raw('1 as hit')),
    )
    .unionAll((u) =>
      u
        .from('renewal_applications')
        .where('uscc', uscc)
        .whereNot('status', 'withdrawn')
        .select(db.raw('1 as hit')),
    )
    .unionAll((u) =>
      u
        .from('bridge_applications')
        .where('uscc', uscc)
        .whereNot('status', 'withdrawn')
        .select(db.raw('1 as hit')),
    )
    .limit(1);
  return found.length > 0;
}

export type FirstLoanEligibility = CurrentEnterpriseAuthorization['firstLoan'] & {
  authorization: EnterpriseAuthorization | null;
};

export const FIRST_LOAN_MESSAGES = {
  not_enterprise: '首贷仅面向企业用户。个人用户请通过金融超市申请贷款或发布融资需求',
  authorization_required: '申请首贷前请先完成企业授权：个人中心 → 用户信息 → 企业授权',
  has_loan_record: '该企业在平台已有贷款记录，不属于首贷对象，请通过金融超市申请贷款',
} as const;

/**
 * May this borrower use 首贷中心? An enterprise with a verified 企业授权 and no recorded loan. Used by
 * first-loan applications and first-loan demands alike.
 */
export async function firstLoanEligibility(
  db: Knex | Knex.Transaction,
  principal: Pick<Principal, 'accountId' | 'role'>,
): Promise<FirstLoanEligibility> {
  const refuse = (
    reason: keyof typeof FIRST_LOAN_MESSAGES,
    authorization: EnterpriseAuthorization | null,
  ) => ({
    eligible: false,
    reason,
    message: FIRST_LOAN_MESSAGES[reason],
    authorization,
  });
  if (principal.role !== 'enterprise') return refuse('not_enterprise', null);
  const authorization = await verifiedAuthorization(db, principal.accountId);
  if (!authorization) return refuse('authorization_required', null);
  if (await hasLoanRecord(db, authorization.uscc)) return refuse('has_loan_record', authorization);
  return { eligible: true, reason: null, message: null, authorization };
}

export async function currentAuthorization(
  db: Knex,
  principal: Principal,
): Promise<CurrentEnterpriseAuthorization> {
  const [latest, eligibility] = await Promise.all([
    latestOf(db, principal.accountId),
    firstLoanEligibility(db, principal),
  ]);
  const { authorization, ...firstLoan } = eligibility;
  return { latest: latest ? toAuthorization(latest) : null, verified: authorization, firstLoan };
}

/**
 * 添加企业授权: checks the facts with the verification provider and records the outcome (verified or
 * failed, with the provider's reason). The USCC must be the one the enterprise registered with.
 */
export async function authorizeEnterprise(
  deps: AppDeps,
  principal: Principal,
  input: EnterpriseAuthorizationInput,
  req: Request,
): Promise<EnterpriseAuthorization> {
  const now = deps.now();
  const account = (await deps.db('accounts').where('id', principal.accountId).first('uscc')) as
    { uscc: string | null } | undefined;
  if (account?.uscc && account.uscc !== input.uscc)
    throw fieldError('uscc', `统一社会信用代码须与注册时填写的一致（${account.uscc}）`);
  const recent = await deps
    .db('enterprise_authorizations')
    .where('account_id', principal.accountId)
    .where('created_at', '>', new Date(now.getTime() - 86_400_000))
    .count<{ n: number | string }[]>({ n: '*' })
    .first();
  if (Number(recent?.n ?? 0) >= DAILY_ATTEMPTS)
    throw tooManyRequests('企业授权24小时内最多尝试5次，请稍后再试或联系平台工作人员');

  // Outside the transaction: the provider may take seconds, and its answer is recorded whatever it is.
  const outcome = await deps.enterpriseVerifier.verify(input);
  return deps.db.transaction(async (trx) => {
    const [id] = await trx('enterprise_authorizations').insert({
      account_id: principal.accountId,
      enterprise_name: input.enterpriseName,
      legal_person_name: input.legalPersonName,
      legal_person_id_enc: deps.fieldCipher.encrypt(input.legalPersonIdNumber),
      legal_person_id_masked: maskIdCard(input.legalPersonIdNumber),
      uscc: input.uscc,
      status: outcome.verified ? 'verified' : 'failed',
      provider: deps.enterpriseVerifier.name,
      failure_reason: outcome.verified ? null : outcome.reason,
      created_at: now,
    });
    const row = (await trx('enterprise_authorizations').where('id', id).first(COLUMNS)) as AuthorizationRow;
    const after = toAuthorization(row);
    await writeAudit(
      trx,
      {
        principal,
        action: outcome.verified ? 'enterprise_authorization.verified' : 'enterprise_authorization.failed',
        entityType: 'enterprise_authorizations',
        entityId: Number(id),
        after: { ...after, provider: deps.enterpriseVerifier.name },
        req,
      },
      now,
    );
    return after;
  });
}
