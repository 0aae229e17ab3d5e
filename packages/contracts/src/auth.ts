import { z } from 'zod';
import { agreed, id, mobile, oneOf, password, text, uscc } from './fields.js';
import { BORROWER_TYPES, ROLES, SMS_PURPOSES, STAFF_ROLES } from './enums.js';

/** A graphic captcha answer: the id from GET /api/auth/captcha and the characters the user read. */
export const captchaAnswer = z.object({
  captchaId: text('图形验证码编号', { max: 64 }),
  captchaText: text('图形验证码', { max: 8 }),
});

export const captchaChallenge = z.object({
  captchaId: z.string(),
  svg: z.string(),
  expiresInSeconds: z.number(),
});

export const smsSendRequest = captchaAnswer.extend({
  phone: mobile(),
  purpose: oneOf('验证码用途', SMS_PURPOSES, { register: '注册', change_phone: '修改手机号' }),
});
export type SmsSendRequest = z.infer<typeof smsSendRequest>;
export const smsSendResult = z.object({ ok: z.literal(true), resendAfterSeconds: z.number() });

export const smsCode = (label = '短信验证码') =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^\d{6}$/, { error: `${label}应为6位数字` })
    .meta({ title: label });

export const registerPersonal = captchaAnswer.extend({
  phone: mobile(),
  password: password(),
  username: text('用户名', { min: 2, max: 30 }),
  smsCode: smsCode(),
  agreed: agreed('《平台服务协议书》'),
});
export type RegisterPersonal = z.infer<typeof registerPersonal>;

export const registerEnterprise = captchaAnswer.extend({
  phone: mobile(),
  password: password(),
  enterpriseName: text('企业名称', { min: 2, max: 100 }),
  uscc: uscc(),
  smsCode: smsCode(),
  agreed: agreed('《平台服务协议书》'),
});
export type RegisterEnterprise = z.infer<typeof registerEnterprise>;

export const loginRequest = captchaAnswer.extend({
  phone: mobile('账号（手机号）'),
  password: z
    .string({ error: '请填写密码' })
    .min(1, { error: '请填写密码' })
    .max(64, { error: '密码不能超过64位' }),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const staffLoginRequest = captchaAnswer.extend({
  username: text('用户名', { max: 50 }),
  password: z
    .string({ error: '请填写密码' })
    .min(1, { error: '请填写密码' })
    .max(64, { error: '密码不能超过64位' }),
});
export type StaffLoginRequest = z.infer<typeof staffLoginRequest>;

export const changePasswordRequest = z.object({
  oldPassword: z
    .string({ error: '请填写原密码' })
    .min(1, { error: '请填写原密码' })
    .max(64, { error: '原密码不能超过64位' }),
  newPassword: password('新密码'),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const changePhoneRequest = z.object({ newPhone: mobile('新手机号'), smsCode: smsCode() });
export type ChangePhoneRequest = z.infer<typeof changePhoneRequest>;

/** The borrower's own view of their account (the only place their full phone is shown). */
export const currentUser = z.object({
  id: z.number().int(),
  type: z.enum(BORROWER_TYPES),
  phone: z.string(),
  phoneMasked: z.string(),
  displayName: z.string(),
  username: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  uscc: z.string().nullable(),
  createdAt: z.string(),
});
export type CurrentUser = z.infer<typeof currentUser>;

export const currentStaff = z.object({
  id: z.number().int(),
  role: z.enum(STAFF_ROLES),
  username: z.string(),
  displayName: z.string(),
  institutionId: z.number().int().nullable(),
  institutionName: z.string().nullable(),
});
export type CurrentStaff = z.infer<typeof currentStaff>;

/** Returned by both login endpoints: who is in, and the token to send as X-CSRF-Token. */
export const sessionInfo = z.object({ csrfToken: z.string() });

export const roleSchema = z.enum(ROLES);
export const idParam = z.object({ id: id() });
