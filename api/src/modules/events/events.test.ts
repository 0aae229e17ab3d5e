/** 金融活动: GET /api/events and /api/events/:id. */
import { describe, expect, it } from 'vitest';
import type { EventSummary } from '@jrpt/contracts';
import { anon, manualClock, testApp } from '../../test/harness.js';

const t = testApp();

async function list(qs = '', app = t) {
  const res = await anon(app).get(`/api/events?pageSize=100${qs}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: EventSummary[]; total: number };
}

describe('GET /api/events', () => {
  it('lists ongoing and ended events; the seed has both', async () => {
    const all = await list();
    const ongoing = await list('&status=ongoing');
    const ended = await list('&status=ended');
    expect(ongoing.total).toBeGreaterThan(0);
    expect(ended.total).toBeGreaterThan(0);
    expect(ongoing.total + ended.total).toBe(all.total);
    const now = Date.now();
    expect(ongoing.items.every((e) => e.status === 'ongoing' && Date.parse(e.endsAt) >= now)).toBe(true);
    expect(
      ended.items.every((e) => e.status === 'ended' && Date.parse(e.endsAt) < now && !e.signupOpen),
    ).toBe(true);
    // Ongoing: soonest first; ended: most recent first.
    const starts = ongoing.items.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const endedStarts = ended.items.map((e) => Date.parse(e.startsAt));
    expect(endedStarts).toEqual([...endedStarts].sort((a, b) => b - a));
  });

  it('tells whether sign-up is still open (an event under way has closed its sign-up)', async () => {
    const { items } = await list('&status=ongoing');
    expect(items.some((e) => e.signupOpen)).toBe(true);
    expect(items.some((e) => !e.signupOpen)).toBe(true);
    for (const e of items) expect(e.signupOpen).toBe(Date.parse(e.signupDeadline) >= Date.now());
    expect(items.some((e) => e.capacity === null)).toBe(true);
  });

  it('derives the status from the clock', async () => {
    const { items } = await list('&status=ongoing');
    const latest = Math.max(...items.map((e) => Date.parse(e.endsAt)));
    const later = testApp({ now: manualClock(new Date(latest + 1000)).now });
    expect((await list('&status=ongoing', later)).total).toBe(0);
  });

  it('searches by title or organizer', async () => {
    const res = await list(`&keyword=${encodeURIComponent('续贷')}`);
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((e) => e.title.includes('续贷') || e.organizer.includes('续贷'))).toBe(true);
  });

  it('rejects a bad status with a 400 naming it', async () => {
    const res = await anon(t).get('/api/events?status=soon');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['status']);
    expect(res.body.error.message).toContain('进行中');
  });
});

describe('GET /api/events/:id', () => {
  it('shows 报名截止时间, 活动地址, 活动开始时间, 限制人数, 主办方 and the body', async () => {
    const { items } = await list(`&keyword=${encodeURIComponent('首贷专项行动')}`);
    const res = await anon(t).get(`/api/events/${items[0].id}`).expect(200);
    expect(res.body).toMatchObject({
      title: '首贷专项行动政银企对接会（秦州区专场）',
      organizer: '天水市人民政府金融工作办公室',
      address: '天水市秦州区春风路金家庄政务中心三楼会议室',
      capacity: 100,
      status: 'ongoing',
      signupOpen: true,
    });
    expect(Date.parse(res.body.signupDeadline)).toBeLessThan(Date.parse(res.body.startsAt));
    expect(res.body.body).toContain('<p>');
  });

  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    const res = await anon(t).get('/api/events/313131');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('活动不存在');
    expect((await anon(t).get('/api/events/x')).status).toBe(400);
  });
});
