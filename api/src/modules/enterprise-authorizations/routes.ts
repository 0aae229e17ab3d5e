/** 企业授权 (§2.10): an enterprise borrower adds its authorization and reads where it stands. */
import {
  currentEnterpriseAuthorization,
  enterpriseAuthorization,
  enterpriseAuthorizationInput,
} from '@jrpt/contracts';
import { BORROWER, defineRoute } from '../../http/route.js';
import { authorizeEnterprise, currentAuthorization } from './use-cases.js';

const ENTERPRISE = { kind: 'borrower', types: ['enterprise'] } as const;

export const enterpriseAuthorizationRoutes = [
  defineRoute({
    method: 'post',
    path: '/enterprise-authorizations',
    summary: '添加企业授权：企业名称、法人姓名、法人身份证号码、统一社会信用代码经核验服务核验（仅企业用户）',
    tags: ['企业授权'],
    access: ENTERPRISE,
    body: enterpriseAuthorizationInput,
    response: enterpriseAuthorization,
    status: 201,
    handler: async ({ deps, body, principal, req }) => authorizeEnterprise(deps, principal, body, req),
  }),
  defineRoute({
    method: 'get',
    path: '/enterprise-authorizations/current',
    summary: '我的企业授权：最近一次核验、有效的授权，以及能否申请首贷（不能时说明原因）',
    tags: ['企业授权'],
    access: BORROWER,
    response: currentEnterpriseAuthorization,
    handler: async ({ deps, principal }) => currentAuthorization(deps.db, principal),
  }),
];
