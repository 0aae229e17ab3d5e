import { useCallback, useRef, useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { LockOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { loginRequest, type CurrentUser, type LoginRequest } from '@jrpt/contracts';
import {
  apiFetch,
  applyFieldErrors,
  errorMessage,
  setCurrentUser,
  useApi,
  useCurrentUser,
  usePageTitle,
  zodRule,
} from '@jrpt/portal-kit';
import { CaptchaImage, type CaptchaHandle } from '../../auth/CaptchaImage';
import { safeRedirect } from '../../layout/nav';
import '../../auth/auth.css';

type LoginForm = Omit<LoginRequest, 'captchaId'>;

/** 企业（个人）登录: 账号（手机号）, 密码, 图形验证码. */
export default function LoginPage() {
  usePageTitle('登录');
  const [form] = Form.useForm<LoginForm>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { user } = useCurrentUser();
  const captcha = useRef<CaptchaHandle>(null);
  const [captchaId, setCaptchaId] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const target = safeRedirect(params.get('redirect'));
  const registeredPhone = (location.state as { phone?: string } | null)?.phone;
  const ssoError = params.get('ssoError');
  const sso = useApi<{ enabled: boolean; name: string; development: boolean }>('/api/auth/sso');

  const onCaptcha = useCallback((id: string | null) => setCaptchaId(id), []);

  if (user && !submitting) return <Navigate to={target} replace />;

  const onFinish = async (values: LoginForm) => {
    if (!captchaId) {
      form.setFields([{ name: 'captchaText', errors: ['图形验证码未加载，请点击图片刷新'] }]);
      return;
    }
    setSubmitting(true);
    setFormError(null);
    try {
      const res = await apiFetch<{ user: CurrentUser; csrfToken: string }>('/api/auth/login', {
        method: 'POST',
        body: { ...values, captchaId },
      });
      await setCurrentUser(res.user);
      message.success('登录成功');
      navigate(target, { replace: true });
    } catch (err) {
      // A captcha serves one attempt: the next one needs a new picture.
      captcha.current?.refresh();
      form.setFieldValue('captchaText', '');
      if (!applyFieldErrors(form, err, ['phone', 'password', 'captchaText'])) setFormError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="auth-page">
      <div className="auth-card">
        <h1 className="auth-title">企业（个人）登录</h1>
        <p className="auth-subtitle">登录后可在线申贷、发布融资需求、报名金融活动</p>
        {registeredPhone && !formError && (
          <Alert type="success" showIcon message="注册成功，请登录" style={{ marginBottom: 16 }} />
        )}
        {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
        {ssoError && !formError && (
          <Alert type="error" showIcon message={ssoError} style={{ marginBottom: 16 }} />
        )}
        <Form<LoginForm>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          initialValues={{ phone: registeredPhone ?? '' }}
          onFinish={onFinish}
          onValuesChange={() => formError && setFormError(null)}
        >
          <Form.Item
            name="phone"
            label="账号"
            rules={[zodRule(loginRequest.shape.phone)]}
            validateTrigger="onBlur"
          >
            <Input
              prefix={<MobileOutlined />}
              placeholder="请输入注册手机号"
              inputMode="numeric"
              maxLength={11}
              autoComplete="username"
            />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[zodRule(loginRequest.shape.password)]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入密码"
              autoComplete="current-password"
            />
          </Form.Item>
          <Form.Item label="验证码" required>
            <div className="captcha-row">
              <Form.Item name="captchaText" noStyle rules={[zodRule(loginRequest.shape.captchaText)]}>
                <Input
                  prefix={<SafetyOutlined />}
                  placeholder="请输入图形验证码"
                  maxLength={8}
                  autoComplete="off"
                />
              </Form.Item>
              <CaptchaImage ref={captcha} onChange={onCaptcha} />
            </div>
          </Form.Item>
          <Form.Item style={{ marginBottom: 12 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登录
            </Button>
          </Form.Item>
        </Form>
        <div className="auth-links">
          <span>
            还没有账号？<Link to="/register">新用户注册</Link>
          </span>
        </div>
        {sso.data?.enabled && (
          <div className="auth-sso">
            <div className="auth-sso-title">其他登录方式</div>
            <Button block href={`/api/auth/sso/start?returnTo=${encodeURIComponent(target)}`}>
              {sso.data.name}
              {sso.data.development ? '（本地开发模拟）' : ''}
            </Button>
            <p className="auth-sso-note">
              已在甘肃省政务服务网（或天水市政务服务网）注册的用户无需注册，可直接登录；首次登录即视为同意《平台服务协议书》。
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
