/** Demand matching as a pure function: what fits, the score, the order and the reasons in Chinese. */
import { describe, expect, it } from 'vitest';
import { assessProduct, rankProducts, WEIGHTS, type MatchCandidate, type MatchDemand } from './matching.js';

const QINZHOU = 1;
const MAIJI = 2;

const demand = (over: Partial<MatchDemand> = {}): MatchDemand => ({
  borrowerType: 'enterprise',
  amountYuan: 1_000_000,
  termMonths: 12,
  method: 'credit',
  rateMaxBp: 600,
  institutionIds: [],
  regionId: QINZHOU,
  regionName: '秦州区',
  firstLoan: false,
  ...over,
});

let nextId = 1;
const product = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: nextId++,
  institutionId: 10,
  institutionName: '甘肃银行',
  category: 'enterprise',
  minRateBp: 405,
  maxAmountYuan: 3_000_000,
  maxTermMonths: 12,
  methods: ['credit'],
  firstLoan: false,
  regionIds: [],
  ...over,
});

describe('assessProduct', () => {
  it('gives a product meeting every criterion 100 and one reason per criterion', () => {
    const a = assessProduct(demand(), product());
    expect(a.fits).toBe(true);
    expect(a.score).toBe(100);
    expect(a.mismatches).toEqual([]);
    expect(a.reasons).toEqual([
      '额度满足：最高300万 ≥ 申请100万',
      '期限满足：最长12个月 ≥ 申请12个月',
      '融资方式匹配：支持信用',
      '利率符合：最低4.05% ≤ 期望最高6.00%',
      '服务区域：全市（含秦州区）',
      '客户类型匹配：企业贷款面向企业',
      '期望机构不限：甘肃银行',
    ]);
  });

  it.each([
    ['amount', product({ maxAmountYuan: 500_000 }), '额度不足：最高50万 < 申请100万'],
    ['term', product({ maxTermMonths: 6 }), '期限不足：最长6个月 < 申请12个月'],
    ['region', product({ regionIds: [MAIJI] }), '服务区域：不覆盖秦州区'],
    ['customer type', product({ category: 'personal' }), '客户类型不符：个人贷款不面向企业'],
  ])('rules a product out when the %s does not fit', (_what, p, text) => {
    const a = assessProduct(demand(), p);
    expect(a.fits).toBe(false);
    expect(a.mismatches).toEqual([text]);
  });

  it('keeps a product whose method, rate or institution differ, with a lower score and the reason', () => {
    const a = assessProduct(
      demand({ method: 'mortgage', rateMaxBp: 400, institutionIds: [99] }),
      product({ methods: ['credit', 'guarantee'], minRateBp: 720 }),
    );
    expect(a.fits).toBe(true);
    expect(a.score).toBe(100 - WEIGHTS.method - WEIGHTS.rate - WEIGHTS.institution);
    expect(a.mismatches).toEqual([
      '融资方式不同：本产品支持信用、担保，不支持抵押',
      '利率偏高：最低7.20% > 期望最高4.00%',
      '非期望机构：甘肃银行',
    ]);
  });

  it('reads 不限 as any method and names the methods the product has', () => {
    const a = assessProduct(demand({ method: 'unlimited' }), product({ methods: ['mortgage', 'pledge'] }));
    expect(a.reasons).toContain('融资方式不限：本产品支持抵押、质押');
    expect(a.score).toBe(100);
  });

  it('names the region a product with regions covers, and the institution a demand asked for', () => {
    const a = assessProduct(demand({ institutionIds: [10, 11] }), product({ regionIds: [MAIJI, QINZHOU] }));
    expect(a.reasons).toContain('服务区域：覆盖秦州区');
    expect(a.reasons).toContain('期望机构：甘肃银行');
  });

  it('lets 涉农贷款 serve both enterprises and persons, and 个人贷款 only persons', () => {
    expect(assessProduct(demand(), product({ category: 'agriculture' })).fits).toBe(true);
    expect(
      assessProduct(demand({ borrowerType: 'personal' }), product({ category: 'agriculture' })).reasons,
    ).toContain('客户类型匹配：涉农贷款面向个人');
    expect(assessProduct(demand({ borrowerType: 'personal' }), product({ category: 'personal' })).fits).toBe(
      true,
    );
    expect(
      assessProduct(demand({ borrowerType: 'personal' }), product({ category: 'enterprise' })).fits,
    ).toBe(false);
  });

  it('counts 首贷 only for a first-loan demand', () => {
    expect(assessProduct(demand({ firstLoan: true }), product({ firstLoan: true })).reasons).toContain(
      '首贷专属产品',
    );
    const plain = assessProduct(demand({ firstLoan: true }), product({ firstLoan: false }));
    expect(plain.mismatches).toEqual(['非首贷专属产品']);
    expect(plain.score).toBe(Math.round((100 * 100) / (100 + WEIGHTS.firstLoan)));
    expect(assessProduct(demand(), product({ firstLoan: true })).reasons).not.toContain('首贷专属产品');
  });

  it('writes amounts below 1万 and fractional rates exactly', () => {
    const a = assessProduct(
      demand({ amountYuan: 5_000, rateMaxBp: 435 }),
      product({ maxAmountYuan: 15_000, minRateBp: 388 }),
    );
    expect(a.reasons).toContain('额度满足：最高1.5万 ≥ 申请0.5万');
    expect(a.reasons).toContain('利率符合：最低3.88% ≤ 期望最高4.35%');
  });
});

describe('rankProducts', () => {
  it('drops what does not fit and orders by score, then lowest rate, then highest amount, then id', () => {
    const perfectCheap = product({ minRateBp: 380 });
    const perfectDear = product({ minRateBp: 450 });
    const perfectDearBigger = product({ minRateBp: 450, maxAmountYuan: 5_000_000 });
    const wrongMethod = product({ methods: ['mortgage'], minRateBp: 300 });
    const tooSmall = product({ maxAmountYuan: 100_000 });
    const wrongRegion = product({ regionIds: [MAIJI] });
    const ranked = rankProducts(demand(), [
      wrongMethod,
      tooSmall,
      perfectDear,
      wrongRegion,
      perfectDearBigger,
      perfectCheap,
    ]);
    expect(ranked.map((r) => r.product.id)).toEqual([
      perfectCheap.id,
      perfectDearBigger.id,
      perfectDear.id,
      wrongMethod.id,
    ]);
    expect(ranked.map((r) => r.score)).toEqual([100, 100, 100, 100 - WEIGHTS.method]);
  });

  it('breaks a full tie by the older product first and keeps at most `limit`', () => {
    const a = product();
    const b = product();
    const c = product();
    expect(rankProducts(demand(), [c, b, a], 2).map((r) => r.product.id)).toEqual([a.id, b.id]);
  });

  it('prefers the institutions asked for', () => {
    const other = product({ institutionId: 11, institutionName: '建设银行', minRateBp: 300 });
    const asked = product({ institutionId: 10, minRateBp: 500 });
    expect(rankProducts(demand({ institutionIds: [10] }), [other, asked]).map((r) => r.product.id)).toEqual([
      asked.id,
      other.id,
    ]);
  });

  it('returns nothing when nothing fits', () => {
    expect(rankProducts(demand({ amountYuan: 100_000_000 }), [product(), product()])).toEqual([]);
  });
});
