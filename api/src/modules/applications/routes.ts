/**
 * The endpoints every application kind has: the borrower's list, detail and 撤销; the staff inbox
 * (simple-rest), detail and transitions. Each kind adds its own create endpoint.
 */
import { z } from 'zod';
import {
  adminApplicationRow,
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  applicationListQuery,
  applicationRecord,
  applicationTransitionRequest,
  id,
  idParam,
  LOAN_CHANNEL_LABELS,
  LOAN_CHANNELS,
  oneOf,
  paged,
  withdrawRequest,
} from '@jrpt/contracts';
import { BORROWER, defineRoute, STAFF, staff, type AnyRoute } from '../../http/route.js';
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
import type { ApplicationKindDef } from './kinds.js';
import { INBOX_COUNT_CAP, listInbox, listOwn } from './repository.js';
import {
  ownDetail,
  staffDetail,
  transitionAsStaff,
  withdrawApplication,
  type DetailBuilder,
} from './use-cases.js';
import { toAdminRow, toRecord, viewerOf } from './views.js';

const inboxQuery = simpleRestQuery
  .extend({
    id: oneOrMany(id('编号')),
    status: oneOrMany(oneOf('申请状态', APPLICATION_STATUSES, APPLICATION_STATUS_LABELS)),
    institutionId: oneOrMany(id('金融机构')),
    overdue: z
      .enum(['true', 'false'], { error: '超时筛选不正确' })
      .transform((v) => v === 'true')
      .optional(),
    channel: oneOf('申请渠道', LOAN_CHANNELS, LOAN_CHANNEL_LABELS).optional(),
  })
  .extend(createdRangeQuery.shape);

/** Only indexed orders: newest first by default. */
const SORTABLE = { id: 'a.id', createdAt: 'a.created_at', updatedAt: 'a.updated_at' };

export function applicationRoutes<D>(
  def: ApplicationKindDef,
  detail: { schema: z.ZodType; build: DetailBuilder<D> },
): AnyRoute[] {
  const tag = def.label;
  const adminPath = `/admin${def.path}`;
  return [
    defineRoute({
      method: 'get',
      path: def.path,
      summary: `我的${def.label}（申请记录，分页，最新在前）`,
      tags: [tag],
      access: BORROWER,
      query: applicationListQuery,
      response: paged(applicationRecord),
      handler: async ({ deps, query, principal }) => {
        const { rows, total } = await listOwn(deps.db, def, principal.accountId, query);
        return {
          items: rows.map((r) => toRecord(def, r)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${def.path}/:id`,
      summary: `我的${def.label}详情：状态时间线、授权记录${def.kind === 'loan' ? '；未通过时推荐其他合适产品' : ''}`,
      tags: [tag],
      access: BORROWER,
      params: idParam,
      response: detail.schema,
      handler: async ({ deps, params, principal }) =>
        ownDetail(deps, def, detail.build, principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: `${def.path}/:id/withdraw`,
      summary: `撤销${def.label}（仅未受理时）`,
      tags: [tag],
      access: BORROWER,
      params: idParam,
      body: withdrawRequest,
      response: detail.schema,
      handler: async ({ deps, params, body, principal, req }) =>
        withdrawApplication(deps, def, detail.build, principal, params.id, body, req),
    }),
    defineRoute({
      method: 'get',
      path: adminPath,
      summary: `${def.label}（管理后台；金融机构人员只看到发给本机构的）`,
      tags: ['管理后台'],
      access: STAFF,
      query: inboxQuery,
      response: z.array(adminApplicationRow),
      headers: {
        ...TOTAL_COUNT_HEADER,
        'X-Total-Count-Capped': `为 true 时总数超过 ${INBOX_COUNT_CAP}，X-Total-Count 只计到 ${INBOX_COUNT_CAP}`,
      },
      handler: async ({ deps, query, principal, res }) => {
        const window = listWindow(query, SORTABLE, { column: 'a.created_at', order: 'desc' }, 'a.id');
        const { rows, total, capped } = await listInbox(
          deps.db,
          def,
          {
            onlyInstitutionId: institutionScope(principal),
            ids: query.id,
            statuses: query.status,
            institutionIds: query.institutionId,
            overdue: query.overdue,
            channel: def.kind === 'loan' ? query.channel : undefined,
            ...createdRange(query),
          },
          window,
        );
        setTotalCount(res, total);
        if (capped) {
          res.setHeader('X-Total-Count-Capped', 'true');
          res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count, X-Total-Count-Capped');
        }
        const { actor } = viewerOf(principal);
        return rows.map((r) => toAdminRow(def, r, actor));
      },
    }),
    defineRoute({
      method: 'get',
      path: `${adminPath}/:id`,
      summary: `${def.label}详情（管理后台）`,
      tags: ['管理后台'],
      access: STAFF,
      params: idParam,
      response: detail.schema,
      handler: async ({ deps, params, principal }) =>
        staffDetail(deps, def, detail.build, principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: `${adminPath}/:id/transitions`,
      summary: `${def.label}状态流转：受理、授信（金额）、放款（金额）、不予通过（原因、说明）；非法流转 409`,
      tags: ['管理后台'],
      access: staff('institution'),
      params: idParam,
      body: applicationTransitionRequest,
      response: detail.schema,
      handler: async ({ deps, params, body, principal, req }) =>
        transitionAsStaff(deps, def, detail.build, principal, params.id, body, req),
    }),
  ];
}
