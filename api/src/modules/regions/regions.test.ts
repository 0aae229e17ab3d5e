/** 所属区域 / 所属行业: public lists and the read-only admin resource. */
import { describe, expect, it } from 'vitest';
import { anon, DEMO_PASSWORD, loginStaff, testApp } from '../../test/harness.js';

const t = testApp();
const TIANSHUI = ['秦州区', '麦积区', '甘谷县', '武山县', '秦安县', '清水县', '张家川回族自治县'];

describe('GET /api/regions and /api/industries', () => {
  it('lists Tianshui’s districts and counties in order', async () => {
    const res = await anon(t).get('/api/regions').expect(200);
    expect(res.body.map((r: { name: string }) => r.name)).toEqual(TIANSHUI);
    expect(res.body[0]).toEqual({ id: expect.any(Number), code: '620502', name: '秦州区' });
  });

  it('lists the industries', async () => {
    const res = await anon(t).get('/api/industries').expect(200);
    expect(res.body.length).toBeGreaterThanOrEqual(15);
    expect(res.body.map((r: { name: string }) => r.name)).toContain('制造业');
  });
});

describe('/api/admin/regions', () => {
  it('serves any staff member a simple-rest window with X-Total-Count', async () => {
    for (const user of ['office', 'gsbank', 'gov']) {
      const agent = await loginStaff(user, DEMO_PASSWORD, t);
      const res = await agent.get('/api/admin/regions?_start=0&_end=3').expect(200);
      expect(res.headers['x-total-count']).toBe('7');
      expect(res.body.map((r: { name: string }) => r.name)).toEqual(TIANSHUI.slice(0, 3));
    }
  });

  it('shows one region, 404 for an unknown one', async () => {
    const agent = await loginStaff('office', DEMO_PASSWORD, t);
    const [first] = (await anon(t).get('/api/regions').expect(200)).body;
    expect((await agent.get(`/api/admin/regions/${first.id}`).expect(200)).body).toEqual(first);
    expect((await agent.get('/api/admin/regions/99999')).status).toBe(404);
    expect((await agent.get('/api/admin/regions?_start=5&_end=2')).status).toBe(400);
  });

  it('is 401 for a visitor', async () => {
    expect((await anon(t).get('/api/admin/regions')).status).toBe(401);
  });
});
