import { Alert, Button } from 'antd';
import { ApiError, errorMessage } from '@jrpt/portal-kit';
import { loginHref } from './login';

/** The borrower's records (申请记录, in mf-personal). */
export const APPLICATIONS_HREF = '/personal/applications';

/** What went wrong with a submit that no field can show, with the way forward when there is one. */
export function SubmitError({ error }: { error: unknown }) {
  const code = error instanceof ApiError ? error.code : '';
  const status = error instanceof ApiError ? error.status : 0;
  const action =
    code === 'duplicate_application' ? (
      <Button size="small" href={APPLICATIONS_HREF}>
        查看申请记录
      </Button>
    ) : code === 'authorization_required' ? (
      <Button size="small" href="/personal/authorization">
        去完成企业授权
      </Button>
    ) : status === 401 ? (
      <Button size="small" href={loginHref(window.location.pathname + window.location.search)}>
        重新登录
      </Button>
    ) : undefined;
  // The way forward goes under the message: beside it, a phone squeezes the text into a narrow column.
  return (
    <Alert
      type="error"
      showIcon
      message="提交未成功"
      description={
        <>
          {errorMessage(error)}
          {action && <div style={{ marginTop: 8 }}>{action}</div>}
        </>
      }
      role="alert"
    />
  );
}
