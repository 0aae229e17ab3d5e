import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ENTERPRISE_AUTHORIZATION_STATUS_LABELS, type CurrentEnterpriseAuthorization } from '@jrpt/contracts';
import { useApi } from '@jrpt/portal-kit';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { authorizationState, CURRENT_AUTHORIZATION_KEY } from './authorization';

/** 用户信息 → 认证授权: the 企业授权 in brief, with the way to add or see it. */
export function AuthorizationCard({ enterprise }: { enterprise: boolean }) {
  const navigate = useNavigate();
  const appPath = useAppPath();
  const { data, error } = useApi<CurrentEnterpriseAuthorization>(
    enterprise ? CURRENT_AUTHORIZATION_KEY : null,
  );
  const open = () => navigate(appPath('authorization'));
  const state = data ? authorizationState(data) : null;

  let status = null;
  if (!enterprise) status = <Typography.Text type="secondary">企业授权仅适用于企业用户</Typography.Text>;
  else if (error) status = <Typography.Text type="warning">暂时无法读取授权状态</Typography.Text>;
  else if (!state) status = <Typography.Text type="secondary">读取中…</Typography.Text>;
  else if (state.kind === 'none')
    status = <Typography.Text type="secondary">尚未添加企业授权</Typography.Text>;
  else
    status = (
      <Flex gap={8} align="center" wrap>
        <Tag color={state.kind === 'verified' ? 'green' : 'red'}>
          {ENTERPRISE_AUTHORIZATION_STATUS_LABELS[state.authorization.status]}
        </Tag>
        <Typography.Text>{state.authorization.enterpriseName}</Typography.Text>
      </Flex>
    );

  return (
    <Card title="认证授权">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Text strong>企业授权</Typography.Text>
          {status}
        </Flex>
        {enterprise && (
          <Button type={state?.kind === 'verified' ? 'default' : 'primary'} onClick={open}>
            {state?.kind === 'verified'
              ? '查看企业授权'
              : state?.kind === 'failed'
                ? '重新认证'
                : '添加企业授权'}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
