import { z } from 'zod';
import { oneOf, optionalText } from './fields.js';
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
