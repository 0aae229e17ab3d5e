import { expect, test } from '@playwright/test';
import { latestSmsCode, trackCaptchas, uniquePhone, uniqueUscc } from '../support/helpers';

test('an enterprise registers, logs in and sees 用户信息', async ({ page, request }) => {
  const phone = uniquePhone();
  const uscc = uniqueUscc();
  const enterpriseName = `天水市秦州区测试商贸有限公司${phone.slice(-4)}`;
  const captcha = trackCaptchas(page);

  await page.goto('/');
  await page.getByRole('link', { name: '企业（个人）登录/注册' }).click();
  await page.getByRole('link', { name: '新用户注册' }).click();
  await page.getByRole('tab', { name: '企业注册' }).click();
  const form = page.getByRole('tabpanel', { name: '企业注册' });

  await form.getByLabel('手机号').fill(phone);
  await form.getByLabel('密码').fill('Qiye2026ok');
  await form.getByLabel('企业名称').fill(enterpriseName);
  await form.getByLabel('统一社会信用代码').fill(uscc);
  await form.getByPlaceholder('请输入图形验证码').fill(await captcha.text(request));
  await form.getByRole('button', { name: /获取验证码/ }).click();
  await expect(form.getByRole('button', { name: /\d+\s*秒/ })).toBeVisible();
  await form.getByPlaceholder('请输入6位短信验证码').fill(await latestSmsCode(request, phone));

  // Without the agreement tick, nothing is sent.
  await form.getByRole('button', { name: /注\s*册/ }).click();
  await expect(form.getByText('请阅读并勾选同意《平台服务协议书》')).toBeVisible();
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: /注\s*册/ }).click();

  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('账号').fill(phone);
  await page.getByLabel('密码').fill('Qiye2026ok');
  await page.getByPlaceholder('请输入图形验证码').fill(await captcha.text(request));
  await page.getByRole('button', { name: /登\s*录/ }).click();

  const masked = `${phone.slice(0, 3)}xxxx${phone.slice(-4)}`;
  await expect(page.getByText(masked)).toBeVisible();
  await page.getByRole('link', { name: '个人中心' }).click();
  await expect(page).toHaveURL(/\/personal/);
  await expect(page.getByText('账号信息')).toBeVisible();
  await expect(page.getByText(enterpriseName)).toBeVisible();
  await expect(page.getByText(uscc)).toBeVisible();
});

test('个人中心 sends a visitor who is not logged in to the login page', async ({ page }) => {
  await page.goto('/personal');
  await expect(page).toHaveURL(/\/login\?redirect=%2Fpersonal|\/login\?redirect=\/personal/);
});
