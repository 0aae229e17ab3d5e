/**
 * 发布融资需求 (§2.7): the borrower's form, the products recommended for it, 需求记录 and the staff's
 * desk. Statuses, actions and the transition table are in demands.ts.
 */
import { z } from 'zod';
import { id, mobile, months, oneOf, optionalText, ratePercent, text, wan } from './fields.js';
import { BORROWER_TYPES, INSTITUTION_TYPES } from './enums.js';
import { pageQuery } from './common.js';
import { productSummary } from './products.js';
import { gender, GENDERS, statusEvent, versionField } from './workflow.js';
import {
  DEMAND_CHANNELS,
  DEMAND_METHODS,
  DEMAND_METHOD_LABELS,
  DEMAND_STATUSES,
  DEMAND_STATUS_LABELS,
  type DemandStatus,
} from './demands.js';
import { REJECT_REASON_CODES, REJECT_REASON_LABELS } from './loans.js';

/** The most institutions one demand may name (§2.7 lists 14). */
export const MAX_DEMAND_INSTITUTIONS = 20;

/**
 * The §2.7 form. 企业/个人 is the account's type, not a field. 期望机构: an empty list means 不限 (the
 * demand goes to the pool any institution may claim). 企业名称 is required for enterprise accounts only
 * (the API checks it against the account; `demandFieldErrors` says the same to a form).
 */
export const financingDemandInput = z
  .object({
    amountWan: wan('融资金额', 100_000),
    termMonths: months('融资期限'),
    purpose: text('融资用途', { max: 100 }),
    method: oneOf('融资方式', DEMAND_METHODS, DEMAND_METHOD_LABELS),
    rateMinPercent: ratePercent('期望利率（最低）'),
    rateMaxPercent: ratePercent('期望利率（最高）'),
    institutionIds: z
      .array(id('期望机构'), { error: '期望机构不正确' })
      .max(MAX_DEMAND_INSTITUTIONS, { error: `期望机构最多选择${MAX_DEMAND_INSTITUTIONS}家` })
      .default([])
      .meta({ title: '期望机构（空为不限）' }),
    regionId: id('所属区域'),
    contactName: text('真实姓名', { min: 2, max: 30 }),
    gender: gender(),
    contactPhone: mobile('联系电话'),
    enterpriseName: optionalText('企业名称', 100),
    /** 发布首贷需求 (§2.10): only an enterprise with a verified 企业授权 and no recorded loan. */
    firstLoan: z.boolean({ error: '首贷需求标记不正确' }).default(false),
  })
  .superRefine((v, ctx) => {
    if (v.rateMinPercent > v.rateMaxPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['rateMaxPercent'],
        message: '期望利率的最高值不能低于最低值',
      });
    }
    if (new Set(v.institutionIds).size !== v.institutionIds.length) {
      ctx.addIssue({ code: 'custom', path: ['institutionIds'], message: '期望机构不能重复选择' });
    }
  });
export type FinancingDemandInput = z.infer<typeof financingDemandInput>;
/** What a form holds before parsing (amounts may still be strings). */
export type FinancingDemandForm = z.input<typeof financingDemandInput>;

/** What the schema cannot know, the account's type: field → message, empty when the form fits the account. */
export function demandFieldErrors(
  input: { enterpriseName?: string | null; firstLoan?: boolean },
  borrowerType: 'personal' | 'enterprise',
): Record<string, string> {
  const out: Record<string, string> = {};
  if (borrowerType === 'enterprise' && !input.enterpriseName?.trim()) out.enterpriseName = '请填写企业名称';
  if (borrowerType === 'personal' && input.firstLoan) out.firstLoan = '首贷需求仅限企业用户发布';
  return out;
}

/** One recommended product: how well it fits (0-100) and why, in the borrower's words. */
export const productRecommendation = z.object({
  product: productSummary,
  score: z.number().int().min(0).max(100),
  /** What fits, e.g. 「额度满足：最高300万 ≥ 申请100万」. */
  reasons: z.array(z.string()),
  /** What does not fit without ruling the product out, e.g. 「利率偏高：最低7.20% > 期望最高6.00%」. */
  mismatches: z.array(z.string()),
});
export type ProductRecommendation = z.infer<typeof productRecommendation>;

/** 初审结果, read from the status: 初审通过 and everything after it, or 初审未通过. */
export const DEMAND_REVIEW_RESULTS = ['passed', 'failed'] as const;
export type DemandReviewResult = (typeof DEMAND_REVIEW_RESULTS)[number];
export const DEMAND_REVIEW_RESULT_LABELS: Record<DemandReviewResult, string> = {
  passed: '初审通过',
  failed: '初审未通过',
};
export function demandReviewResult(status: DemandStatus): DemandReviewResult | null {
  if (status === 'review_failed') return 'failed';
  if (status === 'review_passed' || status === 'credit_granted' || status === 'disbursed') return 'passed';
  return null;
}

/**
 * What staff do on the desk: the table's institution actions plus 关联产品 (归属产品), which changes no
 * status and is allowed while 已受理 to the institution holding the demand. 抢单 and 派单 have their own
 * endpoints.
 */
export const DEMAND_DESK_ACTIONS = [
  'accept',
  'decline',
  'attach_product',
  'review_pass',
  'review_fail',
  'grant_credit',
  'disburse',
] as const;
export type DemandDeskAction = (typeof DEMAND_DESK_ACTIONS)[number];
export const DEMAND_DESK_ACTION_LABELS: Record<DemandDeskAction, string> = {
  accept: '受理',
  decline: '退回',
  attach_product: '关联产品',
  review_pass: '初审通过',
  review_fail: '初审未通过',
  grant_credit: '授信',
  disburse: '放款',
};
/** Every button a staff member may be offered on a demand. */
export const DEMAND_STAFF_ACTIONS = ['claim', 'dispatch', ...DEMAND_DESK_ACTIONS] as const;
export type DemandStaffAction = (typeof DEMAND_STAFF_ACTIONS)[number];
export const DEMAND_STAFF_ACTION_LABELS: Record<DemandStaffAction, string> = {
  claim: '抢单',
  dispatch: '派单',
  ...DEMAND_DESK_ACTION_LABELS,
};

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null || v === '' ? undefined : v), schema.optional());

/**
 * POST /admin/financing-demands/:id/transitions. productId: 归属产品 (attach_product; optional with
 * accept and review_pass); amountWan: 授信/放款金额; reasonCode (+ note): 退回 and 初审未通过.
 */
export const demandTransitionRequest = z.object({
  action: oneOf('操作', DEMAND_DESK_ACTIONS, DEMAND_DESK_ACTION_LABELS),
  productId: optional(id('归属产品')),
  amountWan: optional(wan('金额', 100_000)),
  reasonCode: optional(oneOf('原因', REJECT_REASON_CODES, REJECT_REASON_LABELS)),
  note: optionalText('备注', 500),
  version: versionField(),
});
export type DemandTransitionRequest = z.infer<typeof demandTransitionRequest>;

/** 抢单: the version is optional (the first claim wins whatever the caller saw). */
export const demandClaimRequest = z.object({ version: versionField().optional() });
export type DemandClaimRequest = z.infer<typeof demandClaimRequest>;

/** 派单: the office gives a pending demand to one institution, which must answer within the response clock. */
export const demandDispatchRequest = z.object({
  institutionId: id('派单机构'),
  note: optionalText('备注', 500),
  version: versionField().optional(),
});
export type DemandDispatchRequest = z.infer<typeof demandDispatchRequest>;

/** 需求记录: page, and optionally one status. */
export const demandListQuery = pageQuery.extend({
  status: oneOf('状态', DEMAND_STATUSES, DEMAND_STATUS_LABELS).optional(),
});
export type DemandListQuery = z.infer<typeof demandListQuery>;

const institutionRef = z.object({ id: z.number().int(), name: z.string() });

/** One row of 需求记录 (§2.7). Money in yuan, rates in basis points. */
export const demandRecord = z.object({
  id: z.number().int(),
  channel: z.enum(DEMAND_CHANNELS),
  /** 发布类型: 企业 / 个人 */
  borrowerType: z.enum(BORROWER_TYPES),
  /** 融资金额 */
  amountYuan: z.number().int(),
  termMonths: z.number().int(),
  purpose: z.string(),
  method: z.enum(DEMAND_METHODS),
  rateMinBp: z.number().int(),
  rateMaxBp: z.number().int(),
  /** 发布时间 */
  createdAt: z.string(),
  status: z.enum(DEMAND_STATUSES),
  /** 归属产品 */
  productId: z.number().int().nullable(),
  productName: z.string().nullable(),
  /** The institution handling it (once claimed, accepted or dispatched). */
  institutionId: z.number().int().nullable(),
  institutionName: z.string().nullable(),
  institutionType: z.enum(INSTITUTION_TYPES).nullable(),
  /** 初审结果 */
  reviewResult: z.enum(DEMAND_REVIEW_RESULTS).nullable(),
  /** 授信金额, 放款 */
  creditAmountYuan: z.number().int().nullable(),
  disbursedAmountYuan: z.number().int().nullable(),
  /** The last note of the institution (the reason when 初审未通过). */
  note: z.string().nullable(),
  reasonCode: z.enum(REJECT_REASON_CODES).nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** 操作: what the borrower may do (撤销 while 待处理). */
  actions: z.array(z.literal('withdraw')),
});
export type DemandRecord = z.infer<typeof demandRecord>;

/** A demand as its borrower sees it: the form as sent, 期望机构 and the timeline. */
export const demandDetail = demandRecord.extend({
  regionId: z.number().int(),
  regionName: z.string(),
  contactName: z.string(),
  gender: z.enum(GENDERS),
  contactPhone: z.string(),
  enterpriseName: z.string().nullable(),
  /** 期望机构; empty: 不限 */
  expectedInstitutions: z.array(institutionRef),
  /** Waiting in the pool: nobody named, dispatched or holding it. */
  pooled: z.boolean(),
  respondBy: z.string().nullable(),
  overdueAt: z.string().nullable(),
  timeline: z.array(statusEvent),
});
export type DemandDetail = z.infer<typeof demandDetail>;

/** A row of the staff desk (simple-rest): who published it (phone masked), where it stands, the clock. */
export const adminDemandRow = demandRecord.omit({ actions: true }).extend({
  contactName: z.string(),
  enterpriseName: z.string().nullable(),
  phoneMasked: z.string(),
  regionId: z.number().int(),
  regionName: z.string(),
  pooled: z.boolean(),
  /** 派单: the institution the office gave it to, until it accepts or declines. */
  dispatchedInstitutionId: z.number().int().nullable(),
  dispatchedInstitutionName: z.string().nullable(),
  respondBy: z.string().nullable(),
  overdueAt: z.string().nullable(),
  /** Still awaiting an institution after its response deadline. */
  overdue: z.boolean(),
  actions: z.array(z.enum(DEMAND_STAFF_ACTIONS)),
});
export type AdminDemandRow = z.infer<typeof adminDemandRow>;

/** A demand in the admin: the row plus the form, 期望机构 and the timeline; the phone in full only to the holder and the office. */
export const adminDemandDetail = adminDemandRow.extend({
  gender: z.enum(GENDERS),
  contactPhone: z.string(),
  expectedInstitutions: z.array(institutionRef.extend({ declined: z.boolean() })),
  timeline: z.array(statusEvent),
});
export type AdminDemandDetail = z.infer<typeof adminDemandDetail>;
