import { describe, expect, it } from 'vitest';
import {
  anon,
  manualClock,
  readSmsCode,
  registerBorrower,
  sendSms,
  solveCaptcha,
  testApp,
  uniquePhone,
  DEMO_ACCOUNTS,
} from '../../test/harness.js';

const t = testApp();

async function registeredUsers() {
  const row = await t.db('platform_stats').where({ name: 'registered_users' }).first('value');
  return Number(row.value);
}

async function countAccounts(phone: string) {
  const row = await t.db('accounts').where({ phone }).count<{ n: number | string }[]>({ n: '*' }).first();
  return Number(row?.n);
}

async function personalBody(phone = uniquePhone()) {
  const agent = anon();
  const smsCode = await sendSms(agent, phone);
  const captcha = await solveCaptcha(agent);
  return {
    agent,
    body: { phone, password: 'Secret123', username: '李四', smsCode, agreed: true, ...captcha },
  };
}

describe('POST /api/auth/register/personal', () => {
  it('creates the account with its consent, counts it on the home page and audits it — without logging in', async () => {
    const before = await registeredUsers();
    const { agent, body } = await personalBody();
    const res = await agent.post('/api/auth/register/personal').send(body).expect(201);
    expect(res.body).toEqual({ ok: true, accountId: expect.any(Number) });
    expect(res.headers['set-cookie']).toBeUndefined();

    const account = await t.db('accounts').where({ id: res.body.accountId }).first();
    expect(account).toMatchObject({
      role: 'personal',
      phone: body.phone,
      username: '李四',
      display_name: '李四',
      status: 'active',
    });
    expect(account.password_hash).toMatch(/^scrypt\$/);
    expect(await registeredUsers()).toBe(before + 1);

    const consent = await t
      .db('consents as c')
      .join('agreements as g', 'g.id', 'c.agreement_id')
      .where({ 'c.account_id': res.body.accountId })
      .first('g.code', 'g.version', 'c.subject_type', 'c.accepted_at', 'c.ip');
    expect(consent).toMatchObject({ code: 'platform_service', version: 1, subject_type: 'registration' });
    expect(consent.ip).toMatch(/^10\./);

    const audit = await t
      .db('audit_logs')
      .where({ action: 'account.register', entity_id: String(res.body.accountId) })
      .first();
    expect(audit.after_text).toContain('李四');
    expect(audit.after_text).not.toContain('Secret123');

    await agent.get('/api/auth/me').expect(401);
  });

  it.each([
    ['phone', { phone: '12345' }, '手机号'],
    ['password', { password: 'short1' }, '密码至少8位'],
    ['password', { password: 'onlyletters' }, '字母和数字'],
    ['username', { username: '' }, '用户名'],
    ['username', { username: 'x'.repeat(31) }, '用户名不能超过30个字'],
    ['smsCode', { smsCode: '12ab56' }, '短信验证码'],
    ['captchaText', { captchaText: undefined }, '图形验证码'],
    ['agreed', { agreed: false }, '《平台服务协议书》'],
  ])('refuses an invalid %s with 400 naming the field', async (field, change, message) => {
    const phone = uniquePhone();
    const res = await anon()
      .post('/api/auth/register/personal')
      .send({
        phone,
        password: 'Secret123',
        username: '王五',
        smsCode: '123456',
        agreed: true,
        captchaId: 'x',
        captchaText: 'abcd',
        ...change,
      })
      .expect(400);
    expect(res.body.error.fields[field]).toContain(message);
    expect(res.body.error.message).toBeTruthy();
    expect(await t.db('accounts').where({ phone }).first()).toBeUndefined();
  });

  it('refuses a missing agreement tick and writes nothing', async () => {
    const { agent, body } = await personalBody();
    const res = await agent
      .post('/api/auth/register/personal')
      .send({ ...body, agreed: undefined })
      .expect(400);
    expect(res.body.error.fields.agreed).toBe('请阅读并勾选同意《平台服务协议书》');
    expect(await t.db('accounts').where({ phone: body.phone }).first()).toBeUndefined();
  });

  it('refuses a wrong captcha, and a wrong guess burns the captcha', async () => {
    const { agent, body } = await personalBody();
    const wrong = await agent
      .post('/api/auth/register/personal')
      .send({ ...body, captchaText: 'zzzz' })
      .expect(400);
    expect(wrong.body.error.fields.captchaText).toContain('图形验证码错误');
    const retry = await agent.post('/api/auth/register/personal').send(body).expect(400);
    expect(retry.body.error.fields.captchaText).toContain('已失效');
  });

  it('refuses a reused captcha', async () => {
    const { agent, body } = await personalBody();
    await agent.post('/api/auth/register/personal').send(body).expect(201);
    const again = await agent
      .post('/api/auth/register/personal')
      .send({ ...body, phone: uniquePhone() })
      .expect(400);
    expect(again.body.error.fields.captchaText).toContain('已失效');
  });

  it('refuses an expired captcha (5 minutes)', async () => {
    const clock = manualClock();
    const timed = testApp({ now: clock.now });
    const agent = anon(timed);
    const phone = uniquePhone();
    const smsCode = await sendSms(agent, phone, 'register', timed);
    const captcha = await solveCaptcha(agent, timed);
    clock.advance(301_000);
    const res = await agent
      .post('/api/auth/register/personal')
      .send({ phone, password: 'Secret123', username: '赵六', smsCode, agreed: true, ...captcha })
      .expect(400);
    expect(res.body.error.fields.captchaText).toContain('已失效');
  });

  it('refuses a wrong SMS code, and five wrong tries void it', async () => {
    const phone = uniquePhone();
    const agent = anon();
    const smsCode = await sendSms(agent, phone);
    const wrongCode = smsCode === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 5; i++) {
      const captcha = await solveCaptcha(agent);
      const res = await agent
        .post('/api/auth/register/personal')
        .send({
          phone,
          password: 'Secret123',
          username: '钱七',
          smsCode: wrongCode,
          agreed: true,
          ...captcha,
        })
        .expect(400);
      expect(res.body.error.fields.smsCode).toContain(i < 5 ? `还可尝试${5 - i}次` : '错误次数过多');
    }
    const captcha = await solveCaptcha(agent);
    const res = await agent
      .post('/api/auth/register/personal')
      .send({ phone, password: 'Secret123', username: '钱七', smsCode, agreed: true, ...captcha })
      .expect(400);
    expect(res.body.error.fields.smsCode).toContain('已失效');
    expect(await t.db('accounts').where({ phone }).first()).toBeUndefined();
  });

  it('refuses an expired SMS code (5 minutes)', async () => {
    const clock = manualClock();
    const timed = testApp({ now: clock.now });
    const agent = anon(timed);
    const phone = uniquePhone();
    const smsCode = await sendSms(agent, phone, 'register', timed);
    clock.advance(301_000);
    const captcha = await solveCaptcha(agent, timed);
    const res = await agent
      .post('/api/auth/register/personal')
      .send({ phone, password: 'Secret123', username: '孙八', smsCode, agreed: true, ...captcha })
      .expect(400);
    expect(res.body.error.fields.smsCode).toContain('已失效');
  });

  it('refuses a phone that is already registered with 409', async () => {
    const { phone } = await registerBorrower();
    const agent = anon();
    const captcha = await solveCaptcha(agent);
    const res = await agent
      .post('/api/auth/register/personal')
      .send({ phone, password: 'Secret123', username: '周九', smsCode: '123456', agreed: true, ...captcha })
      .expect(409);
    expect(res.body.error.message).toBe('该手机号已注册，请直接登录');
  });

  it('makes one account from a double submit', async () => {
    const { agent, body } = await personalBody();
    const before = await registeredUsers();
    const results = await Promise.all([
      agent.post('/api/auth/register/personal').send(body),
      agent.post('/api/auth/register/personal').send(body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await countAccounts(body.phone)).toBe(1);
    expect(await registeredUsers()).toBe(before + 1);
  });

  it('makes one account from two submits with their own captchas', async () => {
    const { agent, body } = await personalBody();
    const second = await solveCaptcha(agent);
    const results = await Promise.all([
      agent.post('/api/auth/register/personal').send(body),
      agent.post('/api/auth/register/personal').send({ ...body, ...second }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    expect([400, 409]).toContain(statuses[1]);
    expect(await countAccounts(body.phone)).toBe(1);
  });
});

describe('POST /api/auth/register/enterprise', () => {
  it('creates an enterprise account named after the enterprise', async () => {
    const phone = uniquePhone();
    const agent = anon();
    const smsCode = await sendSms(agent, phone);
    const captcha = await solveCaptcha(agent);
    const res = await agent
      .post('/api/auth/register/enterprise')
      .send({
        phone,
        password: 'Secret123',
        enterpriseName: '天水市秦州区示例商贸有限公司',
        uscc: '91620503ma74x1c46l',
        smsCode,
        agreed: true,
        ...captcha,
      })
      .expect(201);
    const account = await t.db('accounts').where({ id: res.body.accountId }).first();
    expect(account).toMatchObject({
      role: 'enterprise',
      enterprise_name: '天水市秦州区示例商贸有限公司',
      display_name: '天水市秦州区示例商贸有限公司',
      uscc: '91620503MA74X1C46L',
      username: null,
    });
  });

  it.each([
    ['uscc', { uscc: '91620503MA74X1C46Q' }, '统一社会信用代码不正确'],
    ['uscc', { uscc: undefined }, '请填写统一社会信用代码'],
    ['enterpriseName', { enterpriseName: '' }, '企业名称'],
    ['phone', { phone: '28809386116' }, '手机号格式不正确'],
  ])('refuses an invalid %s with 400 naming the field', async (field, change, message) => {
    const res = await anon()
      .post('/api/auth/register/enterprise')
      .send({
        phone: uniquePhone(),
        password: 'Secret123',
        enterpriseName: '天水某某有限公司',
        uscc: '91620503MA74X1C46L',
        smsCode: '123456',
        agreed: true,
        captchaId: 'x',
        captchaText: 'abcd',
        ...change,
      })
      .expect(400);
    expect(res.body.error.fields[field]).toContain(message);
  });

  it('refuses the demo enterprise phone with 409', async () => {
    const agent = anon();
    const captcha = await solveCaptcha(agent);
    await agent
      .post('/api/auth/register/enterprise')
      .send({
        phone: DEMO_ACCOUNTS.enterprise.phone,
        password: 'Secret123',
        enterpriseName: '天水某某有限公司',
        uscc: '91620503MA74X1C46L',
        smsCode: '123456',
        agreed: true,
        ...captcha,
      })
      .expect(409);
  });
});

describe('registration codes are bound to their phone', () => {
  it('refuses a code sent to another phone', async () => {
    const agent = anon();
    const phoneA = uniquePhone();
    const phoneB = uniquePhone();
    await sendSms(agent, phoneA);
    const codeA = await readSmsCode(phoneA);
    await sendSms(agent, phoneB);
    const captcha = await solveCaptcha(agent);
    const res = await agent
      .post('/api/auth/register/personal')
      .send({
        phone: phoneB,
        password: 'Secret123',
        username: '吴十',
        smsCode: codeA === (await readSmsCode(phoneB)) ? '999999' : codeA,
        agreed: true,
        ...captcha,
      })
      .expect(400);
    expect(res.body.error.fields.smsCode).toBeTruthy();
  });
});
