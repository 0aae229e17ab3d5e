// First, before antd renders anything: antd 5's compatibility patch for React 19.
import '@ant-design/v5-patch-for-react-19';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Outlet } from 'react-router';
import { theme } from './theme';

/**
 * The one place for antd's locale and theme. Every page but the home page, and every remote, renders
 * inside it; it is loaded with the first of them, so the home page never waits for antd.
 */
export default function AntdLayer() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <App>
        <Outlet />
      </App>
    </ConfigProvider>
  );
}
