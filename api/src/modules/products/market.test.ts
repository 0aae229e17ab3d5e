/** 金融超市 (public): GET /api/products, /api/products/tags, /api/products/:id. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProductDetail, ProductSummary } from '@jrpt/contracts';
import { anon, testApp } from '../../test/harness.js';

const t = testApp();
let listed: ProductSummary[];
/** product id → region ids (empty: the whole city). */
let regionsOf: Map<number, number[]>;

async function market(query: Record<string, string | number | boolean>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)] as [string, string]));
  return anon(t).get(`/api/products?${qs}`);
}

/** Every listed product matching `query`, across pages. */
async function all(query: Record<string, string | number | boolean> = {}) {
  const res = await market({ pageSize: 100, ...query });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.items.length).toBe(res.body.total);
  return res.body.items as ProductSummary[];
}

const ids = (items: { id: number }[]) => items.map((i) => i.id).sort((a, b) => a - b);

beforeAll(async () => {
  listed = await all();
  const rows: { product_id: number; region_id: number }[] = await t
    .db('product_regions')
    .select('product_id', 'region_id');
  regionsOf = new Map();
  for (const r of rows)
    regionsOf.set(Number(r.product_id), [
      ...(regionsOf.get(Number(r.product_id)) ?? []),
      Number(r.region_id),
    ]);
});

describe('GET /api/products (金融超市)', () => {
  it('lists only listed products, the total equal to the database count', async () => {
    const row = await t.db('products').where('status', 'listed').count<{ n: number }[]>({ n: '*' }).first();
    expect(listed.length).toBe(Number(row?.n));
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(listed.every((p) => p.status === 'listed')).toBe(true);
    const draft = await t.db('products').whereNot('status', 'listed').pluck('id');
    expect(draft.length).toBeGreaterThan(0);
    expect(ids(listed).some((id) => draft.includes(id))).toBe(false);
  });

  it('returns a card per product: name, institution, rate in bp, amount in yuan, term, methods, tags', async () => {
    const p = listed.find((x) => x.name === '抗疫贷');
    expect(p).toMatchObject({
      institutionName: '甘肃银行',
      institutionType: 'bank',
      category: 'enterprise',
      minRateBp: 405,
      maxAmountYuan: 3_000_000,
      maxTermMonths: 12,
      methods: ['credit'],
      firstLoan: false,
    });
    expect(p?.tags).toEqual(expect.arrayContaining(['疫情专项', '线上申请', '小微企业']));
  });

  it('gives each card the methods and tags of its detail, even a tag holding a control character', async () => {
    const odd = 'a\u001fb';
    const target = listed[0];
    await t.db('product_tags').insert({ product_id: target.id, tag: odd });
    try {
      const items = await all();
      for (const item of items) {
        const detail = (await anon(t).get(`/api/products/${item.id}`).expect(200)).body as ProductDetail;
        expect({ id: item.id, methods: item.methods, tags: item.tags }).toEqual({
          id: detail.id,
          methods: detail.methods,
          tags: detail.tags,
        });
      }
      expect(items.find((i) => i.id === target.id)?.tags).toContain(odd);
    } finally {
      await t.db('product_tags').where({ product_id: target.id, tag: odd }).delete();
    }
  });

  // Each filter against the same rule applied to the full list by hand.
  const cases: [string, Record<string, string | number | boolean>, (p: ProductSummary) => boolean][] = [
    ['机构类型', { institutionType: 'guarantee' }, (p) => p.institutionType === 'guarantee'],
    ['机构类型 银行', { institutionType: 'bank' }, (p) => p.institutionType === 'bank'],
    ['产品名称 (contains)', { name: '首贷' }, (p) => p.name.includes('首贷')],
    ['特色 (contains)', { feature: '线上' }, (p) => (p.features ?? '').includes('线上')],
    ['标签', { tag: '三农' }, (p) => p.tags.includes('三农')],
    ['类型', { category: 'agriculture' }, (p) => p.category === 'agriculture'],
    ['融资方式', { method: 'mortgage' }, (p) => p.methods.includes('mortgage')],
    [
      '金额 (万): the product lends at least this much',
      { amountWan: 500 },
      (p) => p.maxAmountYuan >= 5_000_000,
    ],
    ['金额 with decimals', { amountWan: 30.5 }, (p) => p.maxAmountYuan >= 305_000],
    ['期限 (月): the product lends at least this long', { termMonths: 36 }, (p) => p.maxTermMonths >= 36],
    ['利率: lowest rate at most', { maxRate: 4.05 }, (p) => p.minRateBp <= 405],
    ['首贷 products', { firstLoan: true }, (p) => p.firstLoan],
    ['non-首贷 products', { firstLoan: false }, (p) => !p.firstLoan],
    [
      '我要融资 quick search (金额 + 期限 + 担保方式)',
      { amountWan: 100, termMonths: 12, method: 'credit' },
      (p) => p.maxAmountYuan >= 1_000_000 && p.maxTermMonths >= 12 && p.methods.includes('credit'),
    ],
  ];
  for (const [label, query, rule] of cases) {
    it(`filters by ${label}`, async () => {
      const expected = listed.filter(rule);
      expect(expected.length, 'the demo data must exercise this filter').toBeGreaterThan(0);
      expect(expected.length, 'the filter must exclude something').toBeLessThan(listed.length);
      expect(ids(await all(query))).toEqual(ids(expected));
    });
  }

  it('filters by 银行 (institutionId)', async () => {
    const bank = listed.find((p) => p.name === '抗疫贷')!.institutionId;
    const expected = listed.filter((p) => p.institutionId === bank);
    expect(expected.length).toBeGreaterThan(1);
    expect(ids(await all({ institutionId: bank }))).toEqual(ids(expected));
  });

  it('filters by 地区: products of that region and those serving the whole city', async () => {
    const maiji = (await t.db('regions').where('name', '麦积区').first('id')) as { id: number };
    const zhangjiachuan = (await t.db('regions').where('name', '张家川回族自治县').first('id')) as {
      id: number;
    };
    for (const regionId of [Number(maiji.id), Number(zhangjiachuan.id)]) {
      const expected = listed.filter((p) => {
        const r = regionsOf.get(p.id) ?? [];
        return r.length === 0 || r.includes(regionId);
      });
      const got = await all({ regionId });
      expect(ids(got)).toEqual(ids(expected));
      expect(got.length).toBeLessThan(listed.length);
    }
    const names = (await all({ regionId: Number(zhangjiachuan.id) })).map((p) => p.name);
    expect(names).toContain('牛羊养殖贷');
    expect(names).not.toContain('花牛贷');
  });

  it('treats LIKE wildcards in text filters literally', async () => {
    expect((await market({ name: '%' })).body.total).toBe(0);
    expect((await market({ name: '_' })).body.total).toBe(0);
    expect((await market({ feature: '!%' })).body.total).toBe(0);
  });

  it('an empty text filter is no filter', async () => {
    expect((await market({ name: '', tag: ' ' })).body.total).toBe(listed.length);
  });

  it('sorts by rate (lowest first), amount and term (largest first), newest (latest listed first)', async () => {
    const byRate = await all({ sort: 'rate' });
    expect(byRate.map((p) => p.minRateBp)).toEqual([...byRate.map((p) => p.minRateBp)].sort((a, b) => a - b));
    const byAmount = await all({ sort: 'amount' });
    expect(byAmount.map((p) => p.maxAmountYuan)).toEqual(
      [...byAmount.map((p) => p.maxAmountYuan)].sort((a, b) => b - a),
    );
    const byTerm = await all({ sort: 'term' });
    expect(byTerm.map((p) => p.maxTermMonths)).toEqual(
      [...byTerm.map((p) => p.maxTermMonths)].sort((a, b) => b - a),
    );
    const newest = await all({ sort: 'newest' });
    const times = newest.map((p) => Date.parse(p.listedAt!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The default order is newest.
    expect(ids(listed)).toEqual(ids(newest));
    expect(listed.map((p) => p.id)).toEqual(newest.map((p) => p.id));
  });

  it('paginates without overlap and with a stable total', async () => {
    const page1 = (await market({ page: 1, pageSize: 5, sort: 'rate' })).body;
    const page2 = (await market({ page: 2, pageSize: 5, sort: 'rate' })).body;
    expect(page1).toMatchObject({ page: 1, pageSize: 5, total: listed.length });
    expect(page2).toMatchObject({ page: 2, pageSize: 5, total: listed.length });
    expect(page1.items).toHaveLength(5);
    const first = page1.items.map((p: ProductSummary) => p.id);
    expect(page2.items.some((p: ProductSummary) => first.includes(p.id))).toBe(false);
    const byRate = await all({ sort: 'rate' });
    expect([...first, ...page2.items.map((p: ProductSummary) => p.id)]).toEqual(
      byRate.slice(0, 10).map((p) => p.id),
    );
  });

  it('a page past the end is empty but still tells the total', async () => {
    const res = await market({ page: 50, pageSize: 10 });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBe(listed.length);
  });

  const bad: [string, Record<string, string | number>, string][] = [
    ['unknown 机构类型', { institutionType: 'casino' }, 'institutionType'],
    ['unknown 类型', { category: 'car' }, 'category'],
    ['unknown 融资方式', { method: 'cash' }, 'method'],
    ['negative 金额', { amountWan: -1 }, 'amountWan'],
    ['zero 金额', { amountWan: 0 }, 'amountWan'],
    ['non-numeric 金额', { amountWan: 'abc' }, 'amountWan'],
    ['absurd 金额', { amountWan: 1e12 }, 'amountWan'],
    ['fractional 期限', { termMonths: 1.5 }, 'termMonths'],
    ['期限 of 0', { termMonths: 0 }, 'termMonths'],
    ['利率 over 36%', { maxRate: 50 }, 'maxRate'],
    ['利率 with three decimals', { maxRate: 4.055 }, 'maxRate'],
    ['non-numeric 地区', { regionId: 'qinzhou' }, 'regionId'],
    ['non-numeric 银行', { institutionId: '1 or 1=1' }, 'institutionId'],
    ['unknown sort', { sort: 'cheapest' }, 'sort'],
    ['bad 首贷 flag', { firstLoan: 'yes' }, 'firstLoan'],
    ['page 0', { page: 0 }, 'page'],
    ['pageSize over 100', { pageSize: 101 }, 'pageSize'],
    ['a 51-character name', { name: '贷'.repeat(51) }, 'name'],
  ];
  for (const [label, query, field] of bad) {
    it(`rejects ${label} with a 400 naming ${field}`, async () => {
      const res = await market(query);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    });
  }

  it('rejects a repeated filter (an array where one value is expected)', async () => {
    const res = await anon(t).get('/api/products?tag=三农&tag=首贷');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('tag');
  });

  it('names the field in Chinese in the message', async () => {
    const res = await market({ institutionType: 'casino' });
    expect(res.body.error.message).toContain('机构类型');
    expect(res.body.error.message).toContain('银行');
  });
});

describe('GET /api/products/tags', () => {
  it('lists each tag of a listed product once, and nothing else', async () => {
    const res = await anon(t).get('/api/products/tags').expect(200);
    const expected = [...new Set(listed.flatMap((p) => p.tags))].sort();
    expect([...res.body].sort()).toEqual(expected);
    expect(res.body).toContain('首贷');
    // 科技型企业 is only on a draft product.
    expect(res.body).not.toContain('科技型企业');
  });
});

describe('GET /api/products/:id (产品详情)', () => {
  it('shows 抗疫贷 exactly as the manual (§2.3)', async () => {
    const id = listed.find((p) => p.name === '抗疫贷')!.id;
    const res = await anon(t).get(`/api/products/${id}`).expect(200);
    const p = res.body as ProductDetail;
    expect(p).toMatchObject({
      name: '抗疫贷',
      status: 'listed',
      minRateBp: 405,
      maxAmountYuan: 3_000_000,
      maxTermMonths: 12,
      methods: ['credit'],
      features: '满足企业疫情防控期间的资金周转需求',
      intro: '为小微企业及个体工商户定制的线上信用融资产品，为满足企业疫情防控期间的资金周转需求',
      repaymentMethod: '随借随还',
      prepayment: '无',
      ageRequirement: '18-65',
      businessRequirement: '与疫情相关的个体工商户，小微企业',
      workRequirement: null,
      assetRequirement: null,
      incomeRequirement: null,
      requiredMaterials: '贷款申请、营业执照',
      regions: [],
    });
  });

  it('lists the regions a local product serves', async () => {
    const id = listed.find((p) => p.name === '花牛贷')!.id;
    const res = await anon(t).get(`/api/products/${id}`).expect(200);
    expect(res.body.regions.map((r: { name: string }) => r.name)).toEqual(['麦积区']);
  });

  it('个人贷款 offers 信用|抵押|质押|担保 at 4.15%', async () => {
    const id = listed.find((p) => p.name === '个人贷款')!.id;
    const res = await anon(t).get(`/api/products/${id}`).expect(200);
    expect(res.body).toMatchObject({
      minRateBp: 415,
      methods: ['credit', 'mortgage', 'pledge', 'guarantee'],
      features: '个人抵质押（担保）贷款',
    });
  });

  it('is 404 for a product that is not listed (draft, pending, delisted)', async () => {
    for (const status of ['draft', 'pending', 'delisted']) {
      const row = (await t.db('products').where('status', status).first('id')) as { id: number } | undefined;
      expect(row, `a ${status} product in the demo data`).toBeDefined();
      const res = await anon(t).get(`/api/products/${row!.id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('产品不存在');
    }
  });

  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await anon(t).get('/api/products/987654')).status).toBe(404);
    const res = await anon(t).get('/api/products/abc');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('id');
    expect((await anon(t).get('/api/products/-3')).status).toBe(400);
  });
});
