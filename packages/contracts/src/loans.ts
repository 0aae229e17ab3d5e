/**
 * 贷款申请 (§2.3, §2.4), 续贷申请 (§2.11) and 转贷申请: one state machine, the borrower's forms, the records
 * the borrower and the staff see. Money in yuan, rates in basis points in responses; forms take 万 and %.
 */
import { z } from 'zod';
import {
  agreed,
  id,
  idCard,
  mobile,
  months,
  oneOf,
  optionalText,
  ratePercent,
  text,
  uscc,
  wan,
} from './fields.js';
import {
  AGREEMENT_TITLES,
  BORROWER_TYPES,
  INSTITUTION_TYPES,
  LOAN_METHODS,
  LOAN_METHOD_LABELS,
} from './enums.js';
import { pageQuery } from './common.js';
import { productSummary } from './products.js';
import {
  dateOnly,
  gender,
  GENDERS,
  optionalWanOrZero,
  optionalYesNo,
  statusEvent,
  versionField,
  type WorkflowTransition,
} from './workflow.js';

/** 申请状态 */
export const APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'credit_granted',
  'disbursed',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: '未受理',
  accepted: '已受理',
  credit_granted: '已授信',
  disbursed: '已放款',
  rejected: '未通过',
  withdrawn: '已撤销',
};
/** Still waiting for the institution's first answer (the response clock runs). */
export const AWAITING_INSTITUTION_STATUSES: readonly ApplicationStatus[] = ['submitted'];

export const APPLICATION_ACTIONS = ['accept', 'grant_credit', 'disburse', 'reject', 'withdraw'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];
export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, string> = {
  accept: '受理',
  grant_credit: '授信',
  disburse: '放款',
  reject: '不予通过',
  withdraw: '撤销',
};

export type ApplicationTransition = WorkflowTransition<ApplicationStatus, ApplicationAction>;

/**
 * 未受理 → 已受理 → 已授信 (授信金额) → 已放款 (放款金额); 未通过 (with a reason) from 未受理 or 已受理;
 * 已撤销 by the applicant only while 未受理. Nothing else. Loans, renewals and bridge loans alike.
 */
export const APPLICATION_TRANSITIONS: readonly ApplicationTransition[] = [
  { action: 'accept', from: ['submitted'], to: 'accepted', by: ['institution'] },
  { action: 'grant_credit', from: ['accepted'], to: 'credit_granted', by: ['institution'], needs: 'amount' },
  { action: 'disburse', from: ['credit_granted'], to: 'disbursed', by: ['institution'], needs: 'amount' },
  { action: 'reject', from: ['submitted', 'accepted'], to: 'rejected', by: ['institution'], needs: 'reason' },
  { action: 'withdraw', from: ['submitted'], to: 'withdrawn', by: ['borrower'] },
];

/** 未通过 reasons. */
export const REJECT_REASON_CODES = [
  'not_eligible',
  'credit_record',
  'repayment_capacity',
  'materials_incomplete',
  'amount_exceeds',
  'region_not_served',
  'unreachable',
  'applicant_declined',
  'other',
] as const;
export type RejectReasonCode = (typeof REJECT_REASON_CODES)[number];
export const REJECT_REASON_LABELS: Record<RejectReasonCode, string> = {
  not_eligible: '不符合产品准入条件',
  credit_record: '征信或涉诉情况不符合要求',
  repayment_capacity: '收入或经营状况不足以覆盖还款',
  materials_incomplete: '材料不全或信息不实',
  amount_exceeds: '申请金额超出可授信范围',
  region_not_served: '不在机构服务区域内',
  unreachable: '多次联系申请人未果',
  applicant_declined: '申请人放弃办理',
  other: '其他原因',
};

/** 申请渠道: 金融超市 or 首贷中心. */
export const LOAN_CHANNELS = ['market', 'first_loan'] as const;
export type LoanChannel = (typeof LOAN_CHANNELS)[number];
export const LOAN_CHANNEL_LABELS: Record<LoanChannel, string> = {
  market: '金融超市',
  first_loan: '首贷中心',
};

/** The three kinds of application, as the 申请记录 tabs and the message links name them. */
export const APPLICATION_KINDS = ['loan', 'renewal', 'bridge'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = {
  loan: '贷款申请',
  renewal: '续贷申请',
  bridge: '转贷申请',
};

const dataAuthorization = () => agreed(AGREEMENT_TITLES.data_authorization);

/** What both §2.3 forms share. */
const loanApplicationCommon = {
  productId: id('产品'),
  /** Optional: a first-loan product is always applied for through 首贷中心 whatever is sent. */
  channel: oneOf('申请渠道', LOAN_CHANNELS, LOAN_CHANNEL_LABELS).optional(),
  amountWan: wan('申请金额'),
  termMonths: months('申请期限'),
  purpose: text('贷款用途', { max: 200 }),
  annualIncomeWan: optionalWanOrZero('年收入'),
  currentLoanTotalWan: optionalWanOrZero('目前贷款总额'),
  hasEnforcement: optionalYesNo('当前有无被执行信息'),
  hasOverdue: optionalYesNo('近两年银行逾期情况'),
  agreed: dataAuthorization(),
};

/** 个人申请贷款 (§2.3). */
export const loanApplicationPersonal = z.object({
  applicantType: z.literal('personal', { error: '申请人类型不正确' }),
  ...loanApplicationCommon,
  idNumber: idCard('申请人身份证号'),
  applicantName: text('申请人姓名', { min: 2, max: 30 }),
  applicantPhone: mobile('申请人手机号'),
});
export type LoanApplicationPersonal = z.infer<typeof loanApplicationPersonal>;

/** 企业申请贷款 (§2.3). */
export const loanApplicationEnterprise = z.object({
  applicantType: z.literal('enterprise', { error: '申请人类型不正确' }),
  ...loanApplicationCommon,
  enterpriseName: text('企业名称', { min: 2, max: 100 }),
  uscc: uscc(),
  contactName: text('联系人姓名', { min: 2, max: 30 }),
  contactPhone: mobile('联系人手机号'),
});
export type LoanApplicationEnterprise = z.infer<typeof loanApplicationEnterprise>;

/** The body of POST /loan-applications: the form of the account's type (applicantType must match it). */
export const loanApplicationInput = z.discriminatedUnion(
  'applicantType',
  [loanApplicationPersonal, loanApplicationEnterprise],
  { error: '申请人类型不正确，可选：个人(personal)、企业(enterprise)' },
);
export type LoanApplicationInput = z.infer<typeof loanApplicationInput>;

/** Who to contact, shared by the §2.11 renewal and the bridge forms. */
const enterpriseContact = {
  regionId: id('所属区域'),
  enterpriseName: text('企业名称', { min: 2, max: 100 }),
  uscc: uscc(),
  realName: text('真实姓名', { min: 2, max: 30 }),
  gender: gender(),
  phone: mobile('联系电话'),
  agreed: dataAuthorization(),
};

/** 提交续贷申请 (§2.11). 贷款机构 is the institution that receives it. */
export const renewalApplicationInput = z.object({
  amountWan: wan('贷款金额'),
  termMonths: months('贷款期限'),
  maturityDate: dateOnly('到期日'),
  method: oneOf('融资方式', LOAN_METHODS, LOAN_METHOD_LABELS),
  ratePercent: ratePercent('贷款利率'),
  institutionId: id('贷款机构'),
  ...enterpriseContact,
});
export type RenewalApplicationInput = z.infer<typeof renewalApplicationInput>;

/** 转贷（过桥）申请, by analogy with 续贷. 原贷款机构 receives it. */
export const bridgeApplicationInput = z.object({
  amountWan: wan('转贷金额'),
  institutionId: id('原贷款机构'),
  maturityDate: dateOnly('原贷款到期日'),
  days: z.coerce
    .number({ error: '使用天数必须是数字' })
    .int({ error: '使用天数必须是整数' })
    .min(1, { error: '使用天数至少1天' })
    .max(90, { error: '使用天数不能超过90天' })
    .meta({ title: '使用天数' }),
  ...enterpriseContact,
});
export type BridgeApplicationInput = z.infer<typeof bridgeApplicationInput>;

/** The borrower's lists: page, and optionally one status. */
export const applicationListQuery = pageQuery.extend({
  status: oneOf('申请状态', APPLICATION_STATUSES, APPLICATION_STATUS_LABELS).optional(),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

/** One row of 申请记录 (§2.4): the same columns for loans, renewals and bridge applications. */
export const applicationRecord = z.object({
  id: z.number().int(),
  kind: z.enum(APPLICATION_KINDS),
  /** 金融机构, 机构类型 */
  institutionId: z.number().int(),
  institutionName: z.string(),
  institutionType: z.enum(INSTITUTION_TYPES),
  /** 产品 (loans only) */
  productId: z.number().int().nullable(),
  productName: z.string().nullable(),
  channel: z.enum(LOAN_CHANNELS).nullable(),
  /** 申请金额 (yuan), 申请期限 (months; a bridge application has days instead) */
  amountYuan: z.number().int(),
  termMonths: z.number().int().nullable(),
  days: z.number().int().nullable(),
  /** 申请时间 */
  createdAt: z.string(),
  /** 用途 */
  purpose: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  /** 授信金额, 放款/融资金额 (yuan) */
  creditAmountYuan: z.number().int().nullable(),
  disbursedAmountYuan: z.number().int().nullable(),
  /** 出让股权 (%): equity financing only, always null for loans. */
  equityPercent: z.number().nullable(),
  /** 备注: the institution's last note (the reason when 未通过). */
  note: z.string().nullable(),
  rejectReasonCode: z.enum(REJECT_REASON_CODES).nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ApplicationRecord = z.infer<typeof applicationRecord>;

/** The data authorization consent given with an application (the consent ledger). */
export const consentInfo = z.object({
  agreementCode: z.string(),
  agreementTitle: z.string(),
  version: z.number().int(),
  acceptedAt: z.string(),
});
export type ConsentInfo = z.infer<typeof consentInfo>;

/** What every detail view adds: timeline, response clock, consent, the caller's allowed actions. */
const detailCommon = {
  timeline: z.array(statusEvent),
  /** The institution must accept or decline by then (null once answered). */
  respondBy: z.string().nullable(),
  overdueAt: z.string().nullable(),
  consent: consentInfo.nullable(),
  actions: z.array(z.enum(APPLICATION_ACTIONS)),
  /**
   * Phones and ID numbers come in full only to the borrower (phone) and to the institution processing
   * the application and the office; otherwise masked.
   */
  contactMasked: z.boolean(),
};

export const loanApplicationDetail = applicationRecord.extend({
  ...detailCommon,
  applicantType: z.enum(BORROWER_TYPES),
  /** 申请人姓名 (personal) or 联系人姓名 (enterprise) */
  applicantName: z.string(),
  applicantPhone: z.string(),
  /** Personal only; masked except for the processing institution. */
  idNumber: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  uscc: z.string().nullable(),
  annualIncomeYuan: z.number().int().nullable(),
  currentLoanTotalYuan: z.number().int().nullable(),
  hasEnforcement: z.boolean().nullable(),
  hasOverdue: z.boolean().nullable(),
  productMinRateBp: z.number().int().nullable(),
  /** After 未通过: other listed products that fit (same type, amount and term, other institutions). */
  alternatives: z.array(productSummary),
});
export type LoanApplicationDetail = z.infer<typeof loanApplicationDetail>;

const contactDetail = {
  regionId: z.number().int(),
  regionName: z.string(),
  enterpriseName: z.string(),
  uscc: z.string(),
  realName: z.string(),
  gender: z.enum(GENDERS),
  phone: z.string(),
  maturityDate: z.string(),
};

export const renewalApplicationDetail = applicationRecord.extend({
  ...detailCommon,
  ...contactDetail,
  method: z.enum(LOAN_METHODS),
  rateBp: z.number().int(),
});
export type RenewalApplicationDetail = z.infer<typeof renewalApplicationDetail>;

export const bridgeApplicationDetail = applicationRecord.extend({
  ...detailCommon,
  ...contactDetail,
});
export type BridgeApplicationDetail = z.infer<typeof bridgeApplicationDetail>;

/** A row of the staff inbox (admin, simple-rest): the record plus who applied (phone masked) and the clock. */
export const adminApplicationRow = applicationRecord.extend({
  applicantName: z.string(),
  enterpriseName: z.string().nullable(),
  phoneMasked: z.string(),
  respondBy: z.string().nullable(),
  overdueAt: z.string().nullable(),
  /** Still awaiting the institution after its response deadline. */
  overdue: z.boolean(),
  actions: z.array(z.enum(APPLICATION_ACTIONS)),
});
export type AdminApplicationRow = z.infer<typeof adminApplicationRow>;

/** Staff's transition: amountWan for 授信/放款, reasonCode and note for 不予通过, the version they saw. */
export const applicationTransitionRequest = z.object({
  action: oneOf('操作', APPLICATION_ACTIONS, APPLICATION_ACTION_LABELS),
  amountWan: z.preprocess((v) => (v === null || v === '' ? undefined : v), wan('金额').optional()),
  reasonCode: z.preprocess(
    (v) => (v === null || v === '' ? undefined : v),
    oneOf('原因', REJECT_REASON_CODES, REJECT_REASON_LABELS).optional(),
  ),
  note: optionalText('备注', 500),
  version: versionField(),
});
export type ApplicationTransitionRequest = z.infer<typeof applicationTransitionRequest>;
