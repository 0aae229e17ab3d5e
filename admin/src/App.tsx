import { lazy, Suspense } from 'react';
import { Authenticated, CanAccess, Refine, type ResourceProps } from '@refinedev/core';
import { ErrorComponent, ThemedLayout, useNotificationProvider } from '@refinedev/antd';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import {
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  ShopOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { AppConfig } from './components/app-config';
import { ErrorBoundary } from './components/error-boundary';
import { Forbidden } from './components/forbidden';
import { Header } from './components/header';
import { PageLoading } from './components/page-loading';
import { Sider } from './components/sider';
import { ConsoleTitle } from './components/title';
import { createI18nProvider } from './i18n/i18n-provider';
import { accessControlProvider } from './providers/access-control-provider';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { isHttpError } from './providers/http';
import LoginPage from './pages/login';

const Dashboard = lazy(() => import('./pages/dashboard'));
const InstitutionList = lazy(() => import('./pages/institutions/list'));
const InstitutionCreate = lazy(() => import('./pages/institutions/create'));
const InstitutionEdit = lazy(() => import('./pages/institutions/edit'));
const InstitutionShow = lazy(() => import('./pages/institutions/show'));
const ProductList = lazy(() => import('./pages/products/list'));
const ProductCreate = lazy(() => import('./pages/products/create'));
const ProductEdit = lazy(() => import('./pages/products/edit'));
const ProductShow = lazy(() => import('./pages/products/show'));
const ArticleList = lazy(() => import('./pages/articles/list'));
const ArticleCreate = lazy(() => import('./pages/articles/create'));
const ArticleEdit = lazy(() => import('./pages/articles/edit'));
const AuditLogList = lazy(() => import('./pages/audit-logs/list'));
const ApplicationList = lazy(() => import('./pages/applications/list'));
const ApplicationShow = lazy(() => import('./pages/applications/show'));
const DemandList = lazy(() => import('./pages/financing-demands/list'));
const DemandShow = lazy(() => import('./pages/financing-demands/show'));

const APP_TITLE = '智慧金融服务平台 管理后台';

/** A dropped connection or a 5xx may pass on a second try; a 4xx will not. */
const retryServerErrors = (failures: number, error: unknown) =>
  failures < 1 && !(isHttpError(error) && error.statusCode >= 400 && error.statusCode < 500);

/** Every resource of the console, once: routes, menu (filtered by access.ts), titles and breadcrumbs derive from it. */
export const resources: ResourceProps[] = [
  { name: 'dashboard', list: '/', meta: { label: '仪表盘', icon: <DashboardOutlined /> } },
  {
    name: 'institutions',
    list: '/institutions',
    create: '/institutions/create',
    edit: '/institutions/edit/:id',
    show: '/institutions/show/:id',
    meta: { label: '金融机构', icon: <BankOutlined /> },
  },
  {
    name: 'products',
    list: '/products',
    create: '/products/create',
    edit: '/products/edit/:id',
    show: '/products/show/:id',
    meta: { label: '金融产品', icon: <ShopOutlined /> },
  },
  {
    name: 'loan-applications',
    list: '/loan-applications',
    show: '/loan-applications/show/:id',
    meta: { label: '贷款申请', icon: <FileDoneOutlined /> },
  },
  {
    name: 'renewal-applications',
    list: '/renewal-applications',
    show: '/renewal-applications/show/:id',
    meta: { label: '续贷申请', icon: <SyncOutlined /> },
  },
  {
    name: 'bridge-applications',
    list: '/bridge-applications',
    show: '/bridge-applications/show/:id',
    meta: { label: '转贷申请', icon: <SwapOutlined /> },
  },
  {
    name: 'financing-demands',
    list: '/financing-demands',
    show: '/financing-demands/show/:id',
    meta: { label: '融资需求', icon: <FundOutlined /> },
  },
  {
    name: 'articles',
    list: '/articles',
    create: '/articles/create',
    edit: '/articles/edit/:id',
    meta: { label: '资讯动态', icon: <FileTextOutlined /> },
  },
  { name: 'audit-logs', list: '/audit-logs', meta: { label: '操作日志', icon: <AuditOutlined /> } },
];

const i18nProvider = createI18nProvider(
  Object.fromEntries(resources.map((r) => [r.name, String(r.meta?.label ?? r.name)])),
);

function ConsoleLayout() {
  return (
    <ThemedLayout Header={Header} Sider={Sider} Title={ConsoleTitle}>
      <ErrorBoundary>
        <CanAccess fallback={<Forbidden />}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </CanAccess>
      </ErrorBoundary>
    </ThemedLayout>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppConfig>
        <Refine
          resources={resources}
          routerProvider={routerProvider}
          dataProvider={dataProvider}
          authProvider={authProvider}
          accessControlProvider={accessControlProvider}
          i18nProvider={i18nProvider}
          notificationProvider={useNotificationProvider}
          options={{
            syncWithLocation: true,
            warnWhenUnsavedChanges: true,
            disableTelemetry: true,
            title: { text: APP_TITLE },
            reactQuery: {
              clientConfig: {
                defaultOptions: { queries: { retry: retryServerErrors, refetchOnWindowFocus: false } },
              },
            },
          }}
        >
          <Routes>
            <Route
              element={
                <Authenticated
                  key="console"
                  fallback={<CatchAllNavigate to="/login" />}
                  loading={<PageLoading />}
                >
                  <ConsoleLayout />
                </Authenticated>
              }
            >
              <Route index element={<Dashboard />} />
              <Route path="/institutions">
                <Route index element={<InstitutionList />} />
                <Route path="create" element={<InstitutionCreate />} />
                <Route path="edit/:id" element={<InstitutionEdit />} />
                <Route path="show/:id" element={<InstitutionShow />} />
              </Route>
              <Route path="/products">
                <Route index element={<ProductList />} />
                <Route path="create" element={<ProductCreate />} />
                <Route path="edit/:id" element={<ProductEdit />} />
                <Route path="show/:id" element={<ProductShow />} />
              </Route>
              {(['loan', 'renewal', 'bridge'] as const).map((kind) => (
                <Route key={kind} path={`/${kind}-applications`}>
                  <Route index element={<ApplicationList key={kind} kind={kind} />} />
                  <Route path="show/:id" element={<ApplicationShow key={kind} kind={kind} />} />
                </Route>
              ))}
              <Route path="/financing-demands">
                <Route index element={<DemandList />} />
                <Route path="show/:id" element={<DemandShow />} />
              </Route>
              <Route path="/articles">
                <Route index element={<ArticleList />} />
                <Route path="create" element={<ArticleCreate />} />
                <Route path="edit/:id" element={<ArticleEdit />} />
              </Route>
              <Route path="/audit-logs" element={<AuditLogList />} />
              <Route path="*" element={<ErrorComponent />} />
            </Route>
            {/* Not inside <Authenticated>: it would unmount the form (and lose what was typed) while re-checking after a failed try. */}
            <Route path="/login" element={<LoginPage />} />
          </Routes>
          <UnsavedChangesNotifier />
          <DocumentTitleHandler
            handler={({ resource, action }) => {
              const label = resource?.meta?.label;
              if (!label || resource?.name === 'dashboard') return APP_TITLE;
              const page =
                action === 'list' || !action
                  ? label
                  : i18nProvider.translate(`${resource.name}.titles.${action}`);
              return `${page} | ${APP_TITLE}`;
            }}
          />
        </Refine>
      </AppConfig>
    </BrowserRouter>
  );
}
