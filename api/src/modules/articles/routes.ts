import { z } from 'zod';
import {
  adminArticle,
  adminArticleRow,
  ARTICLE_KIND_LABELS,
  ARTICLE_KINDS,
  articleDetail,
  articleInput,
  articleQuery,
  articleSummary,
  articleUpdate,
  id,
  idParam,
  oneOf,
  optionalText,
  paged,
} from '@jrpt/contracts';
import { notFound } from '../../http/errors.js';
import { defineRoute, PUBLIC, staff } from '../../http/route.js';
import {
  listWindow,
  oneOrMany,
  setTotalCount,
  simpleRestQuery,
  TOTAL_COUNT_HEADER,
} from '../../http/simple-rest.js';
import { findArticleRow, listArticles, toAdminArticle, toArticleRows } from './repository.js';
import { createArticle, loadArticle, updateArticle } from './use-cases.js';

const adminArticleQuery = simpleRestQuery.extend({
  id: oneOrMany(id('编号')),
  kind: oneOrMany(oneOf('资讯类型', ARTICLE_KINDS, ARTICLE_KIND_LABELS)),
  title_like: optionalText('标题', 50),
  tag: optionalText('标签', 20),
});

const SORTABLE = {
  id: 'a.id',
  title: 'a.title',
  kind: 'a.kind',
  publishedAt: 'a.published_at',
  updatedAt: 'a.updated_at',
};

const publicOnly = <T extends { version: number; updatedAt: string }>({
  version: _v,
  updatedAt: _u,
  ...rest
}: T) => rest;

export const articleRoutes = [
  defineRoute({
    method: 'get',
    path: '/articles',
    summary: '资讯动态：政策指南、新闻动态（关键词、标签）',
    tags: ['资讯动态'],
    access: PUBLIC,
    query: articleQuery,
    response: paged(articleSummary),
    handler: async ({ deps, query }) => {
      const { rows, total } = await listArticles(
        deps.db,
        {
          kinds: query.kind ? [query.kind] : undefined,
          keyword: query.keyword,
          tag: query.tag,
          publishedBy: deps.now(),
        },
        {
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          orderBy: [
            { column: 'a.published_at', order: 'desc' },
            { column: 'a.id', order: 'desc' },
          ],
        },
      );
      const items = (await toArticleRows(deps.db, rows)).map(publicOnly);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/articles/:id',
    summary: '资讯详情',
    tags: ['资讯动态'],
    access: PUBLIC,
    params: idParam,
    response: articleDetail,
    handler: async ({ deps, params }) => {
      const row = await findArticleRow(deps.db, params.id);
      if (!row) throw notFound('资讯');
      const article = await toAdminArticle(deps.db, row);
      if (new Date(article.publishedAt) > deps.now()) throw notFound('资讯');
      return publicOnly(article);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/articles',
    summary: '资讯列表（管理后台）',
    tags: ['管理后台'],
    access: staff('office', 'government'),
    query: adminArticleQuery,
    response: z.array(adminArticleRow),
    headers: TOTAL_COUNT_HEADER,
    handler: async ({ deps, query, res }) => {
      const window = listWindow(query, SORTABLE, { column: 'a.published_at', order: 'desc' }, 'a.id');
      const { rows, total } = await listArticles(
        deps.db,
        { ids: query.id, kinds: query.kind, title: query.title_like, tag: query.tag },
        window,
      );
      setTotalCount(res, total);
      return toArticleRows(deps.db, rows);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/articles/:id',
    summary: '资讯详情（管理后台）',
    tags: ['管理后台'],
    access: staff('office', 'government'),
    params: idParam,
    response: adminArticle,
    handler: async ({ deps, params }) => loadArticle(deps.db, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/articles',
    summary: '发布资讯（金融办；正文富文本经过净化）',
    tags: ['管理后台'],
    access: staff('office'),
    body: articleInput,
    response: adminArticle,
    status: 201,
    handler: async ({ deps, body, principal, req }) => createArticle(deps, principal, body, req),
  }),
  defineRoute({
    method: 'patch',
    path: '/admin/articles/:id',
    summary: '修改资讯（金融办；version 不一致时 409）',
    tags: ['管理后台'],
    access: staff('office'),
    params: idParam,
    body: articleUpdate,
    response: adminArticle,
    handler: async ({ deps, params, body, principal, req }) =>
      updateArticle(deps, principal, params.id, body, req),
  }),
];
