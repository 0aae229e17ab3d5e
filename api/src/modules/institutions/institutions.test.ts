/** 金融机构: public directory and the admin resource (office writes, institution staff read their own). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminInstitution, Institution, InstitutionInput } from '@jrpt/contracts';
import { anon, DEMO_PASSWORD, loginStaff, testApp, type Agent } from '../../test/harness.js';

const t = testApp();
let office: Agent;
let bank: Agent;
let gov: Agent;
let gsbankId: number;
let regionIds: Map<string, number>;

const uniqueName = () => `测试金融机构${Math.random().toString(36).slice(2, 8)}`;
const form = (over: Partial<InstitutionInput> = {}): InstitutionInput => ({
  name: uniqueName(),
  type: 'microloan',
  shortName: '测试小贷',
  intro: '测试机构简介',
  address: '天水市秦州区测试路1号',
  contactPhone: '0938-1234567',
  regionIds: [regionIds.get('秦州区')!],
  ...over,
});

async function all(query: Record<string, string | number> = {}) {
  const qs = new URLSearchParams(
    Object.entries({ pageSize: 100, ...query }).map(([k, v]) => [k, String(v)] as [string, string]),
  );
  const res = await anon(t).get(`/api/institutions?${qs}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Institution[]; total: number; page: number; pageSize: number };
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
  const rows: { id: number; name: string }[] = await t.db('regions').select('id', 'name');
  regionIds = new Map(rows.map((r) => [r.name, Number(r.id)]));
});

describe('GET /api/institutions (金融机构)', () => {
  it('lists the manual’s banks first, in order, with regions and listed-product counts', async () => {
    const { items, total } = await all();
    expect(total).toBe(items.length);
    expect(items.slice(0, 14).map((i) => i.name)).toEqual([
      '甘肃银行',
      '建设银行',
      '工商银行',
      '农业银行',
      '兰州银行',
      '农业发展银行',
      '天水秦州农村合作银行',
      '交通银行',
      '中国银行',
      '邮储银行',
      '浙商银行',
      '天水秦州长银村镇银行',
      '天水麦积农村合作银行',
      '张家川回族自治县农村信用合作联社',
    ]);
    for (const inst of items) {
      const market = await anon(t).get(`/api/products?institutionId=${inst.id}&pageSize=1`).expect(200);
      expect(inst.productCount, inst.name).toBe(market.body.total);
      expect(inst.regions.length, inst.name).toBeGreaterThan(0);
    }
    const gs = items.find((i) => i.name === '甘肃银行')!;
    expect(gs.regions).toHaveLength(7);
    expect(gs).not.toHaveProperty('version');
  });

  it('filters by 机构类型', async () => {
    for (const type of ['bank', 'guarantee', 'microloan', 'fund'] as const) {
      const { items } = await all({ type });
      expect(items.length, type).toBeGreaterThan(0);
      expect(items.every((i) => i.type === type)).toBe(true);
    }
    expect((await all({ type: 'insurance' })).total).toBe(0);
  });

  it('filters by 服务区域', async () => {
    const zjc = regionIds.get('张家川回族自治县')!;
    const { items } = await all({ regionId: zjc });
    expect(items.every((i) => i.regions.some((r) => r.id === zjc))).toBe(true);
    const names = items.map((i) => i.name);
    expect(names).toContain('张家川回族自治县农村信用合作联社');
    expect(names).toContain('建设银行');
    expect(names).not.toContain('天水麦积农村合作银行');
  });

  it('filters by name or short name, wildcards taken literally', async () => {
    expect((await all({ name: '农村' })).items.every((i) => i.name.includes('农村'))).toBe(true);
    expect((await all({ name: '农行' })).items.map((i) => i.name)).toEqual(['农业银行']);
    expect((await all({ name: '%' })).total).toBe(0);
  });

  it('paginates', async () => {
    const { items, total } = await all();
    const page2 = await all({ page: 2, pageSize: 5 });
    expect(page2).toMatchObject({ page: 2, pageSize: 5, total });
    expect(page2.items.map((i) => i.id)).toEqual(items.slice(5, 10).map((i) => i.id));
  });

  it('rejects a bad type, region or page with a 400 naming the field', async () => {
    for (const [qs, field] of [
      ['type=casino', 'type'],
      ['regionId=abc', 'regionId'],
      ['page=0', 'page'],
      ['pageSize=1000', 'pageSize'],
    ]) {
      const res = await anon(t).get(`/api/institutions?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });
});

describe('GET /api/institutions/:id', () => {
  it('shows one institution', async () => {
    const res = await anon(t).get(`/api/institutions/${gsbankId}`).expect(200);
    expect(res.body).toMatchObject({ id: gsbankId, name: '甘肃银行', type: 'bank' });
  });
  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    const res = await anon(t).get('/api/institutions/777777');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('机构不存在');
    expect((await anon(t).get('/api/institutions/abc')).status).toBe(400);
  });
});

describe('/api/admin/institutions', () => {
  it('lists every institution for the office and the government, with X-Total-Count', async () => {
    const count = Number(
      ((await t.db('institutions').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    for (const agent of [office, gov]) {
      const res = await agent.get('/api/admin/institutions?_start=0&_end=5').expect(200);
      expect(res.headers['x-total-count']).toBe(String(count));
      expect(res.body).toHaveLength(5);
      expect(res.body[0]).toHaveProperty('version');
    }
  });

  it('filters and sorts', async () => {
    const banks = await office.get('/api/admin/institutions?type=bank&_end=100').expect(200);
    expect(banks.body.every((i: AdminInstitution) => i.type === 'bank')).toBe(true);
    expect(banks.headers['x-total-count']).toBe(String(banks.body.length));
    const named = await office
      .get(`/api/admin/institutions?name_like=${encodeURIComponent('银行')}&_sort=name&_order=desc&_end=100`)
      .expect(200);
    expect(named.body.every((i: AdminInstitution) => `${i.name}${i.shortName}`.includes('银行'))).toBe(true);
    const byId = await office.get('/api/admin/institutions?_sort=id&_order=desc&_end=100').expect(200);
    const ids = byId.body.map((i: AdminInstitution) => i.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    const region = regionIds.get('麦积区')!;
    const inRegion = await office.get(`/api/admin/institutions?regionId=${region}&_end=100`).expect(200);
    expect(inRegion.body.every((i: AdminInstitution) => i.regions.some((r) => r.id === region))).toBe(true);
    const some = await office.get(`/api/admin/institutions?id=${gsbankId}&id=2`).expect(200);
    expect(some.body).toHaveLength(2);
    const bad = await office.get('/api/admin/institutions?_sort=intro');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('_sort');
  });

  it('shows institution staff only their own institution', async () => {
    const res = await bank.get('/api/admin/institutions?_end=100').expect(200);
    expect(res.headers['x-total-count']).toBe('1');
    expect(res.body.map((i: AdminInstitution) => i.id)).toEqual([gsbankId]);
    await bank.get(`/api/admin/institutions/${gsbankId}`).expect(200);
    const other = await bank.get('/api/admin/institutions/2');
    expect(other.status).toBe(404);
  });

  it('lets the office create an institution, audited', async () => {
    const body = form({ regionIds: [regionIds.get('秦州区')!, regionIds.get('麦积区')!] });
    const res = await office.post('/api/admin/institutions').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: body.name, type: 'microloan', version: 1, productCount: 0 });
    expect(res.body.regions.map((r: { name: string }) => r.name)).toEqual(['秦州区', '麦积区']);
    const log = await t
      .db('audit_logs')
      .where({ entity_type: 'institutions', entity_id: String(res.body.id) })
      .first('action');
    expect(log?.action).toBe('institution.create');
    await anon(t).get(`/api/institutions/${res.body.id}`).expect(200);
  });

  it('refuses a duplicate name with 409 naming the field', async () => {
    const res = await office.post('/api/admin/institutions').send(form({ name: '甘肃银行' }));
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual({ name: '机构名称已存在' });
  });

  it('rejects a malformed form with a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ type: 'casino' }, 'type'],
      [{ regionIds: [] }, 'regionIds'],
      [{ regionIds: [987654] }, 'regionIds'],
      [{ intro: '长'.repeat(2001) }, 'intro'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post('/api/admin/institutions').send({ ...form(), ...over });
      expect(res.status, JSON.stringify(over).slice(0, 40)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });

  it('is 403 for institution staff and the government', async () => {
    expect((await bank.post('/api/admin/institutions').send(form())).status).toBe(403);
    expect((await gov.post('/api/admin/institutions').send(form())).status).toBe(403);
    expect((await bank.patch(`/api/admin/institutions/${gsbankId}`).send(form())).status).toBe(403);
    expect((await gov.patch(`/api/admin/institutions/${gsbankId}`).send(form())).status).toBe(403);
  });

  it('lets the office edit; a stale version is a 409; the audit keeps before and after', async () => {
    const created = (await office.post('/api/admin/institutions').send(form()).expect(201))
      .body as AdminInstitution;
    const renamed = `${created.name}改`;
    const res = await office
      .patch(`/api/admin/institutions/${created.id}`)
      .send(form({ name: renamed, type: 'guarantee', regionIds: [regionIds.get('甘谷县')!] }))
      .expect(200);
    expect(res.body).toMatchObject({ name: renamed, type: 'guarantee', version: 2 });
    expect(res.body.regions.map((r: { name: string }) => r.name)).toEqual(['甘谷县']);
    const stale = await office
      .patch(`/api/admin/institutions/${created.id}`)
      .send({ ...form({ name: renamed }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    await office
      .patch(`/api/admin/institutions/${created.id}`)
      .send({ ...form({ name: renamed }), version: 2 })
      .expect(200);
    const dup = await office.patch(`/api/admin/institutions/${created.id}`).send(form({ name: '建设银行' }));
    expect(dup.status).toBe(409);
    const log = (await t
      .db('audit_logs')
      .where({ entity_type: 'institutions', entity_id: String(created.id), action: 'institution.update' })
      .first()) as {
      before_text: string;
      after_text: string;
    };
    expect(JSON.parse(log.before_text).name).toBe(created.name);
    expect(JSON.parse(log.after_text).name).toBe(renamed);
    expect((await office.patch('/api/admin/institutions/999999').send(form())).status).toBe(404);
  });
});
