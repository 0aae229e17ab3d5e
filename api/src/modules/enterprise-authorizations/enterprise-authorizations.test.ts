/** 企业授权 (§2.10): the development rules, the HTTP registry adapter, limits, and 首贷 eligibility. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentEnterpriseAuthorization, EnterpriseAuthorization } from '@jrpt/contracts';
import { anon, testApp } from '../../test/harness.js';
import { newEnterprise, newPersonal, uniqueUscc, validIdNumber } from '../../test/loan-fixtures.js';
import { DevelopmentEnterpriseVerifier } from './verifier.js';

const t = testApp();
const form = (uscc: string, over: Record<string, unknown> = {}) => ({
  enterpriseName: '天水市测试农产品有限公司',
  legalPersonName: '李四',
  legalPersonIdNumber: validIdNumber(),
  uscc,
  ...over,
});

describe('POST /api/enterprise-authorizations (development verifier)', () => {
  it('verifies a valid enterprise, keeps the ID number encrypted and masked, and opens 首贷', async () => {
    const e = await newEnterprise(t);
    const before = (await e.agent.get('/api/enterprise-authorizations/current').expect(200))
      .body as CurrentEnterpriseAuthorization;
    expect(before).toMatchObject({
      latest: null,
      verified: null,
      firstLoan: { eligible: false, reason: 'authorization_required' },
    });
    expect(before.firstLoan.message).toContain('企业授权');

    const body = form(e.uscc!);
    const res = await e.agent.post('/api/enterprise-authorizations').send(body).expect(201);
    const auth = res.body as EnterpriseAuthorization;
    expect(auth).toMatchObject({
      status: 'verified',
      failureReason: null,
      uscc: e.uscc,
      legalPersonName: '李四',
    });
    expect(auth.legalPersonIdMasked).toBe(
      `${body.legalPersonIdNumber.slice(0, 4)}**********${body.legalPersonIdNumber.slice(-4)}`,
    );
    const row = await t.db('enterprise_authorizations').where('id', auth.id).first();
    expect(row.legal_person_id_enc).not.toContain(body.legalPersonIdNumber);
    expect(t.deps.fieldCipher.decrypt(row.legal_person_id_enc)).toBe(body.legalPersonIdNumber);
    expect(row.provider).toBe('development');
    const audit = await t
      .db('audit_logs')
      .where({ entity_type: 'enterprise_authorizations', entity_id: String(auth.id) });
    expect(audit.map((a) => a.action)).toEqual(['enterprise_authorization.verified']);

    const after = (await e.agent.get('/api/enterprise-authorizations/current').expect(200)).body;
    expect(after).toMatchObject({ verified: { id: auth.id }, firstLoan: { eligible: true, reason: null } });
  });

  it('records a failed verification (the documented magic name) without opening 首贷', async () => {
    const e = await newEnterprise(t);
    const res = await e.agent
      .post('/api/enterprise-authorizations')
      .send(form(e.uscc!, { legalPersonName: DevelopmentEnterpriseVerifier.FAILING_NAME }))
      .expect(201);
    expect(res.body).toMatchObject({ status: 'failed', failureReason: '法人信息与登记信息不一致' });
    const current = (await e.agent.get('/api/enterprise-authorizations/current').expect(200)).body;
    expect(current).toMatchObject({
      latest: { status: 'failed' },
      verified: null,
      firstLoan: { eligible: false },
    });
  });

  it.each([
    ['legalPersonIdNumber', { legalPersonIdNumber: '620502199001011230' }, '法人身份证号码'],
    ['uscc', { uscc: '91620503MA74X1C46A' }, '统一社会信用代码'],
    ['enterpriseName', { enterpriseName: '' }, '企业名称'],
    ['legalPersonName', { legalPersonName: undefined }, '法人姓名'],
  ])('refuses a bad form naming %s', async (field, over, words) => {
    const e = await newEnterprise(t);
    const res = await e.agent.post('/api/enterprise-authorizations').send(form(e.uscc!, over)).expect(400);
    expect(res.body.error.fields[field]).toContain(words);
  });

  it('requires the USCC the enterprise registered with, an enterprise account, and at most 5 tries a day', async () => {
    const e = await newEnterprise(t);
    const other = await e.agent.post('/api/enterprise-authorizations').send(form(uniqueUscc())).expect(400);
    expect(other.body.error.fields.uscc).toContain(e.uscc);
    const p = await newPersonal(t);
    const personal = await p.agent
      .post('/api/enterprise-authorizations')
      .send(form(uniqueUscc()))
      .expect(403);
    expect(personal.body.error.message).toBe('仅企业用户可以办理此业务');
    const current = await p.agent.get('/api/enterprise-authorizations/current').expect(200);
    expect(current.body.firstLoan).toMatchObject({ eligible: false, reason: 'not_enterprise' });
    await anon(t).get('/api/enterprise-authorizations/current').expect(401);

    for (let i = 0; i < 5; i++)
      await e.agent.post('/api/enterprise-authorizations').send(form(e.uscc!)).expect(201);
    const sixth = await e.agent.post('/api/enterprise-authorizations').send(form(e.uscc!)).expect(429);
    expect(sixth.body.error.message).toContain('5次');
  });
});

describe('the HTTP registry adapter', () => {
  const received: { auth: string | undefined; body: Record<string, string> }[] = [];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const body = JSON.parse(raw) as Record<string, string>;
        received.push({ auth: req.headers.authorization, body });
        const reply = (status: number, json: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (body.legalPersonName === '张三') return reply(200, { match: true });
        if (body.legalPersonName === '李四')
          return reply(200, { match: false, reason: '法人姓名与登记信息不一致' });
        if (body.legalPersonName === '王五') return reply(500, { error: 'down' });
        if (body.legalPersonName === '赵六') return reply(200, { unexpected: true });
        setTimeout(() => reply(200, { match: true }), 1_000);
      });
    });
    // The helper's reserved ports are 3150-3159.
    await new Promise<void>((resolve) => server.listen(3151, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the four facts with the key and records the registry’s answer; an outage is a 503 that records nothing', async () => {
    const app = testApp({
      env: {
        ENTERPRISE_VERIFIER: 'http',
        ENTERPRISE_VERIFIER_URL: url,
        ENTERPRISE_VERIFIER_KEY: 'registry-key',
        ENTERPRISE_VERIFIER_TIMEOUT_MS: '300',
      },
    });
    const e = await newEnterprise(app);
    const ok = await e.agent
      .post('/api/enterprise-authorizations')
      .send(form(e.uscc!, { legalPersonName: '张三' }))
      .expect(201);
    expect(ok.body.status).toBe('verified');
    expect(received.at(-1)).toMatchObject({
      auth: 'Bearer registry-key',
      body: { enterpriseName: '天水市测试农产品有限公司', uscc: e.uscc, legalPersonName: '张三' },
    });
    expect(received.at(-1)!.body.legalPersonIdNumber).toMatch(/^\d{17}[\dX]$/);
    const no = await e.agent
      .post('/api/enterprise-authorizations')
      .send(form(e.uscc!, { legalPersonName: '李四' }))
      .expect(201);
    expect(no.body).toMatchObject({ status: 'failed', failureReason: '法人姓名与登记信息不一致' });
    const rows = await app
      .db('enterprise_authorizations')
      .where('account_id', e.accountId)
      .select('provider');
    expect(rows.map((r) => r.provider)).toEqual(['http', 'http']);

    for (const name of ['王五', '赵六', '孙七']) {
      const down = await e.agent
        .post('/api/enterprise-authorizations')
        .send(form(e.uscc!, { legalPersonName: name }))
        .expect(503);
      expect(down.body.error.message).toContain('核验服务暂不可用');
    }
    expect(await app.db('enterprise_authorizations').where('account_id', e.accountId)).toHaveLength(2);
  });

  it('is required in production instead of the development rules', () => {
    const production = {
      NODE_ENV: 'production',
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'id',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
      ALIYUN_SMS_SIGN_NAME: '天水金融',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    };
    expect(() => testApp({ env: { ...production, ENTERPRISE_VERIFIER: 'development' } })).toThrow(
      /ENTERPRISE_VERIFIER/,
    );
    expect(() => testApp({ env: { ENTERPRISE_VERIFIER: 'http' } })).toThrow(/ENTERPRISE_VERIFIER_URL/);
    expect(testApp({ env: production }).deps.enterpriseVerifier.name).toBe('unconfigured');
  });
});
