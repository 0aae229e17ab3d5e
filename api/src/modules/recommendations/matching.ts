/**
 * Demand matching: how well a listed product fits a financing demand, and why, in the borrower's words.
 * Pure functions (no database): the repository fetches the candidates, this ranks them.
 *
 * A product that cannot lend the amount, for the term, in the borrower's region or to this kind of
 * borrower does not fit at all. The rest are scored on every criterion (weights below) and ranked by
 * score, then by the lowest rate, the highest amount and the oldest id.
 */
import {
  bpToPercent,
  DEMAND_METHOD_LABELS,
  formatWan,
  LOAN_METHOD_LABELS,
  PRODUCT_CATEGORY_LABELS,
  type DemandMethod,
  type LoanMethod,
  type ProductCategory,
} from '@jrpt/contracts';

export interface MatchCandidate {
  id: number;
  institutionId: number;
  institutionName: string;
  category: ProductCategory;
  minRateBp: number;
  maxAmountYuan: number;
  maxTermMonths: number;
  methods: readonly LoanMethod[];
  firstLoan: boolean;
  /** Regions the product serves; empty: the whole city. */
  regionIds: readonly number[];
}

export interface MatchDemand {
  borrowerType: 'personal' | 'enterprise';
  amountYuan: number;
  termMonths: number;
  method: DemandMethod;
  rateMaxBp: number;
  /** 期望机构; empty: 不限. */
  institutionIds: readonly number[];
  regionId: number;
  regionName: string;
  firstLoan: boolean;
}

export type Criterion =
  'amount' | 'term' | 'region' | 'customerType' | 'method' | 'rate' | 'institution' | 'firstLoan';

/** Points per criterion; a score is the share of the applicable points a product earns, 0-100. */
export const WEIGHTS: Record<Criterion, number> = {
  amount: 25,
  term: 20,
  method: 15,
  rate: 15,
  region: 10,
  customerType: 10,
  institution: 5,
  firstLoan: 10,
};

/** Criteria a product must meet to be recommended at all. */
const REQUIRED: ReadonlySet<Criterion> = new Set(['amount', 'term', 'region', 'customerType']);

/** Who each product category lends to: 涉农贷款 serves farmers and agricultural enterprises alike. */
export const CATEGORIES_FOR: Record<MatchDemand['borrowerType'], readonly ProductCategory[]> = {
  enterprise: ['enterprise', 'agriculture'],
  personal: ['personal', 'agriculture'],
};

const wan = (yuan: number) => `${formatWan(yuan)}万`;
const rate = (bp: number) => `${bpToPercent(bp).toFixed(2)}%`;
const methods = (list: readonly LoanMethod[]) =>
  list.map((m) => LOAN_METHOD_LABELS[m]).join('、') || '未注明';

interface Check {
  criterion: Criterion;
  met: boolean;
  text: string;
}

function checks(d: MatchDemand, p: MatchCandidate): Check[] {
  const out: Check[] = [];
  out.push(
    p.maxAmountYuan >= d.amountYuan
      ? {
          criterion: 'amount',
          met: true,
          text: `额度满足：最高${wan(p.maxAmountYuan)} ≥ 申请${wan(d.amountYuan)}`,
        }
      : {
          criterion: 'amount',
          met: false,
          text: `额度不足：最高${wan(p.maxAmountYuan)} < 申请${wan(d.amountYuan)}`,
        },
  );
  out.push(
    p.maxTermMonths >= d.termMonths
      ? {
          criterion: 'term',
          met: true,
          text: `期限满足：最长${p.maxTermMonths}个月 ≥ 申请${d.termMonths}个月`,
        }
      : {
          criterion: 'term',
          met: false,
          text: `期限不足：最长${p.maxTermMonths}个月 < 申请${d.termMonths}个月`,
        },
  );
  if (d.method === 'unlimited') {
    out.push({ criterion: 'method', met: true, text: `融资方式不限：本产品支持${methods(p.methods)}` });
  } else if (p.methods.includes(d.method)) {
    out.push({ criterion: 'method', met: true, text: `融资方式匹配：支持${DEMAND_METHOD_LABELS[d.method]}` });
  } else {
    out.push({
      criterion: 'method',
      met: false,
      text: `融资方式不同：本产品支持${methods(p.methods)}，不支持${DEMAND_METHOD_LABELS[d.method]}`,
    });
  }
  out.push(
    p.minRateBp <= d.rateMaxBp
      ? {
          criterion: 'rate',
          met: true,
          text: `利率符合：最低${rate(p.minRateBp)} ≤ 期望最高${rate(d.rateMaxBp)}`,
        }
      : {
          criterion: 'rate',
          met: false,
          text: `利率偏高：最低${rate(p.minRateBp)} > 期望最高${rate(d.rateMaxBp)}`,
        },
  );
  if (p.regionIds.length === 0) {
    out.push({ criterion: 'region', met: true, text: `服务区域：全市（含${d.regionName}）` });
  } else if (p.regionIds.includes(d.regionId)) {
    out.push({ criterion: 'region', met: true, text: `服务区域：覆盖${d.regionName}` });
  } else {
    out.push({ criterion: 'region', met: false, text: `服务区域：不覆盖${d.regionName}` });
  }
  const who = d.borrowerType === 'enterprise' ? '企业' : '个人';
  out.push(
    CATEGORIES_FOR[d.borrowerType].includes(p.category)
      ? {
          criterion: 'customerType',
          met: true,
          text: `客户类型匹配：${PRODUCT_CATEGORY_LABELS[p.category]}面向${who}`,
        }
      : {
          criterion: 'customerType',
          met: false,
          text: `客户类型不符：${PRODUCT_CATEGORY_LABELS[p.category]}不面向${who}`,
        },
  );
  if (d.institutionIds.length === 0) {
    out.push({ criterion: 'institution', met: true, text: `期望机构不限：${p.institutionName}` });
  } else if (d.institutionIds.includes(p.institutionId)) {
    out.push({ criterion: 'institution', met: true, text: `期望机构：${p.institutionName}` });
  } else {
    out.push({ criterion: 'institution', met: false, text: `非期望机构：${p.institutionName}` });
  }
  if (d.firstLoan) {
    out.push(
      p.firstLoan
        ? { criterion: 'firstLoan', met: true, text: '首贷专属产品' }
        : { criterion: 'firstLoan', met: false, text: '非首贷专属产品' },
    );
  }
  return out;
}

export interface Assessment {
  /** False when a required criterion (amount, term, region, customer type) is not met. */
  fits: boolean;
  score: number;
  reasons: string[];
  mismatches: string[];
}

export function assessProduct(demand: MatchDemand, product: MatchCandidate): Assessment {
  const all = checks(demand, product);
  const possible = all.reduce((s, c) => s + WEIGHTS[c.criterion], 0);
  const earned = all.filter((c) => c.met).reduce((s, c) => s + WEIGHTS[c.criterion], 0);
  return {
    fits: all.every((c) => c.met || !REQUIRED.has(c.criterion)),
    score: Math.round((100 * earned) / possible),
    reasons: all.filter((c) => c.met).map((c) => c.text),
    mismatches: all.filter((c) => !c.met).map((c) => c.text),
  };
}

export interface Ranked<P extends MatchCandidate> extends Assessment {
  product: P;
}

/** The products that fit the demand, best first, at most `limit`. */
export function rankProducts<P extends MatchCandidate>(
  demand: MatchDemand,
  candidates: readonly P[],
  limit = 10,
): Ranked<P>[] {
  return candidates
    .map((product) => ({ product, ...assessProduct(demand, product) }))
    .filter((r) => r.fits)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.product.minRateBp - b.product.minRateBp ||
        b.product.maxAmountYuan - a.product.maxAmountYuan ||
        a.product.id - b.product.id,
    )
    .slice(0, limit);
}
