/** 提交续贷申请 (§2.11): the borrower asks the lender of a maturing loan to renew it. */
import type { Request } from 'express';
import { formatWan, percentToBp, wanToYuan, type RenewalApplicationInput } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import {
  insertApplication,
  requireInstitution,
  requireNotPast,
  requireRegion,
} from '../applications/create.js';
import { RENEWAL } from '../applications/kinds.js';
import { ownDetail } from '../applications/use-cases.js';
import { renewalDetail } from '../applications/views.js';
import { createOnce, idempotencyKeyOf } from '../workflow/idempotency.js';

export async function applyForRenewal(
  deps: AppDeps,
  principal: Principal,
  input: RenewalApplicationInput,
  req: Request,
) {
  const key = idempotencyKeyOf(req);
  const now = deps.now();
  const { id } = await createOnce(
    deps.db,
    { accountId: principal.accountId, key, subjectType: 'renewal_application', now },
    async (trx) => {
      const institution = await requireInstitution(trx, 'institutionId', '贷款机构', input.institutionId);
      await requireRegion(trx, input.regionId);
      requireNotPast('maturityDate', '到期日', input.maturityDate, now);
      const amountYuan = wanToYuan(input.amountWan);
      return insertApplication(trx, deps, {
        table: 'renewal_applications',
        subjectType: 'renewal_application',
        label: RENEWAL.label,
        principal,
        institutionId: institution.id,
        columns: {
          amount_yuan: amountYuan,
          term_months: input.termMonths,
          maturity_date: input.maturityDate,
          method: input.method,
          rate_bp: percentToBp(input.ratePercent),
          region_id: input.regionId,
          enterprise_name: input.enterpriseName,
          uscc: input.uscc,
          real_name: input.realName,
          gender: input.gender,
          phone: input.phone,
          matures_on: null,
          renewal_reminded_at: null,
        },
        describe: `${institution.name}，续贷金额${formatWan(amountYuan)}万元`,
        now,
        req,
      });
    },
  );
  return ownDetail(deps, RENEWAL, renewalDetail, principal, id);
}
