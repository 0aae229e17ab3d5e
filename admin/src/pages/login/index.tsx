/** 管理后台登录: 用户名, 密码, 图形验证码 (staffLoginRequest). */
import { useIsAuthenticated, useLogin, type HttpError } from '@refinedev/core';
import { NavigateToResource } from '@refinedev/react-router';
import { Button, Card, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { staffLoginRequest, type StaffLoginRequest } from '@jrpt/contracts';
import { zodRules } from '../../components/zod-rule';
import { useCaptcha } from './captcha';

const rules = zodRules(staffLoginRequest);

type LoginForm = Omit<StaffLoginRequest, 'captchaId'>;

export default function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const captcha = useCaptcha();
  const { mutate: login, isPending } = useLogin<StaffLoginRequest>();
  const { data: auth } = useIsAuthenticated();

  const onFinish = (values: LoginForm) => {
    if (!captcha.captchaId) {
      void captcha.refresh();
      return;
    }
    login(
      { ...values, captchaId: captcha.captchaId },
      {
        onSuccess: (result) => {
          if (result.success) return;
          // A captcha is good for one try: show a new one, and put the API's field messages on the fields.
          form.setFieldValue('captchaText', '');
          void captcha.refresh();
          const cause = (result.error as { cause?: HttpError } | undefined)?.cause;
          const fields = Object.entries(cause?.errors ?? {}).map(([name, message]) => ({
            name: (name === 'captchaId' ? 'captchaText' : name) as keyof LoginForm,
            errors: [String(message)],
          }));
          if (fields.length) form.setFields(fields);
        },
      },
    );
  };

  if (auth?.authenticated) return <NavigateToResource resource="dashboard" />;

  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(135deg, #0f3c85 0%, #1f5fbf 55%, #3f8ae0 100%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: '32px 28px 16px' } }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          智慧金融服务平台
        </Typography.Title>
        <Typography.Paragraph
          type="secondary"
          style={{ textAlign: 'center', marginBottom: 28, fontSize: 16 }}
        >
          管理后台
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          size="large"
          autoComplete="on"
        >
          <Form.Item name="username" label="用户名" rules={rules.username}>
            <Input prefix={<UserOutlined />} placeholder="请输入用户名" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={rules.password}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入密码"
              autoComplete="current-password"
            />
          </Form.Item>
          <Form.Item label="图形验证码" required={false} style={{ marginBottom: 8 }}>
            <Flex gap={8} align="flex-start">
              <Form.Item name="captchaText" rules={rules.captchaText} noStyle>
                <Input
                  prefix={<SafetyOutlined />}
                  placeholder="请输入验证码"
                  maxLength={8}
                  autoComplete="off"
                />
              </Form.Item>
              <button
                type="button"
                onClick={() => void captcha.refresh()}
                title="看不清？换一张"
                aria-label="图形验证码，点击换一张"
                style={{
                  flex: '0 0 120px',
                  height: 40,
                  padding: 0,
                  border: '1px solid #d9d9d9',
                  borderRadius: 6,
                  background: '#fff',
                  cursor: 'pointer',
                  overflow: 'hidden',
                }}
              >
                {captcha.imageSrc ? (
                  <img src={captcha.imageSrc} alt="图形验证码" style={{ width: '100%', height: '100%' }} />
                ) : captcha.loading ? (
                  <Skeleton.Button active style={{ width: 118, height: 38 }} />
                ) : (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    加载失败，点击重试
                  </Typography.Text>
                )}
              </button>
            </Flex>
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 20 }}>
            看不清？点击图片换一张
          </Typography.Paragraph>
          <Form.Item>
            <Button type="primary" htmlType="submit" block loading={isPending}>
              登录
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </Flex>
  );
}
