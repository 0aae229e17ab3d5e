/** GET /api/site (settings) and GET /api/home/stats (maintained aggregates). */
import { describe, expect, it } from 'vitest';
import { anon, testApp } from '../../test/harness.js';

const t = testApp();

describe('GET /api/site', () => {
  it('returns the site texts from the settings table (联系我们, 续贷中心)', async () => {
    const res = await anon(t).get('/api/site').expect(200);
    expect(res.body).toEqual({
      platformName: '天水市智慧金融服务平台',
      cityName: '天水市',
      contactPhone: '0938-8222788',
      contactEmail: 'tsjrbhyhk@163.com',
      contactFax: '0938-8222788',
      renewalHotline: '0938-8222788',
      renewalAddress: '天水市秦州区春风路金家庄政务中心',
      firstLoanHotline: '0938-8221924',
    });
  });

  it('follows a change of the setting, without a release', async () => {
    const before = (await t.db('settings').where('key', 'contact_email').first('value')) as { value: string };
    await t.db('settings').where('key', 'contact_email').update({ value: 'service@example.cn' });
    try {
      expect((await anon(t).get('/api/site').expect(200)).body.contactEmail).toBe('service@example.cn');
    } finally {
      await t.db('settings').where('key', 'contact_email').update({ value: before.value });
    }
  });
});

describe('GET /api/home/stats', () => {
  it('reads the maintained aggregates: 金融产品 equals the listed products, no loans yet', async () => {
    const res = await anon(t).get('/api/home/stats').expect(200);
    const market = await anon(t).get('/api/products?pageSize=1').expect(200);
    expect(res.body.listedProducts).toBe(market.body.total);
    expect(res.body.registeredUsers).toBeGreaterThanOrEqual(2);
    const row = (await t.db('platform_stats').where('name', 'registered_users').first('value')) as {
      value: number;
    };
    expect(res.body.registeredUsers).toBe(Number(row.value));
    for (const key of ['creditCount', 'creditAmountYuan', 'financedCount', 'financedAmountYuan']) {
      expect(res.body[key], key).toEqual(expect.any(Number));
    }
  });
});
