import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { usccCheckCharacter } from '@jrpt/contracts';
import { e2eUrls } from './ports';

/** Remembers the last captcha a page was given, so a test can read its text through the development route. */
export function trackCaptchas(page: Page, path = '/api/auth/captcha') {
  let lastId: string | null = null;
  const read = new Set<string>();
  page.on('response', async (res) => {
    if (res.url().endsWith(path) && res.ok()) {
      const body = (await res.json().catch(() => null)) as { captchaId?: string } | null;
      if (body?.captchaId) lastId = body.captchaId;
    }
  });
  return {
    /** The text of the newest captcha the page shows that was not read before (a used captcha is spent). */
    async text(request: APIRequestContext): Promise<string> {
      await expect
        .poll(() => (lastId && !read.has(lastId) ? lastId : null), {
          message: 'the page loaded a new captcha',
        })
        .not.toBeNull();
      const id = lastId!;
      read.add(id);
      const res = await request.get(`${e2eUrls.api}/api/dev/captcha/${id}`);
      expect(res.ok()).toBe(true);
      return ((await res.json()) as { text: string }).text;
    },
  };
}

export async function latestSmsCode(request: APIRequestContext, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const res = await request.get(`${e2eUrls.api}/api/dev/sms/latest?phone=${phone}`);
      if (!res.ok()) return '';
      code = ((await res.json()) as { code: string }).code;
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code;
}

/** A phone number no earlier run has used. */
export const uniquePhone = () => `139${String(Date.now()).slice(-8)}`;

/** A valid 统一社会信用代码 (GB 32100-2015) no earlier run has used. */
export function uniqueUscc() {
  const body = `91620503MA${String(Date.now()).slice(-7)}`;
  return body + usccCheckCharacter(body);
}

const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

/** Registers a borrower through the API (captcha and SMS read from the development routes). */
export async function registerBorrower(
  request: APIRequestContext,
  type: 'personal' | 'enterprise',
  password = 'Jrpt2026ok',
): Promise<{ phone: string; password: string; uscc?: string; enterpriseName?: string; username?: string }> {
  const api = e2eUrls.api;
  const phone = uniquePhone();
  const solve = async () => {
    const { captchaId } = (await (await request.get(`${api}/api/auth/captcha`)).json()) as {
      captchaId: string;
    };
    const { text } = (await (await request.get(`${api}/api/dev/captcha/${captchaId}`)).json()) as {
      text: string;
    };
    return { captchaId, captchaText: text };
  };
  const captcha = await solve();
  const sms = await request.post(`${api}/api/auth/sms`, {
    headers: XHR,
    data: { phone, purpose: 'register', ...captcha },
  });
  expect(sms.status(), await sms.text()).toBe(200);
  const smsCode = await latestSmsCode(request, phone);
  const extra =
    type === 'enterprise'
      ? { enterpriseName: `天水市测试科技有限公司${phone.slice(-4)}`, uscc: uniqueUscc() }
      : { username: `测试用户${phone.slice(-4)}` };
  const res = await request.post(`${api}/api/auth/register/${type}`, {
    headers: XHR,
    data: { phone, password, smsCode, agreed: true, ...captcha, ...extra },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { phone, password, ...extra };
}

/** Logs in to the portal through its login page. */
export async function loginPortal(page: Page, request: APIRequestContext, phone: string, password: string) {
  const captcha = trackCaptchas(page);
  await page.goto('/login');
  await page.getByLabel('账号').fill(phone);
  await page.getByLabel('密码').fill(password);
  await page.getByPlaceholder('请输入图形验证码').fill(await captcha.text(request));
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText(`${phone.slice(0, 3)}xxxx${phone.slice(-4)}`)).toBeVisible();
}

/** Logs in to the admin console through its login page. */
export async function loginAdmin(
  page: Page,
  request: APIRequestContext,
  username: string,
  password = 'Jrpt@2026',
) {
  const captcha = trackCaptchas(page);
  await page.goto(e2eUrls.admin);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByPlaceholder(/验证码/).fill(await captcha.text(request));
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByRole('menuitem').first()).toBeVisible();
}
