import { describe, expect, it } from 'vitest';
import {
  anon,
  loginBorrower,
  loginStaff,
  registerBorrower,
  testApp,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
} from '../../test/harness.js';
import { writeAudit } from './audit.js';

const t = testApp();

describe('writeAudit', () => {
  it('stores who, what, before/after as JSON with secrets hidden', async () => {
    await writeAudit(t.db, {
      principal: { accountId: 1, role: 'office' },
      action: 'test.redact',
      entityType: 'tests',
      entityId: 7,
      before: { name: '旧', password: 'Secret123' },
      after: { name: '新', nested: { passwordHash: 'scrypt$...', csrfToken: 'x' } },
    });
    const row = await t.db('audit_logs').where({ action: 'test.redact' }).orderBy('id', 'desc').first();
    expect(row).toMatchObject({
      actor_account_id: 1,
      actor_role: 'office',
      entity_type: 'tests',
      entity_id: '7',
    });
    expect(JSON.parse(row.before_text)).toEqual({ name: '旧', password: '[已隐藏]' });
    expect(JSON.parse(row.after_text)).toEqual({
      name: '新',
      nested: { passwordHash: '[已隐藏]', csrfToken: '[已隐藏]' },
    });
  });
});

describe('GET /api/admin/audit-logs', () => {
  it('lists entries for the office, newest first, with X-Total-Count and the actor’s name', async () => {
    const { accountId } = await registerBorrower();
    const office = await loginStaff('office', DEMO_PASSWORD);
    const res = await office.get('/api/admin/audit-logs?_start=0&_end=5').expect(200);
    expect(Number(res.headers['x-total-count'])).toBeGreaterThanOrEqual(2);
    expect(res.body.length).toBeLessThanOrEqual(5);
    const ids = res.body.map((r: { id: number }) => r.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    const filtered = await office
      .get(`/api/admin/audit-logs?entityType=accounts&action=account.register&actorAccountId=${accountId}`)
      .expect(200);
    expect(filtered.headers['x-total-count']).toBe('1');
    expect(filtered.body[0]).toMatchObject({
      action: 'account.register',
      entityType: 'accounts',
      entityId: String(accountId),
      actorAccountId: accountId,
      actorRole: 'personal',
      actorName: '测试用户',
      ip: expect.stringMatching(/^10\./),
    });
    expect(filtered.body[0].requestId).toBeTruthy();

    const one = await office.get(`/api/admin/audit-logs/${filtered.body[0].id}`).expect(200);
    expect(one.body).toEqual(filtered.body[0]);
  });

  it('sorts by createdAt ascending on request and pages', async () => {
    const office = await loginStaff('office', DEMO_PASSWORD);
    const page1 = await office
      .get('/api/admin/audit-logs?_sort=createdAt&_order=asc&_start=0&_end=2')
      .expect(200);
    const page2 = await office
      .get('/api/admin/audit-logs?_sort=createdAt&_order=asc&_start=2&_end=4')
      .expect(200);
    expect(page1.body).toHaveLength(2);
    expect(page1.body[1].createdAt <= page2.body[0].createdAt).toBe(true);
    expect(page2.body.map((r: { id: number }) => r.id)).not.toContain(page1.body[0].id);
  });

  it('refuses an unknown sort field, bad windows and bad filters with 400 naming them', async () => {
    const office = await loginStaff('office', DEMO_PASSWORD);
    const sort = await office.get('/api/admin/audit-logs?_sort=password_hash').expect(400);
    expect(sort.body.error.fields._sort).toContain('不支持按');
    const window = await office.get('/api/admin/audit-logs?_start=10&_end=2').expect(400);
    expect(window.body.error.fields._end).toBeTruthy();
    const actor = await office.get('/api/admin/audit-logs?actorAccountId=abc').expect(400);
    expect(actor.body.error.fields.actorAccountId).toBeTruthy();
    await office.get('/api/admin/audit-logs/abc').expect(400);
    await office.get('/api/admin/audit-logs/999999999').expect(404);
  });

  it('is for the office only', async () => {
    await (await loginStaff('gsbank', DEMO_PASSWORD)).get('/api/admin/audit-logs').expect(403);
    await (await loginStaff('gov', DEMO_PASSWORD)).get('/api/admin/audit-logs').expect(403);
    await (
      await loginBorrower(DEMO_ACCOUNTS.personal.phone, DEMO_PASSWORD)
    )
      .get('/api/admin/audit-logs')
      .expect(401);
    await anon().get('/api/admin/audit-logs').expect(401);
  });
});
