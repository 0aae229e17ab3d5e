import { z } from 'zod';
import {
  adminInstitution,
  id,
  idParam,
  institution,
  institutionInput,
  institutionQuery,
  institutionUpdate,
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPES,
  oneOf,
  optionalText,
  paged,
} from '@jrpt/contracts';
import { notFound } from '../../http/errors.js';
import { defineRoute, PUBLIC, STAFF, staff } from '../../http/route.js';
import {
  listWindow,
  oneOrMany,
  setTotalCount,
  simpleRestQuery,
  TOTAL_COUNT_HEADER,
} from '../../http/simple-rest.js';
import { institutionScope } from '../../http/staff-scope.js';
import { listInstitutions, toInstitutions, toPublicInstitution } from './repository.js';
import { createInstitution, loadInstitution, updateInstitution } from './use-cases.js';

const adminInstitutionQuery = simpleRestQuery.extend({
  id: oneOrMany(id('编号')),
  type: oneOrMany(oneOf('机构类型', INSTITUTION_TYPES, INSTITUTION_TYPE_LABELS)),
  regionId: id('服务区域').optional(),
  name_like: optionalText('机构名称', 50),
});

const SORTABLE = {
  id: 'i.id',
  name: 'i.name',
  type: 'i.type',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
};

export const institutionRoutes = [
  defineRoute({
    method: 'get',
    path: '/institutions',
    summary: '金融机构（按服务区域、机构类型筛选）',
    tags: ['金融机构'],
    access: PUBLIC,
    query: institutionQuery,
    response: paged(institution),
    handler: async ({ deps, query }) => {
      const { rows, total } = await listInstitutions(
        deps.db,
        { types: query.type ? [query.type] : undefined, regionId: query.regionId, name: query.name },
        {
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          orderBy: [{ column: 'i.id', order: 'asc' }],
        },
      );
      const items = (await toInstitutions(deps.db, rows)).map(toPublicInstitution);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/institutions/:id',
    summary: '金融机构详情',
    tags: ['金融机构'],
    access: PUBLIC,
    params: idParam,
    response: institution,
    handler: async ({ deps, params }) => toPublicInstitution(await loadInstitution(deps.db, params.id)),
  }),
  defineRoute({
    method: 'get',
    path: '/admin/institutions',
    summary: '金融机构列表（管理后台；金融机构人员只看到本机构）',
    tags: ['管理后台'],
    access: STAFF,
    query: adminInstitutionQuery,
    response: z.array(adminInstitution),
    headers: TOTAL_COUNT_HEADER,
    handler: async ({ deps, query, principal, res }) => {
      const window = listWindow(query, SORTABLE, { column: 'i.id', order: 'asc' }, 'i.id');
      const { rows, total } = await listInstitutions(
        deps.db,
        {
          onlyId: institutionScope(principal),
          ids: query.id,
          types: query.type,
          regionId: query.regionId,
          name: query.name_like,
        },
        window,
      );
      setTotalCount(res, total);
      return toInstitutions(deps.db, rows);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/institutions/:id',
    summary: '金融机构详情（管理后台）',
    tags: ['管理后台'],
    access: STAFF,
    params: idParam,
    response: adminInstitution,
    handler: async ({ deps, params, principal }) => {
      const only = institutionScope(principal);
      if (only !== null && only !== params.id) throw notFound('机构');
      return loadInstitution(deps.db, params.id);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/admin/institutions',
    summary: '新增金融机构（金融办）',
    tags: ['管理后台'],
    access: staff('office'),
    body: institutionInput,
    response: adminInstitution,
    status: 201,
    handler: async ({ deps, body, principal, req }) => createInstitution(deps, principal, body, req),
  }),
  defineRoute({
    method: 'patch',
    path: '/admin/institutions/:id',
    summary: '修改金融机构（金融办；version 不一致时 409）',
    tags: ['管理后台'],
    access: staff('office'),
    params: idParam,
    body: institutionUpdate,
    response: adminInstitution,
    handler: async ({ deps, params, body, principal, req }) =>
      updateInstitution(deps, principal, params.id, body, req),
  }),
];
