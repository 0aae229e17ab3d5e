import { Alert, Button } from 'antd';
import type { CurrentEnterpriseAuthorization } from '@jrpt/contracts';
import { useApi, useCurrentUser } from '@jrpt/portal-kit';
import { useGoToLogin } from '../../components/login';
import { AUTHORIZATION_KEY } from '../../loan-application/ApplyButton';
import { firstLoanGate } from './first-loan-gate';

/** Where the visitor stands with 首贷 before choosing a product: log in, authorize, or go ahead. */
export function FirstLoanStatus() {
  const { user } = useCurrentUser();
  const goToLogin = useGoToLogin();
  const current = useApi<CurrentEnterpriseAuthorization>(
    user?.type === 'enterprise' ? AUTHORIZATION_KEY : null,
  );
  const gate = firstLoanGate(user, current.data);

  if (current.error)
    return (
      <Alert
        type="warning"
        showIcon
        message="暂时无法确认企业授权状态"
        action={
          <Button size="small" onClick={() => void current.mutate()}>
            重试
          </Button>
        }
      />
    );
  if (gate.kind === 'checking') return null;
  if (gate.kind === 'login')
    return (
      <Alert
        type="info"
        showIcon
        message="登录企业账号并完成企业授权后，即可申请首贷产品"
        action={
          <Button size="small" type="primary" onClick={() => goToLogin()}>
            登录
          </Button>
        }
      />
    );
  if (gate.kind === 'open')
    return (
      <Alert
        type="success"
        showIcon
        message={`${current.data?.verified?.enterpriseName ?? '您的企业'}已完成企业授权，可申请下列首贷产品`}
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      message={gate.title}
      description={
        <>
          {gate.message}
          {gate.reason === 'authorization_required' && (
            <div style={{ marginTop: 8 }}>
              <Button type="primary" href="/personal/authorization">
                去完成企业授权
              </Button>
            </div>
          )}
        </>
      }
    />
  );
}
