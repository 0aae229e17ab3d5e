import { z } from 'zod';
import { id, months, oneOf, optionalText, ratePercent, text, wan } from './fields.js';
import {
  INSTITUTION_TYPES,
  INSTITUTION_TYPE_LABELS,
  LOAN_METHODS,
  LOAN_METHOD_LABELS,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  PRODUCT_ACTIONS,
  PRODUCT_ACTION_LABELS,
  PRODUCT_STATUSES,
  type ProductAction,
  type ProductStatus,
  type StaffRole,
} from './enums.js';
import { pageQuery } from './common.js';
import { region } from './institutions.js';

/** A product as the portal shows it. Money in yuan, rates in basis points (see units.ts). */
export const productSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  institutionId: z.number().int(),
  institutionName: z.string(),
  institutionType: z.enum(INSTITUTION_TYPES),
  category: z.enum(PRODUCT_CATEGORIES),
  minRateBp: z.number().int(),
  maxAmountYuan: z.number().int(),
  maxTermMonths: z.number().int(),
  methods: z.array(z.enum(LOAN_METHODS)),
  tags: z.array(z.string()),
  features: z.string().nullable(),
  status: z.enum(PRODUCT_STATUSES),
  firstLoan: z.boolean(),
  listedAt: z.string().nullable(),
});
export type ProductSummary = z.infer<typeof productSummary>;

export const productDetail = productSummary.extend({
  intro: z.string().nullable(),
  repaymentMethod: z.string().nullable(),
  prepayment: z.string().nullable(),
  ageRequirement: z.string().nullable(),
  businessRequirement: z.string().nullable(),
  workRequirement: z.string().nullable(),
  assetRequirement: z.string().nullable(),
  incomeRequirement: z.string().nullable(),
  requiredMaterials: z.string().nullable(),
  regions: z.array(region),
});
export type ProductDetail = z.infer<typeof productDetail>;

export const MARKET_SORTS = ['rate', 'amount', 'term', 'newest'] as const;
export type MarketSort = (typeof MARKET_SORTS)[number];
export const MARKET_SORT_LABELS: Record<MarketSort, string> = {
  rate: '利率',
  amount: '额度',
  term: '期限',
  newest: '最新',
};

/** 金融超市 filters (§2.3). All optional; everything is applied on the server. */
export const marketQuery = pageQuery.extend({
  institutionType: oneOf('机构类型', INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS).optional(),
  name: optionalText('产品名称', 50),
  institutionId: id('银行').optional(),
  tag: optionalText('标签', 20),
  feature: optionalText('特色', 50),
  category: oneOf('类型', PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS).optional(),
  method: oneOf('融资方式', LOAN_METHODS, LOAN_METHOD_LABELS).optional(),
  amountWan: wan('金额').optional(),
  termMonths: months('期限').optional(),
  regionId: id('地区').optional(),
  maxRate: ratePercent('利率').optional(),
  firstLoan: z
    .enum(['true', 'false'], { error: '首贷标记不正确' })
    .transform((v) => v === 'true')
    .optional(),
  sort: oneOf('排序', MARKET_SORTS, MARKET_SORT_LABELS).default('newest'),
});
export type MarketQuery = z.infer<typeof marketQuery>;

/** Institution and office staff's product form (amounts in 万, rates in %). */
export const productInput = z.object({
  name: text('产品名称', { min: 2, max: 50 }),
  category: oneOf('类型', PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS),
  minRatePercent: ratePercent('最低利率'),
  maxAmountWan: wan('最高额度', 100_000),
  maxTermMonths: months('最长期限'),
  methods: z
    .array(oneOf('融资方式', LOAN_METHODS, LOAN_METHOD_LABELS), { error: '请选择融资方式' })
    .min(1, { error: '请至少选择一种融资方式' })
    .max(LOAN_METHODS.length),
  tags: z
    .array(text('标签', { max: 20 }))
    .max(10, { error: '标签最多10个' })
    .default([]),
  features: optionalText('产品特点', 200),
  intro: optionalText('产品介绍', 5000),
  repaymentMethod: optionalText('还款方式', 200),
  prepayment: optionalText('提前还款', 200),
  ageRequirement: optionalText('年龄要求', 100),
  businessRequirement: optionalText('经营要求', 200),
  workRequirement: optionalText('工作要求', 200),
  assetRequirement: optionalText('资产要求', 200),
  incomeRequirement: optionalText('收入要求', 200),
  requiredMaterials: optionalText('所需材料', 500),
  firstLoan: z.boolean({ error: '首贷产品标记不正确' }).default(false),
  regionIds: z.array(id('适用地区')).max(50).default([]),
  /** Office staff only: which institution the product belongs to. Institution staff's own is used otherwise. */
  institutionId: id('所属机构').optional(),
});
export type ProductInput = z.infer<typeof productInput>;

/** Edits replace every field of the form; `version` is the one the editor loaded (stale → 409). */
export const productUpdate = productInput.extend({
  version: z
    .number({ error: '版本号必须是数字' })
    .int({ error: '版本号必须是整数' })
    .min(1, { error: '版本号不正确' }),
});
export type ProductUpdate = z.infer<typeof productUpdate>;

export interface ProductTransition {
  action: ProductAction;
  from: ProductStatus;
  to: ProductStatus;
  roles: readonly StaffRole[];
  /** Rejections always carry a reason. */
  reasonRequired: boolean;
}

/** The product state machine: 草稿 → 待审核 → 已上架 ⇄ 已下架; 退回修改 sends 待审核 back to 草稿. Nothing else. */
export const PRODUCT_TRANSITIONS: readonly ProductTransition[] = [
  { action: 'submit', from: 'draft', to: 'pending', roles: ['office', 'institution'], reasonRequired: false },
  {
    action: 'submit',
    from: 'delisted',
    to: 'pending',
    roles: ['office', 'institution'],
    reasonRequired: false,
  },
  { action: 'approve', from: 'pending', to: 'listed', roles: ['office'], reasonRequired: false },
  { action: 'reject', from: 'pending', to: 'draft', roles: ['office'], reasonRequired: true },
  {
    action: 'delist',
    from: 'listed',
    to: 'delisted',
    roles: ['office', 'institution'],
    reasonRequired: false,
  },
  { action: 'list', from: 'delisted', to: 'listed', roles: ['office'], reasonRequired: false },
];

/** The actions a role may take on a product in a given status (for buttons; the API enforces the same table). */
export function productActionsFor(status: ProductStatus, role: StaffRole): ProductAction[] {
  return PRODUCT_TRANSITIONS.filter((t) => t.from === status && t.roles.includes(role)).map((t) => t.action);
}

/** Institution staff may change a product's content only while it is not under review or listed. */
export const PRODUCT_STATUSES_EDITABLE_BY_INSTITUTION: readonly ProductStatus[] = ['draft', 'delisted'];

export function canEditProduct(status: ProductStatus, role: StaffRole): boolean {
  if (role === 'office') return true;
  if (role === 'institution') return PRODUCT_STATUSES_EDITABLE_BY_INSTITUTION.includes(status);
  return false;
}

export const productTransitionRequest = z.object({
  action: oneOf('操作', PRODUCT_ACTIONS, PRODUCT_ACTION_LABELS),
  reason: optionalText('退回原因', 500),
  /** When given, the transition applies only to this version (stale → 409). */
  version: z.number({ error: '版本号必须是数字' }).int({ error: '版本号必须是整数' }).min(1).optional(),
});
export type ProductTransitionRequest = z.infer<typeof productTransitionRequest>;

/** A product in the admin console: the portal fields plus workflow state and what the caller may do. */
export const adminProductRow = productSummary.extend({
  updatedAt: z.string(),
  version: z.number().int(),
  reviewNote: z.string().nullable(),
  actions: z.array(z.enum(PRODUCT_ACTIONS)),
  editable: z.boolean(),
});
export type AdminProductRow = z.infer<typeof adminProductRow>;

export const adminProduct = productDetail.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  reviewNote: z.string().nullable(),
  actions: z.array(z.enum(PRODUCT_ACTIONS)),
  editable: z.boolean(),
});
export type AdminProduct = z.infer<typeof adminProduct>;
