import { forwardRef, useCallback, useEffect, useImperativeHandle, useState } from 'react';
import { Skeleton } from 'antd';
import { apiFetch } from '@jrpt/portal-kit';

interface Challenge {
  captchaId: string;
  svg: string;
  expiresInSeconds: number;
}

export interface CaptchaHandle {
  /** Fetches a new picture (a captcha is good for one form submission). */
  refresh(): void;
}

/**
 * The graphic captcha from GET /api/auth/captcha, shown as an image (an <img> never runs what the SVG
 * contains). Clicking it fetches a new one. Reports the current captchaId to its form.
 */
export const CaptchaImage = forwardRef<CaptchaHandle, { onChange: (captchaId: string | null) => void }>(
  function CaptchaImage({ onChange }, ref) {
    const [challenge, setChallenge] = useState<Challenge | null>(null);
    const [failed, setFailed] = useState(false);

    const refresh = useCallback(() => {
      setFailed(false);
      onChange(null);
      apiFetch<Challenge>('/api/auth/captcha')
        .then((c) => {
          setChallenge(c);
          onChange(c.captchaId);
        })
        .catch(() => setFailed(true));
    }, [onChange]);

    useImperativeHandle(ref, () => ({ refresh }), [refresh]);

    useEffect(() => {
      refresh();
    }, [refresh]);

    // The server forgets a captcha after its lifetime: fetch a new one shortly before.
    useEffect(() => {
      if (!challenge) return;
      const t = setTimeout(refresh, Math.max(challenge.expiresInSeconds - 10, 10) * 1000);
      return () => clearTimeout(t);
    }, [challenge, refresh]);

    return (
      <button
        type="button"
        className="captcha-image"
        onClick={refresh}
        title="看不清？点击刷新"
        aria-label="图形验证码，点击刷新"
      >
        {failed ? (
          <span className="captcha-failed">加载失败，点击重试</span>
        ) : challenge ? (
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(challenge.svg)}`}
            alt="图形验证码"
            width={120}
            height={40}
          />
        ) : (
          <Skeleton.Button active style={{ width: 120, height: 40 }} />
        )}
      </button>
    );
  },
);
