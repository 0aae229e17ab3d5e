import type { ThemeConfig } from 'antd';

/** The portal's colours (the banner's blue, the navigation's red), shared with every remote. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0f4fa8',
    colorLink: '#0f4fa8',
    colorError: '#d4380d',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Zen Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Tabs: { itemSelectedColor: '#c3161c', inkBarColor: '#c3161c', itemHoverColor: '#c3161c' },
  },
};
