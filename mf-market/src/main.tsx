// Runs mf-market alone for development; in the portal, the shell provides all of this.
import '@ant-design/v5-patch-for-react-19';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import App from './App';
import { StandaloneContext } from './hosting';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      <AntdApp>
        <StandaloneContext.Provider value={true}>
          <BrowserRouter basename="/market">
            <div style={{ maxWidth: 1200, margin: '0 auto', padding: 16 }}>
              <Routes>
                <Route path="/*" element={<App />} />
              </Routes>
            </div>
          </BrowserRouter>
        </StandaloneContext.Provider>
      </AntdApp>
    </ConfigProvider>
  </StrictMode>,
);
