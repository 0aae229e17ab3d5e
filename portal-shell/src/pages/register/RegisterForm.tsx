import { useCallback, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { registerEnterprise, registerPersonal, type BorrowerType } from '@jrpt/contracts';
import { apiFetch, ApiError, applyFieldErrors, errorMessage, zodRule } from '@jrpt/portal-kit';
import { AgreementModal } from '../../auth/AgreementModal';
import { CaptchaImage, type CaptchaHandle } from '../../auth/CaptchaImage';
import { SmsCodeButton, type SmsRequest } from '../../auth/SmsCodeButton';

interface Values {
  phone: string;
  password: string;
  username?: string;
  enterpriseName?: string;
  uscc?: string;
  captchaText: string;
  smsCode: string;
  agreed: boolean;
}

const FIELDS = [
  'phone',
  'password',
  'username',
  'enterpriseName',
  'uscc',
  'captchaText',
  'smsCode',
  'agreed',
];

/** One registration form; the fields and their rules come from the contract the API validates with. */
export function RegisterForm({ type }: { type: BorrowerType }) {
  const schema = type === 'personal' ? registerPersonal.shape : registerEnterprise.shape;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const captcha = useRef<CaptchaHandle>(null);
  const [captchaId, setCaptchaId] = useState<string | null>(null);
  // A captcha may send one SMS code; the next code needs a new picture.
  const smsCaptchaId = useRef<string | null>(null);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const onCaptcha = useCallback((id: string | null) => setCaptchaId(id), []);

  const renewCaptcha = (reason?: string) => {
    captcha.current?.refresh();
    form.setFields([{ name: 'captchaText', value: '', errors: reason ? [reason] : [] }]);
  };

  const showError = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'phone_taken') {
      form.setFields([{ name: 'phone', errors: [err.message] }]);
      return true;
    }
    return applyFieldErrors(form, err, FIELDS);
  };

  const prepareSms = async (): Promise<SmsRequest | null> => {
    if (captchaId && smsCaptchaId.current === captchaId) {
      renewCaptcha('请输入新的图形验证码后再获取短信验证码');
      return null;
    }
    let values: Pick<Values, 'phone' | 'captchaText'>;
    try {
      values = await form.validateFields(['phone', 'captchaText']);
    } catch {
      return null;
    }
    if (!captchaId) {
      form.setFields([{ name: 'captchaText', errors: ['图形验证码未加载，请点击图片刷新'] }]);
      return null;
    }
    return { phone: values.phone.trim(), captchaText: values.captchaText.trim(), captchaId };
  };

  const onSmsError = (err: unknown) => {
    const captchaMessage = err instanceof ApiError ? err.fields.captchaText : undefined;
    renewCaptcha(captchaMessage);
    showError(err);
  };

  const onFinish = async (values: Values) => {
    if (!captchaId) {
      form.setFields([{ name: 'captchaText', errors: ['图形验证码未加载，请点击图片刷新'] }]);
      return;
    }
    setSubmitting(true);
    setFormError(null);
    try {
      await apiFetch(`/api/auth/register/${type}`, { method: 'POST', body: { ...values, captchaId } });
      message.success('注册成功，请登录');
      navigate('/login', { state: { phone: values.phone.trim() } });
    } catch (err) {
      const captchaMessage = err instanceof ApiError ? err.fields.captchaText : undefined;
      renewCaptcha(captchaMessage);
      if (!showError(err)) setFormError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        onFinish={onFinish}
        scrollToFirstError
        onValuesChange={() => formError && setFormError(null)}
      >
        <Form.Item
          name="phone"
          label="手机号"
          required
          rules={[zodRule(schema.phone)]}
          validateTrigger="onBlur"
        >
          <Input placeholder="请输入手机号" inputMode="numeric" maxLength={11} autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          required
          rules={[zodRule(schema.password)]}
          extra="8-64位，须同时包含字母和数字"
        >
          <Input.Password placeholder="请设置登录密码" autoComplete="new-password" />
        </Form.Item>
        {type === 'personal' ? (
          <Form.Item
            name="username"
            label="用户名"
            required
            rules={[zodRule(registerPersonal.shape.username)]}
          >
            <Input placeholder="请输入用户名" maxLength={30} autoComplete="nickname" />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="enterpriseName"
              label="企业名称"
              required
              rules={[zodRule(registerEnterprise.shape.enterpriseName)]}
            >
              <Input placeholder="请输入营业执照上的企业名称" maxLength={100} autoComplete="organization" />
            </Form.Item>
            <Form.Item
              name="uscc"
              label="统一社会信用代码"
              required
              rules={[zodRule(registerEnterprise.shape.uscc)]}
              validateTrigger="onBlur"
            >
              <Input
                placeholder="请输入18位统一社会信用代码"
                maxLength={18}
                style={{ textTransform: 'uppercase' }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item label="图形验证码" required>
          <div className="captcha-row">
            <Form.Item name="captchaText" noStyle rules={[zodRule(schema.captchaText)]}>
              <Input placeholder="请输入图形验证码" maxLength={8} autoComplete="off" />
            </Form.Item>
            <CaptchaImage ref={captcha} onChange={onCaptcha} />
          </div>
        </Form.Item>
        <Form.Item label="短信验证码" required>
          <div className="captcha-row">
            <Form.Item name="smsCode" noStyle rules={[zodRule(schema.smsCode)]}>
              <Input
                placeholder="请输入6位短信验证码"
                inputMode="numeric"
                maxLength={6}
                autoComplete="one-time-code"
              />
            </Form.Item>
            <SmsCodeButton
              purpose="register"
              prepare={prepareSms}
              onError={onSmsError}
              onSent={() => {
                smsCaptchaId.current = captchaId;
              }}
            />
          </div>
        </Form.Item>
        <Form.Item
          name="agreed"
          valuePropName="checked"
          rules={[zodRule(schema.agreed)]}
          style={{ marginBottom: 16 }}
        >
          <Checkbox>
            我已阅读并同意
            <a
              href="#agreement"
              onClick={(e) => {
                // Opening the text must not tick the box.
                e.preventDefault();
                e.stopPropagation();
                setAgreementOpen(true);
              }}
            >
              《平台服务协议书》
            </a>
          </Checkbox>
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            注册
          </Button>
        </Form.Item>
      </Form>
      <AgreementModal code="platform_service" open={agreementOpen} onClose={() => setAgreementOpen(false)} />
    </>
  );
}
