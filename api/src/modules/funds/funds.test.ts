/** 股权融资 · 投资机构: GET /api/funds and /api/funds/:id. */
import { describe, expect, it } from 'vitest';
import type { Fund } from '@jrpt/contracts';
import { anon, testApp } from '../../test/harness.js';

const t = testApp();

describe('GET /api/funds', () => {
  it('lists the funds, most recently established first', async () => {
    const res = await anon(t).get('/api/funds?pageSize=100').expect(200);
    const items = res.body.items as Fund[];
    expect(res.body.total).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const dates = items.map((f) => f.establishedOn!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.map((f) => f.name)).toContain('远洋医疗健康投资基金');
  });

  it('searches by fund name, investment field or institution', async () => {
    const byField = await anon(t)
      .get(`/api/funds?keyword=${encodeURIComponent('医疗')}`)
      .expect(200);
    expect(byField.body.items.map((f: Fund) => f.name)).toEqual(['远洋医疗健康投资基金']);
    const byInstitution = await anon(t)
      .get(`/api/funds?keyword=${encodeURIComponent('远旭')}`)
      .expect(200);
    expect(byInstitution.body.total).toBe(2);
    const none = await anon(t).get('/api/funds?keyword=%25').expect(200);
    expect(none.body.total).toBe(0);
  });

  it('paginates and validates', async () => {
    const page = await anon(t).get('/api/funds?page=2&pageSize=2').expect(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    const bad = await anon(t).get('/api/funds?pageSize=0');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['pageSize']);
  });
});

describe('GET /api/funds/:id (基金详情)', () => {
  it('shows 远洋医疗健康投资基金 as the manual (§2.6)', async () => {
    const list = await anon(t)
      .get(`/api/funds?keyword=${encodeURIComponent('远洋')}`)
      .expect(200);
    const res = await anon(t).get(`/api/funds/${list.body.items[0].id}`).expect(200);
    expect(res.body).toMatchObject({
      name: '远洋医疗健康投资基金',
      institutionName: '北京远旭股权投资基金管理有限公司',
      establishedOn: '2019-08-01',
      scaleYuan: 1_500_000_000,
      investmentFields: '医疗大健康',
    });
    expect(res.body.intro).toContain('总规模15亿元');
    const owner = await t.db('institutions').where('id', res.body.institutionId).first('type');
    expect(owner?.type).toBe('fund');
  });

  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    const res = await anon(t).get('/api/funds/424242');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('基金不存在');
    expect((await anon(t).get('/api/funds/abc')).status).toBe(400);
  });
});
