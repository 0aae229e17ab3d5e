/** 续贷申请 (§2.11) and 转贷申请: the forms' checks, the records, the lender's inbox and transitions, scoping. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminApplicationRow, BridgeApplicationDetail, RenewalApplicationDetail } from '@jrpt/contracts';
import { anon, DEMO_PASSWORD, loginStaff, testApp, type Agent } from '../../test/harness.js';
import {
  institutionId,
  institutionStaff,
  newEnterprise,
  newPersonal,
  type Borrower,
} from '../../test/loan-fixtures.js';
import { addDays, beijingDate } from '../workflow/clock.js';

const t = testApp();
let gsbank: Agent;
let ccb: Agent;
let gsbankId: number;
let regionId: number;
let enterprise: Borrower;
let personal: Borrower;

const inDays = (n: number) => addDays(beijingDate(new Date()), n);

const renewalForm = (over: Record<string, unknown> = {}) => ({
  amountWan: 200,
  termMonths: 12,
  maturityDate: inDays(25),
  method: 'credit',
  ratePercent: 4.35,
  institutionId: gsbankId,
  regionId,
  enterpriseName: '天水市测试农产品有限公司',
  uscc: enterprise.uscc,
  realName: '李四',
  gender: 'male',
  phone: '13909381234',
  agreed: true,
  ...over,
});

const bridgeForm = (over: Record<string, unknown> = {}) => {
  const { termMonths: _t, method: _m, ratePercent: _r, ...rest } = renewalForm();
  return { ...rest, amountWan: 150, days: 15, ...over };
};

beforeAll(async () => {
  gsbank = await loginStaff('gsbank', DEMO_PASSWORD, t);
  ccb = await institutionStaff('建设银行', t);
  gsbankId = await institutionId('甘肃银行', t);
  regionId = Number((await t.db('regions').where('name', '麦积区').first('id')).id);
  enterprise = await newEnterprise(t);
  personal = await newPersonal(t);
});

describe('POST /api/renewal-applications', () => {
  it('records every §2.11 field, the consent and the first timeline entry', async () => {
    const res = await enterprise.agent.post('/api/renewal-applications').send(renewalForm());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const d = res.body as RenewalApplicationDetail;
    expect(d).toMatchObject({
      kind: 'renewal',
      status: 'submitted',
      amountYuan: 2_000_000,
      termMonths: 12,
      maturityDate: inDays(25),
      method: 'credit',
      rateBp: 435,
      institutionId: gsbankId,
      institutionName: '甘肃银行',
      regionId,
      regionName: '麦积区',
      enterpriseName: '天水市测试农产品有限公司',
      uscc: enterprise.uscc,
      realName: '李四',
      gender: 'male',
      phone: '13909381234',
      productName: null,
      actions: ['withdraw'],
    });
    expect(d.consent?.agreementCode).toBe('data_authorization');
    expect(d.timeline.map((e) => e.action)).toEqual(['submit']);
    const list = await enterprise.agent.get('/api/renewal-applications').expect(200);
    expect(list.body.items[0]).toMatchObject({ id: d.id, kind: 'renewal', amountYuan: 2_000_000 });
  });

  it.each([
    ['maturityDate', { maturityDate: inDays(-1) }, '不能早于今天'],
    ['maturityDate', { maturityDate: '2026-02-30' }, '不是有效日期'],
    ['institutionId', { institutionId: 999_999 }, '贷款机构不存在'],
    ['regionId', { regionId: 999_999 }, '所属区域不存在'],
    ['method', { method: 'cash' }, '融资方式'],
    ['ratePercent', { ratePercent: 40 }, '贷款利率'],
    ['gender', { gender: 'x' }, '性别'],
    ['phone', { phone: '1234' }, '联系电话'],
    ['uscc', { uscc: '91620503MA74X1C46A' }, '统一社会信用代码'],
    ['agreed', { agreed: false }, '《用户授权协议》'],
    ['realName', { realName: undefined }, '真实姓名'],
  ])('refuses a bad form naming %s', async (field, over, words) => {
    const res = await enterprise.agent.post('/api/renewal-applications').send(renewalForm(over));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.fields[field]).toContain(words);
  });

  it('goes through the lender’s desk; credit may not exceed the amount applied for', async () => {
    const d = (await personal.agent.post('/api/renewal-applications').send(renewalForm()).expect(201))
      .body as RenewalApplicationDetail;
    const inbox = await gsbank.get('/api/admin/renewal-applications?status=submitted&_end=100').expect(200);
    expect((inbox.body as AdminApplicationRow[]).some((r) => r.id === d.id)).toBe(true);
    await ccb.get(`/api/admin/renewal-applications/${d.id}`).expect(404);
    await enterprise.agent.get(`/api/renewal-applications/${d.id}`).expect(404);
    const go = (body: Record<string, unknown>) =>
      gsbank.post(`/api/admin/renewal-applications/${d.id}/transitions`).send(body);
    await go({ action: 'accept', version: 1 }).expect(200);
    const over = await go({ action: 'grant_credit', amountWan: 201, version: 2 }).expect(400);
    expect(over.body.error.fields.amountWan).toContain('申请金额200万元');
    await go({ action: 'grant_credit', amountWan: 200, version: 2 }).expect(200);
    const done = await go({ action: 'disburse', amountWan: 200, version: 3 }).expect(200);
    expect(done.body).toMatchObject({ status: 'disbursed', disbursedAmountYuan: 2_000_000 });
    const row = await t.db('renewal_applications').where('id', d.id).first('matures_on');
    expect(row.matures_on).not.toBeNull();
    const msg = (await personal.agent.get('/api/messages').expect(200)).body.items[0];
    expect(msg).toMatchObject({ title: '续贷申请已放款', link: `/personal/applications/renewal/${d.id}` });
  });

  it('makes one record of a double submit with one Idempotency-Key', async () => {
    const key = `renewal-${Date.now()}`;
    const [a, b] = await Promise.all([
      enterprise.agent.post('/api/renewal-applications').set('Idempotency-Key', key).send(renewalForm()),
      enterprise.agent.post('/api/renewal-applications').set('Idempotency-Key', key).send(renewalForm()),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
  });

  it('needs a login', async () => {
    await anon(t).post('/api/renewal-applications').send(renewalForm()).expect(401);
    await anon(t).get('/api/renewal-applications').expect(401);
  });
});

describe('POST /api/bridge-applications', () => {
  it('records 转贷金额, 原贷款机构, 原贷款到期日, 使用天数 and the contact', async () => {
    const res = await enterprise.agent.post('/api/bridge-applications').send(bridgeForm());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const d = res.body as BridgeApplicationDetail;
    expect(d).toMatchObject({
      kind: 'bridge',
      status: 'submitted',
      amountYuan: 1_500_000,
      days: 15,
      termMonths: null,
      maturityDate: inDays(25),
      institutionName: '甘肃银行',
      regionName: '麦积区',
      realName: '李四',
      gender: 'male',
    });
    const bad = await enterprise.agent
      .post('/api/bridge-applications')
      .send(bridgeForm({ days: 0 }))
      .expect(400);
    expect(bad.body.error.fields.days).toContain('使用天数');
    const bad2 = await enterprise.agent
      .post('/api/bridge-applications')
      .send(bridgeForm({ institutionId: 999_999 }))
      .expect(400);
    expect(bad2.body.error.fields.institutionId).toBe('原贷款机构不存在');

    // 撤销 while 未受理, then no more.
    await enterprise.agent.post(`/api/bridge-applications/${d.id}/withdraw`).send({ version: 1 }).expect(200);
    await gsbank
      .post(`/api/admin/bridge-applications/${d.id}/transitions`)
      .send({ action: 'accept', version: 2 })
      .expect(409);
    await personal.agent.get(`/api/bridge-applications/${d.id}`).expect(404);
  });

  it('is rejected by the lender with a reason the borrower reads', async () => {
    const d = (await personal.agent.post('/api/bridge-applications').send(bridgeForm()).expect(201)).body;
    await gsbank
      .post(`/api/admin/bridge-applications/${d.id}/transitions`)
      .send({ action: 'reject', reasonCode: 'materials_incomplete', note: '请补充续贷承诺函', version: 1 })
      .expect(200);
    const own = await personal.agent.get(`/api/bridge-applications/${d.id}`).expect(200);
    expect(own.body).toMatchObject({
      status: 'rejected',
      note: '请补充续贷承诺函',
      rejectReasonCode: 'materials_incomplete',
    });
  });
});
