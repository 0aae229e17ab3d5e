/**
 * Development-only routes (registered only when config.devRoutes: outside production, with the
 * development SMS provider), so tests and local development can get through captcha and SMS.
 */
import { z } from 'zod';
import { mobile } from '@jrpt/contracts';
import { defineRoute, PUBLIC } from '../../http/route.js';
import { notFound } from '../../http/errors.js';
import { toIso } from '../../db/knex.js';
import { readDevCaptchaText } from '../auth/captcha.js';

export const devOnlyRoutes = [
  defineRoute({
    method: 'get',
    path: '/dev/sms/latest',
    summary: '（仅开发环境）最近一条发送到该手机号的短信验证码',
    tags: ['开发'],
    access: PUBLIC,
    query: z.object({ phone: mobile() }),
    response: z.object({ phone: z.string(), code: z.string(), purpose: z.string(), sentAt: z.string() }),
    handler: async ({ deps, query }) => {
      const row = await deps.db('sms_outbox').where({ phone: query.phone }).orderBy('id', 'desc').first();
      if (!row) throw notFound('该手机号的短信');
      return { phone: row.phone, code: row.code, purpose: row.purpose, sentAt: toIso(row.created_at) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/dev/captcha/:id',
    summary: '（仅开发环境）图形验证码的文字',
    tags: ['开发'],
    access: PUBLIC,
    params: z.object({ id: z.string().max(64) }),
    response: z.object({ text: z.string() }),
    handler: async ({ deps, params }) => {
      const text = await readDevCaptchaText(deps.db, params.id);
      if (!text) throw notFound('图形验证码');
      return { text };
    },
  }),
];
