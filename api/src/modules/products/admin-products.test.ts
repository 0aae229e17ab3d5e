/** Admin products: simple-rest list/show/create/edit, role scoping, the state machine, optimistic locking, audit. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminProduct, AdminProductRow, ProductInput } from '@jrpt/contracts';
import { anon, DEMO_PASSWORD, loginStaff, testApp, type Agent } from '../../test/harness.js';

const t = testApp();
let office: Agent;
let bank: Agent;
let gov: Agent;
let gsbankId: number;
let otherBankId: number;
/** A product of another institution than 甘肃银行. */
let foreignProductId: number;

const form = (over: Partial<ProductInput> = {}): ProductInput => ({
  name: '测试经营贷',
  category: 'enterprise',
  minRatePercent: 4.35,
  maxAmountWan: 200,
  maxTermMonths: 24,
  methods: ['credit', 'guarantee'],
  tags: ['测试标签', '小微企业'],
  features: '测试用产品特点',
  intro: '测试用产品介绍',
  repaymentMethod: '按月付息，到期还本',
  prepayment: '允许',
  ageRequirement: '18-65',
  requiredMaterials: '营业执照',
  firstLoan: false,
  regionIds: [],
  ...over,
});

async function listedStat() {
  const res = await anon(t).get('/api/home/stats').expect(200);
  return res.body.listedProducts as number;
}

async function auditActions(productId: number) {
  const rows: { action: string }[] = await t
    .db('audit_logs')
    .where({ entity_type: 'products', entity_id: String(productId) })
    .orderBy('id')
    .select('action');
  return rows.map((r) => r.action);
}

async function create(agent: Agent, over: Partial<ProductInput> = {}) {
  const res = await agent.post('/api/admin/products').send(form(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as AdminProduct;
}

function transition(agent: Agent, id: number, action: string, extra: Record<string, unknown> = {}) {
  return agent.post(`/api/admin/products/${id}/transitions`).send({ action, ...extra });
}

beforeAll(async () => {
  [office, bank, gov] = await Promise.all([
    loginStaff('office', DEMO_PASSWORD, t),
    loginStaff('gsbank', DEMO_PASSWORD, t),
    loginStaff('gov', DEMO_PASSWORD, t),
  ]);
  gsbankId = Number(
    ((await t.db('institutions').where('name', '甘肃银行').first('id')) as { id: number }).id,
  );
  otherBankId = Number(
    ((await t.db('institutions').where('name', '建设银行').first('id')) as { id: number }).id,
  );
  foreignProductId = Number(
    ((await t.db('products').where('institution_id', otherBankId).first('id')) as { id: number }).id,
  );
});

describe('GET /api/admin/products', () => {
  it('gives the office every product with X-Total-Count, in a window', async () => {
    const count = Number(
      ((await t.db('products').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    const res = await office.get('/api/admin/products?_start=0&_end=10').expect(200);
    expect(res.headers['x-total-count']).toBe(String(count));
    expect(res.body).toHaveLength(10);
    const next = await office.get('/api/admin/products?_start=10&_end=20').expect(200);
    const firstIds = res.body.map((p: AdminProductRow) => p.id);
    expect(next.body.some((p: AdminProductRow) => firstIds.includes(p.id))).toBe(false);
    // Default order: newest id first.
    expect(firstIds).toEqual([...firstIds].sort((a: number, b: number) => b - a));
  });

  it('carries workflow state and the actions the caller may take', async () => {
    const res = await office.get('/api/admin/products?status=pending').expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const p of res.body as AdminProductRow[]) {
      expect(p.status).toBe('pending');
      expect(p.actions).toEqual(['approve', 'reject']);
      expect(p).toHaveProperty('version');
      expect(p).toHaveProperty('updatedAt');
      expect(p).toHaveProperty('institutionName');
    }
    const asBank = await bank.get('/api/admin/products?status=listed').expect(200);
    for (const p of asBank.body as AdminProductRow[]) {
      expect(p.actions).toEqual(['delist']);
      expect(p.editable).toBe(false);
    }
  });

  it('filters by status (one or several), institution, category, 首贷, name_like and id', async () => {
    const several = await office.get('/api/admin/products?status=draft&status=delisted&_end=100').expect(200);
    expect(new Set(several.body.map((p: AdminProductRow) => p.status))).toEqual(
      new Set(['draft', 'delisted']),
    );
    expect(several.headers['x-total-count']).toBe(String(several.body.length));

    const byInstitution = await office
      .get(`/api/admin/products?institutionId=${otherBankId}&_end=100`)
      .expect(200);
    expect(byInstitution.body.length).toBeGreaterThan(0);
    expect(byInstitution.body.every((p: AdminProductRow) => p.institutionId === otherBankId)).toBe(true);

    const agri = await office.get('/api/admin/products?category=agriculture&_end=100').expect(200);
    expect(agri.body.length).toBeGreaterThan(0);
    expect(agri.body.every((p: AdminProductRow) => p.category === 'agriculture')).toBe(true);

    const first = await office.get('/api/admin/products?firstLoan=true&_end=100').expect(200);
    expect(first.body.length).toBeGreaterThan(0);
    expect(first.body.every((p: AdminProductRow) => p.firstLoan)).toBe(true);

    const named = await office
      .get(`/api/admin/products?name_like=${encodeURIComponent('首贷')}&_end=100`)
      .expect(200);
    expect(named.body.length).toBeGreaterThan(0);
    expect(named.body.every((p: AdminProductRow) => p.name.includes('首贷'))).toBe(true);

    const many = await office.get('/api/admin/products?id=1&id=2&id=3').expect(200);
    expect(many.body.map((p: AdminProductRow) => p.id).sort()).toEqual([1, 2, 3]);
    expect(many.headers['x-total-count']).toBe('3');
  });

  it('sorts by every sortable field, both ways', async () => {
    const fields: [string, (p: AdminProductRow) => number | string][] = [
      ['minRateBp', (p) => p.minRateBp],
      ['maxAmountYuan', (p) => p.maxAmountYuan],
      ['maxTermMonths', (p) => p.maxTermMonths],
      ['updatedAt', (p) => Date.parse(p.updatedAt)],
      ['id', (p) => p.id],
    ];
    for (const [field, value] of fields) {
      for (const order of ['asc', 'desc'] as const) {
        const res = await office
          .get(`/api/admin/products?_sort=${field}&_order=${order}&_end=100`)
          .expect(200);
        const values = (res.body as AdminProductRow[]).map(value);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values, `${field} ${order}`).toEqual(order === 'asc' ? sorted : sorted.reverse());
      }
    }
    const byName = await office.get('/api/admin/products?_sort=name&_order=asc&_end=5').expect(200);
    expect(byName.body).toHaveLength(5);
    const byStatus = await office
      .get('/api/admin/products?_sort=status,id&_order=asc,desc&_end=100')
      .expect(200);
    const statuses = byStatus.body.map((p: AdminProductRow) => p.status);
    expect(statuses).toEqual([...statuses].sort());
  });

  it('rejects a bad window, sort or filter with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['_sort=password', '_sort'],
      ['_sort=name&_order=sideways', '_order'],
      ['_start=10&_end=5', '_end'],
      ['_start=0&_end=100000', '_end'],
      ['_start=-1', '_start'],
      ['status=archived', 'status.0'],
      ['category=car', 'category.0'],
      ['firstLoan=maybe', 'firstLoan'],
      ['institutionId=abc', 'institutionId.0'],
    ];
    for (const [qs, field] of cases) {
      const res = await office.get(`/api/admin/products?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), qs).toEqual([field]);
    }
  });

  it('shows institution staff only their own institution’s products, whatever they ask for', async () => {
    const res = await bank.get('/api/admin/products?_end=100').expect(200);
    const own = Number(
      (
        (await t
          .db('products')
          .where('institution_id', gsbankId)
          .count<{ n: number }[]>({ n: '*' })
          .first()) as { n: number }
      ).n,
    );
    expect(res.headers['x-total-count']).toBe(String(own));
    expect(res.body.every((p: AdminProductRow) => p.institutionId === gsbankId)).toBe(true);
    const theirs = await bank.get(`/api/admin/products?institutionId=${otherBankId}`).expect(200);
    expect(theirs.body).toEqual([]);
    expect(theirs.headers['x-total-count']).toBe('0');
    const byId = await bank.get(`/api/admin/products?id=${foreignProductId}`).expect(200);
    expect(byId.body).toEqual([]);
  });

  it('lets the government read everything', async () => {
    const res = await gov.get('/api/admin/products').expect(200);
    const count = Number(
      ((await t.db('products').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    expect(res.headers['x-total-count']).toBe(String(count));
    expect((res.body as AdminProductRow[]).every((p) => p.actions.length === 0 && !p.editable)).toBe(true);
  });

  it('is 401 without an admin session (a visitor)', async () => {
    const res = await anon(t).get('/api/admin/products');
    expect(res.status).toBe(401);
  });
});

describe('GET /api/admin/products/:id', () => {
  it('shows the whole product to the office, with version and actions', async () => {
    const res = await office.get(`/api/admin/products/${foreignProductId}`).expect(200);
    expect(res.body).toMatchObject({
      id: foreignProductId,
      institutionId: otherBankId,
      version: expect.any(Number),
    });
    expect(res.body).toHaveProperty('intro');
    expect(res.body).toHaveProperty('createdAt');
  });

  it('is 404 for institution staff reaching another institution’s product, 200 for their own', async () => {
    const res = await bank.get(`/api/admin/products/${foreignProductId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('产品不存在');
    const own = (await t.db('products').where('institution_id', gsbankId).first('id')) as { id: number };
    await bank.get(`/api/admin/products/${own.id}`).expect(200);
  });

  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await office.get('/api/admin/products/999999')).status).toBe(404);
    expect((await office.get('/api/admin/products/x1')).status).toBe(400);
  });
});

describe('POST /api/admin/products', () => {
  it('creates a draft of institution staff’s own institution, whatever institution they name, and audits it', async () => {
    const created = await create(bank, { institutionId: otherBankId, name: '甘行测试贷' });
    expect(created).toMatchObject({
      institutionId: gsbankId,
      status: 'draft',
      version: 1,
      minRateBp: 435,
      maxAmountYuan: 2_000_000,
      maxTermMonths: 24,
      methods: ['credit', 'guarantee'],
      listedAt: null,
      actions: ['submit'],
      editable: true,
    });
    expect([...created.tags].sort()).toEqual(['小微企业', '测试标签']);
    expect(await auditActions(created.id)).toEqual(['product.create']);
    // A draft is not in the market.
    expect((await anon(t).get(`/api/products/${created.id}`)).status).toBe(404);
  });

  it('requires the office to name an existing institution', async () => {
    const none = await office.post('/api/admin/products').send(form());
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toEqual({ institutionId: '请选择所属机构' });
    const unknown = await office.post('/api/admin/products').send(form({ institutionId: 999999 }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('institutionId');
    const ok = await create(office, { institutionId: otherBankId });
    expect(ok.institutionId).toBe(otherBankId);
  });

  it('stores regions and rejects unknown ones', async () => {
    const region = (await t.db('regions').where('name', '秦安县').first('id')) as { id: number };
    const withRegion = await create(bank, { regionIds: [Number(region.id), Number(region.id)] });
    expect(withRegion.regions.map((r) => r.name)).toEqual(['秦安县']);
    const res = await bank.post('/api/admin/products').send(form({ regionIds: [424242] }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ regionIds: '适用地区不存在' });
  });

  it('rejects a malformed form with a 400 naming the field, and writes nothing', async () => {
    const before = Number(
      ((await t.db('products').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ name: undefined }, 'name'],
      [{ name: 'x' }, 'name'],
      [{ minRatePercent: 50 }, 'minRatePercent'],
      [{ minRatePercent: -1 }, 'minRatePercent'],
      [{ maxAmountWan: 0 }, 'maxAmountWan'],
      [{ maxAmountWan: 'lots' }, 'maxAmountWan'],
      [{ maxTermMonths: 2.5 }, 'maxTermMonths'],
      [{ methods: [] }, 'methods'],
      [{ methods: ['cash'] }, 'methods.0'],
      [{ category: 'car' }, 'category'],
      [{ firstLoan: 'yes' }, 'firstLoan'],
      [{ tags: ['标'.repeat(21)] }, 'tags.0'],
      [{ intro: '长'.repeat(5001) }, 'intro'],
    ];
    for (const [over, field] of cases) {
      const res = await office
        .post('/api/admin/products')
        .send({ ...form({ institutionId: otherBankId }), ...over });
      expect(res.status, JSON.stringify(over).slice(0, 60)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const after = Number(
      ((await t.db('products').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    expect(after).toBe(before);
  });

  it('is 403 for the government and without the CSRF token', async () => {
    const res = await gov.post('/api/admin/products').send(form({ institutionId: otherBankId }));
    expect(res.status).toBe(403);
    const noCsrf = await office
      .post('/api/admin/products')
      .set('X-CSRF-Token', 'wrong')
      .send(form({ institutionId: otherBankId }));
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');
  });
});

describe('PATCH /api/admin/products/:id', () => {
  it('replaces the content, bumps the version and audits before/after', async () => {
    const p = await create(bank);
    const res = await bank
      .patch(`/api/admin/products/${p.id}`)
      .send({ ...form({ name: '改名后的贷款', maxAmountWan: 88.5, tags: ['新标签'] }), version: p.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: '改名后的贷款',
      maxAmountYuan: 885_000,
      tags: ['新标签'],
      version: p.version + 1,
    });
    expect(await auditActions(p.id)).toEqual(['product.create', 'product.update']);
    const log = (await t
      .db('audit_logs')
      .where({ entity_id: String(p.id), action: 'product.update' })
      .first()) as {
      before_text: string;
      after_text: string;
    };
    expect(JSON.parse(log.before_text).name).toBe('测试经营贷');
    expect(JSON.parse(log.after_text).name).toBe('改名后的贷款');
  });

  it('refuses a stale version with 409 (two editors at once: one wins)', async () => {
    const p = await create(bank);
    const edits = await Promise.all([
      bank.patch(`/api/admin/products/${p.id}`).send({ ...form({ name: '甲的修改' }), version: p.version }),
      office.patch(`/api/admin/products/${p.id}`).send({ ...form({ name: '乙的修改' }), version: p.version }),
    ]);
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = edits.find((r) => r.status === 409)!;
    expect(loser.body.error.code).toBe('stale_version');
    expect(loser.body.error.message).toBe('该产品已被他人修改，请刷新后重试');
    const again = await bank.patch(`/api/admin/products/${p.id}`).send({ ...form(), version: p.version });
    expect(again.status).toBe(409);
  });

  it('accepts null for a cleared optional field (what an edit form sends back)', async () => {
    const p = await create(bank);
    const res = await bank.patch(`/api/admin/products/${p.id}`).send({
      ...form(),
      features: null,
      workRequirement: null,
      institutionId: undefined,
      version: p.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ features: null, workRequirement: null });
  });

  it('requires the version', async () => {
    const p = await create(bank);
    const res = await bank.patch(`/api/admin/products/${p.id}`).send(form());
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('version');
  });

  it('does not let institution staff change a product under review or listed (409); the office may', async () => {
    const listed = (await t
      .db('products')
      .where({ institution_id: gsbankId, status: 'listed' })
      .first('id', 'version')) as {
      id: number;
      version: number;
    };
    const res = await bank
      .patch(`/api/admin/products/${listed.id}`)
      .send({ ...form(), version: Number(listed.version) });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_editable');
    const p = await create(bank);
    await transition(bank, p.id, 'submit').expect(200);
    const pending = await bank
      .patch(`/api/admin/products/${p.id}`)
      .send({ ...form(), version: p.version + 1 });
    expect(pending.status).toBe(409);
    const byOffice = await office
      .patch(`/api/admin/products/${p.id}`)
      .send({ ...form({ name: '金融办修订' }), version: p.version + 1 });
    expect(byOffice.status).toBe(200);
    expect(byOffice.body.status).toBe('pending');
  });

  it('is 404 for institution staff editing another institution’s product, 403 for the government', async () => {
    const row = (await t.db('products').where('id', foreignProductId).first('version')) as {
      version: number;
    };
    const res = await bank
      .patch(`/api/admin/products/${foreignProductId}`)
      .send({ ...form(), version: Number(row.version) });
    expect(res.status).toBe(404);
    const byGov = await gov
      .patch(`/api/admin/products/${foreignProductId}`)
      .send({ ...form(), version: Number(row.version) });
    expect(byGov.status).toBe(403);
    const unknown = await office.patch('/api/admin/products/999999').send({ ...form(), version: 1 });
    expect(unknown.status).toBe(404);
  });
});

describe('POST /api/admin/products/:id/transitions', () => {
  it('walks 草稿 → 待审核 → 已上架 → 已下架 → 待审核 → 草稿, keeping the home count and the audit log', async () => {
    const p = await create(bank, { name: '全流程测试贷' });
    const stat0 = await listedStat();

    let res = await transition(bank, p.id, 'submit');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending', version: 2 });

    res = await transition(bank, p.id, 'approve');
    expect(res.status).toBe(403);

    res = await transition(office, p.id, 'approve');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('listed');
    expect(res.body.listedAt).not.toBeNull();
    expect(await listedStat()).toBe(stat0 + 1);
    await anon(t).get(`/api/products/${p.id}`).expect(200);
    const inMarket = await anon(t)
      .get(`/api/products?name=${encodeURIComponent('全流程测试贷')}`)
      .expect(200);
    expect(inMarket.body.items.map((x: { id: number }) => x.id)).toEqual([p.id]);

    res = await transition(bank, p.id, 'delist');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('delisted');
    expect(await listedStat()).toBe(stat0);
    expect((await anon(t).get(`/api/products/${p.id}`)).status).toBe(404);

    expect((await transition(bank, p.id, 'list')).status).toBe(403);
    expect((await transition(bank, p.id, 'submit')).status).toBe(200);

    res = await transition(office, p.id, 'reject');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ reason: '请填写退回原因' });

    res = await transition(office, p.id, 'reject', { reason: '请补充准入条件' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'draft', reviewNote: '请补充准入条件' });

    expect(await auditActions(p.id)).toEqual([
      'product.create',
      'product.submit',
      'product.approve',
      'product.delist',
      'product.submit',
      'product.reject',
    ]);
    const reject = (await t
      .db('audit_logs')
      .where({ entity_id: String(p.id), action: 'product.reject' })
      .first()) as {
      before_text: string;
      after_text: string;
    };
    expect(JSON.parse(reject.before_text).status).toBe('pending');
    expect(JSON.parse(reject.after_text)).toMatchObject({ status: 'draft', reason: '请补充准入条件' });

    // A new submission clears the last rejection's reason.
    res = await transition(bank, p.id, 'submit');
    expect(res.body.reviewNote).toBeNull();
  });

  it('the office relists a delisted product directly', async () => {
    const p = await create(office, { institutionId: otherBankId });
    await transition(office, p.id, 'submit').expect(200);
    await transition(office, p.id, 'approve').expect(200);
    await transition(office, p.id, 'delist').expect(200);
    const stat = await listedStat();
    const res = await transition(office, p.id, 'list').expect(200);
    expect(res.body.status).toBe('listed');
    expect(await listedStat()).toBe(stat + 1);
  });

  it('refuses an illegal transition with 409 and a Chinese message, changing nothing', async () => {
    const p = await create(bank);
    const stat = await listedStat();
    const res = await transition(office, p.id, 'approve');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'illegal_transition',
      message: '产品当前状态为“草稿”，不能执行“审核通过”操作',
    });
    expect((await transition(office, p.id, 'delist')).status).toBe(409);
    expect((await transition(office, p.id, 'list')).status).toBe(409);
    const after = (await t.db('products').where('id', p.id).first('status', 'version')) as {
      status: string;
      version: number;
    };
    expect(after).toEqual({ status: 'draft', version: 1 });
    expect(await listedStat()).toBe(stat);
    expect(await auditActions(p.id)).toEqual(['product.create']);
  });

  it('lets only one of two staff approving at once win; the other gets 409; the count moves once', async () => {
    const p = await create(bank);
    await transition(bank, p.id, 'submit').expect(200);
    const stat = await listedStat();
    const second = await loginStaff('office', DEMO_PASSWORD, t);
    const results = await Promise.all([
      transition(office, p.id, 'approve'),
      transition(second, p.id, 'approve'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await listedStat()).toBe(stat + 1);
    expect((await auditActions(p.id)).filter((a) => a === 'product.approve')).toHaveLength(1);
  });

  it('refuses a stale version with 409', async () => {
    const p = await create(bank);
    const res = await transition(bank, p.id, 'submit', { version: p.version + 5 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect((await transition(bank, p.id, 'submit', { version: p.version })).status).toBe(200);
  });

  it('is 404 for another institution’s product or an unknown one; 403 for the government; 400 for an unknown action', async () => {
    expect((await transition(bank, foreignProductId, 'delist')).status).toBe(404);
    expect((await transition(office, 999999, 'submit')).status).toBe(404);
    expect((await transition(gov, foreignProductId, 'delist')).status).toBe(403);
    const bad = await transition(office, foreignProductId, 'publish');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['action']);
    expect(bad.body.error.message).toContain('操作');
  });
});
