import { expect, test } from '@playwright/test';
import { loginAdmin, loginPortal, registerBorrower } from '../support/helpers';

// §2.3 → §2.4: an enterprise applies for 抗疫贷; 甘肃银行's staff accept, grant credit and disburse in the admin;
// the borrower sees 已放款 with the amounts in 申请记录 and the message in 消息中心.
test('an enterprise applies for 抗疫贷 and follows it to 已放款', async ({ page, request }) => {
  const borrower = await registerBorrower(request, 'enterprise');
  await loginPortal(page, request, borrower.phone, borrower.password);

  await page.goto('/market?name=抗疫贷');
  await page.getByRole('link', { name: '抗疫贷' }).first().click();
  await expect(page).toHaveURL(/\/market\/products\/\d+/);
  await page.getByRole('button', { name: /立即申请/ }).click();

  const form = page.getByRole('dialog', { name: /企业申请贷款/ });
  await expect(form.getByLabel('企业名称')).toHaveValue(borrower.enterpriseName!);
  // Beyond the product's 300万: refused before anything is sent.
  await form.getByLabel('申请金额').fill('500');
  await form.getByLabel('申请期限').fill('12');
  await form.getByLabel('贷款用途').fill('采购防疫物资，补充流动资金');
  await form.getByLabel('联系人姓名').fill('王经理');
  await form.getByLabel('联系人手机号').fill('13893800001');
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(form.getByText(/不能超过.*300万元/)).toBeVisible();
  await form.getByLabel('申请金额').fill('100');
  await form.getByRole('checkbox').click();
  await page
    .getByRole('dialog', { name: '《用户授权协议》' })
    .getByRole('button', { name: '我已阅读并同意' })
    .click();
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('申请已提交')).toBeVisible();

  // 甘肃银行's desk: the admin is another origin with its own session cookie, so one tab serves both.
  const desk = page;
  await loginAdmin(desk, request, 'gsbank');
  await desk.getByRole('menuitem', { name: /贷款申请/ }).click();
  await desk
    .getByRole('row', { name: new RegExp(borrower.enterpriseName!) })
    .getByRole('button', { name: '查看详情' })
    .click();
  // The list rows carry 受理 too: act only once the record's own page is open.
  await expect(desk).toHaveURL(/\/loan-applications\/show\/\d+/);
  await expect(desk.getByText('办理进度')).toBeVisible();
  await expect(desk.locator('[data-testid="timeline-event"]')).toHaveCount(1);
  await desk.getByRole('button', { name: '受理', exact: true }).click();
  await desk.locator('.ant-popconfirm').getByRole('button', { name: '确定', exact: true }).click();
  // The record reloads after each step; the next button is used once its timeline shows the step.
  const timeline = desk.locator('[data-testid="timeline-event"]');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.last()).toContainText('已受理');

  await desk.getByRole('button', { name: '授信', exact: true }).click();
  await desk.getByRole('dialog').getByLabel('授信金额').fill('80');
  await desk.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(timeline).toHaveCount(3);
  await expect(timeline.last()).toContainText('已授信');

  await desk.getByRole('button', { name: '放款', exact: true }).click();
  await expect(desk.getByRole('dialog').getByLabel('放款金额')).toHaveValue(/80/);
  await desk.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(timeline).toHaveCount(4);
  await expect(timeline.last()).toContainText('已放款');

  // The borrower's 申请记录 and 消息中心.
  await page.goto('/personal/applications');
  const row = page.getByRole('row').filter({ hasText: '抗疫贷' });
  await expect(row).toContainText('已放款');
  await expect(row).toContainText('100万');
  await expect(row).toContainText('80万');
  await page.goto('/personal/messages');
  await expect(page.locator('[data-message-id]').filter({ hasText: '已放款' }).first()).toBeVisible();
});

// §2.10: 首贷 is only for an enterprise that completed 企业授权 and never borrowed.
test('a 首贷 attempt without 企业授权 is stopped with the explanation', async ({ page, request }) => {
  const borrower = await registerBorrower(request, 'enterprise');
  await loginPortal(page, request, borrower.phone, borrower.password);
  await page.goto('/market/first-loan');
  await page
    .getByRole('button', { name: /立即申请：/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('请先完成企业授权', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('link', { name: '去完成企业授权' })).toHaveAttribute(
    'href',
    /\/personal\/authorization/,
  );
});
