import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { usccCheckCharacter } from '@jrpt/contracts';
import { e2eUrls } from './ports';

/** Remembers the last captcha a page was given, so a test can read its text through the development route. */
export function trackCaptchas(page: Page, path = '/api/auth/captcha') {
  let lastId: string | null = null;
  page.on('response', async (res) => {
    if (res.url().endsWith(path) && res.ok()) {
      const body = (await res.json().catch(() => null)) as { captchaId?: string } | null;
      if (body?.captchaId) lastId = body.captchaId;
    }
  });
  return {
    async text(request: APIRequestContext): Promise<string> {
      await expect.poll(() => lastId, { message: 'the page loaded a captcha' }).not.toBeNull();
      const res = await request.get(`${e2eUrls.api}/api/dev/captcha/${lastId}`);
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
