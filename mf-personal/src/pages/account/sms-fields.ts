/**
 * POST /api/auth/sms names the phone `phone` and the captcha `captchaId`/`captchaText`; the 修改手机号
 * form calls them `newPhone` and `captchaText`.
 */
type SmsFormField = 'newPhone' | 'captchaText';

const SMS_TO_FORM: Record<string, SmsFormField | undefined> = {
  phone: 'newPhone',
  captchaId: 'captchaText',
  captchaText: 'captchaText',
};

export function smsErrorsOnForm(fields: Record<string, string>): { name: SmsFormField; errors: string[] }[] {
  const byName = new Map<SmsFormField, string>();
  for (const [path, message] of Object.entries(fields)) {
    const name = SMS_TO_FORM[path.split('.')[0]];
    if (name && !byName.has(name)) byName.set(name, message);
  }
  return [...byName].map(([name, message]) => ({ name, errors: [message] }));
}
