import { describe, expect, it } from 'vitest';
import { anon, registerBorrower, testApp } from '../../test/harness.js';
import { recordConsent } from './agreements.js';

const t = testApp();

describe('GET /api/agreements/:code', () => {
  it('returns the latest 平台服务协议书', async () => {
    const res = await anon().get('/api/agreements/platform_service').expect(200);
    expect(res.body).toMatchObject({ code: 'platform_service', version: 1, title: '平台服务协议书' });
    expect(res.body.body).toContain('天水市智慧金融服务平台');
    expect(new Date(res.body.publishedAt).toString()).not.toBe('Invalid Date');
  });

  it('returns the 用户授权协议 with the manual’s text', async () => {
    const res = await anon().get('/api/agreements/data_authorization').expect(200);
    expect(res.body.title).toBe('用户授权协议');
    expect(res.body.body.startsWith('一、内容简介')).toBe(true);
    expect(res.body.body).toContain('政府部门委托天水市人民政府金融工作办公室搭建平台');
    expect(res.body.body.endsWith('4.平台保留对本协议及所有规则的最终解释权。')).toBe(true);
  });

  it('serves a newer version once published', async () => {
    const now = new Date();
    await t.db('agreements').insert({
      code: 'data_authorization',
      version: 2,
      title: '用户授权协议',
      body: '第二版',
      published_at: now,
    });
    const res = await anon().get('/api/agreements/data_authorization').expect(200);
    expect(res.body).toMatchObject({ version: 2, body: '第二版' });
    await t.db('agreements').where({ code: 'data_authorization', version: 2 }).delete();
  });

  it('refuses an unknown code with 400 naming it', async () => {
    const res = await anon().get('/api/agreements/privacy').expect(400);
    expect(res.body.error.fields.code).toContain('协议不正确');
  });
});

describe('recordConsent', () => {
  it('records the current version for a subject', async () => {
    const { accountId } = await registerBorrower();
    const consent = await t.db.transaction((trx) =>
      recordConsent(trx, {
        accountId,
        code: 'data_authorization',
        subjectType: 'loan_application',
        subjectId: 42,
        ip: '10.0.0.1',
        now: new Date(),
      }),
    );
    expect(consent.version).toBe(1);
    const row = await t.db('consents').where({ id: consent.consentId }).first();
    expect(row).toMatchObject({
      account_id: accountId,
      agreement_id: consent.agreementId,
      subject_type: 'loan_application',
      subject_id: 42,
    });
  });
});
