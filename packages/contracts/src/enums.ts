/** Every enumeration of the platform with its Chinese label: one place, used from table to screen. */

export const BORROWER_TYPES = ['personal', 'enterprise'] as const;
export type BorrowerType = (typeof BORROWER_TYPES)[number];
export const BORROWER_TYPE_LABELS: Record<BorrowerType, string> = { personal: '个人', enterprise: '企业' };

export const STAFF_ROLES = ['office', 'institution', 'government'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  office: '金融办',
  institution: '金融机构',
  government: '政府机构',
};

export const ROLES = [...BORROWER_TYPES, ...STAFF_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const INSTITUTION_TYPES = ['bank', 'guarantee', 'microloan', 'fund', 'insurance', 'other'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];
export const INSTITUTION_TYPE_LABELS: Record<InstitutionType, string> = {
  bank: '银行',
  guarantee: '担保公司',
  microloan: '小额贷款公司',
  fund: '投资机构',
  insurance: '保险',
  other: '其他',
};

/** 融资方式 */
export const LOAN_METHODS = ['credit', 'mortgage', 'pledge', 'guarantee'] as const;
export type LoanMethod = (typeof LOAN_METHODS)[number];
export const LOAN_METHOD_LABELS: Record<LoanMethod, string> = {
  credit: '信用',
  mortgage: '抵押',
  pledge: '质押',
  guarantee: '担保',
};

/** 产品类型: who the product is for. */
export const PRODUCT_CATEGORIES = ['enterprise', 'personal', 'agriculture'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];
export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  enterprise: '企业贷款',
  personal: '个人贷款',
  agriculture: '涉农贷款',
};

export const PRODUCT_STATUSES = ['draft', 'pending', 'listed', 'delisted'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = {
  draft: '草稿',
  pending: '待审核',
  listed: '已上架',
  delisted: '已下架',
};

/** What staff do to a product; the allowed transitions are the table in products.ts. */
export const PRODUCT_ACTIONS = ['submit', 'approve', 'reject', 'list', 'delist'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];
export const PRODUCT_ACTION_LABELS: Record<ProductAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  reject: '退回修改',
  list: '上架',
  delist: '下架',
};

export const ARTICLE_KINDS = ['policy', 'news'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = { policy: '政策指南', news: '新闻动态' };

export const SMS_PURPOSES = ['register', 'change_phone'] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

export const AGREEMENT_CODES = ['platform_service', 'data_authorization'] as const;
export type AgreementCode = (typeof AGREEMENT_CODES)[number];
export const AGREEMENT_TITLES: Record<AgreementCode, string> = {
  platform_service: '《平台服务协议书》',
  data_authorization: '《用户授权协议》',
};

/** 金融活动: 进行中 until it ends, 已结束 after. */
export const EVENT_STATUSES = ['ongoing', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = { ongoing: '进行中', ended: '已结束' };

/** 企业授权 (§2.10): the registry check's outcome. */
export const ENTERPRISE_AUTHORIZATION_STATUSES = ['verified', 'failed'] as const;
export type EnterpriseAuthorizationStatus = (typeof ENTERPRISE_AUTHORIZATION_STATUSES)[number];
export const ENTERPRISE_AUTHORIZATION_STATUS_LABELS: Record<EnterpriseAuthorizationStatus, string> = {
  verified: '认证成功',
  failed: '认证失败',
};
