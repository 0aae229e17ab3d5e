import { useEffect, useState } from 'react';
import { App, Button } from 'antd';
import type { SmsPurpose } from '@jrpt/contracts';
import { apiFetch, ApiError, errorMessage } from '@jrpt/portal-kit';

export interface SmsRequest {
  phone: string;
  captchaId: string;
  captchaText: string;
}

interface Props {
  purpose: SmsPurpose;
  /** Validates and returns the phone and the captcha answer, or null when the form showed what is missing. */
  prepare: () => Promise<SmsRequest | null>;
  /** The API refused the request: the form shows the field errors and renews the captcha. */
  onError: (error: unknown) => void;
  onSent?: (req: SmsRequest) => void;
}

/** 获取验证码 with the 60-second wait the API imposes between two codes. */
export function SmsCodeButton({ purpose, prepare, onError, onSent }: Props) {
  const { message } = App.useApp();
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const t = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(t);
  }, [secondsLeft]);

  const send = async () => {
    const req = await prepare();
    if (!req) return;
    setSending(true);
    try {
      const res = await apiFetch<{ ok: true; resendAfterSeconds: number }>('/api/auth/sms', {
        method: 'POST',
        body: { ...req, purpose },
      });
      setSecondsLeft(res.resendAfterSeconds || 60);
      message.success('短信验证码已发送，5分钟内有效');
      onSent?.(req);
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) message.warning(err.message);
      else if (
        !(err instanceof ApiError && Object.keys(err.fields).length > 0) &&
        !(err instanceof ApiError && err.code === 'phone_taken')
      ) {
        message.error(errorMessage(err));
      }
      onError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <Button className="sms-button" onClick={send} loading={sending} disabled={secondsLeft > 0}>
      {secondsLeft > 0 ? `${secondsLeft}秒后重发` : '获取验证码'}
    </Button>
  );
}
