/** 贷款申请: 立即申请 (§2.3, 首贷 §2.10), 申请记录 (§2.4) and the institutions' inbox. */
import { loanApplicationDetail, loanApplicationInput } from '@jrpt/contracts';
import { BORROWER, defineRoute } from '../../http/route.js';
import { LOAN } from '../applications/kinds.js';
import { applicationRoutes } from '../applications/routes.js';
import { loanDetail } from '../applications/views.js';
import { applyForLoan } from './use-cases.js';

export const loanApplicationRoutes = [
  defineRoute({
    method: 'post',
    path: '/loan-applications',
    summary:
      '立即申请：个人或企业申请表（与账号类型一致），金额、期限不超过产品上限；须同意《用户授权协议》。首贷产品仅限已完成企业授权且无贷款记录的企业。可带 Idempotency-Key 请求头：同一标识重复提交返回第一次的申请',
    tags: [LOAN.label],
    access: BORROWER,
    body: loanApplicationInput,
    response: loanApplicationDetail,
    status: 201,
    handler: async ({ deps, body, principal, req }) => applyForLoan(deps, principal, body, req),
  }),
  ...applicationRoutes(LOAN, { schema: loanApplicationDetail, build: loanDetail }),
];
