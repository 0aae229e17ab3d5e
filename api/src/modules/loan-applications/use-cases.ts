/** 立即申请 (§2.3): a borrower applies for a listed product; 首贷 (§2.10) only when eligible. */
import type { Request } from 'express';
import {
  formatWan,
  maskIdCard,
  wanToYuan,
  type LoanApplicationInput,
  type LoanChannel,
} from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import { conflict, fieldError, HttpError, notFound } from '../../http/errors.js';
import { insertApplication } from '../applications/create.js';
import { LOAN } from '../applications/kinds.js';
import { ownDetail } from '../applications/use-cases.js';
import { loanDetail } from '../applications/views.js';
import { firstLoanEligibility } from '../enterprise-authorizations/use-cases.js';
import { findProductRow } from '../products/repository.js';
import { createOnce, idempotencyKeyOf } from '../workflow/idempotency.js';

const OPEN_STATUSES = ['submitted', 'accepted', 'credit_granted'];

export async function applyForLoan(
  deps: AppDeps,
  principal: Principal,
  input: LoanApplicationInput,
  req: Request,
) {
  const key = idempotencyKeyOf(req);
  const now = deps.now();
  const { id } = await createOnce(
    deps.db,
    { accountId: principal.accountId, key, subjectType: 'loan_application', now },
    async (trx) => {
      const product = await findProductRow(trx, input.productId);
      if (!product || product.status === 'draft' || product.status === 'pending') throw notFound('产品');
      if (product.status !== 'listed')
        throw conflict('该产品已下架，暂不能申请，请选择其他产品', 'product_unavailable');

      if (input.applicantType !== principal.role) {
        throw fieldError(
          'applicantType',
          principal.role === 'enterprise' ? '企业用户请填写企业申请信息' : '个人用户请填写个人申请信息',
        );
      }
      const amountYuan = wanToYuan(input.amountWan);
      if (amountYuan > Number(product.max_amount_yuan))
        throw fieldError(
          'amountWan',
          `申请金额不能超过该产品最高额度${formatWan(Number(product.max_amount_yuan))}万元`,
        );
      if (input.termMonths > Number(product.max_term_months))
        throw fieldError('termMonths', `申请期限不能超过该产品最长期限${product.max_term_months}个月`);

      // A first-loan product is applied for through 首贷中心 only, by an eligible enterprise.
      const firstLoanProduct = Boolean(product.first_loan);
      if (input.channel === 'first_loan' && !firstLoanProduct)
        throw fieldError('channel', '该产品不是首贷产品，请通过金融超市申请');
      const channel: LoanChannel = firstLoanProduct ? 'first_loan' : 'market';
      if (channel === 'first_loan') {
        const eligibility = await firstLoanEligibility(trx, principal);
        if (!eligibility.eligible) {
          const status = eligibility.reason === 'has_loan_record' ? 409 : 403;
          throw new HttpError(status, eligibility.reason ?? 'first_loan_refused', eligibility.message ?? '');
        }
        if (input.applicantType === 'enterprise' && input.uscc !== eligibility.authorization?.uscc)
          throw fieldError('uscc', `统一社会信用代码须与企业授权一致（${eligibility.authorization?.uscc}）`);
      }

      const open = await trx('loan_applications')
        .where({ account_id: principal.accountId, product_id: input.productId })
        .whereIn('status', OPEN_STATUSES)
        .first('id');
      if (open)
        throw conflict('您已申请过该产品且仍在办理中，请在申请记录中查看进度', 'duplicate_application');

      const applicant =
        input.applicantType === 'personal'
          ? {
              applicant_name: input.applicantName,
              applicant_phone: input.applicantPhone,
              id_number_enc: deps.fieldCipher.encrypt(input.idNumber),
              id_number_masked: maskIdCard(input.idNumber),
              enterprise_name: null,
              uscc: null,
            }
          : {
              applicant_name: input.contactName,
              applicant_phone: input.contactPhone,
              id_number_enc: null,
              id_number_masked: null,
              enterprise_name: input.enterpriseName,
              uscc: input.uscc,
            };
      return insertApplication(trx, deps, {
        table: 'loan_applications',
        subjectType: 'loan_application',
        label: LOAN.label,
        principal,
        institutionId: Number(product.institution_id),
        columns: {
          applicant_type: input.applicantType,
          channel,
          product_id: input.productId,
          amount_yuan: amountYuan,
          term_months: input.termMonths,
          purpose: input.purpose,
          ...applicant,
          annual_income_yuan: input.annualIncomeWan === undefined ? null : wanToYuan(input.annualIncomeWan),
          current_loan_total_yuan:
            input.currentLoanTotalWan === undefined ? null : wanToYuan(input.currentLoanTotalWan),
          has_enforcement: input.hasEnforcement ?? null,
          has_overdue: input.hasOverdue ?? null,
          matures_on: null,
          renewal_reminded_at: null,
        },
        describe: `${product.institution_name}“${product.name}”，申请金额${formatWan(amountYuan)}万元`,
        now,
        req,
      });
    },
  );
  return ownDetail(deps, LOAN, loanDetail, principal, id);
}
