import { useCallback, useEffect, useState } from 'react';
import { http } from '../../providers/http';

interface Captcha {
  captchaId: string;
  svg: string;
}

/** A graphic captcha from `GET /api/auth/captcha`, shown as an image (an <img> never runs the SVG's scripts). */
export function useCaptcha() {
  const [captcha, setCaptcha] = useState<Captcha | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const refresh = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await http.get<Captcha>('/api/auth/captcha');
      setCaptcha({ captchaId: data.captchaId, svg: data.svg });
    } catch (e) {
      setCaptcha(null);
      setError(e instanceof Object && 'message' in e ? String(e.message) : '验证码加载失败');
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const imageSrc = captcha ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}` : null;
  return { captchaId: captcha?.captchaId ?? null, imageSrc, error, loading, refresh };
}
