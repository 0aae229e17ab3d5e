import { describe, expect, it } from 'vitest';
import { smsErrorsOnForm } from './sms-fields';
import { loginUrl } from '../layout/login-redirect';

describe('SMS errors on the 修改手机号 form', () => {
  it('puts the phone error on 新手机号 and captcha errors on 图形验证码', () => {
    expect(smsErrorsOnForm({ phone: '手机号格式不正确，应为11位手机号码' })).toEqual([
      { name: 'newPhone', errors: ['手机号格式不正确，应为11位手机号码'] },
    ]);
    expect(smsErrorsOnForm({ captchaText: '图形验证码错误，请刷新后重新输入' })).toEqual([
      { name: 'captchaText', errors: ['图形验证码错误，请刷新后重新输入'] },
    ]);
  });

  it('shows one message per field and leaves out fields the form does not have', () => {
    expect(
      smsErrorsOnForm({ captchaId: '图形验证码已失效', captchaText: '请填写图形验证码', purpose: 'x' }),
    ).toEqual([{ name: 'captchaText', errors: ['图形验证码已失效'] }]);
    expect(smsErrorsOnForm({})).toEqual([]);
  });
});

describe('sending a visitor to the login page', () => {
  it('comes back to where they were', () => {
    expect(loginUrl('/personal')).toBe('/login?redirect=%2Fpersonal');
    expect(loginUrl('/personal/x?y=1')).toBe('/login?redirect=%2Fpersonal%2Fx%3Fy%3D1');
  });

  it('never redirects off the site', () => {
    expect(loginUrl('//evil.example/x')).toBe('/login?redirect=%2Fpersonal');
    expect(loginUrl('https://evil.example')).toBe('/login?redirect=%2Fpersonal');
  });
});
