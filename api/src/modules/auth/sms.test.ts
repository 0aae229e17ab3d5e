import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  manualClock,
  registerBorrower,
  solveCaptcha,
  testApp,
  uniquePhone,
  DEMO_ACCOUNTS,
} from '../../test/harness.js';
import { shanghaiDayStart } from './sms-codes.js';

const t = testApp();

describe('GET /api/auth/captcha', () => {
  it('returns an SVG challenge valid for 5 minutes, stored hashed', async () => {
    const res = await anon().get('/api/auth/captcha').expect(200);
    expect(res.body).toMatchObject({ captchaId: expect.any(String), expiresInSeconds: 300 });
    expect(res.body.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const row = await t.db('captchas').where({ id: res.body.captchaId }).first();
    expect(row.answer_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.answer_hash).not.toContain(row.dev_text);
  });
});

describe('POST /api/auth/sms', () => {
  it('sends a 6-digit code through the development provider', async () => {
    const agent = anon();
    const phone = uniquePhone();
    const captcha = await solveCaptcha(agent);
    const res = await agent
      .post('/api/auth/sms')
      .send({ phone, purpose: 'register', ...captcha })
      .expect(200);
    expect(res.body).toEqual({ ok: true, resendAfterSeconds: 60 });
    const latest = await agent.get(`/api/dev/sms/latest?phone=${phone}`).expect(200);
    expect(latest.body).toMatchObject({ phone, purpose: 'register', code: expect.stringMatching(/^\d{6}$/) });
    const stored = await t.db('sms_codes').where({ phone }).first();
    expect(stored.code_hash).not.toContain(latest.body.code);
  });

  it('refuses a wrong captcha, and a captcha already used for an SMS', async () => {
    const agent = anon();
    const captcha = await solveCaptcha(agent);
    const wrong = await agent
      .post('/api/auth/sms')
      .send({ phone: uniquePhone(), purpose: 'register', ...captcha, captchaText: '####' })
      .expect(400);
    expect(wrong.body.error.fields.captchaText).toBeTruthy();

    const good = await solveCaptcha(agent);
    await agent
      .post('/api/auth/sms')
      .send({ phone: uniquePhone(), purpose: 'register', ...good })
      .expect(200);
    const reused = await agent
      .post('/api/auth/sms')
      .send({ phone: uniquePhone(), purpose: 'register', ...good })
      .expect(400);
    expect(reused.body.error.fields.captchaText).toContain('已失效');
  });

  it('refuses bad fields with 400 naming them', async () => {
    const res = await anon().post('/api/auth/sms').send({ phone: '1880938611', purpose: 'spam' }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'captchaId',
      'captchaText',
      'phone',
      'purpose',
    ]);
    expect(res.body.error.fields.purpose).toContain('验证码用途不正确');
  });

  it('allows one send per phone per 60 seconds (429), then another', async () => {
    const clock = manualClock();
    const timed = testApp({ now: clock.now });
    const agent = anon(timed);
    const phone = uniquePhone();
    const send = async () =>
      agent.post('/api/auth/sms').send({ phone, purpose: 'register', ...(await solveCaptcha(agent, timed)) });
    expect((await send()).status).toBe(200);
    clock.advance(30_000);
    const early = await send();
    expect(early.status).toBe(429);
    expect(early.body.error.message).toMatch(/^短信发送过于频繁，请3[01]秒后再试$/);
    clock.advance(31_000);
    expect((await send()).status).toBe(200);
  });

  it('stops at the daily cap per phone until the next day (Asia/Shanghai)', async () => {
    // 10:00 in Shanghai tomorrow, so the sends below never straddle midnight.
    const clock = manualClock(new Date(shanghaiDayStart(new Date()).getTime() + 34 * 3_600_000));
    const capped = testApp({ now: clock.now, env: { SMS_DAILY_LIMIT: '3' } });
    const agent = anon(capped);
    const phone = uniquePhone();
    const send = async () =>
      agent
        .post('/api/auth/sms')
        .send({ phone, purpose: 'register', ...(await solveCaptcha(agent, capped)) });
    for (let i = 0; i < 3; i++) {
      expect((await send()).status).toBe(200);
      clock.advance(61_000);
    }
    const over = await send();
    expect(over.status).toBe(429);
    expect(over.body.error.message).toContain('今日获取短信验证码已达3次上限');
    clock.advance(24 * 3_600_000);
    expect((await send()).status).toBe(200);
  });

  it('refuses to send a registration code to a registered phone (409)', async () => {
    const agent = anon();
    const res = await agent
      .post('/api/auth/sms')
      .send({ phone: DEMO_ACCOUNTS.personal.phone, purpose: 'register', ...(await solveCaptcha(agent)) })
      .expect(409);
    expect(res.body.error.message).toContain('已注册');
  });

  it('sends a change-phone code only to a logged-in borrower, and only to a free phone', async () => {
    const visitor = anon();
    await visitor
      .post('/api/auth/sms')
      .send({ phone: uniquePhone(), purpose: 'change_phone', ...(await solveCaptcha(visitor)) })
      .expect(401);

    const { phone, password } = await registerBorrower();
    const user = await loginBorrower(phone, password);
    await user
      .post('/api/auth/sms')
      .send({ phone: DEMO_ACCOUNTS.enterprise.phone, purpose: 'change_phone', ...(await solveCaptcha(user)) })
      .expect(409);
    await user
      .post('/api/auth/sms')
      .send({ phone: uniquePhone(), purpose: 'change_phone', ...(await solveCaptcha(user)) })
      .expect(200);
  });

  it('answers 503 and voids the code when the gateway fails', async () => {
    const failing = testApp({ env: {} });
    failing.deps.sms = {
      name: 'broken',
      send: async () => {
        throw new Error('gateway down');
      },
    };
    const agent = anon(failing);
    const phone = uniquePhone();
    const res = await agent
      .post('/api/auth/sms')
      .send({ phone, purpose: 'register', ...(await solveCaptcha(agent, failing)) })
      .expect(503);
    expect(res.body.error.message).toBe('短信发送失败，请稍后再试');
    const row = await t.db('sms_codes').where({ phone }).first();
    expect(row.voided_at).not.toBeNull();
  });
});
