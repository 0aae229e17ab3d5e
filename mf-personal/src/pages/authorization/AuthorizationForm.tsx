import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import {
  enterpriseAuthorizationInput,
  type EnterpriseAuthorization,
  type EnterpriseAuthorizationInput,
} from '@jrpt/contracts';
import { apiFetch, applyFieldErrors, errorMessage, zodRule } from '@jrpt/portal-kit';
import { usePhone } from '../../components/use-phone';

const field = enterpriseAuthorizationInput.shape;
const FIELDS = ['enterpriseName', 'legalPersonName', 'legalPersonIdNumber', 'uscc'] as const;

/** 添加企业授权: 企业名称, 法人姓名, 法人身份证号码, 统一社会信用代码 → 下一步 (the registry check). */
export function AuthorizationForm({
  initialValues,
  usccLocked,
  onResult,
  onCancel,
}: {
  initialValues: Partial<EnterpriseAuthorizationInput>;
  usccLocked: boolean;
  onResult: (result: EnterpriseAuthorization, values: EnterpriseAuthorizationInput) => void;
  onCancel?: () => void;
}) {
  const [form] = Form.useForm<EnterpriseAuthorizationInput>();
  const phone = usePhone();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: EnterpriseAuthorizationInput) => {
    setSending(true);
    setFailure(null);
    try {
      const result = await apiFetch<EnterpriseAuthorization>('/api/enterprise-authorizations', {
        method: 'POST',
        body: values,
      });
      onResult(result, values);
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) setFailure(errorMessage(err));
    } finally {
      setSending(false);
    }
  };

  return (
    <Form<EnterpriseAuthorizationInput>
      form={form}
      layout={phone ? 'vertical' : 'horizontal'}
      labelCol={phone ? undefined : { flex: '140px' }}
      initialValues={initialValues}
      onFinish={(v) => void submit(v)}
      style={{ maxWidth: 620 }}
      aria-label="企业授权"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form.Item label="企业名称" name="enterpriseName" required rules={[zodRule(field.enterpriseName)]}>
        <Input placeholder="请输入企业名称" />
      </Form.Item>
      <Form.Item label="法人姓名" name="legalPersonName" required rules={[zodRule(field.legalPersonName)]}>
        <Input placeholder="请输入法人姓名" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="法人身份证号码"
        name="legalPersonIdNumber"
        required
        rules={[zodRule(field.legalPersonIdNumber)]}
      >
        <Input placeholder="请输入18位法人身份证号码" maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="统一社会信用代码"
        name="uscc"
        required
        rules={[zodRule(field.uscc)]}
        extra={usccLocked ? '须与注册时填写的统一社会信用代码一致' : undefined}
      >
        <Input placeholder="请输入18位统一社会信用代码" maxLength={18} readOnly={usccLocked} />
      </Form.Item>
      <Form.Item label={phone ? undefined : ' '} colon={false}>
        <Flex gap={12}>
          <Button type="primary" htmlType="submit" loading={sending}>
            下一步
          </Button>
          {onCancel && (
            <Button onClick={onCancel} disabled={sending}>
              取消
            </Button>
          )}
        </Flex>
      </Form.Item>
    </Form>
  );
}
