import { z } from 'zod';
import { defineRoute, PUBLIC } from '../../../http/route.js';
import { finishSso, startSso } from './use-cases.js';

const param = z.string().max(2000).optional();

export const ssoRoutes = [
  defineRoute({
    method: 'get',
    path: '/auth/sso',
    summary: '统一身份认证登录是否可用（登录页据此显示入口）',
    tags: ['账号'],
    access: PUBLIC,
    response: z.object({ enabled: z.boolean(), name: z.string(), development: z.boolean() }),
    handler: async ({ deps }) => ({
      enabled: deps.config.sso.provider !== 'none',
      name: deps.config.sso.name,
      development: deps.config.sso.provider === 'development',
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/auth/sso/start',
    summary: '跳转到甘肃省统一身份认证系统登录（OpenID Connect，授权码 + PKCE）',
    tags: ['账号'],
    access: PUBLIC,
    query: z.object({ returnTo: param }),
    status: 302,
    handler: ({ deps, res, query }) => startSso(deps, res, query.returnTo),
  }),
  defineRoute({
    method: 'get',
    path: '/auth/sso/callback',
    summary: '统一身份认证回调：校验后登录（首次登录时关联或开通账号），再跳回门户',
    tags: ['账号'],
    access: PUBLIC,
    query: z.object({ code: param, state: param, error: param, error_description: param }),
    status: 302,
    handler: ({ deps, req, res, query }) => finishSso(deps, req, res, query),
  }),
];
