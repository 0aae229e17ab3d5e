/** Cross-cutting behaviour of the app: CSRF, bad input, unknown routes, health, OpenAPI, dev-only routes. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  loginStaff,
  raw,
  registerBorrower,
  solveCaptcha,
  testApp,
  uniquePhone,
  DEMO_PASSWORD,
} from './test/harness.js';

const t = testApp();

describe('CSRF protection', () => {
  it('refuses a logged-in POST without X-CSRF-Token or with a wrong one (403)', async () => {
    const { phone, password } = await registerBorrower();
    const agent = await loginBorrower(phone, password);
    const body = { oldPassword: password, newPassword: 'Changed123' };
    const missing = await agent.post('/api/auth/password').set('X-CSRF-Token', '').send(body).expect(403);
    expect(missing.body.error).toMatchObject({ code: 'csrf_failed', message: '页面已过期，请刷新后重试' });
    await agent.post('/api/auth/password').set('X-CSRF-Token', 'not-the-token').send(body).expect(403);
    // Nothing changed: the old password still logs in.
    await loginBorrower(phone, password);
  });

  it('refuses an admin POST without the admin CSRF token', async () => {
    const office = await loginStaff('office', DEMO_PASSWORD);
    await office.post('/api/admin/auth/logout').set('X-CSRF-Token', '').expect(403);
    await office.get('/api/admin/auth/me').expect(200);
  });

  it('refuses an anonymous POST without X-Requested-With (403)', async () => {
    const res = await raw()
      .post('/api/auth/login')
      .send({ phone: '18809386116', password: DEMO_PASSWORD, captchaId: 'x', captchaText: 'abcd' })
      .expect(403);
    expect(res.body.error).toMatchObject({ code: 'csrf_failed', message: '请求来源无效，请刷新页面后重试' });
    await raw().post('/api/auth/sms').send({ phone: uniquePhone(), purpose: 'register' }).expect(403);
  });
});

describe('malformed requests', () => {
  it('answers bad JSON with 400 in Chinese', async () => {
    const res = await raw()
      .post('/api/auth/login')
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('Content-Type', 'application/json')
      .send('{"phone": ')
      .expect(400);
    expect(res.body.error).toMatchObject({ code: 'bad_json', message: '请求内容不是有效的JSON' });
    expect(res.body.error.requestId).toBeTruthy();
  });

  it('answers wrong types with 400 naming the fields, never 500', async () => {
    const res = await anon()
      .post('/api/auth/login')
      .send({ phone: 18809386116, password: ['x'], captchaId: {}, captchaText: null })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'captchaId',
      'captchaText',
      'password',
      'phone',
    ]);
  });

  it('answers a huge body with 413', async () => {
    await anon()
      .post('/api/auth/login')
      .send({ phone: 'x'.repeat(300_000) })
      .expect(413);
  });

  it('answers an unknown route with 404 in Chinese', async () => {
    const res = await anon().get('/api/no-such-thing').expect(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', message: '接口不存在' });
  });
});

describe('GET /api/health', () => {
  it('reports the database', async () => {
    const res = await anon().get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { ok: true, client: t.config.database.client },
    });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the account routes with their schemas', async () => {
    const res = await anon().get('/api/openapi.json').expect(200);
    expect(res.body.paths['/api/auth/login'].post.requestBody).toBeTruthy();
    expect(res.body.paths['/api/admin/audit-logs'].get.description).toContain('office');
    expect(res.body.paths['/api/dev/sms/latest']).toBeTruthy();
  });
});

describe('development-only routes', () => {
  it('give the last SMS code and a captcha text in development', async () => {
    const agent = anon();
    const captcha = await solveCaptcha(agent);
    const text = await agent.get(`/api/dev/captcha/${captcha.captchaId}`).expect(200);
    expect(text.body).toEqual({ text: captcha.captchaText });
    await agent.get('/api/dev/captcha/unknown').expect(404);
    await agent.get(`/api/dev/sms/latest?phone=${uniquePhone()}`).expect(404);
    const bad = await agent.get('/api/dev/sms/latest?phone=abc').expect(400);
    expect(bad.body.error.fields.phone).toBeTruthy();
  });

  it('do not exist with a production configuration, which keeps no captcha text either', async () => {
    const production = testApp({
      env: {
        NODE_ENV: 'production',
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: 'id',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
        ALIYUN_SMS_SIGN_NAME: '天水金融',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
      },
    });
    expect(production.config.devRoutes).toBe(false);
    const agent = anon(production);
    const captcha = await agent.get('/api/auth/captcha').expect(200);
    const row = await production.db('captchas').where({ id: captcha.body.captchaId }).first('dev_text');
    expect(row.dev_text).toBeNull();
    await agent.get(`/api/dev/captcha/${captcha.body.captchaId}`).expect(404);
    await agent.get('/api/dev/sms/latest?phone=18809386116').expect(404);
    const doc = await agent.get('/api/openapi.json').expect(200);
    expect(doc.body.paths['/api/dev/sms/latest']).toBeUndefined();
  });

  it('production sets Secure cookies', async () => {
    const production = testApp({
      env: {
        NODE_ENV: 'production',
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: 'id',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
        ALIYUN_SMS_SIGN_NAME: '天水金融',
        ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
      },
    });
    const agent = anon(production);
    const captcha = await agent.get('/api/admin/auth/captcha').expect(200);
    // Production keeps no captcha text; give this captcha a known answer instead.
    await production
      .db('captchas')
      .where({ id: captcha.body.captchaId })
      .update({ answer_hash: createHash('sha256').update(`${captcha.body.captchaId}:abcd`).digest('hex') });
    const res = await agent
      .post('/api/admin/auth/login')
      .send({
        username: 'gov',
        password: DEMO_PASSWORD,
        captchaId: captcha.body.captchaId,
        captchaText: 'ABCD',
      })
      .expect(200);
    const set = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(set).toMatch(/jrpt_admin_sid=[^;]+;.*Secure/);
    expect(set).toMatch(/jrpt_admin_csrf=[^;]+;.*Secure/);
  });
});
