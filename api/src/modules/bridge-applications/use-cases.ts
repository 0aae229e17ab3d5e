/** 转贷（过桥）申请: bridge funds to repay a maturing loan until its lender lends again. */
import type { Request } from 'express';
import { formatWan, wanToYuan, type BridgeApplicationInput } from '@jrpt/contracts';
import type { AppDeps, Principal } from '../../app-deps.js';
import {
  insertApplication,
  requireInstitution,
  requireNotPast,
  requireRegion,
} from '../applications/create.js';
import { BRIDGE } from '../applications/kinds.js';
import { ownDetail } from '../applications/use-cases.js';
import { bridgeDetail } from '../applications/views.js';
import { createOnce, idempotencyKeyOf } from '../workflow/idempotency.js';

export async function applyForBridge(
  deps: AppDeps,
  principal: Principal,
  input: BridgeApplicationInput,
  req: Request,
) {
  const key = idempotencyKeyOf(req);
  const now = deps.now();
  const { id } = await createOnce(
    deps.db,
    { accountId: principal.accountId, key, subjectType: 'bridge_application', now },
    async (trx) => {
      const institution = await requireInstitution(trx, 'institutionId', '原贷款机构', input.institutionId);
      await requireRegion(trx, input.regionId);
      requireNotPast('maturityDate', '原贷款到期日', input.maturityDate, now);
      const amountYuan = wanToYuan(input.amountWan);
      return insertApplication(trx, deps, {
        table: 'bridge_applications',
        subjectType: 'bridge_application',
        label: BRIDGE.label,
        principal,
        institutionId: institution.id,
        columns: {
          amount_yuan: amountYuan,
          maturity_date: input.maturityDate,
          days: input.days,
          region_id: input.regionId,
          enterprise_name: input.enterpriseName,
          uscc: input.uscc,
          real_name: input.realName,
          gender: input.gender,
          phone: input.phone,
        },
        describe: `${institution.name}，转贷金额${formatWan(amountYuan)}万元`,
        now,
        req,
      });
    },
  );
  return ownDetail(deps, BRIDGE, bridgeDetail, principal, id);
}
