import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SiteLayout } from './layout/SiteLayout';
import HomePage from './pages/home/HomePage';

const AntdLayer = lazy(() => import('./antd/AntdLayer'));
const RemoteArea = lazy(() => import('./federation/RemoteArea'));
const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const RegisterPage = lazy(() => import('./pages/register/RegisterPage'));
const NewsListPage = lazy(() => import('./pages/news/NewsListPage'));
const NewsDetailPage = lazy(() => import('./pages/news/NewsDetailPage'));
const EventsListPage = lazy(() => import('./pages/events/EventsListPage'));
const EventDetailPage = lazy(() => import('./pages/events/EventDetailPage'));
const ContactPage = lazy(() => import('./pages/contact/ContactPage'));
const NotFoundPage = lazy(() => import('./pages/not-found/NotFoundPage'));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<SiteLayout />}>
          <Route index element={<HomePage />} />
          <Route element={<AntdLayer />}>
            <Route path="login" element={<LoginPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="news" element={<NewsListPage />} />
            <Route path="news/:id" element={<NewsDetailPage />} />
            <Route path="events" element={<EventsListPage />} />
            <Route path="events/:id" element={<EventDetailPage />} />
            <Route path="contact" element={<ContactPage />} />
            <Route path="market/*" element={<RemoteArea name="mf_market" />} />
            <Route path="equity/*" element={<RemoteArea name="mf_equity" />} />
            <Route path="personal/*" element={<RemoteArea name="mf_personal" />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
