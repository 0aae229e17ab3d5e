import { z } from 'zod';
import {
  adminProduct,
  adminProductRow,
  id,
  idParam,
  marketQuery,
  oneOf,
  optionalText,
  paged,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  PRODUCT_STATUS_LABELS,
  PRODUCT_STATUSES,
  productDetail,
  productInput,
  productSummary,
  productTransitionRequest,
  productUpdate,
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
import { institutionScope, staffRoleOf } from '../../http/staff-scope.js';
import {
  findProductRow,
  listAdminProducts,
  productChildren,
  searchListedProducts,
  summariesOf,
  tagsInUse,
  toDetail,
} from './repository.js';
import { createProduct, getAdminProduct, toAdminRow, transitionProduct, updateProduct } from './use-cases.js';

const adminProductQuery = simpleRestQuery.extend({
  id: oneOrMany(id('编号')),
  status: oneOrMany(oneOf('状态', PRODUCT_STATUSES, PRODUCT_STATUS_LABELS)),
  institutionId: oneOrMany(id('所属机构')),
  category: oneOrMany(oneOf('类型', PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS)),
  firstLoan: z
    .enum(['true', 'false'], { error: '首贷标记不正确' })
    .transform((v) => v === 'true')
    .optional(),
  name_like: optionalText('产品名称', 50),
});

const SORTABLE = {
  id: 'p.id',
  name: 'p.name',
  status: 'p.status',
  minRateBp: 'p.min_rate_bp',
  maxAmountYuan: 'p.max_amount_yuan',
  maxTermMonths: 'p.max_term_months',
  listedAt: 'p.listed_at',
  updatedAt: 'p.updated_at',
};

export const productRoutes = [
  defineRoute({
    method: 'get',
    path: '/products',
    summary: '金融超市：已上架产品（筛选、排序、分页）',
    tags: ['金融超市'],
    access: PUBLIC,
    query: marketQuery,
    response: paged(productSummary),
    handler: async ({ deps, query }) => {
      const { rows, total } = await searchListedProducts(deps.db, query);
      return { items: await summariesOf(deps.db, rows), total, page: query.page, pageSize: query.pageSize };
    },
  }),
  // Declared before /products/:id so that "tags" is not taken for an id.
  defineRoute({
    method: 'get',
    path: '/products/tags',
    summary: '已上架产品使用的标签（标签筛选项）',
    tags: ['金融超市'],
    access: PUBLIC,
    response: z.array(z.string()),
    handler: async ({ deps }) => tagsInUse(deps.db),
  }),
  defineRoute({
    method: 'get',
    path: '/products/:id',
    summary: '产品详情（仅已上架产品）',
    tags: ['金融超市'],
    access: PUBLIC,
    params: idParam,
    response: productDetail,
    handler: async ({ deps, params }) => {
      const row = await findProductRow(deps.db, params.id);
      if (!row || row.status !== 'listed') throw notFound('产品');
      return toDetail(deps.db, row);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/products',
    summary: '金融产品列表（管理后台；金融机构人员只看到本机构产品）',
    tags: ['管理后台'],
    access: STAFF,
    query: adminProductQuery,
    response: z.array(adminProductRow),
    headers: TOTAL_COUNT_HEADER,
    handler: async ({ deps, query, principal, res }) => {
      const window = listWindow(query, SORTABLE, { column: 'p.id', order: 'desc' }, 'p.id');
      const { rows, total } = await listAdminProducts(
        deps.db,
        {
          onlyInstitutionId: institutionScope(principal),
          ids: query.id,
          statuses: query.status,
          institutionIds: query.institutionId,
          categories: query.category,
          firstLoan: query.firstLoan,
          name: query.name_like,
        },
        window,
      );
      const children = await productChildren(
        deps.db,
        rows.map((r) => Number(r.id)),
      );
      setTotalCount(res, total);
      const role = staffRoleOf(principal);
      return rows.map((r) => toAdminRow(r, children, role));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/products/:id',
    summary: '金融产品详情（管理后台）',
    tags: ['管理后台'],
    access: STAFF,
    params: idParam,
    response: adminProduct,
    handler: async ({ deps, params, principal }) => getAdminProduct(deps, principal, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/products',
    summary: '新增金融产品（草稿；金融机构人员只能为本机构新增）',
    tags: ['管理后台'],
    access: staff('office', 'institution'),
    body: productInput,
    response: adminProduct,
    status: 201,
    handler: async ({ deps, body, principal, req }) => createProduct(deps, principal, body, req),
  }),
  defineRoute({
    method: 'patch',
    path: '/admin/products/:id',
    summary: '修改金融产品（整表提交；version 不一致时 409）',
    tags: ['管理后台'],
    access: staff('office', 'institution'),
    params: idParam,
    body: productUpdate,
    response: adminProduct,
    handler: async ({ deps, params, body, principal, req }) =>
      updateProduct(deps, principal, params.id, body, req),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/products/:id/transitions',
    summary: '产品状态流转：提交审核、审核通过、退回修改、上架、下架（非法流转 409）',
    tags: ['管理后台'],
    access: staff('office', 'institution'),
    params: idParam,
    body: productTransitionRequest,
    response: adminProduct,
    handler: async ({ deps, params, body, principal, req }) =>
      transitionProduct(deps, principal, params.id, body, req),
  }),
];
