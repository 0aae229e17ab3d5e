import { z } from 'zod';
import { oneOf, optionalText, text } from './fields.js';
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS } from './enums.js';
import { pageQuery } from './common.js';

export const articleSummary = z.object({
  id: z.number().int(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string().nullable(),
  source: z.string().nullable(),
  coverUrl: z.string().nullable(),
  tags: z.array(z.string()),
  publishedAt: z.string(),
});
export type ArticleSummary = z.infer<typeof articleSummary>;
export const articleDetail = articleSummary.extend({ body: z.string() });
export type ArticleDetail = z.infer<typeof articleDetail>;

/** 资讯动态: 政策指南 / 新闻动态 with keyword search. */
export const articleQuery = pageQuery.extend({
  kind: oneOf('资讯类型', ARTICLE_KINDS, ARTICLE_KIND_LABELS).optional(),
  keyword: optionalText('关键词', 50),
  tag: optionalText('标签', 20),
});
export type ArticleQuery = z.infer<typeof articleQuery>;

/** Office staff's article form. `body` is rich text (HTML); the API sanitizes it before storing. */
export const articleInput = z.object({
  kind: oneOf('资讯类型', ARTICLE_KINDS, ARTICLE_KIND_LABELS),
  title: text('标题', { min: 2, max: 200 }),
  summary: optionalText('摘要', 500),
  body: text('正文', { max: 200_000 }),
  source: optionalText('来源', 100),
  coverUrl: z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    z
      .string({ error: '封面图片地址必须是文字' })
      .trim()
      .max(500, { error: '封面图片地址不能超过500个字' })
      .regex(/^(https?:\/\/|\/)[^\s"'<>]+$/, { error: '封面图片地址应以 http(s):// 或 / 开头' })
      .optional(),
  ),
  /** ISO 8601 time; now when absent. A future time schedules the article. */
  publishedAt: z.iso.datetime({ offset: true, error: '发布时间格式不正确' }).optional(),
  tags: z
    .array(text('标签', { max: 20 }), { error: '标签格式不正确' })
    .max(10, { error: '标签最多10个' })
    .default([]),
});
export type ArticleInput = z.infer<typeof articleInput>;

export const articleUpdate = articleInput.extend({
  version: z.number({ error: '版本号必须是数字' }).int({ error: '版本号必须是整数' }).min(1).optional(),
});
export type ArticleUpdate = z.infer<typeof articleUpdate>;

export const adminArticleRow = articleSummary.extend({ updatedAt: z.string(), version: z.number().int() });
export type AdminArticleRow = z.infer<typeof adminArticleRow>;
export const adminArticle = articleDetail.extend({ updatedAt: z.string(), version: z.number().int() });
export type AdminArticle = z.infer<typeof adminArticle>;
