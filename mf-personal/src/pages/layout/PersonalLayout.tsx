import { Button, Card, Col, Result, Row } from 'antd';
import { useContext, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '@jrpt/portal-kit';
import { StandaloneContext } from '../../hosting';
import { LoadError, Loading } from '@jrpt/portal-kit/remote';
import { loginUrl } from './login-redirect';
import { PersonalMenu } from './PersonalMenu';

/**
 * Running alone (`npm run dev`), the login page is the portal's, on the portal's dev server; localhost
 * cookies do not depend on the port, so a login there counts here.
 */
const PORTAL_DEV_ORIGIN = import.meta.env.VITE_PORTAL_ORIGIN ?? 'http://localhost:5120';

/** 个人中心: the borrower's own pages, for a logged-in borrower only. */
export default function PersonalLayout() {
  const { user, error, refresh } = useCurrentUser();
  const standalone = useContext(StandaloneContext);
  const location = useLocation();
  const target = loginUrl(location.pathname + location.search);

  useEffect(() => {
    // A full page load: the login page belongs to the portal shell, whichever app is showing this.
    if (user === null && !standalone) window.location.assign(target);
  }, [user, standalone, target]);

  if (error) return <LoadError error={error} onRetry={() => void refresh()} />;
  if (user === undefined || (user === null && !standalone)) return <Loading rows={6} />;
  if (user === null)
    return (
      <Result
        status="403"
        title="请先登录"
        subTitle="个人中心需要登录后使用；请在门户登录后再打开本页。"
        extra={<Button href={`${PORTAL_DEV_ORIGIN}/login`}>去门户登录</Button>}
      />
    );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={6} lg={5}>
        <Card size="small" title="个人中心" styles={{ body: { padding: 4 } }}>
          <PersonalMenu />
        </Card>
      </Col>
      <Col xs={24} md={18} lg={19}>
        <Outlet context={user} />
      </Col>
    </Row>
  );
}
