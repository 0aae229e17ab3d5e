import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  loginStaff,
  manualClock,
  registerBorrower,
  solveCaptcha,
  testApp,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type Agent,
  type TestApp,
} from '../../test/harness.js';

const t = testApp();

function cookies(res: { headers: Record<string, unknown> }): string[] {
  const raw = res.headers['set-cookie'];
  return Array.isArray(raw) ? (raw as string[]) : [];
}
const cookieValue = (all: string[], name: string) =>
  all
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1);

async function attempt(agent: Agent, phone: string, password: string, app: TestApp = t) {
  return agent.post('/api/auth/login').send({ phone, password, ...(await solveCaptcha(agent, app)) });
}

describe('POST /api/auth/login', () => {
  it('logs the demo personal borrower in with a session cookie and a readable CSRF cookie', async () => {
    const agent = anon();
    const res = await attempt(agent, DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      type: 'personal',
      phone: '18809386116',
      phoneMasked: '188xxxx6116',
      displayName: '张三',
      username: '张三',
    });
    const set = cookies(res);
    const sid = set.find((c) => c.startsWith('jrpt_sid='))!;
    const csrf = set.find((c) => c.startsWith('jrpt_csrf='))!;
    expect(sid).toMatch(/HttpOnly/i);
    expect(sid).toMatch(/SameSite=Lax/i);
    expect(sid).not.toMatch(/Secure/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(cookieValue(set, 'jrpt_csrf')).toBe(res.body.csrfToken);
    // The table keeps only a hash of the cookie's token.
    const token = cookieValue(set, 'jrpt_sid')!;
    expect(await t.db('sessions').where({ id: token }).first()).toBeUndefined();
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.id).toBe(res.body.user.id);
  });

  it('logs the demo enterprise in', async () => {
    const res = await attempt(anon(), DEMO_ACCOUNTS.enterprise.phone, DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      type: 'enterprise',
      enterpriseName: DEMO_ACCOUNTS.enterprise.enterpriseName,
      uscc: '91620503MA74X1C46L',
    });
  });

  it('gives a new session id at every login and ends the one the browser had', async () => {
    const agent = anon();
    const first = await attempt(agent, DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD);
    const oldSid = cookieValue(cookies(first), 'jrpt_sid')!;
    const second = await attempt(agent, DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD);
    const newSid = cookieValue(cookies(second), 'jrpt_sid')!;
    expect(newSid).not.toBe(oldSid);
    await anon().get('/api/auth/me').set('Cookie', `jrpt_sid=${oldSid}`).expect(401);
    await anon().get('/api/auth/me').set('Cookie', `jrpt_sid=${newSid}`).expect(200);
  });

  it('says only "账号或密码错误" for a wrong password and for an unknown account alike', async () => {
    const wrong = await attempt(anon(), DEMO_ACCOUNTS.personal.phone, 'Wrong12345');
    const unknown = await attempt(anon(), '17000000001', 'Wrong12345');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe('账号或密码错误');
    expect({ ...unknown.body.error, requestId: '' }).toEqual({ ...wrong.body.error, requestId: '' });
  });

  it('refuses a missing or wrong captcha before looking at the password', async () => {
    const agent = anon();
    const missing = await agent
      .post('/api/auth/login')
      .send({ phone: DEMO_ACCOUNTS.personal.phone, password: DEMO_PASSWORD })
      .expect(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(
      expect.arrayContaining(['captchaId', 'captchaText']),
    );
    const captcha = await solveCaptcha(agent);
    const wrong = await agent
      .post('/api/auth/login')
      .send({ phone: DEMO_ACCOUNTS.personal.phone, password: DEMO_PASSWORD, ...captcha, captchaText: 'nope' })
      .expect(400);
    expect(wrong.body.error.fields.captchaText).toContain('图形验证码错误');
  });

  it('refuses a malformed phone with 400 naming it', async () => {
    const res = await anon()
      .post('/api/auth/login')
      .send({ phone: 'office', password: DEMO_PASSWORD, captchaId: 'x', captchaText: 'abcd' })
      .expect(400);
    expect(res.body.error.fields.phone).toContain('账号（手机号）格式不正确');
  });

  it('locks an account after 5 failures for 1 minute, then 2 minutes after 5 more', async () => {
    const { phone, password } = await registerBorrower();
    const clock = manualClock();
    const timed = testApp({ now: clock.now });
    const fail = async () => attempt(anon(timed), phone, 'Wrong12345', timed);
    for (let i = 0; i < 5; i++) expect((await fail()).status).toBe(401);
    // Locked even with the right password, from another address.
    const locked = await attempt(anon(timed), phone, password, timed);
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toBe('失败次数过多，已暂时锁定，请1分钟后再试');
    clock.advance(61_000);
    expect((await attempt(anon(timed), phone, password, timed)).status).toBe(200);

    // A success resets the count; the lock grows with every further lock.
    for (let i = 0; i < 5; i++) expect((await fail()).status).toBe(401);
    clock.advance(61_000);
    for (let i = 0; i < 5; i++) expect((await fail()).status).toBe(401);
    const second = await attempt(anon(timed), phone, password, timed);
    expect(second.status).toBe(429);
    expect(second.body.error.message).toContain('请2分钟后再试');
    clock.advance(121_000);
    expect((await attempt(anon(timed), phone, password, timed)).status).toBe(200);
  });

  it('locks a client address after 5 failures whatever the accounts', async () => {
    const agent = anon();
    for (let i = 0; i < 5; i++)
      expect((await attempt(agent, `1700000${String(i).padStart(4, '0')}`, 'Wrong12345')).status).toBe(401);
    expect((await attempt(agent, DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD)).status).toBe(429);
    expect((await attempt(anon(), DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD)).status).toBe(200);
  });

  it('does not let a borrower into the admin, nor staff into the portal', async () => {
    const agent = anon();
    const res = await agent
      .post('/api/admin/auth/login')
      .send({
        username: DEMO_ACCOUNTS.personal.phone,
        password: DEMO_PASSWORD,
        ...(await solveCaptcha(agent, t, '/api/admin/auth/captcha')),
      })
      .expect(401);
    expect(res.body.error.message).toBe('账号或密码错误');

    const borrower = await loginBorrower(DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD);
    await borrower.get('/api/admin/auth/me').expect(401);
    const office = await loginStaff('office', DEMO_PASSWORD);
    await office.get('/api/auth/me').expect(401);
  });

  it('refuses a disabled account after the password is right', async () => {
    const { phone, password, accountId } = await registerBorrower();
    await t.db('accounts').where({ id: accountId }).update({ status: 'disabled' });
    const res = await attempt(anon(), phone, password);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('账号已停用');
  });
});

describe('POST /api/admin/auth/login', () => {
  it.each([
    ['office', 'office', null],
    ['gsbank', 'institution', '甘肃银行'],
    ['gov', 'government', null],
  ])('logs %s in with the admin cookies', async (username, role, institutionName) => {
    const agent = anon();
    const res = await agent
      .post('/api/admin/auth/login')
      .send({
        username,
        password: DEMO_PASSWORD,
        ...(await solveCaptcha(agent, t, '/api/admin/auth/captcha')),
      })
      .expect(200);
    expect(res.body.staff).toMatchObject({ username, role, institutionName });
    const set = cookies(res);
    expect(set.find((c) => c.startsWith('jrpt_admin_sid='))).toMatch(/HttpOnly/i);
    expect(cookieValue(set, 'jrpt_admin_csrf')).toBe(res.body.csrfToken);
    expect(set.some((c) => c.startsWith('jrpt_sid='))).toBe(false);
    const me = await agent.get('/api/admin/auth/me').expect(200);
    expect(me.body.staff.username).toBe(username);
  });

  it('says only "账号或密码错误" for a wrong password', async () => {
    const agent = anon();
    const res = await agent
      .post('/api/admin/auth/login')
      .send({
        username: 'office',
        password: 'Wrong12345',
        ...(await solveCaptcha(agent, t, '/api/admin/auth/captcha')),
      })
      .expect(401);
    expect(res.body.error.message).toBe('账号或密码错误');
  });

  it('refuses an empty username with 400 naming it', async () => {
    const res = await anon()
      .post('/api/admin/auth/login')
      .send({ username: ' ', password: 'x', captchaId: 'x', captchaText: 'abcd' })
      .expect(400);
    expect(res.body.error.fields.username).toBe('请填写用户名');
  });

  it('logs out of the admin for real', async () => {
    const office = await loginStaff('office', DEMO_PASSWORD);
    await office.post('/api/admin/auth/logout').expect(200);
    await office.get('/api/admin/auth/me').expect(401);
  });
});
