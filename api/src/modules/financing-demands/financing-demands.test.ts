/**
 * 融资需求 end to end through the API: publishing (pool, named, 首贷), validation, 需求记录, withdrawal, the
 * staff desk (visibility, masking, 抢单 race, 派单 and 退回, every transition allowed and refused), the
 * response-clock sweep with a fake clock, idempotent double submits, audit, messages and stats.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AdminDemandDetail,
  AdminDemandRow,
  DemandDetail,
  DemandRecord,
  FinancingDemandForm,
} from '@jrpt/contracts';
import { hashPassword } from '../../security/password.js';
import {
  anon,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  loginBorrower,
  loginStaff,
  manualClock,
  registerBorrower,
  testApp,
  type Agent,
} from '../../test/harness.js';
import { readStats } from '../home/stats.js';
import { runSweeps } from '../workflow/sweeps.js';
import { listDesk } from './repository.js';
import { financingDemandSweeps } from './sweep.js';

const t = testApp();
const DAY = 86_400_000;

let enterprise: Agent;
let personal: Agent;
let stranger: Agent;
let office: Agent;
let gov: Agent;
/** 甘肃银行 (demo staff gsbank) and 建设银行 (staff made here). */
let gsbank: Agent;
let ccb: Agent;
let gsbankId: number;
let ccbId: number;
let icbcId: number;
let qinzhou: number;
/** 抗疫贷 (甘肃银行, 300万) and a 建设银行 product. */
let kangyiId: number;
let ccbProductId: number;

const form = (over: Partial<FinancingDemandForm> = {}): FinancingDemandForm => ({
  amountWan: 100,
  termMonths: 12,
  purpose: '购买原材料',
  method: 'credit',
  rateMinPercent: 3.5,
  rateMaxPercent: 6,
  institutionIds: [],
  regionId: qinzhou,
  contactName: '王经理',
  gender: 'male',
  contactPhone: '13909386116',
  enterpriseName: DEMO_ACCOUNTS.enterprise.enterpriseName,
  ...over,
});

async function publish(agent: Agent, over: Partial<FinancingDemandForm> = {}, key?: string) {
  const req = agent.post('/api/financing-demands');
  if (key) req.set('Idempotency-Key', key);
  const res = await req.send(form(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as DemandDetail;
}

const desk = (agent: Agent, id: number) => agent.get(`/api/admin/financing-demands/${id}`);
const claim = (agent: Agent, id: number) => agent.post(`/api/admin/financing-demands/${id}/claim`).send({});
const act = (agent: Agent, id: number, body: Record<string, unknown>) =>
  agent.post(`/api/admin/financing-demands/${id}/transitions`).send(body);

async function version(id: number) {
  return Number(
    ((await t.db('financing_demands').where({ id }).first('version')) as { version: number }).version,
  );
}

async function step(agent: Agent, id: number, body: Record<string, unknown>) {
  const res = await act(agent, id, { version: await version(id), ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as AdminDemandDetail;
}

async function deskIds(agent: Agent, query = '') {
  const res = await agent.get(`/api/admin/financing-demands?_start=0&_end=500${query}`).expect(200);
  return { ids: (res.body as AdminDemandRow[]).map((r) => r.id), rows: res.body as AdminDemandRow[], res };
}

const idOf = async (table: string, name: string) =>
  Number(((await t.db(table).where('name', name).first('id')) as { id: number }).id);

async function auditActions(id: number) {
  const rows: { action: string }[] = await t
    .db('audit_logs')
    .where({ entity_type: 'financing_demands', entity_id: String(id) })
    .orderBy('id')
    .select('action');
  return rows.map((r) => r.action);
}

async function messagesFor(accountId: number, demandId: number) {
  const rows: { title: string; body: string }[] = await t
    .db('messages')
    .where({ account_id: accountId, subject_type: 'financing_demand', subject_id: demandId })
    .orderBy('id')
    .select('title', 'body');
  return rows;
}

const accountIdOf = async (phone: string) =>
  Number(((await t.db('accounts').where({ phone }).first('id')) as { id: number }).id);

beforeAll(async () => {
  [gsbankId, ccbId, icbcId, qinzhou] = await Promise.all([
    idOf('institutions', '甘肃银行'),
    idOf('institutions', '建设银行'),
    idOf('institutions', '工商银行'),
    idOf('regions', '秦州区'),
  ]);
  kangyiId = await idOf('products', '抗疫贷');
  ccbProductId = Number(
    (
      (await t.db('products').where({ institution_id: ccbId, status: 'listed' }).first('id')) as {
        id: number;
      }
    ).id,
  );
  // A staff member of 建设银行, for the race and the visibility rules.
  const now = new Date();
  await t.db('accounts').insert({
    role: 'institution',
    login_name: 'ccb_demands',
    institution_id: ccbId,
    display_name: '建设银行天水分行',
    password_hash: await hashPassword(DEMO_PASSWORD, t.config.scryptCost),
    status: 'active',
    created_at: now,
    updated_at: now,
  });
  const other = await registerBorrower({ type: 'personal' }, t);
  [enterprise, personal, stranger, office, gov, gsbank, ccb] = await Promise.all([
    loginBorrower(DEMO_ACCOUNTS.enterprise.phone, DEMO_PASSWORD, t),
    loginBorrower(DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD, t),
    loginBorrower(other.phone, other.password, t),
    loginStaff('office', DEMO_PASSWORD, t),
    loginStaff('gov', DEMO_PASSWORD, t),
    loginStaff(DEMO_ACCOUNTS.institution.loginName, DEMO_PASSWORD, t),
    loginStaff('ccb_demands', DEMO_PASSWORD, t),
  ]);
});

describe('POST /api/financing-demands (发布融资需求)', () => {
  it('puts a 不限 demand in the pool, with a response clock, a timeline, an audit row and a message', async () => {
    const before = new Date();
    const d = await publish(enterprise);
    expect(d).toMatchObject({
      status: 'pending',
      channel: 'market',
      borrowerType: 'enterprise',
      amountYuan: 1_000_000,
      termMonths: 12,
      method: 'credit',
      rateMinBp: 350,
      rateMaxBp: 600,
      pooled: true,
      expectedInstitutions: [],
      regionName: '秦州区',
      contactName: '王经理',
      gender: 'male',
      contactPhone: '13909386116',
      enterpriseName: DEMO_ACCOUNTS.enterprise.enterpriseName,
      productName: null,
      reviewResult: null,
      actions: ['withdraw'],
    });
    // Three working days: at least three calendar days later, never more than a fortnight.
    const respondBy = new Date(d.respondBy!).getTime();
    expect(respondBy).toBeGreaterThan(before.getTime() + 3 * DAY - 1);
    expect(respondBy).toBeLessThan(before.getTime() + 14 * DAY);
    expect(d.timeline.map((e) => e.action)).toEqual(['submit']);
    expect(await auditActions(d.id)).toEqual(['financing_demand.submit']);
    const msgs = await messagesFor(await accountIdOf(DEMO_ACCOUNTS.enterprise.phone), d.id);
    expect(msgs[0].body).toContain('需求池');
  });

  it('sends a demand naming institutions to them only, and shows their names', async () => {
    const d = await publish(personal, {
      institutionIds: [gsbankId, ccbId],
      enterpriseName: undefined,
      amountWan: 5,
    });
    expect(d.pooled).toBe(false);
    expect(d.borrowerType).toBe('personal');
    expect(d.enterpriseName).toBeNull();
    expect(d.expectedInstitutions.map((i) => i.name).sort()).toEqual(['建设银行', '甘肃银行'].sort());
    const rows = await t.db('demand_institutions').where('demand_id', d.id).orderBy('institution_id');
    expect(rows.map((r: { institution_id: number }) => Number(r.institution_id))).toEqual(
      [gsbankId, ccbId].sort((a, b) => a - b),
    );
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const count = async () =>
      Number((await t.db('financing_demands').count<{ n: number }[]>({ n: '*' }))[0].n);
    const before = await count();
    const cases: [Agent, Partial<FinancingDemandForm> | Record<string, unknown>, string][] = [
      [enterprise, { amountWan: undefined }, 'amountWan'],
      [enterprise, { amountWan: -5 }, 'amountWan'],
      [enterprise, { termMonths: 0 }, 'termMonths'],
      [enterprise, { purpose: '' }, 'purpose'],
      [enterprise, { method: 'cash' }, 'method'],
      [enterprise, { rateMinPercent: 7, rateMaxPercent: 5 }, 'rateMaxPercent'],
      [enterprise, { rateMaxPercent: 50 }, 'rateMaxPercent'],
      [enterprise, { institutionIds: [gsbankId, gsbankId] }, 'institutionIds'],
      [enterprise, { institutionIds: [987_654] }, 'institutionIds'],
      [enterprise, { regionId: 987_654 }, 'regionId'],
      [enterprise, { contactName: '' }, 'contactName'],
      [enterprise, { gender: 'x' }, 'gender'],
      [enterprise, { contactPhone: '12345' }, 'contactPhone'],
      [enterprise, { enterpriseName: undefined }, 'enterpriseName'],
      [personal, { enterpriseName: undefined, firstLoan: true }, 'firstLoan'],
    ];
    for (const [agent, over, field] of cases) {
      const res = await agent.post('/api/financing-demands').send({ ...form(), ...over });
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // 企业名称 is for enterprises only: a person may leave it out.
    await publish(personal, { enterpriseName: undefined, amountWan: 2 });
    expect(await count()).toBe(before + 1);
  });

  it('makes one record of a double submit with one Idempotency-Key', async () => {
    const key = randomUUID();
    const before = Number((await t.db('financing_demands').count<{ n: number }[]>({ n: '*' }))[0].n);
    const [a, b] = await Promise.all([
      enterprise
        .post('/api/financing-demands')
        .set('Idempotency-Key', key)
        .send(form({ amountWan: 77 })),
      enterprise
        .post('/api/financing-demands')
        .set('Idempotency-Key', key)
        .send(form({ amountWan: 77 })),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    const again = await enterprise.post('/api/financing-demands').set('Idempotency-Key', key).send(form());
    expect(again.body.id).toBe(a.body.id);
    expect(Number((await t.db('financing_demands').count<{ n: number }[]>({ n: '*' }))[0].n)).toBe(
      before + 1,
    );
    await enterprise.post('/api/financing-demands').set('Idempotency-Key', 'no').send(form()).expect(400);
  });

  it('lets only an enterprise with a verified 企业授权 and no recorded loan publish a 首贷需求', async () => {
    const refused = await enterprise.post('/api/financing-demands').send(form({ firstLoan: true }));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('企业授权');
    const accountId = await accountIdOf(DEMO_ACCOUNTS.enterprise.phone);
    const [authId] = await t.db('enterprise_authorizations').insert({
      account_id: accountId,
      enterprise_name: DEMO_ACCOUNTS.enterprise.enterpriseName,
      legal_person_name: '李四',
      legal_person_id_enc: t.deps.fieldCipher.encrypt('620502199001011234'),
      legal_person_id_masked: '6205**********1234',
      uscc: DEMO_ACCOUNTS.enterprise.uscc,
      status: 'verified',
      provider: 'development',
      failure_reason: null,
      created_at: new Date(),
    });
    try {
      const d = await publish(enterprise, { firstLoan: true });
      expect(d.channel).toBe('first_loan');
    } finally {
      await t.db('enterprise_authorizations').where('id', authId).delete();
    }
  });

  it('is for logged-in borrowers', async () => {
    await anon(t).post('/api/financing-demands').send(form()).expect(401);
    await anon(t).get('/api/financing-demands').expect(401);
  });
});

describe('需求记录 and withdrawal', () => {
  it('lists only the borrower’s own demands, newest first, with the §2.7 columns', async () => {
    const d = await publish(stranger, { enterpriseName: undefined, amountWan: 3 });
    const res = await stranger.get('/api/financing-demands?page=1&pageSize=5').expect(200);
    expect(res.body.total).toBe(1);
    const [row] = res.body.items as DemandRecord[];
    expect(row).toMatchObject({ id: d.id, borrowerType: 'personal', amountYuan: 30_000, status: 'pending' });
    for (const k of [
      'createdAt',
      'productName',
      'reviewResult',
      'creditAmountYuan',
      'disbursedAmountYuan',
      'actions',
    ])
      expect(row).toHaveProperty(k);
    const mine = await enterprise.get('/api/financing-demands?pageSize=100').expect(200);
    expect((mine.body.items as DemandRecord[]).some((r) => r.id === d.id)).toBe(false);
    const times = (mine.body.items as DemandRecord[]).map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const filtered = await enterprise.get('/api/financing-demands?status=withdrawn').expect(200);
    expect((filtered.body.items as DemandRecord[]).every((r) => r.status === 'withdrawn')).toBe(true);
    await enterprise.get('/api/financing-demands?status=nope').expect(400);
  });

  it('gives 404 for another borrower’s demand, to read or to withdraw', async () => {
    const d = await publish(enterprise);
    await stranger.get(`/api/financing-demands/${d.id}`).expect(404);
    await stranger.post(`/api/financing-demands/${d.id}/withdraw`).send({}).expect(404);
    await enterprise.get(`/api/financing-demands/${d.id}`).expect(200);
  });

  it('withdraws only while 待处理', async () => {
    const d = await publish(enterprise);
    const res = await enterprise.post(`/api/financing-demands/${d.id}/withdraw`).send({}).expect(200);
    expect(res.body.status).toBe('withdrawn');
    expect(res.body.actions).toEqual([]);
    expect((res.body as DemandDetail).timeline.map((e) => e.action)).toEqual(['submit', 'withdraw']);
    const again = await enterprise.post(`/api/financing-demands/${d.id}/withdraw`).send({}).expect(409);
    expect(again.body.error.message).toContain('已撤销');
    // A withdrawn demand leaves the pool.
    expect((await deskIds(gsbank)).ids).not.toContain(d.id);

    const taken = await publish(enterprise);
    await claim(gsbank, taken.id).expect(200);
    await enterprise.post(`/api/financing-demands/${taken.id}/withdraw`).send({}).expect(409);
    expect(await auditActions(d.id)).toEqual(['financing_demand.submit', 'financing_demand.withdraw']);
  });
});

describe('the staff desk: who sees what', () => {
  it('shows an institution the pool, what names it, and what it holds; never what names only others', async () => {
    const pooled = await publish(enterprise);
    const namesGs = await publish(enterprise, { institutionIds: [gsbankId] });
    const namesCcb = await publish(enterprise, { institutionIds: [ccbId] });
    const gs = await deskIds(gsbank);
    expect(gs.ids).toEqual(expect.arrayContaining([pooled.id, namesGs.id]));
    expect(gs.ids).not.toContain(namesCcb.id);
    expect(Number(gs.res.headers['x-total-count'])).toBeGreaterThanOrEqual(gs.ids.length);
    await desk(gsbank, namesCcb.id).expect(404);
    await claim(gsbank, namesCcb.id).expect(404);
    await act(gsbank, namesCcb.id, { action: 'accept', version: 1 }).expect(404);

    const row = gs.rows.find((r) => r.id === pooled.id)!;
    expect(row).toMatchObject({ pooled: true, phoneMasked: '139xxxx6116', actions: ['claim'] });
    expect(JSON.stringify(gs.rows)).not.toContain('13909386116');
    expect(gs.rows.find((r) => r.id === namesGs.id)!.actions).toEqual(['accept', 'decline']);
    // The detail keeps the phone masked until the institution holds the demand.
    expect((await desk(gsbank, pooled.id).expect(200)).body.contactPhone).toBe('139xxxx6116');
    await claim(gsbank, pooled.id).expect(200);
    expect((await desk(gsbank, pooled.id).expect(200)).body.contactPhone).toBe('13909386116');
    // Once held by 甘肃银行, it has left 建设银行's desk.
    expect((await deskIds(ccb)).ids).not.toContain(pooled.id);
    await desk(ccb, pooled.id).expect(404);
  });

  it('shows the office everything (with dispatch on pending ones) and the government read-only', async () => {
    const d = await publish(enterprise, { institutionIds: [ccbId] });
    const all = await deskIds(office, '&_sort=createdAt&_order=desc');
    const row = all.rows.find((r) => r.id === d.id)!;
    expect(row.actions).toEqual(['dispatch']);
    expect(row.phoneMasked).toBe('139xxxx6116');
    expect((await desk(office, d.id).expect(200)).body.contactPhone).toBe('13909386116');
    const seen = await desk(gov, d.id).expect(200);
    expect(seen.body.actions).toEqual([]);
    expect(seen.body.contactPhone).toBe('139xxxx6116');
    await gov
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: gsbankId })
      .expect(403);
    await gov.post(`/api/admin/financing-demands/${d.id}/claim`).send({}).expect(403);
  });

  it('filters by status, pool, overdue and sorts on the server', async () => {
    const pool = await deskIds(office, '&pooled=true');
    expect(pool.rows.length).toBeGreaterThan(0);
    expect(pool.rows.every((r) => r.pooled)).toBe(true);
    const notPool = await deskIds(office, '&pooled=false');
    expect(notPool.rows.every((r) => !r.pooled)).toBe(true);
    const withdrawn = await deskIds(office, '&status=withdrawn');
    expect(withdrawn.rows.every((r) => r.status === 'withdrawn')).toBe(true);
    const byAmount = await deskIds(office, '&_sort=amountYuan&_order=asc');
    const amounts = byAmount.rows.map((r) => r.amountYuan);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    const gsPage = await gsbank
      .get('/api/admin/financing-demands?_start=0&_end=2&_sort=amountYuan&_order=desc')
      .expect(200);
    const gsAll = await deskIds(gsbank, '&_sort=amountYuan&_order=desc');
    expect((gsPage.body as AdminDemandRow[]).map((r) => r.id)).toEqual(gsAll.ids.slice(0, 2));
    expect(gsPage.headers['x-total-count']).toBe(String(gsAll.ids.length));
    const next = await gsbank
      .get('/api/admin/financing-demands?_start=2&_end=4&_sort=amountYuan&_order=desc')
      .expect(200);
    expect((next.body as AdminDemandRow[]).map((r) => r.id)).toEqual(gsAll.ids.slice(2, 4));
    // Past the cap the total is reported as the cap, and said to be capped.
    const window = { offset: 0, limit: 2, orderBy: [{ column: 'd.created_at', order: 'desc' as const }] };
    const all = await listDesk(t.db, { institutionId: null }, window, new Date(), 3);
    expect(all).toMatchObject({ total: 3, capped: true });
    expect(all.rows).toHaveLength(2);
    const mine = await listDesk(t.db, { institutionId: gsbankId }, window, new Date(), 3);
    expect(mine).toMatchObject({ total: 3, capped: true });
    const exact = await listDesk(t.db, { institutionId: null }, window, new Date(), 1_000_000);
    expect(exact.capped).toBe(false);
    expect(exact.total).toBe(
      Number((await t.db('financing_demands').count<{ n: number }[]>({ n: '*' }))[0].n),
    );
    await office.get('/api/admin/financing-demands?pooled=maybe').expect(400);
    await office.get('/api/admin/financing-demands?_sort=phone').expect(400);
  });
});

describe('抢单 (claim)', () => {
  it('lets the first of two institutions claiming at once win; the other gets 409', async () => {
    const d = await publish(enterprise);
    const [a, b] = await Promise.all([claim(gsbank, d.id), claim(ccb, d.id)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body.error.message).toBe('该需求已被其他机构受理');
    const won = a.status === 200 ? a : b;
    expect(won.body.status).toBe('accepted');
    const winner = won === a ? gsbankId : ccbId;
    const row = await t.db('financing_demands').where('id', d.id).first();
    expect(Number(row.assigned_institution_id)).toBe(winner);
    expect(Number(row.claimed_by_institution_id)).toBe(winner);
    expect(row.responded_at).not.toBeNull();
    const events = await t.db('status_events').where({ subject_type: 'financing_demand', subject_id: d.id });
    expect(events.map((e: { action: string }) => e.action)).toEqual(['submit', 'claim']);
    const msgs = await messagesFor(await accountIdOf(DEMO_ACCOUNTS.enterprise.phone), d.id);
    expect(msgs.at(-1)!.body).toContain(winner === gsbankId ? '甘肃银行' : '建设银行');
    // A later claim by the loser: the same conflict, not a 404.
    const later = await claim(winner === gsbankId ? ccb : gsbank, d.id).expect(409);
    expect(later.body.error.message).toBe('该需求已被其他机构受理');
  });

  it('is for institution staff only', async () => {
    const d = await publish(enterprise);
    await office.post(`/api/admin/financing-demands/${d.id}/claim`).send({}).expect(403);
    await enterprise.post(`/api/admin/financing-demands/${d.id}/claim`).send({}).expect(401);
  });
});

describe('派单 (dispatch) and 退回 (decline)', () => {
  it('gives a pooled demand to one institution; its decline returns it to the pool', async () => {
    const d = await publish(enterprise);
    const res = await office
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: gsbankId, note: '请尽快联系' })
      .expect(200);
    expect(res.body).toMatchObject({
      pooled: false,
      dispatchedInstitutionId: gsbankId,
      dispatchedInstitutionName: '甘肃银行',
    });
    // Given to 甘肃银行 alone: 建设银行 no longer sees it, 甘肃银行 may accept or decline.
    expect((await deskIds(ccb)).ids).not.toContain(d.id);
    expect((await desk(gsbank, d.id).expect(200)).body.actions).toEqual(['accept', 'decline']);
    await office
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: ccbId })
      .expect(409);

    const noReason = await act(gsbank, d.id, { action: 'decline', version: await version(d.id) }).expect(400);
    expect(noReason.body.error.fields).toHaveProperty('reasonCode');
    const declined = await step(gsbank, d.id, {
      action: 'decline',
      reasonCode: 'region_not_served',
      note: '不在服务范围',
    });
    expect(declined).toMatchObject({ status: 'pending', pooled: true, dispatchedInstitutionId: null });
    expect(declined.timeline.map((e) => e.action)).toEqual(['submit', 'dispatch', 'decline']);
    expect((await deskIds(ccb)).rows.find((r) => r.id === d.id)?.actions).toEqual(['claim']);
    const msgs = await messagesFor(await accountIdOf(DEMO_ACCOUNTS.enterprise.phone), d.id);
    expect(msgs.map((m) => m.title)).toEqual(['融资需求已发布', '融资需求已派单', '融资需求已转入需求池']);
    expect(await auditActions(d.id)).toEqual([
      'financing_demand.submit',
      'financing_demand.dispatch',
      'financing_demand.decline',
    ]);
  });

  it('removes a named institution that declines; when none is left the demand goes to the pool', async () => {
    const d = await publish(enterprise, { institutionIds: [gsbankId, ccbId] });
    await step(gsbank, d.id, { action: 'decline', reasonCode: 'not_eligible', note: '不符合准入' });
    await desk(gsbank, d.id).expect(404);
    expect((await desk(ccb, d.id).expect(200)).body.pooled).toBe(false);
    const last = await step(ccb, d.id, { action: 'decline', reasonCode: 'other', note: '暂不受理' });
    expect(last.pooled).toBe(true);
    expect(last.expectedInstitutions.every((i) => i.declined)).toBe(true);
    // In the pool now, 甘肃银行 may claim it after all.
    await claim(gsbank, d.id).expect(200);
  });

  it('refuses a dispatch to an unknown institution or of a demand already taken', async () => {
    const d = await publish(enterprise);
    const unknown = await office
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: 999_999 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('institutionId');
    await claim(ccb, d.id).expect(200);
    await office
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: gsbankId })
      .expect(409);
    await gsbank
      .post(`/api/admin/financing-demands/${d.id}/dispatch`)
      .send({ institutionId: gsbankId })
      .expect(403);
  });
});

describe('the response clock', () => {
  it('returns an overdue dispatched demand to the pool and flags other pending ones to the office', async () => {
    const clock = manualClock(new Date());
    const clocked = testApp({ now: clock.now });
    const clockedOffice = await loginStaff('office', DEMO_PASSWORD, clocked);
    const dispatched = await publish(enterprise);
    const waiting = await publish(enterprise, { institutionIds: [ccbId] });
    await clockedOffice
      .post(`/api/admin/financing-demands/${dispatched.id}/dispatch`)
      .send({ institutionId: gsbankId })
      .expect(200);
    // Not yet due: nothing moves.
    await runSweeps(clocked.deps, financingDemandSweeps, clock.now());
    expect(
      (await t.db('financing_demands').where('id', dispatched.id).first()).assigned_institution_id,
    ).not.toBeNull();

    clock.advance(15 * DAY);
    await runSweeps(clocked.deps, financingDemandSweeps, clock.now());
    const back = (await desk(office, dispatched.id).expect(200)).body as AdminDemandDetail;
    expect(back).toMatchObject({ pooled: true, dispatchedInstitutionId: null, overdue: true });
    expect(back.overdueAt).not.toBeNull();
    expect(back.timeline.map((e) => e.action)).toEqual(['submit', 'dispatch', 'return_to_pool']);
    expect(back.timeline.at(-1)!.actor).toBe('system');
    expect((await deskIds(ccb)).rows.find((r) => r.id === dispatched.id)?.actions).toEqual(['claim']);
    const msgs = await messagesFor(await accountIdOf(DEMO_ACCOUNTS.enterprise.phone), dispatched.id);
    expect(msgs.at(-1)!.title).toBe('融资需求已退回需求池');

    const flagged = (await desk(office, waiting.id).expect(200)).body as AdminDemandDetail;
    expect(flagged.overdueAt).not.toBeNull();
    expect(flagged.timeline.map((e) => e.action)).toEqual(['submit', 'overdue']);
    expect((await deskIds(office, '&overdue=true')).ids).toEqual(
      expect.arrayContaining([dispatched.id, waiting.id]),
    );
    // Running again changes nothing (each row is handled once).
    await runSweeps(clocked.deps, financingDemandSweeps, clock.now());
    expect((await desk(office, waiting.id).expect(200)).body.timeline).toHaveLength(2);
  });
});

describe('transitions after 受理', () => {
  it('goes 受理 → 关联产品 → 初审通过 → 授信 → 放款 with the limits, stats, messages and audit', async () => {
    const stats = await readStats(t.db);
    const d = await publish(enterprise, { institutionIds: [gsbankId], amountWan: 200 });
    const accepted = await step(gsbank, d.id, { action: 'accept' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.actions).toEqual(['attach_product', 'review_pass', 'review_fail']);

    const noProduct = await act(gsbank, d.id, { action: 'review_pass', version: await version(d.id) }).expect(
      400,
    );
    expect(noProduct.body.error.fields).toHaveProperty('productId');
    const foreign = await act(gsbank, d.id, {
      action: 'attach_product',
      productId: ccbProductId,
      version: await version(d.id),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toHaveProperty('productId');
    const attached = await step(gsbank, d.id, { action: 'attach_product', productId: kangyiId });
    expect(attached).toMatchObject({ status: 'accepted', productId: kangyiId, productName: '抗疫贷' });
    expect(attached.timeline.at(-1)!.actionLabel).toBe('关联产品');

    const passed = await step(gsbank, d.id, { action: 'review_pass' });
    expect(passed).toMatchObject({ status: 'review_passed', reviewResult: 'passed' });
    const tooMuch = await act(gsbank, d.id, {
      action: 'grant_credit',
      amountWan: 301,
      version: await version(d.id),
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.fields).toHaveProperty('amountWan');
    await act(gsbank, d.id, { action: 'grant_credit', version: await version(d.id) }).expect(400);
    const credited = await step(gsbank, d.id, { action: 'grant_credit', amountWan: 150 });
    expect(credited).toMatchObject({ status: 'credit_granted', creditAmountYuan: 1_500_000 });
    const overCredit = await act(gsbank, d.id, {
      action: 'disburse',
      amountWan: 151,
      version: await version(d.id),
    });
    expect(overCredit.status).toBe(400);
    expect(overCredit.body.error.fields).toHaveProperty('amountWan');
    const done = await step(gsbank, d.id, { action: 'disburse', amountWan: 120 });
    expect(done).toMatchObject({ status: 'disbursed', disbursedAmountYuan: 1_200_000, actions: [] });

    const after = await readStats(t.db);
    expect(after.credit_count - stats.credit_count).toBe(1);
    expect(after.credit_amount_yuan - stats.credit_amount_yuan).toBe(1_500_000);
    expect(after.financed_count - stats.financed_count).toBe(1);
    expect(after.financed_amount_yuan - stats.financed_amount_yuan).toBe(1_200_000);

    const record = (
      (await enterprise.get('/api/financing-demands?pageSize=100').expect(200)).body.items as DemandRecord[]
    ).find((r) => r.id === d.id)!;
    expect(record).toMatchObject({
      status: 'disbursed',
      productName: '抗疫贷',
      institutionName: '甘肃银行',
      reviewResult: 'passed',
      creditAmountYuan: 1_500_000,
      disbursedAmountYuan: 1_200_000,
      actions: [],
    });
    expect(await auditActions(d.id)).toEqual([
      'financing_demand.submit',
      'financing_demand.accept',
      'financing_demand.attach_product',
      'financing_demand.review_pass',
      'financing_demand.grant_credit',
      'financing_demand.disburse',
    ]);
    const msgs = await messagesFor(await accountIdOf(DEMO_ACCOUNTS.enterprise.phone), d.id);
    expect(msgs).toHaveLength(6);
    expect(msgs.at(-1)!.body).toContain('120万元');
  });

  it('refuses every transition the table does not allow, with 409 naming the status', async () => {
    const d = await publish(enterprise, { institutionIds: [gsbankId] });
    for (const action of ['review_pass', 'review_fail', 'grant_credit', 'disburse', 'attach_product']) {
      const res = await act(gsbank, d.id, {
        action,
        amountWan: 1,
        productId: kangyiId,
        reasonCode: 'other',
        note: 'x',
        version: await version(d.id),
      });
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(409);
    }
    await step(gsbank, d.id, { action: 'accept', productId: kangyiId });
    for (const action of ['accept', 'decline', 'grant_credit', 'disburse']) {
      const res = await act(gsbank, d.id, {
        action,
        amountWan: 1,
        reasonCode: 'other',
        note: 'x',
        version: await version(d.id),
      });
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(409);
      expect(res.body.error.message).toMatch(/已受理|其他机构/);
    }
    const noNote = await act(gsbank, d.id, {
      action: 'review_fail',
      reasonCode: 'credit_record',
      version: await version(d.id),
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields).toHaveProperty('note');
    const failed = await step(gsbank, d.id, {
      action: 'review_fail',
      reasonCode: 'credit_record',
      note: '征信不符',
    });
    expect(failed).toMatchObject({
      status: 'review_failed',
      reviewResult: 'failed',
      reasonCode: 'credit_record',
      note: '征信不符',
    });
    for (const action of ['review_pass', 'grant_credit', 'disburse', 'accept', 'decline']) {
      const res = await act(gsbank, d.id, {
        action,
        amountWan: 1,
        reasonCode: 'other',
        note: 'x',
        version: await version(d.id),
      });
      expect(res.status, action).toBe(409);
    }
    // A stale version, the office, the government and a borrower are all refused.
    const stale = await publish(enterprise, { institutionIds: [gsbankId] });
    await act(gsbank, stale.id, { action: 'accept', version: 99 }).expect(409);
    await act(office, stale.id, { action: 'accept', version: 1 }).expect(403);
    await act(gov, stale.id, { action: 'accept', version: 1 }).expect(403);
    await enterprise
      .post(`/api/admin/financing-demands/${stale.id}/transitions`)
      .send({ action: 'accept', version: 1 })
      .expect(401);
    const bad = await act(gsbank, stale.id, { action: 'approve', version: 1 }).expect(400);
    expect(bad.body.error.fields).toHaveProperty('action');
  });

  it('keeps a held demand away from other institutions (404)', async () => {
    const d = await publish(enterprise);
    await claim(gsbank, d.id).expect(200);
    await act(ccb, d.id, {
      action: 'review_pass',
      productId: ccbProductId,
      version: await version(d.id),
    }).expect(404);
    await desk(ccb, d.id).expect(404);
    void icbcId;
  });
});
