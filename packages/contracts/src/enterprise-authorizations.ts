/** 企业授权 (§2.10): an enterprise proves who it is before 首贷; checked against the registry service. */
import { z } from 'zod';
import { idCard, text, uscc } from './fields.js';
import { ENTERPRISE_AUTHORIZATION_STATUSES } from './enums.js';

export const enterpriseAuthorizationInput = z.object({
  enterpriseName: text('企业名称', { min: 2, max: 100 }),
  legalPersonName: text('法人姓名', { min: 2, max: 30 }),
  legalPersonIdNumber: idCard('法人身份证号码'),
  uscc: uscc(),
});
export type EnterpriseAuthorizationInput = z.infer<typeof enterpriseAuthorizationInput>;

export const enterpriseAuthorization = z.object({
  id: z.number().int(),
  enterpriseName: z.string(),
  legalPersonName: z.string(),
  /** Always masked (6201**********1234). */
  legalPersonIdMasked: z.string(),
  uscc: z.string(),
  status: z.enum(ENTERPRISE_AUTHORIZATION_STATUSES),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
});
export type EnterpriseAuthorization = z.infer<typeof enterpriseAuthorization>;

/**
 * GET /enterprise-authorizations/current: the last attempt, the verified authorization in force (if any),
 * and whether the enterprise may use 首贷中心 (with what to do when it may not).
 */
export const currentEnterpriseAuthorization = z.object({
  latest: enterpriseAuthorization.nullable(),
  verified: enterpriseAuthorization.nullable(),
  firstLoan: z.object({
    eligible: z.boolean(),
    /** authorization_required | has_loan_record | not_enterprise, when not eligible. */
    reason: z.enum(['authorization_required', 'has_loan_record', 'not_enterprise']).nullable(),
    message: z.string().nullable(),
  }),
});
export type CurrentEnterpriseAuthorization = z.infer<typeof currentEnterpriseAuthorization>;
