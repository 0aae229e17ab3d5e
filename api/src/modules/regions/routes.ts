import { z } from 'zod';
import { idParam, industry, region } from '@jrpt/contracts';
import { defineRoute, PUBLIC, STAFF } from '../../http/route.js';
import { notFound } from '../../http/errors.js';
import { listWindow, simpleRestQuery, setTotalCount, TOTAL_COUNT_HEADER } from '../../http/simple-rest.js';
import { listIndustries, listRegions, listRegionsWindow } from './repository.js';

const SORTABLE = { id: 'id', code: 'code', name: 'name', sort: 'sort' };

export const regionRoutes = [
  defineRoute({
    method: 'get',
    path: '/regions',
    summary: '所属区域（天水市各区县）',
    tags: ['基础数据'],
    access: PUBLIC,
    response: z.array(region),
    handler: async ({ deps }) => listRegions(deps.db),
  }),
  defineRoute({
    method: 'get',
    path: '/industries',
    summary: '所属行业',
    tags: ['基础数据'],
    access: PUBLIC,
    response: z.array(industry),
    handler: async ({ deps }) => listIndustries(deps.db),
  }),
  defineRoute({
    method: 'get',
    path: '/admin/regions',
    summary: '所属区域（管理后台，只读）',
    tags: ['管理后台'],
    access: STAFF,
    query: simpleRestQuery,
    response: z.array(region),
    headers: TOTAL_COUNT_HEADER,
    handler: async ({ deps, res, query }) => {
      const { items, total } = await listRegionsWindow(
        deps.db,
        listWindow(query, SORTABLE, { column: 'sort', order: 'asc' }, 'id'),
      );
      setTotalCount(res, total);
      return items;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/regions/:id',
    summary: '所属区域详情（管理后台）',
    tags: ['管理后台'],
    access: STAFF,
    params: idParam,
    response: region,
    handler: async ({ deps, params }) => {
      const found = (await listRegions(deps.db)).find((r) => r.id === params.id);
      if (!found) throw notFound('区域');
      return found;
    },
  }),
];
