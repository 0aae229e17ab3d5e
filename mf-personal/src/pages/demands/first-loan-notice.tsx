import { Alert, Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import type { CurrentEnterpriseAuthorization } from '@jrpt/contracts';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { ShellLink } from '../../hosting';

type Refusal = CurrentEnterpriseAuthorization['firstLoan']['reason'];

/** The API's codes for a refused 首贷需求 (403 first_loan_<reason>). */
export function firstLoanRefusalOf(code: string): Refusal {
  if (code === 'first_loan_authorization_required') return 'authorization_required';
  if (code === 'first_loan_has_loan_record') return 'has_loan_record';
  if (code === 'first_loan_not_enterprise') return 'not_enterprise';
  return null;
}

/** Why this account may not publish a 首贷需求, and what to do about it (去完成企业授权 …). */
export function FirstLoanNotice({
  reason,
  message,
  type = 'warning',
}: {
  reason: Refusal;
  message: string;
  type?: 'warning' | 'error';
}) {
  const navigate = useNavigate();
  const appPath = useAppPath();
  const action =
    reason === 'authorization_required' ? (
      <Button type="primary" size="small" onClick={() => navigate(appPath('authorization'))}>
        去完成企业授权
      </Button>
    ) : reason === 'has_loan_record' ? (
      <ShellLink to="/market">去金融超市</ShellLink>
    ) : reason === 'not_enterprise' ? (
      <Button size="small" onClick={() => navigate(appPath('demands/new'))}>
        发布融资需求
      </Button>
    ) : undefined;
  return (
    <Alert
      type={type}
      showIcon
      role="alert"
      message="暂不能发布首贷需求"
      description={
        <Flex vertical gap={8} align="flex-start">
          <span>{message}</span>
          {action}
        </Flex>
      }
      data-testid="first-loan-notice"
    />
  );
}
