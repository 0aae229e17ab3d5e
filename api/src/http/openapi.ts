/** The OpenAPI 3.1 document, generated from the same route declarations (and zod schemas) that validate requests. */
import { z } from 'zod';
import { apiError } from '@jrpt/contracts';
import type { AnyRoute } from './route.js';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

export function buildOpenApi(routes: AnyRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = { content: { 'application/json': { schema: toSchema(apiError, 'output') } } };
  for (const r of routes) {
    const path = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
    const security =
      r.access.kind === 'public'
        ? []
        : [{ [r.access.kind === 'borrower' ? 'portalSession' : 'adminSession']: [] }];
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: r.tags,
      description:
        r.access.kind === 'staff' && r.access.roles ? `仅限角色：${r.access.roles.join('、')}` : undefined,
      security,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      requestBody: r.body
        ? { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } }
        : undefined,
      responses: {
        [String(r.status ?? 200)]: {
          description: '成功',
          headers: r.headers
            ? Object.fromEntries(
                Object.entries(r.headers).map(([h, d]) => [
                  h,
                  { description: d, schema: { type: 'string' } },
                ]),
              )
            : undefined,
          content: r.response
            ? { 'application/json': { schema: toSchema(r.response, 'output') } }
            : undefined,
        },
        '400': { description: '请求参数不正确（fields 指明字段）', ...errorResponse },
        ...(r.access.kind === 'public' ? {} : { '401': { description: '未登录', ...errorResponse } }),
        ...(r.access.kind === 'staff' ? { '403': { description: '无权限', ...errorResponse } } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        portalSession: { type: 'apiKey', in: 'cookie', name: 'jrpt_sid' },
        adminSession: { type: 'apiKey', in: 'cookie', name: 'jrpt_admin_sid' },
      },
    },
    paths,
  };
}
