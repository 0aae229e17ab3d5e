/** 审计日志: office staff read who changed what, when, from where (simple-rest list + show). */
import { z } from 'zod';
import { id, optionalText, ROLES } from '@jrpt/contracts';
import { defineRoute, staff } from '../../http/route.js';
import { notFound } from '../../http/errors.js';
import { listWindow, setTotalCount, simpleRestQuery, TOTAL_COUNT_HEADER } from '../../http/simple-rest.js';
import { toIso } from '../../db/knex.js';

export const auditLog = z.object({
  id: z.number().int(),
  actorAccountId: z.number().int().nullable(),
  actorRole: z.enum(ROLES).nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditLog = z.infer<typeof auditLog>;

const auditLogQuery = simpleRestQuery.extend({
  entityType: optionalText('对象类型', 64),
  entityId: optionalText('对象编号', 64),
  action: optionalText('操作', 64),
  actorAccountId: id('操作人').optional(),
});

const SORTABLE = { id: 'l.id', createdAt: 'l.created_at' };

interface AuditRow {
  id: number | string;
  actor_account_id: number | null;
  actor_role: AuditLog['actorRole'];
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_text: string | null;
  after_text: string | null;
  ip: string | null;
  request_id: string | null;
  created_at: unknown;
}

const toAuditLog = (r: AuditRow): AuditLog => ({
  id: Number(r.id),
  actorAccountId: r.actor_account_id,
  actorRole: r.actor_role,
  actorName: r.actor_name,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: r.before_text,
  after: r.after_text,
  ip: r.ip,
  requestId: r.request_id,
  createdAt: toIso(r.created_at),
});

const COLUMNS = [
  'l.id',
  'l.actor_account_id',
  'l.actor_role',
  'a.display_name as actor_name',
  'l.action',
  'l.entity_type',
  'l.entity_id',
  'l.before_text',
  'l.after_text',
  'l.ip',
  'l.request_id',
  'l.created_at',
];

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/admin/audit-logs',
    summary: '审计日志列表（金融办）',
    tags: ['审计日志'],
    access: staff('office'),
    query: auditLogQuery,
    response: z.array(auditLog),
    headers: TOTAL_COUNT_HEADER,
    handler: async ({ deps, query, res }) => {
      const window = listWindow(query, SORTABLE, { column: 'l.id', order: 'desc' }, 'l.id');
      const filtered = deps.db('audit_logs as l').modify((q) => {
        if (query.entityType) q.where('l.entity_type', query.entityType);
        if (query.entityId) q.where('l.entity_id', query.entityId);
        if (query.action) q.where('l.action', query.action);
        if (query.actorAccountId) q.where('l.actor_account_id', query.actorAccountId);
      });
      const total = await filtered.clone().count<{ n: number | string }[]>({ n: '*' }).first();
      const rows = (await filtered
        .clone()
        .leftJoin('accounts as a', 'a.id', 'l.actor_account_id')
        .select(COLUMNS)
        .modify((q) => window.orderBy.forEach((o) => q.orderBy(o.column, o.order)))
        .offset(window.offset)
        .limit(window.limit)) as AuditRow[];
      setTotalCount(res, Number(total?.n ?? 0));
      return rows.map(toAuditLog);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/admin/audit-logs/:id',
    summary: '审计日志详情（金融办）',
    tags: ['审计日志'],
    access: staff('office'),
    params: z.object({ id: id() }),
    response: auditLog,
    handler: async ({ deps, params }) => {
      const row = (await deps
        .db('audit_logs as l')
        .leftJoin('accounts as a', 'a.id', 'l.actor_account_id')
        .where('l.id', params.id)
        .first(COLUMNS)) as AuditRow | undefined;
      if (!row) throw notFound('审计日志');
      return toAuditLog(row);
    },
  }),
];
