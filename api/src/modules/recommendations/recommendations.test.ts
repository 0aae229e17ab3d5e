/** POST /api/financing-demands/recommendations: the listed products that fit a demand (not saved), ranked, with reasons. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FinancingDemandForm, ProductRecommendation } from '@jrpt/contracts';
import {
  anon,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loginBorrower,
  loginStaff,
  testApp,
  type Agent,
} from '../../test/harness.js';

const t = testApp();
let enterprise: Agent;
let personal: Agent;
let qinzhou: number;
let gsbank: number;

const form = (over: Partial<FinancingDemandForm> = {}): FinancingDemandForm => ({
  amountWan: 100,
  termMonths: 12,
  purpose: '经营性融资',
  method: 'credit',
  rateMinPercent: 0,
  rateMaxPercent: 6,
  institutionIds: [],
  regionId: qinzhou,
  contactName: '王经理',
  gender: 'male',
  contactPhone: '13909386116',
  enterpriseName: '天水市麦积区惠民农产品有限公司',
  ...over,
});

const recommend = (agent: Agent, body: unknown) =>
  agent.post('/api/financing-demands/recommendations').send(body as object);

const demandCount = async () =>
  Number((await t.db('financing_demands').count<{ n: number }[]>({ n: '*' }))[0].n);

beforeAll(async () => {
  [enterprise, personal] = await Promise.all([
    loginBorrower(DEMO_ACCOUNTS.enterprise.phone, DEMO_PASSWORD, t),
    loginBorrower(DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD, t),
  ]);
  qinzhou = Number(((await t.db('regions').where('name', '秦州区').first('id')) as { id: number }).id);
  gsbank = Number(((await t.db('institutions').where('name', '甘肃银行').first('id')) as { id: number }).id);
});

describe('POST /api/financing-demands/recommendations', () => {
  it('ranks listed products that fit, with a score and the reasons in Chinese', async () => {
    const before = await demandCount();
    const res = await recommend(enterprise, form()).expect(200);
    const items = res.body as ProductRecommendation[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    const kangyi = items.find((r) => r.product.name === '抗疫贷');
    expect(kangyi, JSON.stringify(items.map((i) => i.product.name))).toBeDefined();
    expect(kangyi!.score).toBe(100);
    expect(kangyi!.product.tags).toEqual(['小微企业', '疫情专项', '线上申请'].sort());
    expect(kangyi!.product.methods).toEqual(['credit']);
    expect(kangyi!.reasons).toEqual(
      expect.arrayContaining([
        '额度满足：最高300万 ≥ 申请100万',
        '期限满足：最长12个月 ≥ 申请12个月',
        '融资方式匹配：支持信用',
        '利率符合：最低4.05% ≤ 期望最高6.00%',
        '客户类型匹配：企业贷款面向企业',
      ]),
    );
    // Best first; every product listed, for this kind of borrower, lending enough for long enough.
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const { product } of items) {
      expect(product.status).toBe('listed');
      expect(product.maxAmountYuan).toBeGreaterThanOrEqual(1_000_000);
      expect(product.maxTermMonths).toBeGreaterThanOrEqual(12);
      expect(['enterprise', 'agriculture']).toContain(product.category);
    }
    // Nothing was saved.
    expect(await demandCount()).toBe(before);
  });

  it('names what does not fit (rate, method, institution) and ranks the institutions asked for first', async () => {
    const res = await recommend(
      enterprise,
      form({ amountWan: 10, termMonths: 6, method: 'mortgage', rateMaxPercent: 3, institutionIds: [gsbank] }),
    ).expect(200);
    const items = res.body as ProductRecommendation[];
    expect(items.length).toBeGreaterThan(0);
    const kangyi = items.find((r) => r.product.name === '抗疫贷')!;
    expect(kangyi.mismatches).toEqual(
      expect.arrayContaining([
        '融资方式不同：本产品支持信用，不支持抵押',
        '利率偏高：最低4.05% > 期望最高3.00%',
      ]),
    );
    expect(kangyi.reasons).toContain('期望机构：甘肃银行');
    const others = items.filter((r) => r.product.institutionId !== gsbank);
    for (const o of others) expect(o.mismatches).toContain(`非期望机构：${o.product.institutionName}`);
  });

  it('recommends personal and 涉农 products to a personal borrower, never enterprise ones', async () => {
    const res = await recommend(
      personal,
      form({ amountWan: 5, termMonths: 12, enterpriseName: undefined }),
    ).expect(200);
    const items = res.body as ProductRecommendation[];
    expect(items.some((r) => r.product.name === '安e贷')).toBe(true);
    for (const { product } of items) expect(['personal', 'agriculture']).toContain(product.category);
  });

  it('returns an empty list when nothing lends that much', async () => {
    const res = await recommend(enterprise, form({ amountWan: 99_999 })).expect(200);
    expect(res.body).toEqual([]);
  });

  it('refuses a bad form with the field named', async () => {
    const minAboveMax = await recommend(enterprise, form({ rateMinPercent: 8, rateMaxPercent: 6 })).expect(
      400,
    );
    expect(minAboveMax.body.error.fields).toHaveProperty('rateMaxPercent');
    const unknownRegion = await recommend(enterprise, form({ regionId: 999_999 })).expect(400);
    expect(unknownRegion.body.error.fields).toEqual({ regionId: '所属区域不存在' });
    const unknownInstitution = await recommend(enterprise, form({ institutionIds: [999_999] })).expect(400);
    expect(unknownInstitution.body.error.fields).toEqual({ institutionIds: '期望机构不存在' });
    const noAmount = await recommend(enterprise, form({ amountWan: undefined })).expect(400);
    expect(noAmount.body.error.fields).toHaveProperty('amountWan');
  });

  it('is for logged-in borrowers only', async () => {
    await anon(t).post('/api/financing-demands/recommendations').send(form()).expect(401);
    const office = await loginStaff('office', DEMO_PASSWORD, t);
    await office.post('/api/financing-demands/recommendations').send(form()).expect(401);
  });
});
