/** The one place for locale and theme (antd zh_CN, dayjs zh-cn), and antd's App context for messages. */
import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ES module build: the CommonJS `antd/locale/zh_CN` loses its default export in the production bundle.
import zhCN from 'antd/es/locale/zh_CN';
import '../lib/format';

const theme = {
  token: { colorPrimary: '#1f5fbf', borderRadius: 6 },
};

export function AppConfig({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
