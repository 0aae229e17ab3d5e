import { expect, test } from '@playwright/test';
import { loginAdmin } from '../support/helpers';

test('an office user logs in to the admin and sees the products', async ({ page, request }) => {
  await loginAdmin(page, request, 'office');

  await page.getByRole('menuitem', { name: /金融产品/ }).click();
  await expect(page).toHaveURL(/\/products/);
  await expect(page.getByRole('cell', { name: '抗疫贷' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '甘肃银行' }).first()).toBeVisible();
});
