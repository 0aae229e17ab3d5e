import { Result } from 'antd';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { MountPoint } from '@jrpt/portal-kit/remote';
import { BackButton } from './components/back-button';
import { PageBoundary } from './components/boundary';

const PersonalLayout = lazy(() => import('./pages/layout/PersonalLayout'));
const UserInfoPage = lazy(() => import('./pages/account/UserInfoPage'));
const ApplicationsPage = lazy(() => import('./pages/applications/ApplicationsPage'));
const ApplicationDetailPage = lazy(() => import('./pages/applications/ApplicationDetailPage'));
const DemandsPage = lazy(() => import('./pages/demands/DemandsPage'));
const DemandFormPage = lazy(() => import('./pages/demands/DemandFormPage'));
const DemandDetailPage = lazy(() => import('./pages/demands/DemandDetailPage'));
const MessagesPage = lazy(() => import('./pages/messages/MessagesPage'));
const AuthorizationPage = lazy(() => import('./pages/authorization/AuthorizationPage'));

function NotFound() {
  return <Result status="404" title="页面不存在" extra={<BackButton label="返回个人中心" />} />;
}

/**
 * mf-personal's pages (个人中心). The portal mounts this at /personal/*; every path here is relative to
 * that, so the same component runs alone under a router whose basename is /personal.
 */
export default function App() {
  return (
    <PageBoundary>
      <Routes>
        <Route element={<MountPoint />}>
          <Route element={<PersonalLayout />}>
            <Route index element={<UserInfoPage />} />
            <Route path="applications" element={<ApplicationsPage />} />
            <Route path="applications/:kind/:id" element={<ApplicationDetailPage />} />
            <Route path="demands" element={<DemandsPage />} />
            <Route path="demands/new" element={<DemandFormPage />} />
            <Route path="demands/:id" element={<DemandDetailPage />} />
            <Route path="messages" element={<MessagesPage />} />
            <Route path="authorization" element={<AuthorizationPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </PageBoundary>
  );
}
