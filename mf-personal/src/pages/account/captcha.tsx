import { Button, Skeleton, Tooltip } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '@jrpt/portal-kit';

interface Challenge {
  captchaId: string;
  svg: string;
}

/** The graphic captcha (GET /api/auth/captcha): an image that gives a new one when clicked. */
export function useCaptcha() {
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(async () => {
    setFailed(false);
    try {
      setChallenge(await apiFetch<Challenge>('/api/auth/captcha'));
    } catch {
      setChallenge(null);
      setFailed(true);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { captchaId: challenge?.captchaId, svg: challenge?.svg, failed, refresh };
}

export function CaptchaImage({
  svg,
  failed,
  onRefresh,
}: {
  svg?: string;
  failed: boolean;
  onRefresh: () => void;
}) {
  if (failed)
    return (
      <Button onClick={onRefresh} style={{ width: 120, height: 40 }}>
        点击重新获取
      </Button>
    );
  if (!svg) return <Skeleton.Button active style={{ width: 120, height: 40 }} />;
  return (
    <Tooltip title="看不清？点击换一张">
      <button
        type="button"
        onClick={onRefresh}
        aria-label="图形验证码，点击换一张"
        style={{ padding: 0, border: 'none', background: 'none', cursor: 'pointer', lineHeight: 0 }}
      >
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt="图形验证码"
          width={120}
          height={40}
        />
      </button>
    </Tooltip>
  );
}
