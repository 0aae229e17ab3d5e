import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  manualClock,
  readSmsCode,
  registerBorrower,
  solveCaptcha,
  testApp,
  uniquePhone,
  DEMO_ACCOUNTS,
} from '../../test/harness.js';

const t = testApp();

function sessionCookie(res: { headers: Record<string, unknown> }) {
  const all = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  return all.find((c) => c.startsWith('jrpt_sid='))?.split(';')[0];
}

describe('GET /api/auth/me', () => {
  it('answers 401 to a visitor and to a made-up cookie', async () => {
    const res = await anon().get('/api/auth/me').expect(401);
    expect(res.body.error.message).toBe('请先登录');
    await anon().get('/api/auth/me').set('Cookie', 'jrpt_sid=madeupmadeupmadeupmadeup').expect(401);
  });

  it('returns the user and the CSRF token', async () => {
    const { phone, password } = await registerBorrower({ type: 'enterprise' });
    const agent = await loginBorrower(phone, password);
    const res = await agent.get('/api/auth/me').expect(200);
    expect(res.body.user).toMatchObject({
      type: 'enterprise',
      phone,
      enterpriseName: '天水测试科技有限公司',
    });
    expect(res.body.csrfToken).toEqual(expect.any(String));
  });
});

describe('session timeouts', () => {
  it('ends a session idle for longer than the idle timeout, and slides while in use', async () => {
    const { phone, password } = await registerBorrower();
    const clock = manualClock();
    const timed = testApp({
      now: clock.now,
      env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' },
    });
    const agent = await loginBorrower(phone, password, timed);
    clock.advance(20 * 60_000);
    await agent.get('/api/auth/me').expect(200);
    clock.advance(20 * 60_000);
    await agent.get('/api/auth/me').expect(200);
    clock.advance(31 * 60_000);
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends a session at the absolute timeout however busy', async () => {
    const { phone, password } = await registerBorrower();
    const clock = manualClock();
    const timed = testApp({
      now: clock.now,
      env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '1' },
    });
    const agent = await loginBorrower(phone, password, timed);
    for (let i = 0; i < 3; i++) {
      clock.advance(19 * 60_000);
      await agent.get('/api/auth/me').expect(200);
    }
    clock.advance(4 * 60_000);
    await agent.get('/api/auth/me').expect(401);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: the old cookie no longer works, and the cookies are cleared', async () => {
    const { phone, password } = await registerBorrower();
    const agent = anon();
    const login = await agent
      .post('/api/auth/login')
      .send({ phone, password, ...(await solveCaptcha(agent)) })
      .expect(200);
    const old = sessionCookie(login)!;
    const res = await agent.post('/api/auth/logout').set('X-CSRF-Token', login.body.csrfToken).expect(200);
    expect(res.body).toEqual({ ok: true });
    const cleared = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(cleared).toMatch(/jrpt_sid=;.*Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/jrpt_csrf=;/);
    await anon().get('/api/auth/me').set('Cookie', old).expect(401);
  });

  it('refuses a logout without the CSRF token (403) and keeps the session', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const res = await agent.post('/api/auth/logout').set('X-CSRF-Token', '').expect(403);
    expect(res.body.error.code).toBe('csrf_failed');
    await agent.get('/api/auth/me').expect(200);
  });

  it('answers 401 without a session', async () => {
    await anon().post('/api/auth/logout').expect(401);
  });
});

describe('POST /api/auth/password', () => {
  it('refuses a wrong old password with 400 naming it', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const res = await agent
      .post('/api/auth/password')
      .send({ oldPassword: 'Wrong12345', newPassword: 'Changed123' })
      .expect(400);
    expect(res.body.error.fields).toEqual({ oldPassword: '原密码不正确' });
  });

  it('refuses a weak or unchanged new password', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const weak = await agent
      .post('/api/auth/password')
      .send({ oldPassword: password, newPassword: '12345678' })
      .expect(400);
    expect(weak.body.error.fields.newPassword).toBe('新密码须同时包含字母和数字');
    const same = await agent
      .post('/api/auth/password')
      .send({ oldPassword: password, newPassword: password })
      .expect(400);
    expect(same.body.error.fields.newPassword).toBe('新密码不能与原密码相同');
  });

  it('changes the password and ends the account’s other sessions, keeping this one', async () => {
    const { phone, password, accountId } = await registerBorrower();
    const here = await loginBorrower(phone, password);
    const elsewhere = await loginBorrower(phone, password);
    await here
      .post('/api/auth/password')
      .send({ oldPassword: password, newPassword: 'Changed123' })
      .expect(200);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);

    const agent = anon();
    const old = await agent.post('/api/auth/login').send({ phone, password, ...(await solveCaptcha(agent)) });
    expect(old.status).toBe(401);
    await loginBorrower(phone, 'Changed123');
    const audit = await t
      .db('audit_logs')
      .where({ action: 'account.change_password', entity_id: String(accountId) })
      .first();
    expect(audit).toBeTruthy();
  });

  it('locks the form after 5 wrong old passwords', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    for (let i = 0; i < 5; i++) {
      await agent
        .post('/api/auth/password')
        .send({ oldPassword: 'Wrong12345', newPassword: 'Changed123' })
        .expect(400);
    }
    await agent
      .post('/api/auth/password')
      .send({ oldPassword: password, newPassword: 'Changed123' })
      .expect(429);
  });
});

describe('POST /api/auth/phone', () => {
  async function requestCode(agent: Awaited<ReturnType<typeof loginBorrower>>, newPhone: string) {
    await agent
      .post('/api/auth/sms')
      .send({ phone: newPhone, purpose: 'change_phone', ...(await solveCaptcha(agent)) })
      .expect(200);
    return readSmsCode(newPhone);
  }

  it('changes the phone with the code sent to the new phone; the new phone logs in', async () => {
    const { phone, password, accountId } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const newPhone = uniquePhone();
    const smsCode = await requestCode(agent, newPhone);
    const res = await agent.post('/api/auth/phone').send({ newPhone, smsCode }).expect(200);
    expect(res.body.user).toMatchObject({ id: accountId, phone: newPhone });
    await loginBorrower(newPhone, password);
    const audit = await t
      .db('audit_logs')
      .where({ action: 'account.change_phone', entity_id: String(accountId) })
      .first();
    expect(JSON.parse(audit.before_text)).toEqual({ phone });
    expect(JSON.parse(audit.after_text)).toEqual({ phone: newPhone });
  });

  it('refuses a wrong code (400 naming smsCode) and a code for registration', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const newPhone = uniquePhone();
    const smsCode = await requestCode(agent, newPhone);
    const wrong = await agent
      .post('/api/auth/phone')
      .send({ newPhone, smsCode: smsCode === '000000' ? '111111' : '000000' })
      .expect(400);
    expect(wrong.body.error.fields.smsCode).toContain('短信验证码错误');

    const other = uniquePhone();
    const visitor = anon();
    await visitor
      .post('/api/auth/sms')
      .send({ phone: other, purpose: 'register', ...(await solveCaptcha(visitor)) })
      .expect(200);
    const registerCode = await readSmsCode(other);
    const res = await agent
      .post('/api/auth/phone')
      .send({ newPhone: other, smsCode: registerCode })
      .expect(400);
    expect(res.body.error.fields.smsCode).toContain('已失效');
  });

  it('refuses a phone used by another account (409), the same phone, and bad input', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const taken = await agent
      .post('/api/auth/phone')
      .send({ newPhone: DEMO_ACCOUNTS.personal.phone, smsCode: '123456' })
      .expect(409);
    expect(taken.body.error.message).toBe('该手机号已被其他账号使用');
    const same = await agent.post('/api/auth/phone').send({ newPhone: phone, smsCode: '123456' }).expect(400);
    expect(same.body.error.fields.newPhone).toBe('新手机号与当前手机号相同');
    const bad = await agent.post('/api/auth/phone').send({ newPhone: '123', smsCode: '12' }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['newPhone', 'smsCode']);
  });

  it('answers 401 without a session', async () => {
    await anon().post('/api/auth/phone').send({ newPhone: uniquePhone(), smsCode: '123456' }).expect(401);
  });
});
