import { Button, Result } from 'antd';
import { lazy } from 'react';
import { Link, Route, Routes, useResolvedPath } from 'react-router';
import { AppBaseContext } from './app-path';
import { PageBoundary } from './components/boundary';

const PersonalLayout = lazy(() => import('./pages/layout/PersonalLayout'));
const UserInfoPage = lazy(() => import('./pages/account/UserInfoPage'));

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to=".">
          <Button type="primary">返回个人中心</Button>
        </Link>
      }
    />
  );
}

/**
 * mf-personal's pages (个人中心). The portal mounts this at /personal/*; every path here is relative to
 * that, so the same component runs alone under a router whose basename is /personal.
 */
export default function App() {
  const base = useResolvedPath('.').pathname;
  return (
    <AppBaseContext.Provider value={base}>
      <PageBoundary>
        <Routes>
          <Route element={<PersonalLayout />}>
            <Route index element={<UserInfoPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </PageBoundary>
    </AppBaseContext.Provider>
  );
}
