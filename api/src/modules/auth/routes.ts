import { z } from 'zod';
import {
  captchaChallenge,
  changePasswordRequest,
  changePhoneRequest,
  currentStaff,
  currentUser,
  loginRequest,
  okResult,
  registerEnterprise,
  registerPersonal,
  smsSendRequest,
  smsSendResult,
  staffLoginRequest,
} from '@jrpt/contracts';
import { BORROWER, defineRoute, PUBLIC, STAFF } from '../../http/route.js';
import { issueCaptcha } from './captcha.js';
import * as auth from './use-cases.js';

const userSession = z.object({ user: currentUser, csrfToken: z.string() });
const staffSession = z.object({ staff: currentStaff, csrfToken: z.string() });
const registered = z.object({ ok: z.literal(true), accountId: z.number().int() });

const captchaRoute = (path: string, tags: string[]) =>
  defineRoute({
    method: 'get',
    path,
    summary: '获取图形验证码（SVG，5分钟内有效，一次有效）',
    tags,
    access: PUBLIC,
    response: captchaChallenge,
    handler: ({ deps }) => issueCaptcha(deps.db, { now: deps.now(), keepText: deps.config.devRoutes }),
  });

/** Borrowers (portal realm): registration, login, the account's own data. */
export const authRoutes = [
  captchaRoute('/auth/captcha', ['账号']),
  defineRoute({
    method: 'post',
    path: '/auth/sms',
    summary: '发送短信验证码（注册，或已登录用户修改手机号）',
    tags: ['账号'],
    access: PUBLIC,
    body: smsSendRequest,
    response: smsSendResult,
    handler: ({ deps, req, principal, body }) => auth.sendSms(deps, req, principal, body),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/register/personal',
    summary: '个人用户注册（注册后请登录）',
    tags: ['账号'],
    access: PUBLIC,
    body: registerPersonal,
    response: registered,
    status: 201,
    handler: ({ deps, req, body }) => auth.register(deps, req, { type: 'personal', ...body }),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/register/enterprise',
    summary: '企业用户注册（注册后请登录）',
    tags: ['账号'],
    access: PUBLIC,
    body: registerEnterprise,
    response: registered,
    status: 201,
    handler: ({ deps, req, body }) => auth.register(deps, req, { type: 'enterprise', ...body }),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/login',
    summary: '企业（个人）登录：手机号 + 密码 + 图形验证码',
    tags: ['账号'],
    access: PUBLIC,
    body: loginRequest,
    response: userSession,
    handler: ({ deps, req, res, body }) => auth.login(deps, req, res, body),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/logout',
    summary: '退出登录',
    tags: ['账号'],
    access: BORROWER,
    response: okResult,
    handler: ({ deps, req, res, principal }) => auth.logout(deps, req, res, 'portal', principal),
  }),
  defineRoute({
    method: 'get',
    path: '/auth/me',
    summary: '当前登录用户',
    tags: ['账号'],
    access: BORROWER,
    response: userSession,
    handler: ({ deps, principal }) => auth.currentUser(deps, principal),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/password',
    summary: '修改密码（需原密码；其他设备上的登录将退出）',
    tags: ['账号'],
    access: BORROWER,
    body: changePasswordRequest,
    response: okResult,
    handler: ({ deps, req, principal, body }) => auth.changePassword(deps, req, principal, body),
  }),
  defineRoute({
    method: 'post',
    path: '/auth/phone',
    summary: '修改手机号（短信验证码发送至新手机号）',
    tags: ['账号'],
    access: BORROWER,
    body: changePhoneRequest,
    response: userSession,
    handler: ({ deps, req, principal, body }) => auth.changePhone(deps, req, principal, body),
  }),
];

/** Staff (admin realm). */
export const adminAuthRoutes = [
  captchaRoute('/admin/auth/captcha', ['管理后台账号']),
  defineRoute({
    method: 'post',
    path: '/admin/auth/login',
    summary: '管理后台登录：用户名 + 密码 + 图形验证码',
    tags: ['管理后台账号'],
    access: PUBLIC,
    body: staffLoginRequest,
    response: staffSession,
    handler: ({ deps, req, res, body }) => auth.staffLogin(deps, req, res, body),
  }),
  defineRoute({
    method: 'post',
    path: '/admin/auth/logout',
    summary: '退出管理后台',
    tags: ['管理后台账号'],
    access: STAFF,
    response: okResult,
    handler: ({ deps, req, res, principal }) => auth.logout(deps, req, res, 'admin', principal),
  }),
  defineRoute({
    method: 'get',
    path: '/admin/auth/me',
    summary: '当前登录的工作人员',
    tags: ['管理后台账号'],
    access: STAFF,
    response: staffSession,
    handler: ({ deps, principal }) => auth.currentStaff(deps, principal),
  }),
];
