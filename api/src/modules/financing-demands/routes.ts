import { z } from 'zod';
import {
  adminDemandDetail,
  adminDemandRow,
  BORROWER_TYPE_LABELS,
  BORROWER_TYPES,
  DEMAND_CHANNEL_LABELS,
  DEMAND_CHANNELS,
  DEMAND_STATUS_LABELS,
  DEMAND_STATUSES,
  demandClaimRequest,
  demandDetail,
  demandDispatchRequest,
  demandListQuery,
  demandRecord,
  demandTransitionRequest,
  financingDemandInput,
  id,
  idParam,
  oneOf,
  paged,
  withdrawRequest,
} from '@jrpt/contracts';
import { BORROWER, defineRoute, STAFF, staff } from '../../http/route.js';
import {
  createdRange,
  createdRangeQuery,
  listWindow,
  oneOrMany,
  setTotalCount,
  simpleRestQuery,
  TOTAL_COUNT_HEADER,
} from '../../http/simple-rest.js';
import { institutionScope } from '../../http/staff-scope.js';
import { idempotencyKeyOf } from '../workflow/idempotency.js';
import { DESK_COUNT_CAP, listDesk, listOwnDemands, toRecord } from './repository.js';
import {
  claimDemand,
  deskRows,
  dispatchDemand,
  getDeskDemand,
  getOwnDemand,
  publishDemand,
  transitionDemand,
  withdrawDemand,
} from './use-cases.js';

const flag = (label: string) =>
  z
    .enum(['true', 'false'], { error: `${label}只能是 true 或 false` })
    .transform((v) => v === 'true')
    .optional();

const deskQuery = simpleRestQuery
  .extend({
    id: oneOrMany(id('编号')),
    status: oneOrMany(oneOf('状态', DEMAND_STATUSES, DEMAND_STATUS_LABELS)),
    channel: oneOrMany(oneOf('发布渠道', DEMAND_CHANNELS, DEMAND_CHANNEL_LABELS)),
    borrowerType: oneOrMany(oneOf('发布类型', BORROWER_TYPES, BORROWER_TYPE_LABELS)),
    regionId: oneOrMany(id('所属区域')),
    institutionId: oneOrMany(id('受理机构')),
    /** In the pool now (pending, nobody named, dispatched or holding it). */
    pooled: flag('需求池'),
    /** Still awaiting an institution after its response deadline. */
    overdue: flag('超时'),
  })
  .extend(createdRangeQuery.shape);

const SORTABLE = {
  id: 'd.id',
  createdAt: 'd.created_at',
  updatedAt: 'd.updated_at',
  amountYuan: 'd.amount_yuan',
  respondBy: 'd.respond_by',
  status: 'd.status',
};

export const financingDemandRoutes = [
  defineRoute({
    method: 'post',
    path: '/financing-demands',
    summary:
      '发布融资需求（§2.7；期望机构为空即“不限”，进入需求池；firstLoan 为首贷需求）。请求头 Idempotency-Key：同一标识重复提交返回第一次创建的需求',
    tags: ['融资需求'],
    access: BORROWER,
    body: financingDemandInput,
    response: demandDetail,
    status: 201,
    handler: async ({ deps, body, principal, req }) =>
      publishDemand(deps, principal, body, idempotencyKeyOf(req), req),
  }),
  defineRoute({
    method: 'get',
    path: '/financing-demands',
    summary: '需求记录：我发布的融资需求（分页，可按状态筛选）',
    tags: ['融资需求'],
    access: BORROWER,
    query: demandListQuery,
    response: paged(demandRecord),
    handler: async ({ deps, query, principal }) => {
      const { rows, total } = await listOwnDemands(deps.db, principal.accountId, query);
      return { items: rows.map(toRecord), total, page: query.page, pageSize: query.pageSize };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/financing-demands/:id',
    summary: '我的融资需求详情（含期望机构与处理进度）',
    tags: ['融资需求'],
    access: BORROWER,
    params: idParam,
    response: demandDetail,
    handler: async ({ deps, params, principal }) => getOwnDemand(deps, principal, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/financing-demands/:id/withdraw',
    summary: '撤销融资需求（仅待处理时）',
    tags: ['融资需求'],
    access: BORROWER,
    params: idParam,
    body: withdrawRequest,
    response: demandDetail,
    handler: async ({ deps, params, body, principal, req }) =>
      withdrawDemand(deps, principal, params.id, body, req),
  }),
  defineRoute({
    method: 'get',
    path: '/admin/financing-demands',
    summary:
      '融资需求（管理后台）：金融机构看到点名本机构的、需求池中的、派给或已由本机构受理的需求；金融办看到全部。手机号脱敏',
    tags: ['管理后台'],
    access: STAFF,
    query: deskQuery,
    response: z.array(adminDemandRow),
    headers: {
      ...TOTAL_COUNT_HEADER,
      'X-Total-Count-Capped': `为 true 时总数超过 ${DESK_COUNT_CAP}，X-Total-Count 只计到 ${DESK_COUNT_CAP}`,
    },
    handler: async ({ deps, query, principal, res }) => {
      const window = listWindow(query, SORTABLE, { column: 'd.created_at', order: 'desc' }, 'd.id');
      const now = deps.now();
      const { rows, total, capped } = await listDesk(
        deps.db,
        {
          institutionId: institutionScope(principal),
          ids: query.id,
          statuses: query.status,
          channels: query.channel,
          borrowerTypes: query.borrowerType,
          regionIds: query.regionId,
          assignedInstitutionIds: query.institutionId,
          pooled: query.pooled,
          overdue: query.overdue,
          ...createdRange(query),
        },
        window,
        now,
      );
      setTotalCount(res, total);
      if (capped) {
        res.setHeader('X-Total-Count-Capped', 'true');
        res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count, X-Total-Count-Capped');
      }
      return deskRows(deps.db, principal, rows, now);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/financing-demands/:id',
    summary: '融资需求详情（管理后台）',
    tags: ['管理后台'],
    access: STAFF,
    params: idParam,
    response: adminDemandDetail,
    handler: async ({ deps, params, principal }) => getDeskDemand(deps, principal, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/financing-demands/:id/claim',
    summary: '抢单：受理需求池中的需求（先到先得，已被其他机构受理时 409）',
    tags: ['管理后台'],
    access: staff('institution'),
    params: idParam,
    body: demandClaimRequest,
    response: adminDemandDetail,
    handler: async ({ deps, params, principal, req }) => claimDemand(deps, principal, params.id, req),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/financing-demands/:id/dispatch',
    summary: '派单：金融办将待处理的需求派给一家金融机构（机构须在响应时限内受理或退回）',
    tags: ['管理后台'],
    access: staff('office'),
    params: idParam,
    body: demandDispatchRequest,
    response: adminDemandDetail,
    handler: async ({ deps, params, body, principal, req }) =>
      dispatchDemand(deps, principal, params.id, body, req),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/financing-demands/:id/transitions',
    summary:
      '融资需求处理：受理、退回（原因）、关联产品、初审通过/未通过（原因）、授信（金额）、放款（金额）；非法流转 409',
    tags: ['管理后台'],
    access: staff('institution'),
    params: idParam,
    body: demandTransitionRequest,
    response: adminDemandDetail,
    handler: async ({ deps, params, body, principal, req }) =>
      transitionDemand(deps, principal, params.id, body, req),
  }),
];
