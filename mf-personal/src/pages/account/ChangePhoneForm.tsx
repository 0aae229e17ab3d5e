import { App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { changePhoneRequest, smsSendRequest, type CurrentUser } from '@jrpt/contracts';
import {
  ApiError,
  apiFetch,
  applyFieldErrors,
  errorMessage,
  setCurrentUser,
  zodRule,
} from '@jrpt/portal-kit';
import { CaptchaImage, useCaptcha } from './captcha';
import { useCountdown } from './countdown';
import { smsErrorsOnForm } from './sms-fields';

interface Values {
  newPhone: string;
  captchaText: string;
  smsCode: string;
}

const FIELDS = ['newPhone', 'captchaText', 'smsCode'] as const;
const captchaRule = smsSendRequest.shape.captchaText;

/** 修改手机号 (§2.9): the SMS code goes to the NEW phone; the graphic captcha guards the SMS. */
export default function ChangePhoneForm({
  currentPhone,
  onDone,
}: {
  currentPhone: string;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const captcha = useCaptcha();
  const [left, startCountdown] = useCountdown();
  const [sending, setSending] = useState(false);
  const [saving, setSaving] = useState(false);

  const sendSms = async () => {
    const newPhone = await form
      .validateFields(['newPhone'])
      .then((v) => v.newPhone)
      .catch(() => null);
    // The captcha guards the SMS only, so it is checked here and not when the form is submitted.
    const captchaText = String(form.getFieldValue('captchaText') ?? '').trim();
    const captchaCheck = captchaRule.safeParse(captchaText || undefined);
    if (!captchaCheck.success) {
      form.setFields([
        { name: 'captchaText', errors: [captchaCheck.error.issues[0]?.message ?? '请填写图形验证码'] },
      ]);
    }
    if (newPhone === null || !captchaCheck.success || !captcha.captchaId) return;
    setSending(true);
    let error: unknown = null;
    try {
      const sent = await apiFetch<{ resendAfterSeconds: number }>('/api/auth/sms', {
        method: 'POST',
        body: {
          phone: newPhone.trim(),
          purpose: 'change_phone',
          captchaId: captcha.captchaId,
          captchaText,
        },
      });
      startCountdown(sent.resendAfterSeconds);
      message.success('验证码已发送至新手机号');
    } catch (err) {
      error = err;
    } finally {
      setSending(false);
    }
    // A captcha is good for one SMS: sent or not, the next try needs a new one.
    form.setFieldValue('captchaText', '');
    void captcha.refresh();
    if (error) {
      const onForm = error instanceof ApiError ? smsErrorsOnForm(error.fields) : [];
      if (onForm.length) form.setFields(onForm);
      else message.error(errorMessage(error));
    }
  };

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const res = await apiFetch<{ user: CurrentUser }>('/api/auth/phone', {
        method: 'POST',
        body: { newPhone: values.newPhone.trim(), smsCode: values.smsCode.trim() },
      });
      await setCurrentUser(res.user);
      message.success('手机号已修改，请使用新手机号登录');
      onDone();
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
      <Form.Item label="当前手机号">
        <Input value={currentPhone} disabled />
      </Form.Item>
      <Form.Item
        label="新手机号"
        name="newPhone"
        required
        rules={[zodRule(changePhoneRequest.shape.newPhone)]}
        validateTrigger="onBlur"
      >
        <Input inputMode="numeric" maxLength={11} placeholder="请输入新手机号" autoComplete="tel" />
      </Form.Item>
      <Form.Item label="图形验证码" required>
        <Flex gap={8} align="flex-start">
          <Form.Item name="captchaText" noStyle>
            <Input maxLength={8} placeholder="请输入图形验证码" autoComplete="off" aria-label="图形验证码" />
          </Form.Item>
          <CaptchaImage svg={captcha.svg} failed={captcha.failed} onRefresh={() => void captcha.refresh()} />
        </Flex>
      </Form.Item>
      <Form.Item label="短信验证码" required>
        <Flex gap={8} align="flex-start">
          <Form.Item name="smsCode" noStyle rules={[zodRule(changePhoneRequest.shape.smsCode)]}>
            <Input
              inputMode="numeric"
              maxLength={6}
              placeholder="6位短信验证码"
              autoComplete="one-time-code"
              aria-label="短信验证码"
            />
          </Form.Item>
          <Button
            onClick={() => void sendSms()}
            loading={sending}
            disabled={left > 0}
            style={{ width: 132, flex: 'none' }}
          >
            {left > 0 ? `${left}秒后重新获取` : '获取验证码'}
          </Button>
        </Flex>
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone}>取消</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          确认修改
        </Button>
      </Flex>
    </Form>
  );
}
