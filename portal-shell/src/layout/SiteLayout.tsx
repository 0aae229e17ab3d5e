import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import './layout.css';

export function SiteLayout() {
  const { pathname } = useLocation();
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <SiteHeader />
      <main id="main" className="site-main" tabIndex={-1}>
        {/* A page whose code fails to download shows this; the header and navigation keep working. */}
        <ErrorBoundary key={pathname} fallback={() => <PageLoadFailed />}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </div>
  );
}

export function PageLoading() {
  return (
    <div className="page-loading" role="status">
      加载中…
    </div>
  );
}

function PageLoadFailed() {
  return (
    <div className="plain-error" role="alert">
      <h2>页面加载失败</h2>
      <p>可能是网络不稳定，请稍后重试。</p>
      <button type="button" className="btn" onClick={() => window.location.reload()}>
        重新加载
      </button>
    </div>
  );
}
