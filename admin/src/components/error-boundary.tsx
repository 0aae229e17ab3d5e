/** Keeps a broken page from blanking the console; a chunk that failed to load (e.g. after a redeploy) gets a reload. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Loading chunk [\w-]+ failed/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

interface Props {
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('页面出错', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkLoadError(error)) {
      return (
        <Result
          status="warning"
          title="页面加载失败"
          subTitle="网络不稳定或系统刚刚更新，请重新加载页面。"
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              重新加载
            </Button>
          }
        />
      );
    }
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle="请重试；如果问题仍然存在，请联系平台管理员。"
        extra={
          <Button type="primary" onClick={() => this.setState({ error: null })}>
            重试
          </Button>
        }
      />
    );
  }
}
