import { Button, Card, Descriptions, Flex, Modal } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useOutletContext } from 'react-router';
import { BORROWER_TYPE_LABELS, type CurrentUser } from '@jrpt/contracts';
import { dateTime, usePageTitle } from '@jrpt/portal-kit';
import { Loading } from '@jrpt/portal-kit/remote';
import { AuthorizationCard } from '../authorization/AuthorizationCard';

// The forms bring the contracts' schemas (zod) along: loaded when opened, not with the page.
const ChangePhoneForm = lazy(() => import('./ChangePhoneForm'));
const ChangePasswordForm = lazy(() => import('./ChangePasswordForm'));

type Dialog = 'phone' | 'password' | null;

/** 用户信息 (§2.9): 账号信息, 修改手机号, 修改登录密码; 认证授权 (企业授权, §2.10). */
export default function UserInfoPage() {
  const user = useOutletContext<CurrentUser>();
  const [dialog, setDialog] = useState<Dialog>(null);
  usePageTitle('用户信息');
  const close = () => setDialog(null);
  const enterprise = user.type === 'enterprise';

  return (
    <Flex vertical gap={16}>
      <Card
        title="账号信息"
        actions={[
          <Button key="phone" type="link" onClick={() => setDialog('phone')}>
            修改手机号
          </Button>,
          <Button key="password" type="link" onClick={() => setDialog('password')}>
            修改登录密码
          </Button>,
        ]}
      >
        <Descriptions column={1} size="middle" styles={{ label: { width: 128 } }}>
          <Descriptions.Item label="账号类型">{BORROWER_TYPE_LABELS[user.type]}用户</Descriptions.Item>
          {enterprise ? (
            <Descriptions.Item label="企业名称">{user.enterpriseName ?? '—'}</Descriptions.Item>
          ) : (
            <Descriptions.Item label="用户名">{user.username ?? '—'}</Descriptions.Item>
          )}
          {enterprise && <Descriptions.Item label="统一社会信用代码">{user.uscc ?? '—'}</Descriptions.Item>}
          <Descriptions.Item label="手机号">{user.phone}</Descriptions.Item>
          <Descriptions.Item label="注册时间">{dateTime(user.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <AuthorizationCard enterprise={enterprise} />
      <Modal
        title={dialog === 'phone' ? '修改手机号' : '修改登录密码'}
        open={dialog !== null}
        onCancel={close}
        footer={null}
        destroyOnHidden
      >
        <Suspense fallback={<Loading rows={4} />}>
          {dialog === 'phone' && <ChangePhoneForm currentPhone={user.phone} onDone={close} />}
          {dialog === 'password' && <ChangePasswordForm onDone={close} />}
        </Suspense>
      </Modal>
    </Flex>
  );
}
