/**
 * Field builders: every message names the field in Chinese, so the API's 400 and the form's
 * inline error say the same thing ("请填写申请人手机号", "统一社会信用代码格式不正确").
 */
import { z } from 'zod';
import { isValidIdCard } from './validators/id-card.js';
import { isValidMobile } from './validators/phone.js';
import { isValidUscc } from './validators/uscc.js';

const required = (label: string) => `请填写${label}`;

/** A trimmed text field with a length range. */
export function text(label: string, opts: { min?: number; max: number }) {
  const min = opts.min ?? 1;
  return z
    .string({
      error: (iss) =>
        iss.input === undefined || iss.input === null ? required(label) : `${label}必须是文字`,
    })
    .trim()
    .min(min, { error: min <= 1 ? required(label) : `${label}至少${min}个字` })
    .max(opts.max, { error: `${label}不能超过${opts.max}个字` })
    .meta({ title: label });
}

/** An optional text field: empty strings (and null, as an edit form sends a cleared field) become undefined. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    z
      .string({ error: `${label}必须是文字` })
      .trim()
      .max(max, { error: `${label}不能超过${max}个字` })
      .optional(),
  );
}

export function mobile(label = '手机号') {
  return z
    .string({ error: (iss) => (iss.input === undefined ? required(label) : `${label}格式不正确`) })
    .trim()
    .refine(isValidMobile, { error: `${label}格式不正确，应为11位手机号码` })
    .meta({ title: label, example: '18809386116' });
}

export function uscc(label = '统一社会信用代码') {
  return z
    .string({ error: (iss) => (iss.input === undefined ? required(label) : `${label}格式不正确`) })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isValidUscc, { error: `${label}不正确，请核对18位代码及校验位` })
    .meta({ title: label, example: '91620500MA71K2N47U' });
}

export function idCard(label = '身份证号') {
  return z
    .string({ error: (iss) => (iss.input === undefined ? required(label) : `${label}格式不正确`) })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isValidIdCard, { error: `${label}不正确，请核对18位号码及校验位` })
    .meta({ title: label });
}

/** Passwords: 8-64 characters with at least one letter and one digit. */
export function password(label = '密码') {
  return z
    .string({ error: required(label) })
    .min(8, { error: `${label}至少8位` })
    .max(64, { error: `${label}不能超过64位` })
    .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), { error: `${label}须同时包含字母和数字` })
    .meta({ title: label, format: 'password' });
}

/** An amount in 万元 with at most 4 decimals (one yuan), within (0, max]. */
export function wan(label: string, max = 1_000_000) {
  return z.coerce
    .number({ error: `${label}必须是数字` })
    .refine((v) => Number.isFinite(v), { error: `${label}必须是数字` })
    .gt(0, { error: `${label}必须大于0` })
    .max(max, { error: `${label}不能超过${max}万元` })
    .refine((v) => Math.abs(Math.round(v * 10000) - v * 10000) < 1e-6, {
      error: `${label}最多精确到元（4位小数）`,
    })
    .meta({ title: `${label}（万元）` });
}

/** A term in whole months within [1, max]. */
export function months(label: string, max = 360) {
  return z.coerce
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数月` })
    .min(1, { error: `${label}至少1个月` })
    .max(max, { error: `${label}不能超过${max}个月` })
    .meta({ title: `${label}（月）` });
}

/** An annual rate in percent with at most two decimals, within [0, 36] (the judicial cap). */
export function ratePercent(label: string) {
  return z.coerce
    .number({ error: `${label}必须是数字` })
    .min(0, { error: `${label}不能为负数` })
    .max(36, { error: `${label}不能超过36%` })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: `${label}最多两位小数` })
    .meta({ title: `${label}（%，年化）` });
}

/** The agreement tick: only `true` passes. */
export function agreed(agreementTitle: string) {
  return z
    .literal(true, { error: `请阅读并勾选同意${agreementTitle}` })
    .meta({ title: `同意${agreementTitle}` });
}

/** A positive integer id in a path or a body. */
export function id(label = '编号') {
  return z.coerce
    .number({ error: `${label}必须是数字` })
    .int({ error: `${label}必须是整数` })
    .positive({ error: `${label}不正确` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${label}不正确` });
}

/** An enum whose error names the field and lists the choices in Chinese. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  labels?: Record<T[number], string>,
) {
  const choices = values.map((v) => (labels ? labels[v as T[number]] : v)).join('、');
  return z.enum(values, { error: `${label}不正确，可选：${choices}` }).meta({ title: label });
}
