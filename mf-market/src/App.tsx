import { Result } from 'antd';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { MountPoint } from '@jrpt/portal-kit/remote';
import { BackButton } from './components/back-button';
import { PageBoundary } from './components/boundary';

const MarketPage = lazy(() => import('./pages/market/MarketPage'));
const ProductDetailPage = lazy(() => import('./pages/products/ProductDetailPage'));
const InstitutionsPage = lazy(() => import('./pages/institutions/InstitutionsPage'));
const FirstLoanPage = lazy(() => import('./pages/first-loan/FirstLoanPage'));
const RenewalPage = lazy(() => import('./pages/renewal/RenewalPage'));
const BridgePage = lazy(() => import('./pages/bridge/BridgePage'));
const RenewalApplyPage = lazy(() => import('./pages/renewal/RenewalApplyPage'));
const BridgeApplyPage = lazy(() => import('./pages/bridge/BridgeApplyPage'));

function NotFound() {
  return <Result status="404" title="页面不存在" extra={<BackButton label="返回金融超市" />} />;
}

/**
 * mf-market's pages. The portal mounts this at /market/*; every path here is relative to that, so the
 * same component runs alone under a router whose basename is /market.
 */
export default function App() {
  return (
    <PageBoundary>
      <Routes>
        <Route element={<MountPoint />}>
          <Route index element={<MarketPage />} />
          <Route path="products/:id" element={<ProductDetailPage />} />
          <Route path="institutions" element={<InstitutionsPage />} />
          <Route path="first-loan" element={<FirstLoanPage />} />
          <Route path="renewal" element={<RenewalPage />} />
          <Route path="renewal/apply" element={<RenewalApplyPage />} />
          <Route path="bridge" element={<BridgePage />} />
          <Route path="bridge/apply" element={<BridgeApplyPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </PageBoundary>
  );
}
