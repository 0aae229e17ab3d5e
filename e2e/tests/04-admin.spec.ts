import { expect, test } from '@playwright/test';
import { trackCaptchas } from '../support/helpers';
import { e2eUrls } from '../support/ports';

test('an office user logs in to the admin and sees the products', async ({ page, request }) => {
  const captcha = trackCaptchas(page);
  await page.goto(e2eUrls.admin);
  await page.getByLabel('用户名').fill('office');
  await page.getByLabel('密码').fill('Jrpt@2026');
  await page.getByPlaceholder(/图形验证码|验证码/).fill(await captcha.text(request));
  await page.getByRole('button', { name: /登\s*录/ }).click();

  await page.getByRole('menuitem', { name: /金融产品/ }).click();
  await expect(page).toHaveURL(/\/products/);
  await expect(page.getByRole('cell', { name: '抗疫贷' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '甘肃银行' }).first()).toBeVisible();
});
