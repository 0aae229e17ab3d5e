import { Button, Result } from 'antd';
import { Component, Suspense, type ReactNode } from 'react';
import { Loading } from '@jrpt/portal-kit/remote';

interface State {
  error: Error | null;
}

/** Keeps a failed page (a chunk that did not load, a render error) inside its own area, with 重试. */
export class PageBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return <Suspense fallback={<Loading rows={8} />}>{this.props.children}</Suspense>;
    return (
      <Result
        status="warning"
        title="页面加载失败"
        subTitle="网络不稳定或服务暂时不可用，请稍后重试。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重试
          </Button>
        }
      />
    );
  }
}
