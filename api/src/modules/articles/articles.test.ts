/** 资讯动态: public 政策指南 / 新闻动态, and the office's article resource (sanitized rich text). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle, ArticleInput, ArticleSummary } from '@jrpt/contracts';
import { anon, DEMO_PASSWORD, loginStaff, testApp, type Agent } from '../../test/harness.js';
import { sanitizeRichText } from './sanitize.js';

const t = testApp();
let office: Agent;
let bank: Agent;
let gov: Agent;

const form = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  kind: 'news',
  title: '测试新闻标题',
  summary: '测试摘要',
  body: '<p>测试正文</p>',
  source: '测试来源',
  tags: ['测试'],
  ...over,
});

async function list(query: Record<string, string | number> = {}) {
  const qs = new URLSearchParams(
    Object.entries({ pageSize: 100, ...query }).map(([k, v]) => [k, String(v)] as [string, string]),
  );
  const res = await anon(t).get(`/api/articles?${qs}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: ArticleSummary[]; total: number };
}

beforeAll(async () => {
  [office, bank, gov] = await Promise.all([
    loginStaff('office', DEMO_PASSWORD, t),
    loginStaff('gsbank', DEMO_PASSWORD, t),
    loginStaff('gov', DEMO_PASSWORD, t),
  ]);
});

describe('GET /api/articles', () => {
  it('lists 政策指南 and 新闻动态 separately, newest first', async () => {
    const policies = await list({ kind: 'policy' });
    const news = await list({ kind: 'news' });
    expect(policies.total).toBeGreaterThanOrEqual(10);
    expect(news.total).toBeGreaterThanOrEqual(12);
    expect(policies.items.every((a) => a.kind === 'policy')).toBe(true);
    expect(news.items.every((a) => a.kind === 'news')).toBe(true);
    const times = news.items.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(news.items.map((a) => a.title)).toEqual(
      expect.arrayContaining(['这8句话，真提气！', '金融委办公室发布11条金融改革措施']),
    );
    expect(policies.items.map((a) => a.title)).toContain('十七部门关于健全支持中小企业发展政策体系的意见');
    expect((await list()).total).toBe(policies.total + news.total);
  });

  it('searches by keyword in the title or summary', async () => {
    const res = await list({ keyword: '续贷' });
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((a) => a.title.includes('续贷') || (a.summary ?? '').includes('续贷'))).toBe(true);
    expect((await list({ keyword: '金融改革' })).items.map((a) => a.title)).toContain(
      '金融委办公室发布11条金融改革措施',
    );
    expect((await list({ keyword: '%' })).total).toBe(0);
  });

  it('filters by tag (续贷政策 and 首贷 policies)', async () => {
    const renewal = await list({ kind: 'policy', tag: '续贷' });
    expect(renewal.items.map((a) => a.title)).toContain('十七部门关于健全支持中小企业发展政策体系的意见');
    expect(renewal.items.every((a) => a.tags.includes('续贷'))).toBe(true);
    const firstLoan = await list({ kind: 'policy', tag: '首贷' });
    expect(firstLoan.total).toBeGreaterThan(0);
    expect(firstLoan.items.every((a) => a.tags.includes('首贷'))).toBe(true);
  });

  it('paginates', async () => {
    const all = await list();
    const page = await list({ page: 2, pageSize: 3 });
    expect(page.total).toBe(all.total);
    expect(page.items.map((a) => a.id)).toEqual(all.items.slice(3, 6).map((a) => a.id));
  });

  it('rejects a bad kind or page with a 400 naming the field', async () => {
    for (const [qs, field] of [
      ['kind=blog', 'kind'],
      ['page=abc', 'page'],
      [`keyword=${'字'.repeat(51)}`, 'keyword'],
    ]) {
      const res = await anon(t).get(`/api/articles?${encodeURI(qs)}`);
      expect(res.status, qs).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });
});

describe('GET /api/articles/:id', () => {
  it('shows the title, source, date and body', async () => {
    const item = (await list({ keyword: '这8句话' })).items[0];
    const res = await anon(t).get(`/api/articles/${item.id}`).expect(200);
    expect(res.body).toMatchObject({
      title: '这8句话，真提气！',
      source: '中国政府网',
      publishedAt: '2020-05-29T01:00:00.000Z',
    });
    expect(res.body.body).toContain('中国经济保持稳定、稳住基本盘，本身就是对世界的贡献。');
  });
  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    const res = await anon(t).get('/api/articles/555555');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('资讯不存在');
    expect((await anon(t).get('/api/articles/1.5')).status).toBe(400);
  });
});

describe('/api/admin/articles', () => {
  it('lists for the office and the government with X-Total-Count; institution staff are refused', async () => {
    const count = Number(
      ((await t.db('articles').count<{ n: number }[]>({ n: '*' }).first()) as { n: number }).n,
    );
    for (const agent of [office, gov]) {
      const res = await agent.get('/api/admin/articles?_start=0&_end=5').expect(200);
      expect(res.headers['x-total-count']).toBe(String(count));
      expect(res.body).toHaveLength(5);
    }
    expect((await bank.get('/api/admin/articles')).status).toBe(403);
    expect((await anon(t).get('/api/admin/articles')).status).toBe(401);
  });

  it('filters by kind, title and tag, and sorts', async () => {
    const res = await office
      .get(`/api/admin/articles?kind=policy&title_like=${encodeURIComponent('意见')}&_end=100`)
      .expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((a: ArticleSummary) => a.kind === 'policy' && a.title.includes('意见'))).toBe(true);
    const tagged = await office
      .get(`/api/admin/articles?tag=${encodeURIComponent('首贷')}&_end=100`)
      .expect(200);
    expect(tagged.body.every((a: ArticleSummary) => a.tags.includes('首贷'))).toBe(true);
    const byTitle = await office.get('/api/admin/articles?_sort=publishedAt&_order=asc&_end=100').expect(200);
    const times = byTitle.body.map((a: ArticleSummary) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((a: number, b: number) => a - b));
    expect((await office.get('/api/admin/articles?_sort=body')).status).toBe(400);
    expect((await office.get('/api/admin/articles?kind=blog')).status).toBe(400);
  });

  it('lets the office publish an article with sanitized rich text, audited', async () => {
    const res = await office.post('/api/admin/articles').send(
      form({
        title: '净化测试',
        body: '<p onclick="steal()">正文<script>alert(1)</script><a href="javascript:alert(1)">链接</a><img src="x" onerror="y"><strong>加粗</strong></p>',
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const article = res.body as AdminArticle;
    expect(article.body).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(article.body).toContain('<strong>加粗</strong>');
    expect(article.version).toBe(1);
    const shown = await anon(t).get(`/api/articles/${article.id}`).expect(200);
    expect(shown.body.body).toBe(article.body);
    const log = await t
      .db('audit_logs')
      .where({ entity_type: 'articles', entity_id: String(article.id) })
      .first('action');
    expect(log?.action).toBe('article.create');
  });

  it('keeps a scheduled article off the portal until its time', async () => {
    const future = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    const created = (
      await office
        .post('/api/admin/articles')
        .send(form({ title: '定时发布测试', publishedAt: future }))
        .expect(201)
    ).body as AdminArticle;
    expect((await anon(t).get(`/api/articles/${created.id}`)).status).toBe(404);
    expect((await list({ keyword: '定时发布测试' })).total).toBe(0);
    await office.get(`/api/admin/articles/${created.id}`).expect(200);
  });

  it('rejects a body that is empty once sanitized, and other bad fields, with a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ body: '<script>alert(1)</script>' }, 'body'],
      [{ body: '' }, 'body'],
      [{ title: '' }, 'title'],
      [{ kind: 'blog' }, 'kind'],
      [{ publishedAt: 'yesterday' }, 'publishedAt'],
      [{ coverUrl: 'javascript:alert(1)' }, 'coverUrl'],
      [{ tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) }, 'tags'],
    ];
    for (const [over, field] of cases) {
      const res = await office.post('/api/admin/articles').send({ ...form(), ...over });
      expect(res.status, JSON.stringify(over).slice(0, 50)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
  });

  it('is 403 for the government and institution staff writing', async () => {
    expect((await gov.post('/api/admin/articles').send(form())).status).toBe(403);
    expect((await bank.post('/api/admin/articles').send(form())).status).toBe(403);
    expect((await gov.patch('/api/admin/articles/1').send(form())).status).toBe(403);
  });

  it('lets the office edit, keeping the publication time unless given; a stale version is a 409', async () => {
    const created = (
      await office
        .post('/api/admin/articles')
        .send(form({ title: '待修改' }))
        .expect(201)
    ).body as AdminArticle;
    const res = await office
      .patch(`/api/admin/articles/${created.id}`)
      .send({ ...form({ title: '已修改', kind: 'policy', tags: ['续贷'] }), version: 1 })
      .expect(200);
    expect(res.body).toMatchObject({
      title: '已修改',
      kind: 'policy',
      tags: ['续贷'],
      version: 2,
      publishedAt: created.publishedAt,
    });
    const stale = await office.patch(`/api/admin/articles/${created.id}`).send({ ...form(), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await office.patch('/api/admin/articles/999999').send(form())).status).toBe(404);
    expect((await office.get('/api/admin/articles/999999')).status).toBe(404);
  });
});

describe('sanitizeRichText', () => {
  it('keeps ordinary formatting and drops anything active', () => {
    expect(sanitizeRichText('<h2>标题</h2><p>段落<br>换行</p><ul><li>一</li></ul>')).toBe(
      '<h2>标题</h2><p>段落<br />换行</p><ul><li>一</li></ul>',
    );
    expect(sanitizeRichText('<a href="https://example.com" onclick="x()">链接</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer">链接</a>',
    );
    expect(sanitizeRichText('<iframe src="https://evil"></iframe><style>p{}</style>文字')).toBe('文字');
    expect(sanitizeRichText('<p><img src="data:image/png;base64,AAAA">图</p>')).toBe('<p>图</p>');
    expect(sanitizeRichText('<img src="https://example.com/a.png" alt="图">')).toBe(
      '<img src="https://example.com/a.png" alt="图" />',
    );
  });
});
