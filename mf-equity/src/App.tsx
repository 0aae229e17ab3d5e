import { Result } from 'antd';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { MountPoint } from '@jrpt/portal-kit/remote';
import { BackButton } from './components/back-button';
import { PageBoundary } from './components/boundary';

const FundsPage = lazy(() => import('./pages/funds/FundsPage'));
const FundDetailPage = lazy(() => import('./pages/funds/FundDetailPage'));

function NotFound() {
  return <Result status="404" title="页面不存在" extra={<BackButton label="返回股权融资" />} />;
}

/**
 * mf-equity's pages. The portal mounts this at /equity/*; every path here is relative to that, so the
 * same component runs alone under a router whose basename is /equity.
 */
export default function App() {
  return (
    <PageBoundary>
      <Routes>
        <Route element={<MountPoint />}>
          <Route index element={<FundsPage />} />
          <Route path="funds/:id" element={<FundDetailPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </PageBoundary>
  );
}
