import { Button, type ButtonProps } from 'antd';
import { useHref, useNavigate } from 'react-router';
import { useCurrentUser } from '@jrpt/portal-kit';
import { useAppPath } from '@jrpt/portal-kit/remote';
import { useGoToLogin } from './login';

/**
 * The button that opens a borrower's form page of this app (提交续贷申请 …): logged out, it goes to the
 * login page first, which comes back to the form.
 */
export function StartButton({
  to,
  children,
  ...buttonProps
}: { to: string; children: string } & Omit<ButtonProps, 'onClick' | 'children'>) {
  const appPath = useAppPath();
  const navigate = useNavigate();
  const goToLogin = useGoToLogin();
  const target = appPath(to);
  const href = useHref(target);
  const { user } = useCurrentUser();
  return (
    <Button
      type="primary"
      {...buttonProps}
      onClick={() => (user === null ? goToLogin(href) : navigate(target))}
    >
      {children}
    </Button>
  );
}
