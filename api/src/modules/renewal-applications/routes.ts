/** 续贷申请 (§2.11): 提交续贷申请, the borrower's records and the lender's inbox. */
import { renewalApplicationDetail, renewalApplicationInput } from '@jrpt/contracts';
import { BORROWER, defineRoute } from '../../http/route.js';
import { RENEWAL } from '../applications/kinds.js';
import { applicationRoutes } from '../applications/routes.js';
import { renewalDetail } from '../applications/views.js';
import { applyForRenewal } from './use-cases.js';

export const renewalApplicationRoutes = [
  defineRoute({
    method: 'post',
    path: '/renewal-applications',
    summary:
      '提交续贷申请：贷款金额、贷款期限、到期日、融资方式、贷款利率、贷款机构、所属区域、企业名称、统一社会信用代码、真实姓名、性别、联系电话，须同意《用户授权协议》。可带 Idempotency-Key 请求头',
    tags: [RENEWAL.label],
    access: BORROWER,
    body: renewalApplicationInput,
    response: renewalApplicationDetail,
    status: 201,
    handler: async ({ deps, body, principal, req }) => applyForRenewal(deps, principal, body, req),
  }),
  ...applicationRoutes(RENEWAL, { schema: renewalApplicationDetail, build: renewalDetail }),
];
