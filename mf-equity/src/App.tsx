import { Button, Result } from 'antd';
import { lazy } from 'react';
import { Link, Route, Routes, useResolvedPath } from 'react-router';
import { AppBaseContext } from './app-path';
import { PageBoundary } from './components/boundary';

const FundsPage = lazy(() => import('./pages/funds/FundsPage'));
const FundDetailPage = lazy(() => import('./pages/funds/FundDetailPage'));

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to=".">
          <Button type="primary">返回股权融资</Button>
        </Link>
      }
    />
  );
}

/**
 * mf-equity's pages. The portal mounts this at /equity/*; every path here is relative to that, so the
 * same component runs alone under a router whose basename is /equity.
 */
export default function App() {
  const base = useResolvedPath('.').pathname;
  return (
    <AppBaseContext.Provider value={base}>
      <PageBoundary>
        <Routes>
          <Route index element={<FundsPage />} />
          <Route path="funds/:id" element={<FundDetailPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </PageBoundary>
    </AppBaseContext.Provider>
  );
}
