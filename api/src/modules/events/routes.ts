import { eventDetail, eventQuery, eventSummary, idParam, paged } from '@jrpt/contracts';
import { notFound } from '../../http/errors.js';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { findEvent, listEvents } from './repository.js';

export const eventRoutes = [
  defineRoute({
    method: 'get',
    path: '/events',
    summary: '金融活动（进行中 / 已结束）',
    tags: ['金融活动'],
    access: PUBLIC,
    query: eventQuery,
    response: paged(eventSummary),
    handler: async ({ deps, query }) => {
      const { items, total } = await listEvents(
        deps.db,
        { status: query.status, keyword: query.keyword, now: deps.now() },
        query.page,
        query.pageSize,
      );
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/events/:id',
    summary: '金融活动详情（报名截止时间、活动地址、开始时间、限制人数、主办方）',
    tags: ['金融活动'],
    access: PUBLIC,
    params: idParam,
    response: eventDetail,
    handler: async ({ deps, params }) => {
      const found = await findEvent(deps.db, params.id, deps.now());
      if (!found) throw notFound('活动');
      return found;
    },
  }),
];
