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
import * as devSso from './sso-provider.js';

const q = z.string().max(2000).optional();
const authorizeQuery = z.object({
  client_id: q,
  redirect_uri: q,
  state: q,
  nonce: q,
  code_challenge: q,
  code_challenge_method: q,
  response_type: q,
  scope: q,
});

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
  defineRoute({
    method: 'get',
    path: '/dev/sso/.well-known/openid-configuration',
    summary: '（仅开发环境）统一身份认证模拟：OpenID Connect 发现文档',
    tags: ['开发'],
    access: PUBLIC,
    handler: async ({ deps }) => devSso.discovery(deps),
  }),
  defineRoute({
    method: 'get',
    path: '/dev/sso/jwks',
    summary: '（仅开发环境）统一身份认证模拟：签名公钥',
    tags: ['开发'],
    access: PUBLIC,
    handler: ({ deps }) => devSso.jwks(deps),
  }),
  defineRoute({
    method: 'get',
    path: '/dev/sso/authorize',
    summary: '（仅开发环境）统一身份认证模拟：登录页',
    tags: ['开发'],
    access: PUBLIC,
    query: authorizeQuery,
    handler: async ({ deps, res, query }) => devSso.authorizePage(deps, res, query),
  }),
  defineRoute({
    method: 'get',
    path: '/dev/sso/approve',
    summary: '（仅开发环境）统一身份认证模拟：同意授权，带授权码跳回平台',
    tags: ['开发'],
    access: PUBLIC,
    query: authorizeQuery.extend({
      phone: z.string().max(20).optional(),
      name: z.string().max(60).optional(),
    }),
    status: 302,
    handler: ({ deps, res, query }) => devSso.approve(deps, res, query),
  }),
  defineRoute({
    method: 'post',
    path: '/dev/sso/token',
    summary: '（仅开发环境）统一身份认证模拟：以授权码换取 ID Token（PKCE 校验）',
    tags: ['开发'],
    access: PUBLIC,
    handler: ({ deps, req }) => devSso.token(deps, req),
  }),
];
