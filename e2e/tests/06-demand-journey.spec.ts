import { expect, test } from '@playwright/test';
import { loginAdmin, loginPortal, registerBorrower } from '../support/helpers';

// §2.7: a personal borrower publishes a demand to the pool, sees the recommended products, and an institution claims it.
test('a personal demand goes to the pool, shows recommendations, and 甘肃银行 claims it', async ({
  page,
  request,
}) => {
  const borrower = await registerBorrower(request, 'personal');
  await loginPortal(page, request, borrower.phone, borrower.password);

  await page.goto('/personal/demands/new');
  await page.getByLabel('融资金额').fill('80');
  await page.getByLabel('融资期限').fill('12');
  await page.getByLabel('融资用途').fill('购买农机设备');
  await page.getByRole('radio', { name: '信用' }).check();
  await page.getByLabel('期望利率最低值').fill('3.5');
  await page.getByLabel('期望利率最高值').fill('6.5');
  await page.getByLabel('所属区域').click();
  await page.getByTitle('麦积区').click();
  await page.getByLabel('真实姓名').fill('李四');
  await page.getByRole('radio', { name: '先生' }).check();
  await page.getByRole('button', { name: /提\s*交/ }).click();

  // Before the final 提交: the listed products that fit, ranked, each with why.
  await expect(page.getByText(/推荐产品（\d+）/)).toBeVisible();
  const recommendations = page.getByTestId('recommendations');
  await expect(recommendations).toContainText('推荐第1位');
  await expect(recommendations).toContainText('额度满足');
  await page
    .getByRole('button', { name: /提\s*交/ })
    .last()
    .click();
  await expect(page.getByText('融资需求已发布')).toBeVisible();
  await page.getByRole('button', { name: '查看需求详情' }).click();
  await expect(page).toHaveURL(/\/personal\/demands\/\d+/);
  const demandId = /\/personal\/demands\/(\d+)/.exec(page.url())![1];
  await expect(page.getByText('待处理').first()).toBeVisible();

  // 抢单 at 甘肃银行's desk (the admin is another origin with its own session cookie: one tab serves both).
  const borrowerPage = page.url();
  const desk = page;
  await loginAdmin(desk, request, 'gsbank');
  await desk.getByRole('menuitem', { name: /融资需求/ }).click();
  const row = desk.getByRole('row', { name: new RegExp(`^${demandId}\\s`) });
  await row.getByRole('button', { name: '抢单' }).click();
  await desk.getByRole('button', { name: '确定', exact: true }).click();
  await expect(desk.getByText('抢单成功，该需求已由本机构受理')).toBeVisible();

  await page.goto(borrowerPage);
  await expect(page.getByText('已受理').first()).toBeVisible();
});
