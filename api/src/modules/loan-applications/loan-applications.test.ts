/**
 * 贷款申请 end to end through the API: 立即申请 with its checks, 申请记录, the timeline, 撤销, the institution's
 * inbox and transitions (every one allowed and refused), scoping (404), concurrency, idempotency, 首贷.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  nextStatus,
  type AdminApplicationRow,
  type ApplicationAction,
  type ApplicationRecord,
  type LoanApplicationDetail,
} from '@jrpt/contracts';
import { anon, DEMO_PASSWORD, loginStaff, testApp, type Agent } from '../../test/harness.js';
import {
  enterpriseForm,
  institutionId,
  institutionStaff,
  loanRowIn,
  newEnterprise,
  newPersonal,
  personalForm,
  productId,
  submitLoan,
  type Borrower,
} from '../../test/loan-fixtures.js';
import { readStats } from '../home/stats.js';

const t = testApp();
let gsbank: Agent;
let ccb: Agent;
let office: Agent;
let gov: Agent;
let gsbankId: number;
let kangyi: number; // 抗疫贷: 甘肃银行, enterprise, 300万, 12月
let anE: number; // 安e贷: 甘肃银行, personal, 30万, 36月
let firstLoanProduct: number; // 甘银首贷通
let draftProduct: number; // 陇商贷 (draft)
let personal: Borrower;
let enterprise: Borrower;

const transition = (agent: Agent, id: number, body: Record<string, unknown>) =>
  agent.post(`/api/admin/loan-applications/${id}/transitions`).send(body);

async function countRows() {
  const row = await t.db('loan_applications').count<{ n: number }[]>({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  [gsbank, office, gov] = await Promise.all([
    loginStaff('gsbank', DEMO_PASSWORD, t),
    loginStaff('office', DEMO_PASSWORD, t),
    loginStaff('gov', DEMO_PASSWORD, t),
  ]);
  ccb = await institutionStaff('建设银行', t);
  gsbankId = await institutionId('甘肃银行', t);
  kangyi = await productId('抗疫贷', t);
  anE = await productId('安e贷', t);
  firstLoanProduct = await productId('甘银首贷通', t);
  draftProduct = await productId('陇商贷', t);
  personal = await newPersonal(t);
  enterprise = await newEnterprise(t);
});

describe('POST /api/loan-applications', () => {
  it('records a personal application with its consent, deadline, timeline and message', async () => {
    const before = await personal.agent.get('/api/messages').expect(200);
    const body = personalForm(anE);
    const detail = (await submitLoan(personal.agent, body)) as unknown as LoanApplicationDetail;
    expect(detail).toMatchObject({
      kind: 'loan',
      status: 'submitted',
      channel: 'market',
      productId: anE,
      productName: '安e贷',
      institutionName: '甘肃银行',
      institutionType: 'bank',
      amountYuan: 100_000,
      termMonths: 12,
      purpose: '装修',
      applicantType: 'personal',
      applicantName: '王小明',
      applicantPhone: '13893812345',
      annualIncomeYuan: 120_000,
      currentLoanTotalYuan: 0,
      hasEnforcement: false,
      creditAmountYuan: null,
      equityPercent: null,
      actions: ['withdraw'],
      contactMasked: false,
      alternatives: [],
    });
    // The ID number is encrypted at rest and shown masked, even to its owner.
    expect(detail.idNumber).toBe(`${body.idNumber.slice(0, 4)}**********${body.idNumber.slice(-4)}`);
    const stored = await t.db('loan_applications').where('id', detail.id).first('id_number_enc');
    expect(stored.id_number_enc).not.toContain(body.idNumber);
    expect(detail.consent).toMatchObject({
      agreementCode: 'data_authorization',
      agreementTitle: '用户授权协议',
    });
    expect(detail.consent?.version).toBeGreaterThanOrEqual(1);
    const consent = await t.db('consents').where({ subject_type: 'loan_application', subject_id: detail.id });
    expect(consent).toHaveLength(1);
    expect(detail.timeline.map((e) => [e.action, e.toStatus, e.actor])).toEqual([
      ['submit', 'submitted', 'borrower'],
    ]);
    expect(new Date(detail.respondBy!).getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    const after = await personal.agent.get('/api/messages').expect(200);
    expect(after.body.total).toBe(before.body.total + 1);
    expect(after.body.items[0]).toMatchObject({
      title: '贷款申请已提交',
      link: `/personal/applications/loan/${detail.id}`,
      subjectType: 'loan_application',
      subjectId: detail.id,
    });
    const audit = await t
      .db('audit_logs')
      .where({ entity_type: 'loan_applications', entity_id: String(detail.id) });
    expect(audit.map((a) => a.action)).toEqual(['loan_application.submit']);
    expect(audit[0].after_text).not.toContain(body.idNumber);
  });

  it('records an enterprise application with the enterprise fields', async () => {
    const detail = (await submitLoan(
      enterprise.agent,
      enterpriseForm(kangyi, enterprise.uscc!),
    )) as unknown as LoanApplicationDetail;
    expect(detail).toMatchObject({
      applicantType: 'enterprise',
      enterpriseName: '天水市测试农产品有限公司',
      uscc: enterprise.uscc,
      applicantName: '李四',
      applicantPhone: '13909381234',
      idNumber: null,
      amountYuan: 1_000_000,
      annualIncomeYuan: null,
      hasOverdue: null,
    });
  });

  it.each([
    ['amountWan', { amountWan: 31 }, '最高额度30万元'],
    ['termMonths', { termMonths: 37 }, '最长期限36个月'],
    ['idNumber', { idNumber: '620502199001011230' }, '申请人身份证号'],
    ['applicantPhone', { applicantPhone: '2880938611' }, '申请人手机号'],
    ['applicantName', { applicantName: '' }, '申请人姓名'],
    ['purpose', { purpose: '   ' }, '贷款用途'],
    ['agreed', { agreed: false }, '《用户授权协议》'],
    ['amountWan', { amountWan: -5 }, '申请金额'],
    ['hasOverdue', { hasOverdue: 'maybe' }, '近两年银行逾期情况'],
    ['annualIncomeWan', { annualIncomeWan: -1 }, '年收入'],
  ])('refuses a bad personal form naming %s, writing nothing', async (field, over, words) => {
    const before = await countRows();
    const res = await personal.agent.post('/api/loan-applications').send({ ...personalForm(anE), ...over });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.fields[field]).toContain(words);
    expect(await countRows()).toBe(before);
  });

  it('refuses a missing tick and an enterprise form with a bad USCC, naming the field', async () => {
    const { agreed: _agreed, ...noTick } = enterpriseForm(kangyi, enterprise.uscc!);
    const a = await enterprise.agent.post('/api/loan-applications').send(noTick).expect(400);
    expect(a.body.error.fields.agreed).toContain('请阅读并勾选同意《用户授权协议》');
    const b = await enterprise.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(kangyi, '91620503MA74X1C46A'))
      .expect(400);
    expect(b.body.error.fields.uscc).toContain('统一社会信用代码');
    const c = await enterprise.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(kangyi, enterprise.uscc!, { contactPhone: '123' }))
      .expect(400);
    expect(c.body.error.fields.contactPhone).toContain('联系人手机号');
  });

  it('requires the form of the account type, a listed product, a login and CSRF', async () => {
    const wrongType = await enterprise.agent
      .post('/api/loan-applications')
      .send(personalForm(kangyi))
      .expect(400);
    expect(wrongType.body.error.fields.applicantType).toBe('企业用户请填写企业申请信息');
    const { applicantType: _type, ...untyped } = personalForm(anE);
    const noType = await personal.agent.post('/api/loan-applications').send(untyped).expect(400);
    expect(noType.body.error.fields.applicantType).toContain('申请人类型不正确');
    await personal.agent.post('/api/loan-applications').send(personalForm(draftProduct)).expect(404);
    await personal.agent.post('/api/loan-applications').send(personalForm(999_999)).expect(404);
    await anon(t).post('/api/loan-applications').send(personalForm(anE)).expect(401);
    await personal.agent
      .post('/api/loan-applications')
      .set('X-CSRF-Token', 'forged')
      .send(personalForm(anE))
      .expect(403);
    await gsbank.post('/api/loan-applications').send(personalForm(anE)).expect(401);
  });

  it('refuses a delisted product with a conflict', async () => {
    const delisted = await t.db('products').where('status', 'delisted').first('id');
    const res = await personal.agent.post('/api/loan-applications').send(personalForm(Number(delisted.id)));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('已下架');
  });

  it('makes one record of a double submit with one Idempotency-Key', async () => {
    const b = await newPersonal(t);
    const before = await countRows();
    const key = `form-${Date.now()}-1`;
    const body = personalForm(anE);
    const [r1, r2] = await Promise.all([
      b.agent.post('/api/loan-applications').set('Idempotency-Key', key).send(body),
      b.agent.post('/api/loan-applications').set('Idempotency-Key', key).send(body),
    ]);
    expect([r1.status, r2.status]).toEqual([201, 201]);
    expect(r1.body.id).toBe(r2.body.id);
    const r3 = await b.agent
      .post('/api/loan-applications')
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    expect(r3.body.id).toBe(r1.body.id);
    expect(await countRows()).toBe(before + 1);
    // Without the key, a second open application for the same product is refused.
    const again = await b.agent.post('/api/loan-applications').send(body).expect(409);
    expect(again.body.error.code).toBe('duplicate_application');
    const bad = await b.agent
      .post('/api/loan-applications')
      .set('Idempotency-Key', 'x')
      .send(body)
      .expect(400);
    expect(bad.body.error.fields).toHaveProperty('Idempotency-Key');
  });
});

describe('GET /api/loan-applications (申请记录)', () => {
  it('lists only the borrower’s own records with the §2.4 columns, newest first, paged', async () => {
    const b = await newEnterprise(t);
    const first = await submitLoan(b.agent, enterpriseForm(kangyi, b.uscc!));
    const second = await submitLoan(b.agent, enterpriseForm(anE, b.uscc!, { amountWan: 5 }));
    const res = await b.agent.get('/api/loan-applications?page=1&pageSize=1').expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(1);
    const row = res.body.items[0] as ApplicationRecord;
    expect(row.id).toBe(second.id);
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining([
        'institutionName',
        'institutionType',
        'productName',
        'amountYuan',
        'termMonths',
        'createdAt',
        'purpose',
        'status',
        'creditAmountYuan',
        'disbursedAmountYuan',
        'equityPercent',
        'note',
      ]),
    );
    const page2 = await b.agent.get('/api/loan-applications?page=2&pageSize=1').expect(200);
    expect(page2.body.items[0].id).toBe(first.id);
    const filtered = await b.agent.get('/api/loan-applications?status=accepted').expect(200);
    expect(filtered.body.total).toBe(0);
    const others = await personal.agent.get('/api/loan-applications?pageSize=100').expect(200);
    expect(others.body.items.some((r: ApplicationRecord) => r.id === first.id)).toBe(false);
    const bad = await b.agent.get('/api/loan-applications?status=nope').expect(400);
    expect(bad.body.error.fields).toHaveProperty('status');
  });

  it('answers 404 for another borrower’s record, its withdrawal, and a missing one', async () => {
    const mine = await submitLoan(enterprise.agent, enterpriseForm(anE, enterprise.uscc!, { amountWan: 1 }));
    await personal.agent.get(`/api/loan-applications/${mine.id}`).expect(404);
    await personal.agent.post(`/api/loan-applications/${mine.id}/withdraw`).send({}).expect(404);
    await enterprise.agent.get('/api/loan-applications/99999999').expect(404);
    const row = await t.db('loan_applications').where('id', mine.id).first('status');
    expect(row.status).toBe('submitted');
  });
});

describe('the institution desk', () => {
  it('takes an application from 未受理 to 已放款, with messages, timeline, stats and the borrower’s view', async () => {
    const b = await newEnterprise(t);
    const app = await submitLoan(b.agent, enterpriseForm(kangyi, b.uscc!, { amountWan: 200 }));
    const stats0 = await readStats(t.db);

    const inbox = await gsbank.get('/api/admin/loan-applications?status=submitted&_end=50').expect(200);
    const listed = (inbox.body as AdminApplicationRow[]).find((r) => r.id === app.id);
    expect(listed).toMatchObject({
      status: 'submitted',
      actions: ['accept', 'reject'],
      phoneMasked: '139xxxx1234',
    });
    expect(Number(inbox.headers['x-total-count'])).toBeGreaterThanOrEqual(1);

    const accepted = await transition(gsbank, app.id, { action: 'accept', version: 1 }).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      version: 2,
      actions: ['grant_credit', 'reject'],
    });
    expect(accepted.body.applicantPhone).toBe('13909381234');

    const tooMuch = await transition(gsbank, app.id, {
      action: 'grant_credit',
      amountWan: 301,
      version: 2,
    }).expect(400);
    expect(tooMuch.body.error.fields.amountWan).toContain('300万元');
    const noAmount = await transition(gsbank, app.id, { action: 'grant_credit', version: 2 }).expect(400);
    expect(noAmount.body.error.fields).toHaveProperty('amountWan');
    await transition(gsbank, app.id, { action: 'grant_credit', amountWan: 150, version: 2 }).expect(200);

    const overCredit = await transition(gsbank, app.id, {
      action: 'disburse',
      amountWan: 151,
      version: 3,
    }).expect(400);
    expect(overCredit.body.error.fields.amountWan).toContain('授信金额150万元');
    const done = await transition(gsbank, app.id, { action: 'disburse', amountWan: 120, version: 3 }).expect(
      200,
    );
    expect(done.body).toMatchObject({
      status: 'disbursed',
      creditAmountYuan: 1_500_000,
      disbursedAmountYuan: 1_200_000,
    });
    expect(done.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'grant_credit',
      'disburse',
    ]);

    const stats1 = await readStats(t.db);
    expect(stats1.credit_count - stats0.credit_count).toBe(1);
    expect(stats1.credit_amount_yuan - stats0.credit_amount_yuan).toBe(1_500_000);
    expect(stats1.financed_count - stats0.financed_count).toBe(1);
    expect(stats1.financed_amount_yuan - stats0.financed_amount_yuan).toBe(1_200_000);
    const home = await anon(t).get('/api/home/stats').expect(200);
    expect(home.body.financedAmountYuan).toBe(stats1.financed_amount_yuan);

    const records = await b.agent.get('/api/loan-applications').expect(200);
    expect(records.body.items[0]).toMatchObject({
      id: app.id,
      status: 'disbursed',
      creditAmountYuan: 1_500_000,
      disbursedAmountYuan: 1_200_000,
    });
    const messages = await b.agent.get('/api/messages?pageSize=10').expect(200);
    expect(messages.body.items.map((m: { title: string }) => m.title).slice(0, 4)).toEqual([
      '贷款申请已放款',
      '贷款申请已授信',
      '贷款申请已受理',
      '贷款申请已提交',
    ]);
    expect(messages.body.items[0].body).toContain('放款金额120万元');
    const row = await t.db('loan_applications').where('id', app.id).first('matures_on', 'responded_at');
    expect(row.matures_on).not.toBeNull();
    expect(row.responded_at).not.toBeNull();
    const audit = await t
      .db('audit_logs')
      .where({ entity_type: 'loan_applications', entity_id: String(app.id) });
    expect(audit.map((a) => a.action)).toEqual([
      'loan_application.submit',
      'loan_application.accept',
      'loan_application.grant_credit',
      'loan_application.disburse',
    ]);
  });

  it('rejects with a reason code and a note, and shows the borrower other products that fit', async () => {
    const b = await newEnterprise(t);
    const app = await submitLoan(b.agent, enterpriseForm(kangyi, b.uscc!, { amountWan: 50, termMonths: 12 }));
    const noReason = await transition(gsbank, app.id, { action: 'reject', version: 1 }).expect(400);
    expect(noReason.body.error.fields).toHaveProperty('reasonCode');
    const badReason = await transition(gsbank, app.id, {
      action: 'reject',
      reasonCode: 'nope',
      version: 1,
    }).expect(400);
    expect(badReason.body.error.fields).toHaveProperty('reasonCode');
    const noNote = await transition(gsbank, app.id, {
      action: 'reject',
      reasonCode: 'credit_record',
      version: 1,
    }).expect(400);
    expect(noNote.body.error.fields).toHaveProperty('note');
    await transition(gsbank, app.id, {
      action: 'reject',
      reasonCode: 'credit_record',
      note: '近两年有逾期记录',
      version: 1,
    }).expect(200);

    const detail = (await b.agent.get(`/api/loan-applications/${app.id}`).expect(200))
      .body as LoanApplicationDetail;
    expect(detail).toMatchObject({
      status: 'rejected',
      rejectReasonCode: 'credit_record',
      note: '近两年有逾期记录',
    });
    expect(detail.timeline.at(-1)).toMatchObject({
      action: 'reject',
      reasonLabel: '征信或涉诉情况不符合要求',
      note: '近两年有逾期记录',
      actor: 'institution',
      institutionName: '甘肃银行',
    });
    expect(detail.alternatives.length).toBeGreaterThan(0);
    for (const p of detail.alternatives) {
      expect(p.institutionId).not.toBe(gsbankId);
      expect(p.category).toBe('enterprise');
      expect(p.maxAmountYuan).toBeGreaterThanOrEqual(500_000);
      expect(p.maxTermMonths).toBeGreaterThanOrEqual(12);
      expect(p.status).toBe('listed');
      expect(p.firstLoan).toBe(false);
    }
    const message = (await b.agent.get('/api/messages').expect(200)).body.items[0];
    expect(message.title).toBe('贷款申请未通过');
    expect(message.body).toContain('原因：征信或涉诉情况不符合要求');
  });

  it('lets the borrower withdraw only while 未受理', async () => {
    const b = await newPersonal(t);
    const app = await submitLoan(b.agent, personalForm(anE));
    const res = await b.agent
      .post(`/api/loan-applications/${app.id}/withdraw`)
      .send({ version: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', actions: [] });
    const again = await b.agent.post(`/api/loan-applications/${app.id}/withdraw`).send({}).expect(409);
    expect(again.body.error.message).toContain('已撤销');
    const other = await submitLoan(b.agent, personalForm(anE));
    await transition(gsbank, other.id, { action: 'accept', version: 1 }).expect(200);
    const late = await b.agent.post(`/api/loan-applications/${other.id}/withdraw`).send({}).expect(409);
    expect(late.body.error.code).toBe('illegal_transition');
  });

  it('hides other institutions’ applications (404) and confines the lists', async () => {
    const b = await newEnterprise(t);
    const app = await submitLoan(b.agent, enterpriseForm(kangyi, b.uscc!, { amountWan: 2 }));
    await ccb.get(`/api/admin/loan-applications/${app.id}`).expect(404);
    await transition(ccb, app.id, { action: 'accept', version: 1 }).expect(404);
    const ccbList = await ccb.get('/api/admin/loan-applications?_end=500').expect(200);
    expect((ccbList.body as AdminApplicationRow[]).some((r) => r.institutionName === '甘肃银行')).toBe(false);
    // Filtering by another institution never widens the scope.
    const sneaky = await ccb.get(`/api/admin/loan-applications?institutionId=${gsbankId}`).expect(200);
    expect(sneaky.body).toEqual([]);
    expect(sneaky.headers['x-total-count']).toBe('0');
    const row = await t.db('loan_applications').where('id', app.id).first('status');
    expect(row.status).toBe('submitted');
  });

  it('gives the office every inbox with filters, and the government a masked read-only view', async () => {
    const p = await newPersonal(t);
    const app = await submitLoan(p.agent, personalForm(anE, { amountWan: 2 }));
    const all = await office
      .get(`/api/admin/loan-applications?institutionId=${gsbankId}&status=submitted&_end=500`)
      .expect(200);
    expect((all.body as AdminApplicationRow[]).some((r) => r.id === app.id)).toBe(true);
    expect(
      (all.body as AdminApplicationRow[]).every(
        (r) => r.institutionId === gsbankId && r.status === 'submitted',
      ),
    ).toBe(true);
    for (const r of all.body as AdminApplicationRow[]) expect(r.actions).toEqual([]);
    const asOffice = await office.get(`/api/admin/loan-applications/${app.id}`).expect(200);
    expect(asOffice.body.applicantPhone).toBe('13893812345');
    expect(asOffice.body.idNumber).toMatch(/\*{10}/);
    const asGov = await gov.get(`/api/admin/loan-applications/${app.id}`).expect(200);
    expect(asGov.body).toMatchObject({ applicantPhone: '138xxxx2345', contactMasked: true, actions: [] });
    // The processing institution sees the ID number in full.
    const asBank = await gsbank.get(`/api/admin/loan-applications/${app.id}`).expect(200);
    expect(asBank.body.idNumber).toMatch(/^\d{17}[\dX]$/);
    await transition(office, app.id, { action: 'accept', version: 1 }).expect(403);
    await transition(gov, app.id, { action: 'accept', version: 1 }).expect(403);
    const sorted = await office.get('/api/admin/loan-applications?_sort=amountYuan&_order=desc').expect(400);
    expect(sorted.body.error.fields).toHaveProperty('_sort');
    await personal.agent.get('/api/admin/loan-applications').expect(401);
  });

  it('filters the inbox by 申请时间 (createdAt_gte / createdAt_lte) and names a bad time', async () => {
    const p = await newPersonal(t);
    const app = await submitLoan(p.agent, personalForm(anE, { amountWan: 2 }));
    const own = await p.agent.get(`/api/loan-applications/${app.id}`).expect(200);
    const created = Date.parse(own.body.createdAt as string);
    expect(created).toBeGreaterThan(0);
    const window = (from: number, to: number) =>
      office
        .get('/api/admin/loan-applications')
        .query({
          createdAt_gte: new Date(from).toISOString(),
          createdAt_lte: new Date(to).toISOString(),
          _end: 500,
        })
        .expect(200);
    const around = await window(created - 60_000, created + 60_000);
    expect((around.body as AdminApplicationRow[]).map((r) => r.id)).toContain(app.id);
    const later = await window(created + 60_000, created + 120_000);
    expect((later.body as AdminApplicationRow[]).map((r) => r.id)).not.toContain(app.id);
    const bad = await office.get('/api/admin/loan-applications?createdAt_gte=yesterday').expect(400);
    expect(bad.body.error.fields).toHaveProperty('createdAt_gte');
  });

  it('lets one of two simultaneous accepts win; the other gets 409', async () => {
    const b = await newPersonal(t);
    const app = await submitLoan(b.agent, personalForm(anE));
    const other = await loginStaff('gsbank', DEMO_PASSWORD, t);
    const [r1, r2] = await Promise.all([
      transition(gsbank, app.id, { action: 'accept', version: 1 }),
      transition(other, app.id, { action: 'accept', version: 1 }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const events = await t
      .db('status_events')
      .where({ subject_type: 'loan_application', subject_id: app.id, action: 'accept' });
    expect(events).toHaveLength(1);
    const stale = await transition(gsbank, app.id, {
      action: 'reject',
      reasonCode: 'other',
      note: '重复',
      version: 1,
    }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
  });
});

describe('every transition, allowed and refused', () => {
  const cases = APPLICATION_STATUSES.flatMap((status) =>
    APPLICATION_ACTIONS.map((action) => ({
      status,
      action,
      to: nextStatus(APPLICATION_TRANSITIONS, status, action),
    })),
  );
  const extra: Partial<Record<ApplicationAction, Record<string, unknown>>> = {
    grant_credit: { amountWan: 20 },
    disburse: { amountWan: 10 },
    reject: { reasonCode: 'not_eligible', note: '不符合准入条件' },
  };

  it.each(cases)('$status --$action--> $to', async ({ status, action, to }) => {
    const id = await loanRowIn(
      status,
      { accountId: personal.accountId, productId: anE, institutionId: gsbankId },
      t,
    );
    const res =
      action === 'withdraw'
        ? await personal.agent.post(`/api/loan-applications/${id}/withdraw`).send({ version: 1 })
        : await transition(gsbank, id, { action, version: 1, ...extra[action] });
    const row = await t.db('loan_applications').where('id', id).first('status', 'version');
    if (to) {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(row).toEqual({ status: to, version: 2 });
    } else {
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect(res.body.error.code).toBe('illegal_transition');
      expect(row).toEqual({ status, version: 1 });
    }
  });

  it('refuses staff the borrower’s action and the borrower the staff’s', async () => {
    const id = await loanRowIn(
      'submitted',
      { accountId: personal.accountId, productId: anE, institutionId: gsbankId },
      t,
    );
    await transition(gsbank, id, { action: 'withdraw', version: 1 }).expect(403);
    await personal.agent
      .post(`/api/admin/loan-applications/${id}/transitions`)
      .send({ action: 'accept', version: 1 })
      .expect(401);
    const bad = await transition(gsbank, id, { action: 'approve', version: 1 }).expect(400);
    expect(bad.body.error.fields).toHaveProperty('action');
    const noVersion = await transition(gsbank, id, { action: 'accept' }).expect(400);
    expect(noVersion.body.error.fields).toHaveProperty('version');
  });
});

describe('首贷 (first-loan products)', () => {
  it('stops a personal borrower and an enterprise without 企业授权, saying what to do', async () => {
    const p = await personal.agent
      .post('/api/loan-applications')
      .send(personalForm(firstLoanProduct))
      .expect(403);
    expect(p.body.error.message).toContain('首贷仅面向企业用户');
    const e = await newEnterprise(t);
    const res = await e.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(firstLoanProduct, e.uscc!))
      .expect(403);
    expect(res.body.error.code).toBe('authorization_required');
    expect(res.body.error.message).toContain('企业授权');
  });

  it('accepts an authorized enterprise without a loan record, then refuses it once it has one', async () => {
    const e = await newEnterprise(t);
    await e.agent
      .post('/api/enterprise-authorizations')
      .send({
        enterpriseName: '天水市测试农产品有限公司',
        legalPersonName: '李四',
        legalPersonIdNumber: '11010519491231002X',
        uscc: e.uscc,
      })
      .expect(201);
    const wrongCode = await e.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(firstLoanProduct, '91110000802100433B'))
      .expect(400);
    expect(wrongCode.body.error.fields.uscc).toContain('企业授权');
    const first = await submitLoan(e.agent, enterpriseForm(firstLoanProduct, e.uscc!));
    expect(first).toMatchObject({ channel: 'first_loan', status: 'submitted' });
    const notFirst = await e.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(kangyi, e.uscc!, { channel: 'first_loan' }))
      .expect(400);
    expect(notFirst.body.error.fields).toHaveProperty('channel');

    // Once a loan of this enterprise is disbursed, it is no first-loan borrower any more.
    await loanRowIn(
      'disbursed',
      { accountId: e.accountId, productId: kangyi, institutionId: gsbankId, uscc: e.uscc },
      t,
    );
    await e.agent.post(`/api/loan-applications/${first.id}/withdraw`).send({}).expect(200);
    const refused = await e.agent
      .post('/api/loan-applications')
      .send(enterpriseForm(firstLoanProduct, e.uscc!))
      .expect(409);
    expect(refused.body.error.code).toBe('has_loan_record');
    expect(refused.body.error.message).toContain('请通过金融超市申请');
    const current = await e.agent.get('/api/enterprise-authorizations/current').expect(200);
    expect(current.body.firstLoan).toMatchObject({ eligible: false, reason: 'has_loan_record' });
  });
});
