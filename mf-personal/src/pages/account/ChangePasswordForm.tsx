import { App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { changePasswordRequest } from '@jrpt/contracts';
import { apiFetch, applyFieldErrors, errorMessage, zodRule } from '@jrpt/portal-kit';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['oldPassword', 'newPassword'] as const;
const field = changePasswordRequest.shape;

/** 修改登录密码 (§2.9): the old password, the new one twice. Other devices are signed out. */
export default function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async ({ oldPassword, newPassword }: Values) => {
    setSaving(true);
    try {
      await apiFetch('/api/auth/password', { method: 'POST', body: { oldPassword, newPassword } });
      message.success('登录密码已修改，其他设备上的登录已退出');
      onDone();
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit}>
      <Form.Item label="原密码" name="oldPassword" required rules={[zodRule(field.oldPassword)]}>
        <Input.Password placeholder="请输入原密码" autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        required
        rules={[zodRule(field.newPassword)]}
        extra="8-64位，须同时包含字母和数字"
      >
        <Input.Password placeholder="请输入新密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        required
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password placeholder="请再次输入新密码" autoComplete="new-password" />
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
