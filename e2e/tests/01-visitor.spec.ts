import { expect, test } from '@playwright/test';
import { e2eUrls } from '../support/ports';

test('a visitor sees the home page figures from the API', async ({ page, request }) => {
  const stats = (await (await request.get(`${e2eUrls.api}/api/home/stats`)).json()) as {
    registeredUsers: number;
    listedProducts: number;
  };
  expect(stats.listedProducts).toBeGreaterThan(0);

  await page.goto('/');
  const figures = page.getByRole('region', { name: '平台数据' });
  await expect(figures.locator('.stat', { hasText: '注册用户数' })).toContainText(
    `${stats.registeredUsers}位`,
  );
  await expect(figures.locator('.stat', { hasText: '金融产品' })).toContainText(`${stats.listedProducts}款`);
  await expect(page.getByRole('navigation').first()).toContainText('金融超市');
});

test('a visitor browses 金融超市 (the market micro-frontend) and filters by 融资方式', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').first().getByRole('link', { name: '金融超市' }).click();
  await expect(page).toHaveURL(/\/market$/);
  await expect(page.getByRole('link', { name: '抗疫贷' })).toBeVisible();

  // 融资方式 = 抵押: the list and the URL follow; 抗疫贷 (信用 only) leaves the list.
  await page.getByRole('group', { name: '融资方式' }).getByRole('button', { name: '抵押' }).click();
  await expect(page).toHaveURL(/method=mortgage/);
  await expect(page.getByRole('link', { name: '抗疫贷' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '个人贷款' })).toBeVisible();

  // A reload keeps the filter (it lives in the URL), and a product's detail opens.
  await page.reload();
  await expect(
    page.getByRole('group', { name: '融资方式' }).getByRole('button', { name: '抵押' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: '个人贷款' }).first().click();
  await expect(page).toHaveURL(/\/market\/products\/\d+/);
  await expect(page.getByText('准入条件')).toBeVisible();
});
