import { describe, expect, it } from 'vitest';
import { registerEnterprise, registerPersonal } from '@jrpt/contracts';
import { ApiError } from './api.js';
import { applyFieldErrors, fieldPath, zodRule, type FieldError } from './form.js';

const check = (rule: ReturnType<typeof zodRule>, value: unknown) =>
  rule.validator(undefined, value).then(
    () => null,
    (e: Error) => e.message,
  );

describe('zodRule', () => {
  it('passes valid values and reports the contract message', async () => {
    const phone = zodRule(registerPersonal.shape.phone);
    expect(await check(phone, '18809386116')).toBeNull();
    expect(await check(phone, '12345')).toBe('手机号格式不正确，应为11位手机号码');
    expect(await check(phone, '')).toBe('请填写手机号');
    expect(await check(phone, undefined)).toBe('请填写手机号');
  });
  it('applies the USCC check character', async () => {
    const uscc = zodRule(registerEnterprise.shape.uscc);
    expect(await check(uscc, '91620503MA74X1C46Q'.slice(0, 17) + '0')).toMatch(/统一社会信用代码/);
  });
  it('requires the agreement tick', async () => {
    const agreed = zodRule(registerPersonal.shape.agreed);
    expect(await check(agreed, true)).toBeNull();
    expect(await check(agreed, false)).toBe('请阅读并勾选同意《平台服务协议书》');
  });
  it('checks password strength', async () => {
    const password = zodRule(registerPersonal.shape.password);
    expect(await check(password, 'abcdefgh')).toBe('密码须同时包含字母和数字');
    expect(await check(password, 'Jrpt@2026')).toBeNull();
  });
});

describe('applyFieldErrors', () => {
  const recorder = () => {
    const calls: FieldError[][] = [];
    return {
      calls,
      setFields(f: FieldError[]) {
        calls.push(f);
      },
    };
  };

  it('maps API field paths onto form names', () => {
    const form = recorder();
    const err = new ApiError(400, 'validation', '请核对', {
      phone: '手机号已注册',
      'applicant.idCard': '身份证号不正确',
    });
    expect(applyFieldErrors(form, err)).toBe(true);
    expect(form.calls[0]).toEqual([
      { name: ['phone'], errors: ['手机号已注册'] },
      { name: ['applicant', 'idCard'], errors: ['身份证号不正确'] },
    ]);
  });
  it('ignores fields the form does not have and non-API errors', () => {
    const form = recorder();
    expect(applyFieldErrors(form, new ApiError(400, 'v', 'x', { captchaId: '过期' }), ['phone'])).toBe(false);
    expect(applyFieldErrors(form, new Error('boom'))).toBe(false);
    expect(form.calls).toHaveLength(0);
  });
  it('splits numeric segments into indexes', () => {
    expect(fieldPath('items.0.name')).toEqual(['items', 0, 'name']);
  });
});
