import { Button, Card, Result } from 'antd';
import type { ReactNode } from 'react';
import type { CurrentUser } from '@jrpt/contracts';
import { useCurrentUser } from '@jrpt/portal-kit';
import { useGoToLogin } from './login';
import { LoadError, Loading } from '@jrpt/portal-kit/remote';

/** A form only a logged-in borrower may fill in: logged out, a 登录 button that comes back here. */
export function RequireLogin({
  what,
  children,
}: {
  what: string;
  children: (user: CurrentUser) => ReactNode;
}) {
  const { user, error, refresh } = useCurrentUser();
  const goToLogin = useGoToLogin();
  if (user) return <>{children(user)}</>;
  if (user === null)
    return (
      <Card>
        <Result
          status="info"
          title="请先登录"
          subTitle={`${what}需要登录企业（个人）账号，登录后将回到本页。`}
          extra={
            <Button type="primary" onClick={() => goToLogin()}>
              登录
            </Button>
          }
        />
      </Card>
    );
  if (error) return <LoadError error={error} onRetry={() => void refresh()} />;
  return (
    <Card>
      <Loading rows={8} />
    </Card>
  );
}
