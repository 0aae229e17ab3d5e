/** 消息中心: a borrower's messages, paged with the unread count; read one, read all; never another's. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message, MessagePage } from '@jrpt/contracts';
import { anon, loginBorrower, registerBorrower, testApp, type Agent } from '../../test/harness.js';
import { notify } from '../workflow/notify.js';

const t = testApp();
let agent: Agent;
let accountId: number;
let otherMessageId: number;

beforeAll(async () => {
  const me = await registerBorrower({}, t);
  const other = await registerBorrower({}, t);
  accountId = me.accountId;
  agent = await loginBorrower(me.phone, me.password, t);
  const base = new Date('2026-11-01T00:00:00Z').getTime();
  for (let i = 0; i < 12; i++) {
    await notify(
      t.db,
      accountId,
      { title: `消息${i}`, body: `内容${i}`, link: '/personal' },
      new Date(base + i * 60_000),
    );
  }
  otherMessageId = await notify(t.db, other.accountId, { title: '别人的消息', body: '不可见' }, new Date());
});

describe('GET /api/messages', () => {
  it('pages newest first with the unread count', async () => {
    const res = await agent.get('/api/messages?page=1&pageSize=5').expect(200);
    const body = res.body as MessagePage;
    expect(body.total).toBe(12);
    expect(body.unreadCount).toBe(12);
    expect(body.items.map((m) => m.title)).toEqual(['消息11', '消息10', '消息9', '消息8', '消息7']);
    expect(body.items[0]).toMatchObject({ read: false, readAt: null, link: '/personal' });
    const last = await agent.get('/api/messages?page=3&pageSize=5').expect(200);
    expect(last.body.items).toHaveLength(2);
  });

  it('needs a borrower login and checks its query', async () => {
    await anon(t).get('/api/messages').expect(401);
    const bad = await agent.get('/api/messages?pageSize=1000').expect(400);
    expect(bad.body.error.fields).toHaveProperty('pageSize');
  });
});

describe('POST /api/messages/:id/read and /read-all', () => {
  it('marks one read, then all; another borrower’s message is 404', async () => {
    const list = await agent.get('/api/messages?pageSize=1').expect(200);
    const first = list.body.items[0] as Message;
    const read = await agent.post(`/api/messages/${first.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: first.id, read: true });
    const after = await agent.get('/api/messages').expect(200);
    expect(after.body.unreadCount).toBe(11);
    const unreadOnly = await agent.get('/api/messages?unread=true&pageSize=100').expect(200);
    expect(unreadOnly.body.total).toBe(11);

    await agent.post(`/api/messages/${otherMessageId}/read`).expect(404);
    const theirs = await t.db('messages').where('id', otherMessageId).first('read_at');
    expect(theirs.read_at).toBeNull();

    const all = await agent.post('/api/messages/read-all').expect(200);
    expect(all.body).toEqual({ ok: true, updated: 11 });
    expect((await agent.get('/api/messages').expect(200)).body.unreadCount).toBe(0);
  });

  it('requires the CSRF token', async () => {
    const me = await registerBorrower({}, t);
    const loggedIn = await loginBorrower(me.phone, me.password, t);
    await loggedIn.post('/api/messages/read-all').set('X-CSRF-Token', 'wrong').expect(403);
  });
});
