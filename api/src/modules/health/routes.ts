import { z } from 'zod';
import { defineRoute, PUBLIC } from '../../http/route.js';

const health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), client: z.string(), latencyMs: z.number().nullable() }),
  uptimeSeconds: z.number(),
});

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/health',
    summary: '健康检查（含数据库状态）',
    tags: ['系统'],
    access: PUBLIC,
    response: health,
    handler: async ({ deps, res }) => {
      const started = performance.now();
      let ok = true;
      try {
        await deps.db.raw('select 1');
      } catch {
        ok = false;
      }
      if (!ok) res.status(503);
      return {
        status: ok ? 'ok' : 'degraded',
        database: {
          ok,
          client: deps.config.database.client,
          latencyMs: ok ? Math.round((performance.now() - started) * 10) / 10 : null,
        },
        uptimeSeconds: Math.round(process.uptime()),
      };
    },
  }),
];
