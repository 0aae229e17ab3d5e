import { fund, fundQuery, idParam, paged } from '@jrpt/contracts';
import { notFound } from '../../http/errors.js';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { findFund, listFunds } from './repository.js';

export const fundRoutes = [
  defineRoute({
    method: 'get',
    path: '/funds',
    summary: '股权融资：投资机构（基金）列表',
    tags: ['股权融资'],
    access: PUBLIC,
    query: fundQuery,
    response: paged(fund),
    handler: async ({ deps, query }) => {
      const { items, total } = await listFunds(deps.db, query.keyword, query.page, query.pageSize);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/funds/:id',
    summary: '基金详情',
    tags: ['股权融资'],
    access: PUBLIC,
    params: idParam,
    response: fund,
    handler: async ({ deps, params }) => {
      const found = await findFund(deps.db, params.id);
      if (!found) throw notFound('基金');
      return found;
    },
  }),
];
