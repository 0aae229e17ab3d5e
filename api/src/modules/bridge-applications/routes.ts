/** 转贷申请: the application by analogy with 续贷, the borrower's records and the lender's inbox. */
import { bridgeApplicationDetail, bridgeApplicationInput } from '@jrpt/contracts';
import { BORROWER, defineRoute } from '../../http/route.js';
import { BRIDGE } from '../applications/kinds.js';
import { applicationRoutes } from '../applications/routes.js';
import { bridgeDetail } from '../applications/views.js';
import { applyForBridge } from './use-cases.js';

export const bridgeApplicationRoutes = [
  defineRoute({
    method: 'post',
    path: '/bridge-applications',
    summary:
      '提交转贷申请：转贷金额、原贷款机构、原贷款到期日、使用天数、所属区域、企业名称、统一社会信用代码、真实姓名、性别、联系电话，须同意《用户授权协议》。可带 Idempotency-Key 请求头',
    tags: [BRIDGE.label],
    access: BORROWER,
    body: bridgeApplicationInput,
    response: bridgeApplicationDetail,
    status: 201,
    handler: async ({ deps, body, principal, req }) => applyForBridge(deps, principal, body, req),
  }),
  ...applicationRoutes(BRIDGE, { schema: bridgeApplicationDetail, build: bridgeDetail }),
];
